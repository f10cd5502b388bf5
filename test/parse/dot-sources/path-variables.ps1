# Sub-files reached through path variables, each under a Test-Path guard, inside try/catch.
try {
    $bootstrapDir = Join-Path $PSScriptRoot 'bootstrap'
    $p = Join-Path $bootstrapDir 'GlobalState.ps1'
    if (Test-Path $p) { . $p }
    $p = Join-Path $bootstrapDir 'Helpers.ps1'
    if (Test-Path -LiteralPath $p) { . $p }
    $script:libDir = Join-Path -Path $PSScriptRoot -ChildPath 'lib'
    . (Join-Path $script:libDir 'x.ps1')
    $other = Join-Path $PSScriptRoot 'other.ps1'
    if (Test-Path $p) { . $other }
}
catch {
    Write-Warning "failed: $_"
}
