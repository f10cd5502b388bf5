# A must-run fragment at the end: output at load.
Write-Output 'profile loaded'
