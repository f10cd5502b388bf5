$null = Import-FragmentModule -FragmentRoot $PSScriptRoot -ModulePath @('modules', 'git', 'core.ps1') -Context 'git'
Import-FragmentModules -FragmentRoot $PSScriptRoot -Modules @(
    @{ ModulePath = @('modules', 'git', 'log.ps1'); Context = 'log' }
    @{ ModulePath = @('modules', 'git', 'status.ps1'); Context = 'status' }
)
function Get-GitSummary { "$(Get-GitCore) $(Get-GitLog)" }
