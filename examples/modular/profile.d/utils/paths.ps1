function Join-ProfilePath([string]$Child) { Join-Path $global:ProfileRoot $Child }
$global:UtilsRoot = $PSScriptRoot
