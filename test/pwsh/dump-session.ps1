<#
.SYNOPSIS
Dump the global session state as deterministic JSON, to compare a bundle with one-by-one loading.

.DESCRIPTION
Run with the call operator from the global scope after loading (`& ./dump-session.ps1 -Out x.json`):
it reads the global scope without adding to it. Dumped, each sorted by name:
- functions: type, definition, the file and line their script block comes from, options;
- aliases: target and options;
- global variables: value (serialised deterministically, depth-limited), options. Left out:
  automatic variables that differ between any two processes or commands ($PID, $?, $^, $$, $_,
  $args, $input, $Error, $MyInvocation, $StackTrace, ...), the harness's own `__fbh*` variables,
  and the names matching the wildcard patterns in -Ignore (fragbundle's documented runtime
  footprint);
- environment variables, PSDrives (name, provider, root), the current location;
- engine hooks: the four `$ExecutionContext.InvokeCommand.*Action` handlers, each as the script
  blocks behind its delegates (text and file) or the .NET method;
- engine event subscribers (Get-EventSubscriber): source identifier (a generated GUID as
  `<guid>`), event name, source object type, action text;
- PSReadLine, when the session has loaded it: its bound key handlers (key, function, description)
  and its options;
- modules loaded right after the profile loaded ($__fbhModules, captured by the driver before any
  cmdlet of the harness could auto-load one);
- the output of loading ($__fbhLoad), of the driver's checks before the calls ($__fbhBefore) and
  of the calls ($__fbhCalls), every stream, as text.
#>
param(
    [Parameter(Mandatory)] [string] $Out,
    [string[]] $Ignore = @()
)
Set-StrictMode -Off

function Test-Ignored([string] $Name) { foreach ($p in $Ignore) { if ($Name -like $p) { return $true } }; $false }

$volatile = @('$', '?', '^', '_', 'args', 'input', 'Error', 'MyInvocation', 'PSBoundParameters', 'PSCmdlet', 'PSItem',
    'StackTrace', 'this', 'foreach', 'switch', 'sender', 'EventArgs', 'Event', 'EventSubscriber', 'PID', 'PSScriptRoot', 'PSCommandPath')

function Ser($v, [int] $depth = 0) {
    if ($null -eq $v) { return $null }
    # .PSObject.BaseObject: `$v.BaseObject` looks the name up on the wrapped object and is $null.
    if ($v -is [System.Management.Automation.PSObject] -and $v.PSObject.BaseObject -isnot [System.Management.Automation.PSCustomObject]) { $v = $v.PSObject.BaseObject }
    if ($v -is [string] -or $v -is [char]) { return [string]$v }
    if ($v -is [bool]) { return $v }
    if ($v -is [enum]) { return '{0}::{1}' -f $v.GetType().Name, $v }
    if ($v -is [ValueType] -and $v.GetType().IsPrimitive -or $v -is [decimal]) { return '{0} {1}' -f $v.GetType().Name, [System.Convert]::ToString($v, [cultureinfo]::InvariantCulture) }
    if ($v -is [scriptblock]) { return '{' + $v.ToString() + '} @' + $v.File }
    if ($depth -ge 4) { return '<' + $v.GetType().FullName + '>' }
    if ($v -is [System.Collections.IDictionary]) {
        $o = [ordered]@{}
        foreach ($k in @($v.Keys | Sort-Object { [string]$_ })) { $o[[string]$k] = Ser $v[$k] ($depth + 1) }
        return $o
    }
    if ($v -is [System.Management.Automation.PSCustomObject] -or ($v -is [psobject] -and $v.PSObject.BaseObject -is [System.Management.Automation.PSCustomObject])) {
        $o = [ordered]@{}
        foreach ($p in $v.PSObject.Properties) { $o[$p.Name] = Ser $p.Value ($depth + 1) }
        return $o
    }
    if ($v -is [System.Collections.IEnumerable]) { return , @(@($v) | Select-Object -First 100 | ForEach-Object { Ser $_ ($depth + 1) }) }
    $t = $v.GetType()
    if ($t.FullName -like 'System.Management.Automation.*' -or $t.FullName -like 'System.Globalization.*' -or $t.FullName -like 'System.Text.*Encoding') { return '<' + $t.FullName + '>' }
    if ($t.Assembly.IsDynamic -or $t.FullName -notlike 'System.*') {
        $o = [ordered]@{ '<type>' = $t.FullName }
        foreach ($p in $v.PSObject.Properties) { if ($p.MemberType -in 'Property', 'NoteProperty') { $o[$p.Name] = Ser $p.Value ($depth + 1) } }
        return $o
    }
    '<' + $t.FullName + '> ' + $v.ToString()
}

