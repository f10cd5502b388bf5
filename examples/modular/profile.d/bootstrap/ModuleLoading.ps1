# The loader helpers: dot-source a fragment's module files inside this function's own scope.
function global:Import-FragmentModule {
    param(
        [Parameter(Mandatory)] [string]$FragmentRoot,
        [Parameter(Mandatory)] [string[]]$ModulePath,
        [string]$Context = ''
    )
    $full = $FragmentRoot
    foreach ($segment in $ModulePath) { $full = Join-Path $full $segment }
    if (-not (Test-Path -LiteralPath $full)) {
        Write-Warning "Import-FragmentModule: $Context module not found: $full"
        return
    }
    try { . $full }
    catch { Write-Warning "Import-FragmentModule: $Context failed: $_" }
}
function global:Import-FragmentModules {
    param([Parameter(Mandatory)] [string]$FragmentRoot, [Parameter(Mandatory)] [hashtable[]]$Modules)
    foreach ($module in $Modules) {
        Import-FragmentModule -FragmentRoot $FragmentRoot -ModulePath $module.ModulePath -Context $module.Context
    }
}
