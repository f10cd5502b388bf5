Get-EagerRoot
Get-HelperRoot
& $completerRoot
Get-LazyRoot
Get-LazyCommand
Get-LazyData
Import-LazyHelper
