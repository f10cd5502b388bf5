# Without configuration: each helper is a candidate, with the entry that would follow its calls.
function Import-FragmentModule {
    param([string]$FragmentRoot, [string[]]$ModulePath)
    $full = $FragmentRoot
    foreach ($segment in $ModulePath) { $full = Join-Path $full $segment }
    if (Test-Path $full) { . $full }
}
function Import-FragmentModules {
    param([string]$FragmentRoot, [hashtable[]]$Modules)
    foreach ($m in $Modules) {
        $path = Join-Path $FragmentRoot ($m.ModulePath -join [IO.Path]::DirectorySeparatorChar)
        . $path
    }
}
function Invoke-Script($Path) { . $Path }
function Not-A-Loader { . $global:SomeConfig }
