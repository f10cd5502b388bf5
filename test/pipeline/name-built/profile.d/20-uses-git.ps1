# Reads $gitLoaded at load time, through the guard helper: it needs 10-git first.
if (Test-FragmentLoaded git) { Set-Alias -Name gt -Value Get-GitThing -Scope Global }
