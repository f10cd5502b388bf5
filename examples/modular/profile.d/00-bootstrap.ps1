# Bootstrap: the helpers every other fragment uses, kept in sub-files reached through path variables.
try {
    $bootstrapDir = Join-Path $PSScriptRoot 'bootstrap'
    foreach ($bootstrapFile in @('GlobalState.ps1', 'Registration.ps1', 'ModuleLoading.ps1', 'CommandCache.ps1', 'MissingTools.ps1')) {
        $bootstrapPath = Join-Path $bootstrapDir $bootstrapFile
        if (Test-Path $bootstrapPath) { . $bootstrapPath }
    }
}
catch {
    Write-Warning "00-bootstrap: $_"
}
