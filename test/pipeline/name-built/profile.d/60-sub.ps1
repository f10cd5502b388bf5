# The marker call stands in a sub-file: resolved with its own path and line.
. "$PSScriptRoot/sub/mark.ps1"
