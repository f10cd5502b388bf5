# 35-navigation.ps1 - jumping around the file system.
# Dependencies: 00-Bootstrap, 05-ENV
# Tier: standard

# Where projects live; 60-completers.ps1 completes project names from these folders.
$ProfileConfig.ProjectRoots = @(
    @(
        (Join-Path $HOME 'src')
        (Join-Path $HOME 'work')
        (Join-Path $HOME 'projects')
    ) | Where-Object { Test-Path -LiteralPath $_ -PathType Container }
)
$ProfileConfig.LocationStackName = 'profile'

function global:.. { Set-Location .. }
function global:... { Set-Location ../.. }
function global:.... { Set-Location ../../.. }

function global:Set-LocationUp {
    <#
    .SYNOPSIS
        Goes up -Levels directories, or up to the nearest parent named -Name.
    #>
    [CmdletBinding(DefaultParameterSetName = 'Levels')]
    param(
        [Parameter(ParameterSetName = 'Levels', Position = 0)]
        [ValidateRange(1, 64)]
        [int] $Levels = 1,

        [Parameter(ParameterSetName = 'Name', Mandatory)]
        [string] $Name
    )

    $target = Get-Item -LiteralPath $PWD.ProviderPath
    if ($PSCmdlet.ParameterSetName -eq 'Name') {
        while ($target -and $target.Name -ne $Name) { $target = $target.Parent }
        if (-not $target) { Write-Error "No parent directory named '$Name'"; return }
    } else {
        for ($i = 0; $i -lt $Levels -and $target.Parent; $i++) { $target = $target.Parent }
    }
    Set-Location -LiteralPath $target.FullName
}

function global:Get-ProjectDirectory {
    [CmdletBinding()]
    param([string] $Filter = '*')

    foreach ($root in $ProfileConfig.ProjectRoots) {
        Get-ChildItem -LiteralPath $root -Directory -Filter $Filter -ErrorAction SilentlyContinue
    }
}

function global:Set-ProjectLocation {
    <#
    .SYNOPSIS
        cd into a project under one of $ProfileConfig.ProjectRoots by (partial) name.
    .EXAMPLE
        Set-ProjectLocation frag     # ~/src/fragbundle
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)]
        [string] $Name,

        # Push the current location so Pop-Location returns here.
        [switch] $Push
    )

    $match = @(Get-ProjectDirectory -Filter "$Name*") + @(Get-ProjectDirectory -Filter "*$Name*") |
        Select-Object -First 1
    if (-not $match) {
        Write-Error "No project matching '$Name' under $($ProfileConfig.ProjectRoots -join ', ')"
        return
    }
    if ($Push) {
        Push-Location -LiteralPath $match.FullName -StackName $ProfileConfig.LocationStackName
    } else {
        Set-Location -LiteralPath $match.FullName
    }
}

function global:Pop-ProjectLocation {
    Pop-Location -StackName $ProfileConfig.LocationStackName
}

Set-ProfileAlias -Name up -Target Set-LocationUp
Set-ProfileAlias -Name proj -Target Set-ProjectLocation
Set-ProfileAlias -Name pproj -Target Pop-ProjectLocation
