# Dependencies: bootstrap
# Extras for git that need tools of their own.
if (Test-FragmentLoaded -FragmentName 'gitextras') { return }
try {
    if (Test-CachedCommand lazygit) {
        Set-AgentModeFunction -Name 'Open-LazyGit' -Body { lazygit @args }
        Set-AgentModeAlias -Name 'lg' -Target 'Open-LazyGit'
    }
    else {
        Register-MissingTool -Tool 'lazygit' -InstallHint 'a terminal UI for git'
    }
    if (Test-CachedCommand delta) {
        function global:Show-GitDiff { git -c core.pager=delta diff @args }
    }
    else {
        Register-MissingTool -Tool 'delta' -InstallHint 'a pager for diffs'
    }
    Set-FragmentLoaded -FragmentName 'gitextras'
}
catch {
    Write-Warning "65-git-extras: $_"
}
