#Requires -Version 5.1
function Get-Satisfied { 'satisfied' }
$satisfiedLoaded = $true
