# Before any call: completion by name and by parameter, and the syntax, come from the stubs.
(TabExpansion2 'Get-Thin' 8).CompletionMatches.CompletionText -join ','
(TabExpansion2 'Get-Thing -Fo' 13).CompletionMatches.CompletionText -join ','
(TabExpansion2 'Get-Variadic -R' 15).CompletionMatches.CompletionText -join ','
Get-Command Get-Thing -Syntax
Get-Command Select-Mode -Syntax
Get-Command Format-Pair, Measure-Input, Add-Prefix -Syntax
Get-Thing
Get-Thing -Force:$false
gth -Name x -Force
1, 2 | gth -Name piped -Force:$false
[pscustomobject]@{ Label = 'L1' }, [pscustomobject]@{ Label = 'L2' } | Get-Thing
Get-Thing -WhatIf
Format-Pair a b c -Upper:$false
fpair -Left q -Upper -x:y -- -Upper
1, 2, 3 | meas one -two:three
meas
'a', 'b' | Add-Prefix
Add-Prefix
Write-Trouble 2>&1 | ForEach-Object { "redirected: $_" }
Write-Trouble; "status=$?"
try { Write-Trouble -Terminate } catch { "caught: $_" }
try { Write-Trouble -ErrorAction Stop } catch { "caught stop: $_" }
Get-Thing -OutVariable ov | Out-Null; "ov=$($ov -join '/')"
Write-Trouble -ErrorVariable ev 2>$null; "ev=$($ev.Count) $ev"
Add-Count; Add-Count
Get-Mandatory -Value v
Get-Variadic a b -c d
(Get-Help Get-Thing).Synopsis
Get-Leak
Get-UsesLater
"types: $((Get-Command Get-Thing).CommandType) $((Get-Command Add-Prefix).CommandType) $((Get-Command gth).Definition)"
Get-Thing -Force:$false
Select-Mode -Id 3
[pscustomobject]@{ FullName = '/tmp/x' }, [pscustomobject]@{ FullName = '/tmp/y' } | Select-Mode -Checked ok
Select-Mode n -Checked x
try { Select-Mode -Name a -Id 1 } catch { "binding: $($_.FullyQualifiedErrorId)" }
