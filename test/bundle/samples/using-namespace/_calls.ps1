(New-Builder).ToString()
[string]('StringBuilder' -as [type])
Get-ModThing
$modThing
[FbModThing]::new().Hi()
