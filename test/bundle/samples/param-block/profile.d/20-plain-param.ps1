param($Unused = 'default of a plain param block')
<#
.SYNOPSIS
A function right after a fragment param block: its help comes along, the param block does not.
#>
function Get-Plain { "plain $Unused" }
$plainSeen = $Unused
