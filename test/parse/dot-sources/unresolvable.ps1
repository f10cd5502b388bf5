# Not static: each stays a run-time dot-source (DYNAMIC_DOT_SOURCE at load time).
. ./relative-to-cwd.ps1
. $LocalConfig
. "$HOME/.profile.local.ps1"
. "$env:USERPROFILE\profile.ps1"
. '/etc/profile.ps1'
Get-ChildItem "$PSScriptRoot/conf.d" -Filter *.ps1 -Recurse | ForEach-Object { . $_.FullName }
Get-ChildItem "$PSScriptRoot/conf.d" | Where-Object Name -like '*.ps1' | ForEach-Object { . $_.FullName }
$p = Join-Path $PSScriptRoot 'a.ps1'
$p = Get-SomePath
. $p
$q = Join-Path $PSScriptRoot 'b.ps1'
$q += '.bak'
. $q
function Import-Later([string]$Path) { . $Path }
function Import-Known { . "$PSScriptRoot/lib/later.ps1" }
