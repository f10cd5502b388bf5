# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'kubectl') { return }
try {
    Set-AgentModeFunction -Name "Get-KubeContext" -Body { if (Test-CachedCommand kubectl) { kubectl config current-context } }
    Set-AgentModeAlias -Name "kctx" -Target "Get-KubeContext"
    Set-FragmentLoaded -FragmentName 'kubectl'
}
catch {
    Write-Warning "25-kubectl: $_"
}
