# The profile's helper API: must run at start-up (everything else uses it).
$global:ProfileMissingTools = @{}
$global:ProfileCommandCache = @{}
function global:Test-FragmentLoaded([Parameter(Mandatory)][string]$FragmentName) {
    [bool]$ExecutionContext.SessionState.PSVariable.GetValue("${FragmentName}Loaded")
}
function global:Set-FragmentLoaded([Parameter(Mandatory)][string]$FragmentName) {
    Set-Variable -Name "${FragmentName}Loaded" -Value $true -Scope Global
}
function global:Test-CachedCommand([Parameter(Mandatory)][string]$Name) {
    if (-not $global:ProfileCommandCache.ContainsKey($Name)) {
        $global:ProfileCommandCache[$Name] = $null -ne (Get-Command $Name -CommandType Application -ErrorAction Ignore)
    }
    $global:ProfileCommandCache[$Name]
}
function global:Invoke-MissingToolWarning([Parameter(Mandatory)][string]$Tool) {
    $global:ProfileMissingTools[$Tool] = $true
    Write-Warning "$Tool is not installed: its commands are not available"
}
function global:Set-AgentModeFunction([string]$Name, [scriptblock]$Body) {
    Set-Item -Path "Function:global:$Name" -Value $Body
}
function global:Set-AgentModeAlias([string]$Name, [string]$Target) {
    Set-Alias -Name $Name -Value $Target -Scope Global -Force
}
