using module ./lib/FbMod.psm1
$modThing = [FbModThing]::new().Hi()
function Get-ModThing { [FbModThing]::new().Hi() + ' / ' + (Get-FbModValue) }
