<#
.SYNOPSIS
Run many test scripts in one pwsh process, each in a fresh runspace (test/helpers/pwsh-runspace.ts).

.DESCRIPTION
Reads one job per line from stdin, as JSON: { script, cwd, env }. Each job runs at the global
scope of a new runspace made from InitialSessionState.CreateDefault2() (what a `pwsh -NoProfile`
session starts from), so no function, alias, variable, module, drive, class or location of one job
reaches the next. What runspaces share is process-wide: environment variables and the process's
current directory. Both are reset to their state at server start before every job (and the job's
own `env` applied), so a job sees what a fresh `pwsh -NoProfile -Command` child would.

For each job one line goes to stdout: the marker, a space and JSON { stdout, stderr, exitCode,
last }; `last` says the server ends after this job (see Get-InMemoryAssembly and Test-PSReadLineLoaded). stdout is the job's output objects as text, stderr its unhandled error records; the
exit code is 1 when the script ended with a terminating error or wrote an error record, as
`pwsh -Command` reports. The server ends at the end of its input.
#>
param([Parameter(Mandatory)] [string] $Marker)
$ErrorActionPreference = 'Stop'
$startEnv = [System.Environment]::GetEnvironmentVariables()
$startDir = [System.Environment]::CurrentDirectory

# Assemblies made in memory: PowerShell classes and enums, Add-Type. They stay in the process, and
# a later runspace's `[Name]` can resolve to an earlier runspace's type, so a job that makes one
# is the last job of its server (the client starts a new one).
function Get-InMemoryAssembly { @([System.AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.IsDynamic -or -not $_.Location }) }
$inMemory = [System.Collections.Generic.HashSet[object]]::new()
foreach ($a in Get-InMemoryAssembly) { $null = $inMemory.Add($a) }
# PSReadLine keeps its key handlers and options in a static singleton: once a job has loaded it,
# the next runspace would see that job's handlers, so such a job is the last of its server too.
function Test-PSReadLineLoaded { @([System.AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Microsoft.PowerShell.PSReadLine' }).Count -gt 0 }
$readLineAtStart = Test-PSReadLineLoaded

# The console host sets $PROFILE (a path with four note properties); a bare runspace has none. It is
# made inside the runspace: a PSObject passed through a .NET method loses its note properties.
$profileNotes = @($PROFILE.PSObject.Properties | Where-Object MemberType -EQ NoteProperty)
$profileScript = 'param($c, $n, $v) $p = [psobject]::new($c); for ($i = 0; $i -lt $n.Count; $i++) { $p.PSObject.Properties.Add([psnoteproperty]::new($n[$i], $v[$i])) }; $global:PROFILE = $p'

function Reset-Environment([System.Collections.IDictionary] $Extra) {
    $now = [System.Environment]::GetEnvironmentVariables()
    # [NullString]::Value: a plain $null reaches a string parameter as '', which sets the variable empty.
    foreach ($k in @($now.Keys)) { if (-not $startEnv.Contains($k)) { [System.Environment]::SetEnvironmentVariable($k, [NullString]::Value) } }
    foreach ($k in @($startEnv.Keys)) { if ($now[$k] -cne $startEnv[$k]) { [System.Environment]::SetEnvironmentVariable($k, $startEnv[$k]) } }
    if ($Extra) { foreach ($k in @($Extra.Keys)) { [System.Environment]::SetEnvironmentVariable($k, [string]$Extra[$k]) } }
}

$stdout = [System.Console]::Out
while ($null -ne ($line = [System.Console]::In.ReadLine())) {
    if ($line -eq '') { continue }
    $job = ConvertFrom-Json -InputObject $line -AsHashtable
    $out = [System.Text.StringBuilder]::new()
    $err = [System.Text.StringBuilder]::new()
    $exit = 0
    $rs = $null
    $ps = $null
    try {
        Reset-Environment $job.env
        [System.Environment]::CurrentDirectory = $(if ($job.cwd) { $job.cwd } else { $startDir })
        $rs = [runspacefactory]::CreateRunspace([initialsessionstate]::CreateDefault2())
        $rs.Open()
        $ps = [powershell]::Create()
        $ps.Runspace = $rs
        $null = $ps.AddScript($profileScript, $true).AddArgument([string]$PROFILE).AddArgument([string[]]$profileNotes.Name).AddArgument([string[]]$profileNotes.Value)
        $null = $ps.Invoke()
        $ps.Dispose()
        $ps = [powershell]::Create()
        $ps.Runspace = $rs
        $null = $ps.AddScript([string]$job.script, $false)
        try {
            foreach ($o in $ps.Invoke()) { $null = $out.AppendLine(($o | Out-String -Width 4096).TrimEnd("`r", "`n")) }
        } catch {
            $exit = 1
            $inner = $_.Exception.InnerException
            $null = $err.AppendLine($(if ($inner) { $inner.Message } else { [string]$_ }))
        }
        foreach ($e in $ps.Streams.Error) { $exit = 1; $null = $err.AppendLine([string]$e) }
    } catch {
        $exit = 1
        $null = $err.AppendLine('runspace-server: ' + [string]$_)
    } finally {
        if ($ps) { $ps.Dispose() }
        if ($rs) { $rs.Dispose() }
        Reset-Environment $null
        [System.Environment]::CurrentDirectory = $startDir
    }
    $last = @(Get-InMemoryAssembly | Where-Object { -not $inMemory.Contains($_) }).Count -gt 0 -or (-not $readLineAtStart -and (Test-PSReadLineLoaded))
    $reply = [ordered]@{ stdout = $out.ToString(); stderr = $err.ToString(); exitCode = $exit; last = $last }
    $stdout.WriteLine($Marker + ' ' + (ConvertTo-Json -InputObject $reply -Compress -Depth 3))
    $stdout.Flush()
    if ($last) { exit 0 }
}
