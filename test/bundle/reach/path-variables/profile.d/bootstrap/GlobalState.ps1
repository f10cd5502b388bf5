$global:ProfileState = @{ Loaded = @() }
function Test-FragmentLoaded([string]$FragmentName) {
    [bool](Get-Variable -Name "${FragmentName}Loaded" -Scope Global -ErrorAction SilentlyContinue)
}
function Set-FragmentLoaded([string]$FragmentName) {
    Set-Variable -Name "${FragmentName}Loaded" -Value $true -Scope Global
}
