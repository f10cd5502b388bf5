# Folder walks: sorted, unsorted, descending, through foreach, with -Force.
Get-ChildItem (Join-Path $PSScriptRoot 'conf.d') -Filter *.ps1 | Sort-Object Name | ForEach-Object { . $_.FullName }
Get-ChildItem "$PSScriptRoot/plugins" -Filter '*.ps1' | ForEach-Object { . $_ }
gci -Path $PSScriptRoot/late -Filter *.ps1 -File | sort -Property Name -Descending | % { . $_.FullName }
foreach ($f in Get-ChildItem "$PSScriptRoot/extra" -Filter *.ps1 -Force | Sort-Object FullName) { . $f.FullName }
