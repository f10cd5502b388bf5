# Throws when it runs: the first call of its stub reports it as the fragment loop would.
function Get-BeforeFailure { 'defined before the throw' }
Set-FragmentLoaded -FragmentName 'failing'
throw 'fixture failure'
