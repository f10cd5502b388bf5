function Get-AfterBroken { 'after' }
$afterBroken = 1
