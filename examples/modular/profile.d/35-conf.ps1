# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'conf') { return }
try {
    Get-ChildItem (Join-Path $PSScriptRoot "conf.d") -Filter *.ps1 | Sort-Object Name | ForEach-Object { . $_.FullName }
    Set-FragmentLoaded -FragmentName 'conf'
}
catch {
    Write-Warning "35-conf: $_"
}
