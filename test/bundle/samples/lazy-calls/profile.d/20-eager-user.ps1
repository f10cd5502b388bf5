# Uses Format-Pair at load time: that function must stay eager.
$pairAtLoad = Format-Pair 'at' 'load'
function Get-UsesLater { Get-Variadic 'deferred' 'use' }
