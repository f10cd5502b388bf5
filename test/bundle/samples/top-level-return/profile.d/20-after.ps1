# Loads after a fragment that returned early.
$afterReturn = 'still loaded'
function Get-After { "after: $afterReturn" }
