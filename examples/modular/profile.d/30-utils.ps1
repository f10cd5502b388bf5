# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'utils') { return }
try {
    . (Join-Path $PSScriptRoot (Join-Path "utils" "strings.ps1"))
    . "$PSScriptRoot/utils/numbers.ps1"
    Set-FragmentLoaded -FragmentName 'utils'
}
catch {
    Write-Warning "30-utils: $_"
}
