if (Get-Command bat -ErrorAction SilentlyContinue) {
    Set-AgentModeFunction -Name 'Show-FileContent' -Body { bat --plain @args }
    Set-AgentModeAlias -Name 'less2' -Target 'Show-FileContent'
}
else {
    Register-MissingTool -Tool 'bat' -InstallHint 'a cat with syntax highlighting'
}
