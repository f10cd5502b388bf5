# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'completers') { return }
try {
    Set-AgentModeFunction -Name "Get-CompletionNames" -Body { param($word) @("alpha", "beta") -like "$word*" }
    Set-FragmentLoaded -FragmentName 'completers'
}
catch {
    Write-Warning "60-completers: $_"
}
