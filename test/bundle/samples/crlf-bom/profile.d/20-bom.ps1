# A BOM, and non-ASCII text: üñïçödé ✓
function Get-Bom { "héllo wörld ✓" }
$bomText = "déjà vu"
