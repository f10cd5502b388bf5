# Defined where the fragment dot-sources it (the session's global scope), reading its own $PSScriptRoot.
$toolsBetaRoot = Split-Path -Leaf $PSScriptRoot
function Get-ToolBeta { "beta in $toolsBetaRoot" }
Set-AgentModeFunction -Name 'Get-ToolGamma' -Body { 'gamma ' + ($args -join ',') }
