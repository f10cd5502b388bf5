function Get-BeforeBroken { 'before' }
$beforeBroken = 1
