# 26-kubectl.ps1 - kubectl context helpers.
# Dependencies: 00-bootstrap
# Tier: optional
# Environment: work, home

if (-not (Get-Command kubectl -CommandType Application -ErrorAction Ignore)) { return }

Set-Alias -Name k -Value kubectl -Scope Global

function global:Get-KubeContext {
    <#
    .SYNOPSIS
        Current kubectl context, read from the kubeconfig file (no kubectl call).
    #>
    [CmdletBinding()]
    param([string] $KubeConfig = ($env:KUBECONFIG ?? (Join-Path $HOME '.kube/config')))

    $file = ($KubeConfig -split [System.IO.Path]::PathSeparator)[0]
    if (-not (Test-Path -LiteralPath $file)) { return $null }
    foreach ($line in [System.IO.File]::ReadLines($file)) {
        if ($line -match '^current-context:\s*"?([^"]+)"?\s*$') { return $Matches[1] }
    }
    $null
}

function global:Set-KubeContext {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, Position = 0)]
        [string] $Name,

        [string] $Namespace
    )

    if ($PSCmdlet.ShouldProcess($Name, 'kubectl config use-context')) {
        kubectl config use-context $Name | Out-Null
        if ($Namespace) { kubectl config set-context --current --namespace $Namespace | Out-Null }
    }
}

function global:Get-KubePod {
    [CmdletBinding()]
    param(
        [string] $Namespace,
        [switch] $AllNamespaces
    )

    $arguments = @('get', 'pods', '--output', 'json')
    if ($AllNamespaces) { $arguments += '--all-namespaces' }
    elseif ($Namespace) { $arguments += @('--namespace', $Namespace) }
    (kubectl @arguments | ConvertFrom-Json).items | ForEach-Object {
        [pscustomobject]@{
            Namespace = $_.metadata.namespace
            Name      = $_.metadata.name
            Phase     = $_.status.phase
            Restarts  = ($_.status.containerStatuses | Measure-Object -Property restartCount -Sum).Sum
        }
    }
}

Set-ProfileAlias -Name kctx -Target Set-KubeContext
Set-ProfileAlias -Name kgp -Target Get-KubePod
