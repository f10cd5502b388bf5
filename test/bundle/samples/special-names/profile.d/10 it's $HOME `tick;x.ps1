function Get-Special { 'special' }
$specialRoot = $PSScriptRoot
$specialPath = $PSCommandPath
$specialName = $MyInvocation.MyCommand.Name
