function global:Set-LocationUp { param([int]$Levels = 1) Set-Location (Join-Path (Get-Location) ('..' * 1)) }
Set-Item -Path Function:global:Get-ModuleFile -Value { $PSCommandPath }
