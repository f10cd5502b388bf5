$global:ConfOrder = @("a")
function Get-ConfA { "a at $PSScriptRoot" }
