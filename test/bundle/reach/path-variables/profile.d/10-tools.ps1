if (Test-FragmentLoaded tools) { return }
$slug = ConvertTo-Slug 'Hello World'
function Get-Slug { $slug }
Set-FragmentLoaded tools
