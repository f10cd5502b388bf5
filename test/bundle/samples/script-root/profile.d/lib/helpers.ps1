function Get-HelperRoot { $PSScriptRoot }
$helperLoadedFrom = $PSScriptRoot
