using namespace System.Collections.Generic
using namespace System.Management.Automation

# 45-types.ps1 - profile types: a small in-memory log and the prompt segment flags.
# Tier: essential

enum ProfileLogLevel {
    Trace
    Debug
    Info
    Warning
    Error
}

[Flags()]
enum PromptSegments {
    None = 0
    Path = 1
    Git = 2
    Kube = 4
    Duration = 8
    ExitCode = 16
}

class ProfileLogEntry {
    [datetime] $Time
    [ProfileLogLevel] $Level
    [string] $Source
    [string] $Message

    ProfileLogEntry([ProfileLogLevel] $level, [string] $source, [string] $message) {
        $this.Time = [datetime]::Now
        $this.Level = $level
        $this.Source = $source
        $this.Message = $message
    }

    [string] ToString() {
        return '{0:HH:mm:ss.fff} {1,-7} {2}: {3}' -f $this.Time, $this.Level, $this.Source, $this.Message
    }
}

class ProfileLog {
    static [List[ProfileLogEntry]] $Entries = [List[ProfileLogEntry]]::new()
    static [int] $Capacity = 500

    static [void] Add([ProfileLogLevel] $level, [string] $source, [string] $message) {
        if ([ProfileLog]::Entries.Count -ge [ProfileLog]::Capacity) {
            [ProfileLog]::Entries.RemoveAt(0)
        }
        [ProfileLog]::Entries.Add([ProfileLogEntry]::new($level, $source, $message))
    }

    static [ProfileLogEntry[]] Find([ProfileLogLevel] $minimum) {
        $result = [List[ProfileLogEntry]]::new()
        foreach ($entry in [ProfileLog]::Entries) {
            if ($entry.Level -ge $minimum) { $result.Add($entry) }
        }
        return $result.ToArray()
    }
}

function global:Write-ProfileLog {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline)]
        [string] $Message,

        [ProfileLogLevel] $Level = [ProfileLogLevel]::Info,

        [string] $Source = 'profile'
    )

    process {
        [ProfileLog]::Add($Level, $Source, $Message)
        if ($Level -ge [ProfileLogLevel]::Warning) {
            Write-Verbose "[$Level] ${Source}: $Message"
        }
    }
}

function global:Get-ProfileLog {
    [CmdletBinding()]
    param(
        [ProfileLogLevel] $MinimumLevel = [ProfileLogLevel]::Trace,
        [int] $Last
    )

    $entries = [ProfileLog]::Find($MinimumLevel)
    if ($Last -gt 0) { $entries | Select-Object -Last $Last } else { $entries }
}

function global:Get-CommandSource {
    # Where a command comes from: Get-CommandSource gst -> alias -> function -> script block file
    param([Parameter(Mandatory)][string] $Name)

    $command = Get-Command -Name $Name -ErrorAction Stop
    while ($command -is [AliasInfo]) { $command = $command.ResolvedCommand }
    [pscustomobject]@{
        Name   = $command.Name
        Type   = $command.CommandType
        Source = if ($command -is [FunctionInfo] -and $command.ScriptBlock.File) {
            '{0}:{1}' -f $command.ScriptBlock.File, $command.ScriptBlock.StartPosition.StartLine
        } else {
            $command.Source
        }
    }
}
