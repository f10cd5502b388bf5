# Guarded, registration helpers, plain functions: deferrable.
try {
    if (Test-FragmentLoaded -FragmentName 'git') { return }
    $gitDefaultRemote = 'origin'
    function Get-FixtureBranch {
        [CmdletBinding()]
        param([string]$Name = 'main', [switch]$Remote)
        process { if ($Remote) { "$gitDefaultRemote/$Name" } else { $Name } }
    }
    function Invoke-GitShort([switch]$Force, $Path) { "git short force=$Force path=$Path args=$($args -join ',')" }
    Set-AgentModeFunction -Name 'Get-GitRoot' -Body { 'root:' + ($args -join ',') }
    Set-AgentModeAlias -Name 'gsh' -Target 'Invoke-GitShort'
    Set-Alias -Name gfb -Value Get-FixtureBranch
    Set-FragmentLoaded -FragmentName 'git'
} catch {
    Write-Warning "git: $_"
}
