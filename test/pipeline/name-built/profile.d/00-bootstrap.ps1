# The helpers live in a sub-file, as in real modular profiles.
. (Join-Path $PSScriptRoot 'bootstrap/GlobalState.ps1')
