# Registration helpers: define functions and aliases globally, whoever calls them.
function global:Set-AgentModeFunction {
    param([Parameter(Mandatory)] [string]$Name, [Parameter(Mandatory)] [scriptblock]$Body)
    Set-Item -Path "Function:global:$Name" -Value $Body
}
function global:Set-AgentModeAlias {
    param([Parameter(Mandatory)] [string]$Name, [Parameter(Mandatory)] [string]$Target)
    Set-Alias -Name $Name -Value $Target -Scope Global
}
