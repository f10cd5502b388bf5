# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'docker') { return }
try {
    if (Test-CachedCommand docker) {
        Set-AgentModeFunction -Name "Get-DockerContainer" -Body { docker ps @args }
        Set-AgentModeAlias -Name "dps" -Target "Get-DockerContainer"
    }
    else {
        Set-AgentModeFunction -Name "Get-DockerContainer" -Body { Write-Warning "docker is not installed" }
    }
    Set-FragmentLoaded -FragmentName 'docker'
}
catch {
    Write-Warning "20-docker: $_"
}
