# Tools a fragment looked for and did not find: recorded, listed on demand (Show-MissingTool).
$global:ProfileMissingTools = @{}
function global:Register-MissingTool {
    param([Parameter(Mandatory)] [string]$Tool, [string]$InstallHint = '')
    $global:ProfileMissingTools[$Tool] = $InstallHint
}
function global:Show-MissingTool {
    foreach ($t in @($global:ProfileMissingTools.Keys | Sort-Object)) { "{0}: {1}" -f $t, $global:ProfileMissingTools[$t] }
}
