$fragmentName = 'dyn'
Set-FragmentLoaded -FragmentName $fragmentName
Set-FragmentLoaded -Frag:'pfx' -ErrorAction Stop
function global:Get-Dyn { 'dyn' }
