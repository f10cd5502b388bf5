Get-Partial
Get-AfterFailures
