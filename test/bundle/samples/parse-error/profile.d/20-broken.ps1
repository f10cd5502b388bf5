# pwsh cannot parse this file: one brace is never closed.
$brokenLoaded = 1
function Get-Broken {
    if ($true) { 'unclosed'
}
