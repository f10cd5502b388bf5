Get-BeforeContinue
Get-AfterLoop
Get-BeforeBreak
[bool](Get-Command Get-AfterContinue -ErrorAction SilentlyContinue)
[bool](Get-Command Get-AfterBreak -ErrorAction SilentlyContinue)
[bool](Get-Command Get-NeverLoaded -ErrorAction SilentlyContinue)
[bool]$global:FbNeverLoaded
