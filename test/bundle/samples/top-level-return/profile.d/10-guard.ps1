# A load-once guard: `return` must end only this fragment.
if ($global:FbGuardLoaded) { return }
$global:FbGuardLoaded = $true
function Get-Guarded { 'guarded' }
$guardBeforeReturn = 'set'
return
$guardAfterReturn = 'must not be set'
function Get-NeverDefined { 'never' }
