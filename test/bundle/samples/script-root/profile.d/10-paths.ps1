# $PSScriptRoot, $PSCommandPath and $MyInvocation must name this file, wherever the bundle is.
. "$PSScriptRoot/lib/helpers.ps1"
. (Join-Path $PSScriptRoot 'lib' 'more.ps1')
$rootSeen = $PSScriptRoot
$commandSeen = $PSCommandPath
$myPath = $MyInvocation.MyCommand.Path
$myName = $MyInvocation.MyCommand.Name
$inString = "root=$PSScriptRoot path=$($MyInvocation.MyCommand.Path) name=$($MyInvocation.MyCommand.Name)"
$splitParent = Split-Path -Parent $MyInvocation.MyCommand.Definition
$completerRoot = { $PSScriptRoot }
function Get-EagerRoot { "$PSScriptRoot|$PSCommandPath|$($MyInvocation.MyCommand.Name)" }
