if (Get-Command eza -ErrorAction SilentlyContinue) {
    function global:Get-ChildItemTree { eza --tree @args }
    Set-Alias -Name lt -Value Get-ChildItemTree -Scope Global
}
else {
    Register-MissingTool -Tool 'eza' -InstallHint 'a modern ls'
}
