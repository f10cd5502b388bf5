# Loops over literal lists: every item is a target, in order.
$libDir = Join-Path $PSScriptRoot 'lib'
foreach ($name in @('a.ps1', 'b.ps1')) {
    . (Join-Path $libDir $name)
}
$modules = 'c', 'd'
foreach ($m in $modules) { . "$libDir/$m.ps1" }
'e.ps1', 'f.ps1' | ForEach-Object { . (Join-Path $libDir $_) }
@('h', 'g') | Sort-Object | % { . "$PSScriptRoot/lib/$PSItem.ps1" }
