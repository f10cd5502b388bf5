# Its sub-file sets an environment variable: stays eager, naming the sub-file's line.
try {
    $toolsEnvFile = Join-Path (Join-Path $PSScriptRoot 'tools-env') 'env.ps1'
    . $toolsEnvFile
} catch {
    Write-Warning "tools-env: $_"
}
