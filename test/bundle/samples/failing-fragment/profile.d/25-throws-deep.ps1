$deepStarted = $true

Invoke-Thrower
$deepNever = $true
