. "$PSScriptRoot/bootstrap/ModuleLoading.ps1"
