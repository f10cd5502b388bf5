# CRLF line endings: here-string values keep them, lines still map one to one.
$crlfHere = @"
line one
line two
"@
$crlfLength = $crlfHere.Length
function Get-CrLf {
    param([switch] $Raw)
    $h = @'
raw $x
  indented
'@
    if ($Raw) { $h } else { $h.Replace("`r", "<CR>") }
}
