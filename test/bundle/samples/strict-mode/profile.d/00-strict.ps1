Set-StrictMode -Version Latest
$strictOn = $true
