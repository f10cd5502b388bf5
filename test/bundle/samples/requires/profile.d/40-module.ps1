#Requires -Modules Microsoft.PowerShell.Archive
$archiveLoaded = [bool](Get-Module Microsoft.PowerShell.Archive)
