# work.ps1 - settings for the work laptop only.
# Dependencies: 00-bootstrap, 05-env
# Environment: work
# Tier: optional

if (-not $ProfileConfig.IsWork) { return }

$env:NO_PROXY = 'localhost,127.0.0.1,.internal,.corp'
$ProfileConfig.ProjectRoots = @(
    @($ProfileConfig.ProjectRoots) + @(Join-Path $HOME 'work-repos') |
        Where-Object { Test-Path -LiteralPath $_ -PathType Container }
)

function global:Connect-WorkVpn {
    [CmdletBinding()]
    param([string] $ConfigName = 'default')

    if (-not (Test-ProfileCommand openvpn3 -CommandType Application)) { throw 'openvpn3 is not installed' }
    openvpn3 session-start --config $ConfigName
}

Set-ProfileAlias -Name vpn -Target Connect-WorkVpn
