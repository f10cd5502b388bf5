$partial = 'set before the throw'
function Get-Partial { 'defined before the throw' }
Write-Error 'a non-terminating error at load'
throw 'boom at load'
$neverSet = 'must not be set'
