# A fragment whose functions live in sub-files, reached through path variables: deferrable.
try {
    if (Test-FragmentLoaded -FragmentName 'tools') { return }
    $toolsDir = Join-Path $PSScriptRoot 'tools-modules'
    foreach ($toolsFile in @('alpha.ps1', 'beta.ps1', 'not-there.ps1')) {
        $toolsPath = Join-Path $toolsDir $toolsFile
        if (Test-Path $toolsPath) { . $toolsPath }
    }
    Set-FragmentLoaded -FragmentName 'tools'
} catch {
    Write-Warning "tools: $_"
}
