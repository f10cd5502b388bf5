$moduleRoot = $PSScriptRoot
function global:Get-GitCore { 'core' }
function Get-LocalOnly { 'gone after the helper returns' }
Set-Alias -Name gcore -Value Get-GitCore -Scope Global
Set-Alias -Name glocal -Value Get-LocalOnly
