function global:Show-GitLog {
    param([int]$Count = 10)
    if (Test-CachedCommand git) { git log --oneline -n $Count }
}
function global:Get-GitSummary { "$(Get-GitBranch) @ $PSScriptRoot" }
