# `break` and `continue` inside the fragment's own loop stay in that loop.
$global:FbLoopSeen = @()
foreach ($n in 1..4) {
    if ($n -eq 2) { continue }
    if ($n -eq 4) { break }
    $global:FbLoopSeen += $n
}
function Get-AfterLoop { "after loop: $global:FbLoopSeen" }
