[CmdletBinding()]
param(
    [string] $Greeting = 'hello',
    [switch] $Loud
)
$greetingSeen = $Greeting
$loudSeen = $Loud.IsPresent
$boundCount = $PSBoundParameters.Count
$cmdletSeen = $null -ne $PSCmdlet
function Get-Greeting { "$Greeting from a function" }
