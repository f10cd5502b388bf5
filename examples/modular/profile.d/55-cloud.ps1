# Dependencies: bootstrap
# Cloud and cluster tools, probed one by one where the fragment stands.
if (Test-FragmentLoaded -FragmentName 'cloud') { return }
try {
    if (Get-Command helm -ErrorAction SilentlyContinue) {
        function global:Get-HelmRelease { helm list @args }
    }
    else {
        Register-MissingTool -Tool 'helm' -InstallHint 'the Kubernetes package manager'
    }
    if (Get-Command gh -ErrorAction SilentlyContinue) {
        function global:Get-PullRequest { gh pr list @args }
        Set-Alias -Name prs -Value Get-PullRequest -Scope Global
    }
    else {
        Register-MissingTool -Tool 'gh' -InstallHint 'the GitHub command line'
    }
    Set-FragmentLoaded -FragmentName 'cloud'
}
catch {
    Write-Warning "55-cloud: $_"
}
