# 25-docker.ps1 - docker and compose shortcuts.
# Dependencies: 00-bootstrap
# Tier: optional

if ($global:__ProfileDockerLoaded) { return }
$global:__ProfileDockerLoaded = $true

if (-not (Test-ProfileCommand docker -CommandType Application)) {
    Write-ProfileVerbose 'docker: not installed'
    return
}

function global:Get-DockerContainer {
    <#
    .SYNOPSIS
        docker ps as objects.
    .PARAMETER All
        Include stopped containers.
    #>
    [CmdletBinding()]
    param(
        [switch] $All,
        [string] $Name
    )

    $arguments = @('ps', '--no-trunc', '--format', '{{json .}}')
    if ($All) { $arguments += '--all' }
    if ($Name) { $arguments += @('--filter', "name=$Name") }
    docker @arguments | ConvertFrom-Json | ForEach-Object {
        [pscustomobject]@{
            Id     = $_.ID.Substring(0, 12)
            Name   = $_.Names
            Image  = $_.Image
            Status = $_.Status
            Ports  = $_.Ports
        }
    }
}

function global:Remove-DockerDangling {
    [CmdletBinding(SupportsShouldProcess)]
    param([switch] $Volumes)

    if ($PSCmdlet.ShouldProcess('dangling images', 'docker image prune')) {
        docker image prune --force
    }
    if ($Volumes -and $PSCmdlet.ShouldProcess('unused volumes', 'docker volume prune')) {
        docker volume prune --force
    }
}

function global:Enter-DockerContainer($Container, $Shell = 'sh') {
    docker exec --interactive --tty $Container $Shell
}

filter Select-DockerRunning {
    # Get-DockerContainer -All | Select-DockerRunning
    if ($_.Status -like 'Up*') { $_ }
}

# compose v2 is a docker plugin; older machines still have docker-compose.
if (Test-ProfileCommand docker-compose -CommandType Application) {
    Set-ProfileFunction -Name Invoke-Compose -Body { docker-compose @args }
} else {
    Set-ProfileFunction -Name Invoke-Compose -Body { docker compose @args }
}

New-Alias -Name dps -Value Get-DockerContainer -Scope Global -Force
New-Alias -Name dex -Value Enter-DockerContainer -Scope Global -Force
Set-ProfileAlias dcp Invoke-Compose
