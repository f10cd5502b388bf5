function global:Test-FragmentLoaded {
    param([Parameter(Mandatory)] [string]$FragmentName)
    [bool](Get-Variable -Name "${FragmentName}Loaded" -Scope Global -ValueOnly -ErrorAction SilentlyContinue)
}
function global:Set-FragmentLoaded {
    param([Parameter(Mandatory)] [string]$FragmentName)
    Set-Variable -Name "${FragmentName}Loaded" -Value $true -Scope Global
}
function global:Set-Pair([switch]$Force, $Kind, $Name) {
    Set-Item -Path "variable:global:$Kind-$($Name)" -Value $true
}
