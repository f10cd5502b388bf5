<#
.SYNOPSIS
The baseline a bundle must equal: dot-source fragments one by one, in order, each in try/catch.

.DESCRIPTION
Dot-source THIS script from the global scope (`. ./bundle-baseline.ps1 <list>`): it then
dot-sources every fragment at global scope too, as a profile loader does. The list file holds the
absolute fragment paths separated by NUL characters (a file name may hold a line break); with
-__fbhFolder instead, the fragments are what the plain loader finds there
(`Get-ChildItem -Filter *.ps1 | Sort-Object Name`: no hidden files without -Force). Its parameter and loop variable are named `__fbh*` so the session
dump leaves them out (harness allow-list); nothing else of it stays in the session.
#>
param([string] $__fbhList, [string] $__fbhFolder)
$__fbhPaths = if ($__fbhFolder) { @(Get-ChildItem -LiteralPath $__fbhFolder -Filter *.ps1 | Sort-Object Name | ForEach-Object FullName) } else { [System.IO.File]::ReadAllText($__fbhList).Split([char]0) }
foreach ($__fbhPath in $__fbhPaths) {
    if ($__fbhPath -eq '') { continue }
    try { . $__fbhPath } catch { Write-Warning ('fragbundle-baseline: {0}: {1}' -f $__fbhPath, $_) }
}
