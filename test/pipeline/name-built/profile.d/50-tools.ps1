function global:Get-Tool { 'tool' }
Set-FragmentLoaded 'tools'
# A switch binds no value; the values bind by position, in declaration order.
Set-Pair -Force tool 'kind'
