# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'aliases') { return }
try {
    Set-AgentModeAlias -Name "slug" -Target "ConvertTo-Slug"
    Set-AgentModeAlias -Name "up" -Target "Set-LocationUp"
    Set-Alias -Name "gsum" -Value "Get-GitSummary" -Scope Global
    Set-FragmentLoaded -FragmentName 'aliases'
}
catch {
    Write-Warning "80-aliases: $_"
}
