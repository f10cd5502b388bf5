function global:Get-Sub { 'sub' }
Set-FragmentLoaded 'sub'
