# Never loaded: the fragment before it broke out of the loading.
$global:FbNeverLoaded = 'must not be set'
function Get-NeverLoaded { 'never' }
