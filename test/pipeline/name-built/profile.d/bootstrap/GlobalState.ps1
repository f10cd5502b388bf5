function global:Test-FragmentLoaded {
    param([Parameter(Mandatory)] [string]$FragmentName)
    [bool](Get-Variable -Name "${FragmentName}Loaded" -Scope Global -ValueOnly -ErrorAction SilentlyContinue)
}
function global:Set-FragmentLoaded {
    param([Parameter(Mandatory)] [string]$FragmentName)
    Set-Variable -Name "${FragmentName}Loaded" -Value $true -Scope Global
}
