# 75-history.ps1 - searching the persistent PSReadLine history. Definitions only.
# Tier: optional

function Get-HistoryFilePath {
    if (Get-Command Get-PSReadLineOption -ErrorAction Ignore) {
        return (Get-PSReadLineOption).HistorySavePath
    }
    $null
}

function Search-CommandHistory {
    <#
    .SYNOPSIS
        Searches the history file of every past session (Get-History only sees this one).
    .PARAMETER Pattern
        A regular expression; with -SimpleMatch a plain substring.
    .EXAMPLE
        Search-CommandHistory docker -Last 20
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)]
        [string] $Pattern,

        [int] $Last = 50,

        [switch] $SimpleMatch,

        [switch] $Unique
    )

    $file = Get-HistoryFilePath
    if (-not $file -or -not (Test-Path -LiteralPath $file)) {
        Write-Warning 'No PSReadLine history file; searching this session only.'
        $lines = (Get-History).CommandLine
    } else {
        $lines = [System.IO.File]::ReadAllLines($file)
    }

    $found = @(if ($SimpleMatch) {
            $lines | Where-Object { $_.Contains($Pattern, [System.StringComparison]::OrdinalIgnoreCase) }
        } else {
            $lines -match $Pattern
        })
    if ($Unique) {
        # Keep the most recent occurrence of each line.
        [array]::Reverse($found)
        $found = @($found | Select-Object -Unique)
        [array]::Reverse($found)
    }
    $found | Select-Object -Last $Last
}

function Get-FrequentCommand {
    <#
    .SYNOPSIS
        The commands (first word of each history line) used most often.
    #>
    [CmdletBinding()]
    param(
        [ValidateRange(1, 1000)]
        [int] $Top = 20
    )

    $file = Get-HistoryFilePath
    if (-not $file -or -not (Test-Path -LiteralPath $file)) { return }
    [System.IO.File]::ReadLines($file) |
        ForEach-Object { ($_.TrimStart() -split '\s+', 2)[0] } |
        Where-Object { $_ } |
        Group-Object -NoElement |
        Sort-Object -Property @{ Expression = 'Count'; Descending = $true }, Name |
        Select-Object -First $Top -Property Count, Name
}

function Invoke-HistoryLine($Id) {
    # Re-run an entry of this session's history by id, showing it first.
    $entry = Get-History -Id $Id -ErrorAction Stop
    Write-Host "> $($entry.CommandLine)" -ForegroundColor DarkGray
    Invoke-Expression -Command $entry.CommandLine
}
