Get-CrLf
(Get-CrLf -Raw).Length
Get-Bom
