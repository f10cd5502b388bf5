# Sub-files through path variables, a Test-Path guard, a literal list and a chain.
try {
    $bootstrapDir = Join-Path $PSScriptRoot 'bootstrap'
    $p = Join-Path $bootstrapDir 'GlobalState.ps1'
    if (Test-Path $p) { . $p }
    foreach ($name in @('Paths.ps1', 'Optional.ps1')) {
        $p = Join-Path $bootstrapDir $name
        if (Test-Path $p) { . $p }
    }
    . (Join-Path $PSScriptRoot (Join-Path 'lib' 'strings.ps1'))
}
catch {
    Write-Warning "bootstrap failed: $_"
}
