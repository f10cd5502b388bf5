# Git basics, registered through the helpers: they outlive the loader's scope.
Set-AgentModeFunction -Name 'Get-GitBranch' -Body {
    if (Test-CachedCommand git) { git branch --show-current 2>$null }
}
Set-AgentModeAlias -Name 'gb' -Target 'Get-GitBranch'
function Get-GitCoreScratch { 'only inside the loader while this file runs' }
