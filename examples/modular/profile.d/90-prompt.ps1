# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'prompt') { return }
try {
    function global:prompt {
        $branch = Get-GitBranch
        "PS $($executionContext.SessionState.Path.CurrentLocation)$(if ($branch) { " [$branch]" })> "
    }
    Set-FragmentLoaded -FragmentName 'prompt'
}
catch {
    Write-Warning "90-prompt: $_"
}