function Ser-Record($r) {
    if ($r -is [System.Management.Automation.ErrorRecord]) {
        $ii = $r.InvocationInfo
        $at = if ($ii -and $ii.ScriptName) { '{0}:{1}' -f $ii.ScriptName, $ii.ScriptLineNumber } else { '' }
        return 'ERROR ' + $at + ' ' + $r.ToString()
    }
    if ($r -is [System.Management.Automation.WarningRecord]) { return 'WARNING ' + $r.Message }
    if ($r -is [System.Management.Automation.VerboseRecord]) { return 'VERBOSE ' + $r.Message }
    if ($r -is [System.Management.Automation.DebugRecord]) { return 'DEBUG ' + $r.Message }
    if ($r -is [System.Management.Automation.InformationRecord]) { return 'INFO ' + [string]$r.MessageData }
    Ser $r
}

$functions = [ordered]@{}
foreach ($f in @(Get-ChildItem -Path Function: | Sort-Object Name)) {
    if (Test-Ignored $f.Name) { continue }
    $sb = $f.ScriptBlock
    $functions[$f.Name] = [ordered]@{
        type = [string]$f.CommandType
        definition = $f.Definition
        file = $(if ($sb) { $sb.File } else { $null })
        line = $(if ($sb -and $sb.File) { $sb.StartPosition.StartLine } else { $null })
        options = [string]$f.Options
    }
}
$aliases = [ordered]@{}
foreach ($a in @(Get-ChildItem -Path Alias: | Sort-Object Name)) { $aliases[$a.Name] = [ordered]@{ definition = $a.Definition; options = [string]$a.Options } }
$variables = [ordered]@{}
foreach ($v in @(Get-Variable -Scope Global | Sort-Object Name)) {
    if ($v.Name -in $volatile -or $v.Name -like '__fbh*' -or (Test-Ignored $v.Name)) { continue }
    $variables[$v.Name] = [ordered]@{ value = Ser $v.Value; options = [string]$v.Options }
}
$envs = [ordered]@{}
$e = [System.Environment]::GetEnvironmentVariables()
foreach ($k in @($e.Keys | Sort-Object)) { $envs[$k] = $e[$k] }
$drives = [ordered]@{}
foreach ($d in @(Get-PSDrive | Sort-Object Name)) { $drives[$d.Name] = '{0} {1}' -f $d.Provider.Name, $d.Root }

function Ser-Handler($d) {
    if ($null -eq $d) { return $null }
    , @(foreach ($h in $d.GetInvocationList()) {
        # A script block assigned to a hook becomes a delegate over a closure that holds the block.
        $blocks = @(if ($h.Target -is [System.Runtime.CompilerServices.Closure]) { $h.Target.Constants | Where-Object { $_ -is [scriptblock] } })
        if ($blocks.Count -gt 0) { foreach ($b in $blocks) { '{' + $b.ToString() + '} @' + $b.File } } else { $h.Method.DeclaringType.FullName + '.' + $h.Method.Name }
    })
}
$hooks = [ordered]@{}
foreach ($k in 'CommandNotFoundAction', 'LocationChangedAction', 'PostCommandLookupAction', 'PreCommandLookupAction') {
    $hooks[$k] = Ser-Handler $ExecutionContext.InvokeCommand.$k
}
$guid = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
$events = @(foreach ($e in @(Get-EventSubscriber | Sort-Object SubscriptionId)) {
    [ordered]@{
        source = $(if ($e.SourceIdentifier -match $guid) { '<guid>' } else { $e.SourceIdentifier })
        event = $e.EventName
        object = $(if ($null -ne $e.SourceObject) { $e.SourceObject.GetType().FullName })
        action = $(if ($e.Action) { [string]$e.Action.Command })
    }
})
$psreadline = $null
if (Get-Module PSReadLine) {
    $psreadline = [ordered]@{
        handlers = @(foreach ($h in @(Get-PSReadLineKeyHandler -Bound | Sort-Object Key, Function)) { '{0} {1}: {2}' -f $h.Key, $h.Function, $h.Description })
        options = Ser (Get-PSReadLineOption)
    }
}

$dump = [ordered]@{
    functions = $functions
    aliases = $aliases
    variables = $variables
    env = $envs
    drives = $drives
    location = (Get-Location).Path
    modules = @($global:__fbhModules | Sort-Object)
    hooks = $hooks
    events = $events
    psreadline = $psreadline
    load = @(foreach ($r in $global:__fbhLoad) { Ser-Record $r })
    before = @(foreach ($r in $global:__fbhBefore) { Ser-Record $r })
    calls = @(foreach ($r in $global:__fbhCalls) { Ser-Record $r })
}
[System.IO.File]::WriteAllText($Out, (ConvertTo-Json -InputObject $dump -Depth 30), [System.Text.UTF8Encoding]::new($false))
