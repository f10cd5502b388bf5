if (Test-FragmentLoaded -FragmentName 'git') { return }
function global:Get-GitThing { 'git' }
Set-FragmentLoaded -FragmentName 'git'
