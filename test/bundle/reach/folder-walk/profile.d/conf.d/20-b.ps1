$global:ConfOrder += "b"
function Get-ConfB { "b" }
