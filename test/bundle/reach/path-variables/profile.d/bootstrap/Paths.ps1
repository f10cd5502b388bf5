# Where am I: these must name this file, not the bundle.
$global:PathsRoot = $PSScriptRoot
$global:PathsCommand = $PSCommandPath
$global:PathsInvocation = $MyInvocation.MyCommand.Path
function Get-PathsFile { $PSCommandPath }
. "$PSScriptRoot/Chained.ps1"
