#Requires -PSEdition Desktop
$desktopLoaded = $true
