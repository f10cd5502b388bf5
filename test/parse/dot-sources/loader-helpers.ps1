# Loader helpers: calls of configured ones load files; an unconfigured one is a candidate.
function Import-FragmentModule {
    param([string]$FragmentRoot, [string[]]$ModulePath, [string]$Context)
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
function Import-Unconfigured([string]$BaseDir, [string]$Name) {
    $p = Join-Path $BaseDir "$Name.ps1"
    . $p
}
Import-FragmentModule -FragmentRoot $PSScriptRoot -ModulePath @('files', 'LaTeX.ps1')
Import-FragmentModule -FragmentRoot $PSScriptRoot -ModulePath 'single.ps1' -Context 'x'
Import-FragmentModules -FragmentRoot $PSScriptRoot -Modules @(
    @{ ModulePath = @('git-modules', 'enhanced', 'git-gui.ps1'); Context = 'gui' }
    @{ ModulePath = 'git-modules', 'core.ps1'; Context = 'core' }
)
Import-FragmentModule -FragmentRoot $HOME -ModulePath @('x.ps1')
Import-Unconfigured -BaseDir $PSScriptRoot -Name 'other'
