#Requires -Version 99.0
function Get-TooNew { 'too new' }
$tooNewLoaded = $true
