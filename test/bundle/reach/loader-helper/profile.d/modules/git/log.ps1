Set-Item -Path Function:global:Get-GitLog -Value { "log from $PSCommandPath" }
