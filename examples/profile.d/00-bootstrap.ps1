<#
    00-bootstrap.ps1 - helpers every other fragment relies on.

    Everything here is a plain function definition, but the rest of profile.d calls these
    functions while it loads (Set-ProfileFunction, Set-ProfileAlias, Test-ProfileCommand,
    Add-PathEntry), so this fragment must always come first.
#>
# Tier: core

function global:Set-ProfileFunction {
    <#
    .SYNOPSIS
        Defines (or redefines) a global function from a script block.
    .DESCRIPTION
        Fragments use this instead of `function global:X` when the body is built or chosen at
        load time, e.g. a wrapper that only exists when a tool is installed.
    .EXAMPLE
        Set-ProfileFunction -Name Get-Thing -Body { param($Name) "thing $Name" }
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,

        [Parameter(Mandatory, Position = 1)]
        [scriptblock] $Body,

        # Do not replace a function that already exists (e.g. one the user defined by hand).
        [switch] $IfMissing
    )

    if ($IfMissing -and (Test-Path -LiteralPath "Function:global:$Name")) {
        Write-Verbose "Set-ProfileFunction: keeping existing $Name"
        return
    }
    Set-Item -Path "Function:global:$Name" -Value $Body -Force
}

function global:Set-ProfileAlias {
    <#
    .SYNOPSIS
        Defines a global alias, replacing any existing one of the same name.
    .EXAMPLE
        Set-ProfileAlias -Name ss -Target Find-InFiles
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)]
        [string] $Name,

        [Parameter(Mandatory, Position = 1)]
        [string] $Target,

        [string] $Description = 'profile.d'
    )

    Set-Alias -Name $Name -Value $Target -Scope Global -Force -Description $Description
}

function global:Test-ProfileCommand {
    <#
    .SYNOPSIS
        True when a command (native program, cmdlet, function or alias) can be found.
    .NOTES
        Uses -ErrorAction Ignore so a missing tool leaves nothing behind in $Error.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory, Position = 0)]
        [string] $Name,

        [System.Management.Automation.CommandTypes] $CommandType = 'All'
    )

    $null -ne (Get-Command -Name $Name -CommandType $CommandType -ErrorAction Ignore |
        Select-Object -First 1)
}

function global:Add-PathEntry {
    <#
    .SYNOPSIS
        Adds a directory to $env:PATH once, only when it exists.
    .PARAMETER Prepend
        Put the directory in front (it then wins over system-wide tools).
    .EXAMPLE
        Add-PathEntry -Path ~/.local/bin -Prepend
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $Path,

        [switch] $Prepend
    )

    process {
        if ([string]::IsNullOrWhiteSpace($Path)) { return }
        $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
        if (-not (Test-Path -LiteralPath $full -PathType Container)) {
            Write-Verbose "Add-PathEntry: skipping missing $full"
            return
        }

        $separator = [System.IO.Path]::PathSeparator
        $comparison = if ($IsWindows) { [System.StringComparer]::OrdinalIgnoreCase } else { [System.StringComparer]::Ordinal }
        $entries = @($env:PATH -split [regex]::Escape($separator) | Where-Object { $_ })
        foreach ($entry in $entries) {
            if ($comparison.Equals($entry.TrimEnd('/', '\'), $full.TrimEnd('/', '\'))) { return }
        }

        $env:PATH = if ($Prepend) {
            (@($full) + $entries) -join $separator
        } else {
            ($entries + @($full)) -join $separator
        }
    }
}

function global:Write-ProfileVerbose {
    # One place to switch profile diagnostics on: $env:PROFILE_VERBOSE = 1 before starting pwsh.
    param([string] $Message)
    if ($env:PROFILE_VERBOSE) {
        Write-Verbose -Message "[profile] $Message" -Verbose
    } else {
        Write-Verbose -Message "[profile] $Message"
    }
}
