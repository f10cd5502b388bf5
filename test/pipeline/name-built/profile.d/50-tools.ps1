function global:Get-Tool { 'tool' }
Set-FragmentLoaded 'tools'
