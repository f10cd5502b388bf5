# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'paths') { return }
try {
    $pathsDir = Join-Path $PSScriptRoot "utils"
    $pathsFile = Join-Path $pathsDir "paths.ps1"
    if (Test-Path $pathsFile) { . $pathsFile }
    Set-FragmentLoaded -FragmentName 'paths'
}
catch {
    Write-Warning "05-paths: $_"
}
