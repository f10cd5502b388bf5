# Folder walks, sorted and not, and a dot-source left to run time.
Get-ChildItem (Join-Path $PSScriptRoot 'conf.d') -Filter *.ps1 | Sort-Object Name | ForEach-Object { . $_.FullName }
Get-ChildItem "$PSScriptRoot/plugins" -Filter *.ps1 | ForEach-Object { . $_ }
$dynamic = Join-Path $PSScriptRoot 'extra' ([string]::Concat('dyn', 'amic.ps1'))
if (Test-Path $dynamic) { . $dynamic }
