function global:Get-GitStatus { $MyInvocation.MyCommand.ScriptBlock.File }
$global:StatusLoadedFrom = $PSScriptRoot
