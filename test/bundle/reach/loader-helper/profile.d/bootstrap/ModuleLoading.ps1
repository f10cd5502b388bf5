# A loader helper: dot-sources inside its own function body, so what a module file defines
# without global: stays in this function's scope and is gone when it returns.
function global:Import-FragmentModule {
    param([string]$FragmentRoot, [string[]]$ModulePath, [string]$Context = '')
    $full = $FragmentRoot
    foreach ($segment in $ModulePath) { $full = Join-Path $full $segment }
    if (-not (Test-Path -LiteralPath $full)) { Write-Warning "missing module file: $full"; return $false }
    . $full
    $global:LastModuleSawLocal = [bool](Get-Command Get-LocalOnly -ErrorAction SilentlyContinue)
    $global:LastModuleRoot = $moduleRoot
    return $true
}
function global:Import-FragmentModules {
    param([string]$FragmentRoot, [hashtable[]]$Modules)
    foreach ($m in $Modules) {
        $null = Import-FragmentModule -FragmentRoot $FragmentRoot -ModulePath $m.ModulePath -Context $m.Context
    }
}
