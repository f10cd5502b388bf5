# $PSScriptRoot, $PSCommandPath and $MyInvocation.MyCommand.Path in strings, Split-Path and '..'.
. "$PSScriptRoot/lib/one.ps1"
. "${PSScriptRoot}\lib\..\lib\two.ps1"
. $PSScriptRoot\lib\three.ps1
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
. "$here/four.ps1"
$up = Split-Path $PSScriptRoot -Parent
. "$up/shared/five.ps1"
$dir = Split-Path $PSCommandPath
. "$(Join-Path $dir 'six.ps1')"
. "$PSScriptRoot/../outside/seven.ps1"
. "$PSScriptRoot.local.ps1"
