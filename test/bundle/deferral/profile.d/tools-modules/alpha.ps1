# Defined globally, with an alias, and a tool probe recorded through the profile's own helper.
function global:Get-ToolAlpha([string]$Name = 'a') { "alpha $Name from $(Split-Path -Leaf $PSCommandPath)" }
Set-Alias -Name tal -Value Get-ToolAlpha -Scope Global
if (Test-CachedCommand 'fragbundle-missing-zoxide') {
    function global:Invoke-ToolZ { & 'fragbundle-missing-zoxide' @args }
} else {
    Invoke-MissingToolWarning -Tool 'zoxide'
}
