Get-Special
Get-Curly
Get-CurlyPath
$specialName
