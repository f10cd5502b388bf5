Get-BeforeBroken
Get-AfterBroken
[bool](Get-Command Get-Broken -ErrorAction SilentlyContinue)
