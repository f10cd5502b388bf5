# Which fragments have loaded: a global per fragment, named after it.
$global:ProfileRoot = Split-Path -Parent $PSScriptRoot
function global:Test-FragmentLoaded {
    param([Parameter(Mandatory)] [string]$FragmentName)
    [bool](Get-Variable -Name "${FragmentName}Loaded" -Scope Global -ValueOnly -ErrorAction SilentlyContinue)
}
function global:Set-FragmentLoaded {
    param([Parameter(Mandatory)] [string]$FragmentName)
    Set-Variable -Name "${FragmentName}Loaded" -Value $true -Scope Global
}
