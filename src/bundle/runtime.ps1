## The PowerShell a fragbundle bundle runs: its helpers, the frames of its tables and the loop that
## loads its fragments. Every behaviour here was chosen by running pwsh; test/bundle/*.test.ts prove
## them against loading the fragment files one by one.
##
## Markup (src/bundle/template.ts renders it; this file stays valid PowerShell, and a test parses
## every rendering of it with pwsh):
##   #region section:NAME ... #endregion   a piece the emitter writes (emit-bundle.ts), in file order
##                                         (the one-line sections stub* and sub-dot-source*: into fragments' text)
##   #region if:SWITCH ... #endregion      lines kept when SWITCH is on (timed, guarded, lazy, shared,
##                                         sub, deferred, keepsub, wildcard, aside); if:!SWITCH when off; <#if:S#>..<#end#> in a line
##   ## comment                            the template's own: not written into bundles (# comments are)
##   __fragbundle_KEY_ID                   the bundle's own name (runtime.ts runtimeNames, defer-runtime.ts)
##   $FB_X                                 a value: $FB_<TABLE>_<COLUMN> and $FB_<TABLE>_STRIDE come from the
##                                         column declarations (table-layout.ts), the rest from runtimeContext
##   #insert:NAME                          a line replaced by the lines of value NAME
## A new helper: a function in a section (or a new section the emitter writes), its name in the
## cleanup list at the end of the loop section, its key in runtimeNames. A new table column:
## table-layout.ts, then read it here as $FB_<TABLE>_<COLUMN>.
##
## How a fragment loads: its text is a single-quoted string in the fragment table, compiled at load
## time with Parser.ParseInput(text, <the fragment's own path>) and dot-sourced. So $PSScriptRoot,
## $PSCommandPath, errors and stack traces name the fragment file and its lines (also in functions
## that run later); a fragment pwsh cannot parse is only a string and skips alone with a warning;
## `using namespace` and classes reach the session as when the file is dot-sourced. Startup costs
## the same as inline code (bench/load-bench.ts).
##
## Session footprint: the __fragbundle_*_<id> helpers and the loop's variables are removed when the
## bundle ends; only __fragbundle_lazy_<id> stays with lazy stubs, Get-FragbundleTiming and
## $FragbundleTimings with timings, and deferral's helpers while deferred fragments exist. The <id>
## makes them the bundle's own: two bundles in one session must not remove each other's helpers.
## The helpers use no cmdlet on the success path, so loading the bundle imports no module the
## fragments would not. They stay strict-mode clean (a fragment may turn strict mode on): no .Count
## on values that can be $null.

## The uncommon path of loading a fragment: the loop calls it only for a fragment with parse errors
## or #Requires, and dot-sources the block it returns (an empty one to skip). A compiled string
## ignores #Requires (proven in a test), so it is checked here with pwsh's own rules: the version
## compares major.minor only, editions must contain $PSEdition, modules import as for a script.
#region section:load
function __fragbundle_load_ID([string]$Show, $Ast, $Errors, [bool]$Invocation) {
    if ($Errors.Length -gt 0) {
        Write-Warning ('fragbundle: {0}:{1}:{2}: not loaded, pwsh cannot parse it: {3}' -f $Show, $Errors[0].Extent.StartLineNumber, $Errors[0].Extent.StartColumnNumber, $Errors[0].Message)
        return {}
    }
    $r = $Ast.ScriptRequirements
    $why = $null
    $v = $r.RequiredPSVersion
    $have = $PSVersionTable.PSVersion
    if ($null -ne $v -and ($v.Major -gt $have.Major -or ($v.Major -eq $have.Major -and $v.Minor -gt $have.Minor))) {
        $why = "#Requires -Version $v (this is $have)"
    } elseif ($r.RequiredPSEditions.Count -gt 0 -and $r.RequiredPSEditions -notcontains $PSEdition) {
        $why = "#Requires -PSEdition $($r.RequiredPSEditions -join ',') (this is $PSEdition)"
    } elseif ($r.RequiredApplicationId -and $r.RequiredApplicationId -ne $ShellId) {
        $why = "#Requires -ShellId $($r.RequiredApplicationId) (this is $ShellId)"
    } elseif ($r.IsElevationRequired) {
        $admin = $false
        if ($null -ne [System.Environment].GetProperty('IsPrivilegedProcess')) { $admin = [System.Environment]::IsPrivilegedProcess }
        elseif ([System.Environment]::OSVersion.Platform -eq 'Win32NT') { $admin = ([System.Security.Principal.WindowsPrincipal][System.Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator) }
        if (-not $admin) { $why = '#Requires -RunAsAdministrator (not elevated)' }
    }
    if ($null -eq $why) {
        foreach ($m in $r.RequiredModules) {
            if ($null -ne (Get-Module -FullyQualifiedName $m)) { continue }
            try { Import-Module -FullyQualifiedName $m -Global -ErrorAction Stop } catch { $why = "#Requires -Modules $($m.Name): $_"; break }
        }
    }
    if ($null -eq $why) {
        foreach ($n in $r.RequiredAssemblies) {
            try { Add-Type -AssemblyName $n -ErrorAction Stop } catch { $why = "#Requires -Assembly $($n): $_"; break }
        }
    }
    if ($null -ne $why) {
        Write-Warning ('fragbundle: {0}: not loaded: {1}' -f $Show, $why)
        return {}
    }
    if ($Invocation) { return __fragbundle_inv_ID $Ast }
    $Ast.GetScriptBlock()
}
#endregion

## Report a fragment that threw while loading as a one-by-one loader's catch would: the error's own
## line when raised in the fragment, else the fragment's innermost frame in the script stack trace.
#region section:fail
function __fragbundle_fail_ID([string]$Rel, [string]$Show, $Err) {
    $full = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $Rel))
    $at = ''
    $ii = $Err.InvocationInfo
    if ($null -ne $ii -and $ii.ScriptName -eq $full) { $at = ':' + $ii.ScriptLineNumber }
    else {
        $mark = ", $($full): line "
        foreach ($l in ([string]$Err.ScriptStackTrace).Split([char]10)) {
            $k = $l.IndexOf($mark)
            if ($k -ge 0) { $at = ':' + $l.Substring($k + $mark.Length).Trim(); break }
        }
    }
    Write-Warning ('fragbundle: {0}{1}: {2}' -f $Show, $at, $Err)
}
#endregion

## Give a fragment its own $MyInvocation (an ExternalScript naming the fragment file), as dot-sourcing
## its file does: a compiled block's is a Script whose string form is its whole text, and
## $MyInvocation is read in more ways than a rewrite can see. The tree gets one statement in front,
## compiled from a copy (extents keep the fragment's lines). Only fragments whose text names
## MyInvocation come here, only when their file exists and they have no `using module`.
#region section:invocation
function __fragbundle_inv_ID($Ast) {
    $sb = $Ast.GetScriptBlock()
    if ($null -eq $ExecutionContext.InvokeCommand.GetCommand($sb.File, [System.Management.Automation.CommandTypes]::ExternalScript)) { return $sb }
    foreach ($x in $Ast.UsingStatements) { if ($x.UsingStatementKind -eq 'Module') { return $sb } }
    $set = [System.Management.Automation.Language.Parser]::ParseInput('$MyInvocation = [System.Management.Automation.InvocationInfo]::Create($ExecutionContext.InvokeCommand.GetCommand($PSCommandPath, [System.Management.Automation.CommandTypes]::ExternalScript), $MyInvocation.ScriptPosition)', [ref]$null, [ref]$null).EndBlock.Statements[0].Copy()
    $b = @($Ast.BeginBlock, $Ast.ProcessBlock, $Ast.EndBlock)
    $k = 0
    while ($null -eq $b[$k]) { $k++ }
    for ($j = 0; $j -lt 3; $j++) {
        $f = $b[$j]
        if ($null -eq $f) { continue }
        if ($j -ne $k) { $b[$j] = $f.Copy(); continue }
        $st = [System.Collections.Generic.List[System.Management.Automation.Language.StatementAst]]::new()
        $st.Add($set)
        foreach ($x in $f.Statements) { $st.Add($x.Copy()) }
        $tr = [System.Collections.Generic.List[System.Management.Automation.Language.TrapStatementAst]]::new()
        foreach ($x in $f.Traps) { $tr.Add($x.Copy()) }
        $b[$j] = [System.Management.Automation.Language.NamedBlockAst]::new($f.Extent, $f.BlockKind, [System.Management.Automation.Language.StatementBlockAst]::new($f.Extent, $st, $tr), $f.Unnamed)
    }
    # UsingStatementAst.Copy() throws (pwsh 7.6.9), so each is rebuilt from its parts (a copy of a
    # using module statement would not bring the module types: such a fragment returned above).
    $u = [System.Collections.Generic.List[System.Management.Automation.Language.UsingStatementAst]]::new()
    foreach ($x in $Ast.UsingStatements) {
        if ($null -ne $x.Alias) { $u.Add([System.Management.Automation.Language.UsingStatementAst]::new($x.Extent, $x.UsingStatementKind, $x.Name.Copy(), $x.Alias.Copy())) }
        else { $u.Add([System.Management.Automation.Language.UsingStatementAst]::new($x.Extent, $x.UsingStatementKind, $x.Name.Copy())) }
    }
    $a = [System.Collections.Generic.List[System.Management.Automation.Language.AttributeAst]]::new()
    foreach ($x in $Ast.Attributes) { $a.Add($x.Copy()) }
    [System.Management.Automation.Language.ScriptBlockAst]::new($Ast.Extent, $u, $a, $(if ($Ast.ParamBlock) { $Ast.ParamBlock.Copy() }), $b[0], $b[1], $b[2], $(if ($Ast.CleanBlock) { $Ast.CleanBlock.Copy() }), $(if ($Ast.DynamicParamBlock) { $Ast.DynamicParamBlock.Copy() })).GetScriptBlock()
}
#endregion

## Define a lazy function for real, called by its stub on first use. The lazy texts sit in string
## literals (only scanned, not parsed, at load); line breaks and spaces put a text back at its line
## and column before it is parsed under the fragment's path, so the function gets the fragment's
## file and line numbers and ${function:X} is the same text. It is dot-sourced here and copied to
## global scope through the provider API (keeps filters filters and the script block; no cmdlet).
## A failure throws naming function and file, so every call fails the same clear way. It returns
## `. 'X' @PSBoundParameters @args`: the stub makes its steppable pipeline from it in its own scope,
## where the real function then runs as a later call runs it (`-Scope 1` and `. X` reach the caller).
#region section:lazy-open
function __fragbundle_lazy_ID {
    [CmdletBinding()] param([string]$Name, [int]$Index)
    ## Index -2: only fail (quietly, with -ErrorAction Ignore), so that the stub can hand its caller's $? on (stubText).
    if ($Index -eq -2) { $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.Exception]::new('fragbundle: the caller''s $? was False'), 'fragbundle', 'NotSpecified', $null)); return }
    # Per lazy function: its fragment's path relative to the bundle, line, column, text.
    $t = @(
#endregion

## A shared stub passes its own name and -1: its entry is looked up by name (case-insensitive keys).
#region section:lazy-close
$null)
#region if:shared
    if ($Index -lt 0) {
        $k = @{
#insert:SHARED_LOOKUP
        }[$Name]
        if ($null -eq $k) { throw ("fragbundle: cannot load function '{0}': the bundle has no lazily loaded function of that name" -f $Name) }
        $Index = $k
    }
#endregion
    $i = $FB_LAZY_STRIDE * $Index
    $full = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $t[$i + $FB_LAZY_REL]))
    $e = $null
    $a = [System.Management.Automation.Language.Parser]::ParseInput(("`n" * ($t[$i + $FB_LAZY_LINE] - 1)) + (' ' * ($t[$i + $FB_LAZY_COLUMN] - 1)) + $t[$i + $FB_LAZY_TEXT], $full, [ref]$null, [ref]$e)
    if ($e.Length -gt 0) {
        throw ("fragbundle: cannot load function '{0}' from {1}:{2}:{3}: {4}" -f $Name, $full, $e[0].Extent.StartLineNumber, $e[0].Extent.StartColumnNumber, $e[0].Message)
    }
    . $a.GetScriptBlock()
    $f = $ExecutionContext.InvokeCommand.GetCommand($Name, [System.Management.Automation.CommandTypes]'Function, Filter')
    if ($null -eq $f -or $f.ScriptBlock.File -ne $full) {
        throw ("fragbundle: cannot load function '{0}': {1} did not define it" -f $Name, $full)
    }
    $null = $ExecutionContext.SessionState.InvokeProvider.Item.Set([string[]]@("Function:global:$Name"), $f.ScriptBlock, $false, $true)
    [scriptblock]::Create(". '$Name' @PSBoundParameters @args")
}
#endregion

## Compile the shared stubs once, each from its own string: one pwsh cannot parse leaves $null (and a
## warning), so only the fragments that use it fail, at that statement; the rest of the bundle loads.
#region section:stubs
function __fragbundle_stubs_ID([string[]]$Texts) {
    $r = [object[]]::new($Texts.Length)
    for ($i = 0; $i -lt $Texts.Length; $i++) {
        try { $r[$i] = [scriptblock]::Create($Texts[$i]) }
        catch { Write-Warning ('fragbundle: a lazy stub cannot be compiled; the functions that use it will not load: {0}' -f $_) }
    }
    , $r
}
$__fragbundle_stubs_ID = __fragbundle_stubs_ID @(
#insert:STUB_TEXTS
)
#endregion

## The stub that takes a lazy function's place in its fragment's text: defined by the fragment
## itself, where the function was, it exists exactly when the function would (after the same
## statements, not after an early `return` or a failure), it compiles with the fragment's `using`
## statements, and it spans the same lines: STUB_BODY holds the function's line breaks, those after
## its declarations before the closing brace, so its extent and every later line of the fragment
## keep their numbers. It declares the same parameters as the real function (copied verbatim), so
## PowerShell binds the first call's arguments exactly as it will bind them for the real one. Its
## body: the declarations, then section stub-simple or stub-advanced.
#region section:stub
function $FB_STUB_SCOPE$FB_STUB_NAME { $FB_STUB_BODY }
#endregion

## A shared stub instead takes the place of a function with the same declarations and kind as
## others: one compiled block (section stubs) serves them all, found by its own name. A `function`
## statement costs its fragment about 0.3 ms to parse, compile and define; this assignment a few
## microseconds. Same scope, same error for a read-only name (checked in pwsh). The function's line
## breaks follow it.
#region section:stub-shared
${function:$FB_STUB_SCOPE$FB_STUB_NAME} = $__fragbundle_stubs_ID[$FB_STUB_SHARED]
#endregion

## A stub's named blocks: load the function (a call of the lazy loader, section lazy-open), then
## forward to it. `shared` is on when rendering a shared stub's body: it passes its own name and -1,
## an own stub its quoted name (STUB_LITERAL) and lazy-table index (STUB_INDEX).
## It forwards @PSBoundParameters (plus @args for simple functions), so `-Switch:$false`,
## `-Name:value`, positional and remaining arguments arrive as written (a plain @args stub turns
## `-Force:$false` into `-Force` and a stray $false: measured). Pipeline input goes through a
## steppable pipeline, one object at a time, so streaming and begin/process/end order are kept; a
## simple stub forwards input only when there is some (ExpectingInput), since its process block
## also runs once without input, and hands its $args to the steppable pipeline. The steppable
## pipeline must be made in the stub's own scope: made inside a helper that has returned, command
## lookup inside the real function fails (measured); the loader only hands back the script block.
## The stub keeps its state in $args, not in a variable of its own: the real function is
## dot-sourced into the stub's scope, where it would see any variable of the stub, while $args is
## an automatic variable PowerShell sets for the dot-sourced function and restores afterwards
## (checked in pwsh), and a dot-sourced stub leaves nothing in its caller.
## $args[0] is the caller's $? as the stub found it: when False, a quiet failure (index -2 with
## -ErrorAction Ignore: no output, nothing in $Error) right before Begin and End makes the real
## function see it False too, as it would when called directly. $args[1] is the steppable pipeline.
## $args[2] is the caller's $_, read without naming $_ (under Set-StrictMode an unset $_ would
## throw): the stub's process block runs once even without input and sets $_ (to nothing) in the
## scope the real function's end block runs in, where called directly it would see its caller's $_
## (inside `ForEach-Object { X }`); that variable cannot be removed ("optimized"), so it gets the
## caller's value back.
#region section:stub-simple
begin { $args = @($?, (__fragbundle_lazy_ID <#if:shared#>$MyInvocation.MyCommand.Name -1<#end#><#if:!shared#>$FB_STUB_LITERAL $FB_STUB_INDEX<#end#>).GetSteppablePipeline($MyInvocation.CommandOrigin, $args), $ExecutionContext.SessionState.PSVariable.GetValue('_')); if (!$args[0]) { __fragbundle_lazy_ID '' -2 -ErrorAction Ignore }; $args[1].Begin($MyInvocation.ExpectingInput) } process { if ($MyInvocation.ExpectingInput) { $args[1].Process($_) } } end { if (!$MyInvocation.ExpectingInput) { $_ = $args[2] }; if (!$args[0]) { __fragbundle_lazy_ID '' -2 -ErrorAction Ignore }; $args[1].End() }
#endregion
#region section:stub-advanced
begin { $args = @($?, (__fragbundle_lazy_ID <#if:shared#>$MyInvocation.MyCommand.Name -1<#end#><#if:!shared#>$FB_STUB_LITERAL $FB_STUB_INDEX<#end#>).GetSteppablePipeline($MyInvocation.CommandOrigin), $ExecutionContext.SessionState.PSVariable.GetValue('_')); if (!$args[0]) { __fragbundle_lazy_ID '' -2 -ErrorAction Ignore }; $args[1].Begin($PSCmdlet) } process { $args[1].Process($_) } end { if (!$MyInvocation.ExpectingInput) { $_ = $args[2] }; if (!$args[0]) { __fragbundle_lazy_ID '' -2 -ErrorAction Ignore }; $args[1].End() }
#endregion

## Per-fragment timings in $global:FragbundleTimings (Fragment, Mode, Milliseconds), shared by every
## bundle a session loads.
#region section:timings
if ($null -eq $ExecutionContext.SessionState.PSVariable.GetValue('FragbundleTimings')) { $global:FragbundleTimings = [System.Collections.Generic.List[object]]::new() }
function __fragbundle_tstart_ID([string]$Show, [string]$Mode) {
    $global:FragbundleTimings.Add([pscustomobject]@{ Fragment = $Show; Mode = $Mode; Milliseconds = [double][System.Diagnostics.Stopwatch]::GetTimestamp() })
}
function __fragbundle_tstop_ID {
    $t = $global:FragbundleTimings[$global:FragbundleTimings.Count - 1]
    $t.Milliseconds = [System.Math]::Round(([System.Diagnostics.Stopwatch]::GetTimestamp() - $t.Milliseconds) * 1000.0 / [System.Diagnostics.Stopwatch]::Frequency, 3)
}
function global:Get-FragbundleTiming {
    <#
    .SYNOPSIS
    Per-fragment load times of the fragbundle bundle this session loaded, slowest first.
    #>
    $global:FragbundleTimings | Sort-Object -Property Milliseconds -Descending
}
#endregion

## The sub-file loader: a followed `. X` becomes `. (__fragbundle_sub_<id> X)`. X, evaluated where it
## stood, is resolved as `. X` would; an embedded file's text is compiled under that path and
## returned, so `.` runs it in the very scope the dot-source would have, with the sub-file's
## $PSScriptRoot and error positions. Anything else (not embedded, cannot parse) hands X back, and
## pwsh dot-sources the file as always. No embedded file is read. The table keys are paths relative
## to the bundle's folder with `/`.
#region section:sub-open
function __fragbundle_sub_ID($Path) {
    $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath([string]$Path)
    $key = [System.IO.Path]::GetRelativePath($PSScriptRoot, $full).Replace('\', '/')
    $text = $__fragbundle_s_ID[$key]
    if ($null -eq $text) { return $Path }
    $e = $null
    if ($text -is [array]) {
        ## A marked text (one the stale guard loaded, or the grammar read only in part, that holds `exit`):
        ## its load-time exits, found by pwsh's parser, get the build's rewrite, once (stored back).
        $a = [System.Management.Automation.Language.Parser]::ParseInput($text[0], $full, [ref]$null, [ref]$e)
        $text = if ($e.Length -gt 0) { $text[0] } else { __fragbundle_exit_ID $text[0] $a -Sub }
        $__fragbundle_s_ID[$key] = $text
        ## $null: its exits cannot be made to end only it (named blocks, an exit in `finally`), so the file itself is dot-sourced.
        if ($null -eq $text) { return $Path }
    }
    $a = [System.Management.Automation.Language.Parser]::ParseInput($text, $full, [ref]$null, [ref]$e)
    if ($e.Length -gt 0) { return $Path }
    if ($text -match 'MyInvocation') { return __fragbundle_inv_ID $a }
    $a.GetScriptBlock()
}
$__fragbundle_s_ID = @{
#endregion

#region section:sub-close
}
#endregion

## An `exit` that runs while a fragment loads, made to set $LASTEXITCODE at once as one-by-one
## loading does: this goes right after the keyword, with EXIT_VALUE the exit's value as written in
## `$( )` (`$null` without one): `exit 7` reads `exit (& { ... } $( 7))`. The code is converted as
## pwsh converts it (not an int: 0), set, marked as an exit the loop's finally must finish (state
## 6), and exited with. No line break: every line stays where it was.
#region section:exit-value
 (& { param($v) $c = 0; if ($null -ne $v) { try { $c = [int]$v } catch { } }; $global:LASTEXITCODE = $c; $s = $ExecutionContext.SessionState.PSVariable.Get('script:__fragbundle_st_ID'); if ($null -ne $s -and $s.Value -eq 0) { $s.Value = 6 }; $c } $FB_EXIT_VALUE)
#endregion

## An `exit` that runs while a sub-file loads ends only that sub-file one by one, and its caller goes
## on; compiled as a script block, it would end the whole fragment. So the build turns it into a
## `break` to a loop around the sub-file's statements, from the first statement that can exit to the
## end: `exit 7` reads `break (& { ... } $( 7))`, whose label expression sets $LASTEXITCODE as
## section exit-value does (no state: the fragment goes on) and names the loop. Labelled, the break
## passes every loop, `& { }`, ForEach-Object and try between (checked in pwsh); it reaches the
## innermost sub-file's loop, as the exit would end the innermost file. No line moves: the opener
## stands before that statement on its line, the closer on a line of its own after the text.
#region section:sub-exit-value
 (& { param($v) $c = 0; if ($null -ne $v) { try { $c = [int]$v } catch { } }; $global:LASTEXITCODE = $c; '__fragbundle_x_ID' } $FB_EXIT_VALUE)
#endregion
#region section:sub-exit-open
:__fragbundle_x_ID do { 
#endregion
#region section:sub-exit-close
} while ($false)
#endregion

## The path expression of a followed dot-source (SUB_PATH, as written), sent through the sub-file
## loader. One in code that may run after the bundle has loaded (a function body, a deferred
## fragment) falls back to the plain dot-source once the loader is gone.
#region section:sub-dot-source
(__fragbundle_sub_ID $FB_SUB_PATH)
#endregion
#region section:sub-dot-source-late
$(if ($ExecutionContext.InvokeCommand.GetCommand('__fragbundle_sub_ID', 'Function')) { __fragbundle_sub_ID $FB_SUB_PATH } else { $FB_SUB_PATH })
#endregion

## The stale guard, run once before the loop. The quick check answers "nothing changed" with a few
## operations whatever the number of files: no PowerShell loop (one over 150 fragments cost over 10%
## of the load: every call goes through the binder), no regular expression and no sort when the
## build could decide beforehand, since at start-up every distinct operation pays its first use
## (docs/benchmarks.md). It compares, with what the build recorded: the sizes and times of every
## fragment and sub-file (FileInfos made from the paths in one conversion; sizes and ticks by member
## enumeration: an ArrayList has no Length of its own), and the number of top-level files the
## include patterns take. The count is exact because every name it recorded must still be there:
## the fragments' by their stamps, the set-aside files' (aside) one by one (File.Exists is true for
## a broken link and a FIFO, which the build sets aside, and opens neither). Without includeHidden a
## dot name is no fragment, so it is not counted: the expression excludes it, and the wildcard skips
## .NET's Hidden, which on Unix is a dot name. With one include glob of `*`, `?` and plain
## characters and no exclude (wildcard) a .NET wildcard counts them, matching as the regular
## expression does (case-insensitive); else the expressions do.
## Anything else goes to the full comparison (guardf), per entry: a different size or time is read
## and hashed; the same bytes keep the embedded text, other bytes replace it (loaded in the same
## place, with the same error isolation); a missing file is dropped; a file the patterns would take
## that the bundle neither holds nor set aside is inserted before the first top-level entry sorting
## after it (never a bundle, nor one of no length or that cannot be read: those are only named).
## One warning names them all with the rebuild command. Without the fragments folder (a bundle
## copied alone) it does nothing. Names compare ignoring case where the file system does. Only the
## full comparison holds what it alone needs.
#region section:guard
function __fragbundle_guard_ID($T) {
    $ok = $false
    try {
        $r = $PSScriptRoot + '/'
        $f = [System.Collections.ArrayList]::new([System.IO.FileInfo[]]@($FB_GUARD_PATHS))
        $ok = ($f.Length -join '/') + ';' + ($f.LastWriteTimeUtc.Ticks -join '/') -ceq $FB_GUARD_STAMPS
#region if:wildcard
        $ok = $ok -and [System.IO.Directory]::GetFiles($r + $FB_GUARD_DIR, $FB_GUARD_WILDCARD, [System.IO.EnumerationOptions]@{ MatchCasing = 'CaseInsensitive'; AttributesToSkip = $FB_GUARD_SKIP }).Length -eq $FB_GUARD_COUNT
#endregion
#region if:!wildcard
        $ok = $ok -and ([System.IO.Directory]::GetFiles($r + $FB_GUARD_DIR) -replace '^.*[\\/]', '' -match $FB_GUARD_INCLUDE -notmatch $FB_GUARD_EXCLUDE).Length -eq $FB_GUARD_COUNT
#endregion
#region if:aside
        foreach ($p in @($FB_GUARD_ASIDE_TOP)) { if (-not [System.IO.File]::Exists($r + $p)) { $ok = $false } }
#endregion
    } catch { }
    if ($ok) { return , $T }
    __fragbundle_guardf_ID $T
}
function __fragbundle_guardf_ID($T) {
    $Dir = $FB_GUARD_DIR
    $root = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $Dir))
    if (-not [System.IO.Directory]::Exists($root)) { return , $T }
    $cmp = [System.StringComparer]::Ordinal
    if ([System.IO.Path]::DirectorySeparatorChar -eq [char]92) { $cmp = [System.StringComparer]::OrdinalIgnoreCase }
    $known = [System.Collections.Generic.HashSet[string]]::new([string[]]@($FB_GUARD_ASIDE), $cmp)
    $changed = [System.Collections.Generic.List[string]]::new()
    $removed = [System.Collections.Generic.List[string]]::new()
    $drop = [System.Collections.Generic.HashSet[int]]::new()
    for ($i = 0; $i -lt $T.Length - 1; $i += $FB_FRAGMENT_STRIDE) {
        $null = $known.Add($T[$i + $FB_FRAGMENT_SHOW])
        $f = [System.IO.FileInfo]::new([System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $T[$i + $FB_FRAGMENT_REL])))
        if (-not $f.Exists) { $removed.Add($T[$i + $FB_FRAGMENT_SHOW]); $null = $drop.Add($i); continue }
        if ($f.Length -eq $T[$i + $FB_FRAGMENT_SIZE] -and $f.LastWriteTimeUtc.Ticks -eq $T[$i + $FB_FRAGMENT_TICKS]) { continue }
        try {
            $b = [System.IO.File]::ReadAllBytes($f.FullName)
            if ([System.BitConverter]::ToString([System.Security.Cryptography.SHA256]::Create().ComputeHash($b)).Replace('-', '') -eq $T[$i + $FB_FRAGMENT_HASH]) { continue }
            $T[$i + $FB_FRAGMENT_TEXT] = [System.IO.StreamReader]::new([System.IO.MemoryStream]::new($b), [System.Text.UTF8Encoding]::new($false), $true).ReadToEnd()
            $T[$i + $FB_FRAGMENT_INV] = $T[$i + $FB_FRAGMENT_TEXT].Contains('MyInvocation', [System.StringComparison]::OrdinalIgnoreCase); $T[$i + $FB_FRAGMENT_EXIT] = $T[$i + $FB_FRAGMENT_TEXT].Contains('exit', [System.StringComparison]::OrdinalIgnoreCase)
            $changed.Add($T[$i + $FB_FRAGMENT_SHOW])
        } catch { Write-Warning ('fragbundle: {0}: changed since the build but cannot be read; loading the text the bundle holds: {1}' -f $T[$i + $FB_FRAGMENT_SHOW], $_) }
    }
    ## Sub-files: an edited one's text replaces the embedded one in the sub-file table, which every
    ## later dot-source reads (deferred fragments too); a missing one leaves the table, so its
    ## dot-source reaches the file as one-by-one loading does (fails, or its Test-Path skips it).
#region if:sub
    $m = ($T.Length - 1) / $FB_FRAGMENT_STRIDE
    $Subs = @($FB_GUARD_SUBS)
    $SubInfo = @($FB_GUARD_SUBINFO)
    $st = $FB_GUARD_STAMPS.Split(';')
    $sz = $st[0].Split('/')
    $tk = $st[1].Split('/')
    for ($j = 0; $j -lt $Subs.Length; $j++) {
        $f = [System.IO.FileInfo]::new([System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $Subs[$j])))
        if (-not $f.Exists) { $removed.Add($SubInfo[2 * $j]); $__fragbundle_s_ID.Remove($Subs[$j]); continue }
        if ([string]$f.Length -eq $sz[$m + $j] -and [string]$f.LastWriteTimeUtc.Ticks -eq $tk[$m + $j]) { continue }
        try {
            $b = [System.IO.File]::ReadAllBytes($f.FullName)
            if ([System.BitConverter]::ToString([System.Security.Cryptography.SHA256]::Create().ComputeHash($b)).Replace('-', '') -eq $SubInfo[2 * $j + 1]) { continue }
            $text = [System.IO.StreamReader]::new([System.IO.MemoryStream]::new($b), [System.Text.UTF8Encoding]::new($false), $true).ReadToEnd()
            ## One that holds `exit` is marked (a one-element array) for the sub-file loader to search (__fragbundle_exit_ID -Sub).
            $__fragbundle_s_ID[$Subs[$j]] = if ($text.Contains('exit', [System.StringComparison]::OrdinalIgnoreCase)) { , @($text) } else { $text }
            $changed.Add($SubInfo[2 * $j])
        } catch { Write-Warning ('fragbundle: {0}: changed since the build but cannot be read; loading the text the bundle holds: {1}' -f $SubInfo[2 * $j], $_) }
    }
#endregion
    $added = [System.Collections.Generic.List[string]]::new()
    $unloaded = [System.Collections.Generic.List[string]]::new()
    $texts = [System.Collections.Generic.Dictionary[string, string]]::new($cmp)
    foreach ($p in [System.IO.Directory]::EnumerateFiles($root)) {
        $name = [System.IO.Path]::GetFileName($p)
        if ($cmp.Equals($p, $PSCommandPath) -or $known.Contains($name) -or -not [regex]::IsMatch($name, $FB_GUARD_INCLUDE) -or [regex]::IsMatch($name, $FB_GUARD_EXCLUDE)) { continue }
        ## Opening a FIFO (or a link to one) would hang: .NET cannot tell one from an empty file, and
        ## neither has text to load, so nothing of no length (links followed) is opened or loaded.
        $f = [System.IO.FileInfo]::new($p)
        if ($null -ne $f.LinkTarget) { $f = $f.ResolveLinkTarget($true) }
        $text = $null
        if ($f.Exists -and $f.Length -gt 0) {
            try { $text = [System.IO.StreamReader]::new([System.IO.MemoryStream]::new([System.IO.File]::ReadAllBytes($p)), [System.Text.UTF8Encoding]::new($false), $true).ReadToEnd() }
            catch { Write-Warning ('fragbundle: {0}: added since the build but cannot be read: {1}' -f $name, $_) }
        }
        if ($null -eq $text) { $unloaded.Add($name); continue }
        if ($text.StartsWith('# Generated by fragbundle ')) { continue }
        $added.Add($name)
        $texts[$name] = $text
    }
    if ($changed.Count + $removed.Count + $added.Count + $unloaded.Count -eq 0) { return , $T }
    $said = [System.Collections.Generic.List[string]]::new()
    if ($changed.Count -gt 0) { $said.Add('changed (loaded from disk): ' + ($changed -join ', ')) }
    if ($added.Count -gt 0) {
        $added.Sort([System.StringComparer]::InvariantCultureIgnoreCase)
        $said.Add('added (loaded): ' + ($added -join ', '))
    }
    if ($unloaded.Count -gt 0) {
        $unloaded.Sort([System.StringComparer]::InvariantCultureIgnoreCase)
        $said.Add('added (not loaded: empty, unreadable or not a file): ' + ($unloaded -join ', '))
    }
    if ($removed.Count -gt 0) { $said.Add('removed (not loaded): ' + ($removed -join ', ')) }
    $q = { param($s) "'" + $s.Replace("'", "''") + "'" }
    $cmd = 'fragbundle build ' + (& $q $root) + ' --output ' + (& $q $PSCommandPath)
    $config = $FB_GUARD_CONFIG
    if ($config -ne '') { $cmd += ' --config ' + (& $q ([System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $config)))) }
    Write-Warning ('fragbundle: the bundle is older than its fragments: {0}. Rebuild: {1}{2}' -f ($said -join '; '), $cmd, $FB_GUARD_FLAGS)
    if ($drop.Count + $added.Count -eq 0) { return , $T }
    $out = [System.Collections.Generic.List[object]]::new()
    $k = 0
    for ($i = 0; $i -le $T.Length - 1; $i += $FB_FRAGMENT_STRIDE) {
        while ($k -lt $added.Count -and ($i -eq $T.Length - 1 -or (-not $T[$i + $FB_FRAGMENT_SHOW].Contains('/') -and [string]::Compare($added[$k], $T[$i + $FB_FRAGMENT_SHOW], [System.StringComparison]::InvariantCultureIgnoreCase) -lt 0))) {
            $name = $added[$k++]
            $out.AddRange([object[]]@($FB_FRAGMENT_ADDED))
        }
        if ($i -eq $T.Length - 1) { break }
        if ($drop.Contains($i)) { continue }
        for ($j = 0; $j -lt $FB_FRAGMENT_STRIDE; $j++) { $out.Add($T[$i + $j]) }
    }
    $out.Add($null)
    , $out.ToArray()
}
#endregion

## Whole-fragment deferral (lazy: fragments). A deferred fragment's table entry holds its number: the
## loop installs stubs for the names it defines. The first call of any stub removes them all, runs
## the whole fragment as the loop would, then forwards the call.
## The fragment must run at global scope, but a stub is a function: only a steppable pipeline made at
## the profile's top level keeps that scope (measured: InvokeScript, runspaces and module binding do
## not), so one is made here and each run makes its successor (a pipeline runs once). `*>&1` and
## Begin($true, ...) keep a fragment's non-terminating error from ending the user's command line.
## The body touches only $global: variables: it runs at global scope, where a local would leak.
## Stubs are a few compiled blocks, each set for many names at once: block 0 declares no parameters;
## the others declare a function's own parameters where they are static (defer-stubs.ts), so
## completion works before the first call, compiled here from their texts (sections
## defer-stub-simple and defer-stub-advanced after the declarations), one per distinct declaration;
## one pwsh cannot compile falls back to block 0. Install, per deferred fragment (worked out by the
## build, defer-runtime.ts installList): its alias stubs' names, then per block the provider paths
## of the functions that get it (an alias stub's function is __fragbundle_da_ID_<alias>). The
## deferral has its own copy of the fail helper (section fail, renamed), since the loop's is
## removed when the bundle has loaded.
#region section:defer-setup
$global:__fragbundle_dstate_ID = @{ Done = [bool[]]::new($FB_DEFER_COUNT); Saved = @{}; Sp = $null; Err = $null; Install = @(
#insert:DEFER_INSTALL
$null) }
$global:__fragbundle_dbody_ID = { process { $global:__fragbundle_dstate_ID.Sp = { . $global:__fragbundle_dbody_ID *>&1 }.GetSteppablePipeline(); try { . $_ *>&1 } catch { $global:__fragbundle_dstate_ID.Err = $_ } } }
$global:__fragbundle_dstate_ID.Sp = { . $global:__fragbundle_dbody_ID *>&1 }.GetSteppablePipeline()
$global:__fragbundle_dstate_ID.Stubs = @(& { $z = { begin { $private:fbF = __fragbundle_defer_ID -1 $MyInvocation.MyCommand.Name $args; $private:fbP = $fbF[0].GetSteppablePipeline($MyInvocation.CommandOrigin, @($fbF[1], $fbF[2])); $fbP.Begin($MyInvocation.ExpectingInput) } process { if ($MyInvocation.ExpectingInput) { $fbP.Process($_) } } end { $fbP.End() } }; $z; foreach ($t in @($FB_DEFER_DECLARED)) { try { [scriptblock]::Create($t) } catch { $z } } })
function __fragbundle_ditem_ID([string]$Path) {
    $p = [string[]]@($Path)
    if ($ExecutionContext.SessionState.InvokeProvider.Item.Exists($p, $false, $true)) { $ExecutionContext.SessionState.InvokeProvider.Item.Get($p, $false, $true)[0] }
}
function __fragbundle_dsave_ID([string]$Name) {
    $c = __fragbundle_ditem_ID "Alias:\$Name"
    $global:__fragbundle_dstate_ID.Saved[$Name] = @($c.Definition, $c.Options, $c.Description)
}
#endregion

## A stub that declares its function's parameters (defaults cut out): PowerShell binds the call as
## it will bind the real function's, and the stub hands the run helper $PSBoundParameters (only what
## the caller gave, colon-bound switches included) and, for a simple function, its unbound $args.
## The emitter puts the declarations in front of one of these two lines.
#region section:defer-stub-simple
begin { $private:fbF = __fragbundle_defer_ID -1 $MyInvocation.MyCommand.Name $args $PSBoundParameters; $private:fbP = $fbF[0].GetSteppablePipeline($MyInvocation.CommandOrigin, @($fbF[1], $fbF[2])); $fbP.Begin($MyInvocation.ExpectingInput) } process { if ($MyInvocation.ExpectingInput) { $fbP.Process($_) } } end { $fbP.End() }
#endregion
#region section:defer-stub-advanced
begin { $private:fbF = __fragbundle_defer_ID -1 $MyInvocation.MyCommand.Name $args $PSBoundParameters; $private:fbP = $fbF[0].GetSteppablePipeline($MyInvocation.CommandOrigin, @($fbF[1], $fbF[2])); $fbP.Begin($PSCmdlet) } process { $fbP.Process($_) } end { $fbP.End() }
#endregion

#region section:defer-open
function __fragbundle_defer_ID([int]$K, [string]$Name, $Forward, $Bound) {
    # Per deferred fragment: its path relative to the bundle, the path to show, its text.
    $t = @(
#endregion

## Once per fragment: remove its stubs (an alias stub gives back the alias it replaced), compile and run
## it at global scope through the top-level pipeline, report a throw as the loop does. Then hand the
## stub its forwarding block, or throw "not available" when the fragment did not define the name.
## Output and errors go to the host, other streams to the caller's: never into the stub's output.
#region section:defer-close
$null)
    $s = $global:__fragbundle_dstate_ID
    if ($Name.StartsWith('__fragbundle_da_ID_')) { $Name = $Name.Substring($FB_ALIAS_TARGET_LENGTH) }
    if ($K -lt 0) {
        # A shared stub: find its fragment by name.
        $fn = 'Function:global:' + $Name
        for ($q = 0; $q -lt $s.Install.Length - 1 -and $K -lt 0; $q++) {
            $in = $s.Install[$q]
            if ($in[0] -contains $Name) { $K = $q }
            for ($j = 2; $j -lt $in.Length; $j += 2) { if ($in[$j] -contains $fn) { $K = $q } }
        }
        if ($K -lt 0) { throw ("fragbundle: '{0}' is not a deferred name of this bundle" -f $Name) }
    }
    $i = $FB_DEFERRED_STRIDE * $K
    if (-not $s.Done[$K]) {
        $s.Done[$K] = $true
        $in = $s.Install[$K]
        foreach ($nm in $in[0]) {
            $c = __fragbundle_ditem_ID "Alias:\$nm"
            if ($null -ne $c -and $c.Definition -eq ('__fragbundle_da_ID_' + $nm)) {
                Remove-Alias -Name $nm -Scope Global -Force
                $o = $s.Saved[$nm]
                if ($null -ne $o) { New-Alias -Name $nm -Value $o[0] -Option $o[1] -Description $o[2] -Scope Global -Force }
            }
        }
        for ($j = 2; $j -lt $in.Length; $j += 2) {
            foreach ($p in $in[$j]) {
                # The provider's Get finds nothing under a scope-qualified path (Function:global:X).
                $p = 'Function:\' + $p.Substring(16)
                $c = __fragbundle_ditem_ID $p
                if ($null -ne $c -and $c.ScriptBlock.ToString().Contains('__fragbundle_defer_ID ')) {
                    $null = $ExecutionContext.SessionState.InvokeProvider.Item.Remove([string[]]@($p), $false, $true, $true)
                }
            }
        }
        $e = $null
        $a = [System.Management.Automation.Language.Parser]::ParseInput($t[$i + $FB_DEFERRED_TEXT], [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $t[$i + $FB_DEFERRED_REL])), [ref]$null, [ref]$e)
        if ($e.Length -gt 0) {
            Write-Warning ('fragbundle: {0}:{1}:{2}: not loaded, pwsh cannot parse it: {3}' -f $t[$i + $FB_DEFERRED_SHOW], $e[0].Extent.StartLineNumber, $e[0].Extent.StartColumnNumber, $e[0].Message)
        } else {
            ## A text naming MyInvocation gets the file's own, as on the eager path (section invocation).
            $sb = if ($t[$i + $FB_DEFERRED_INV]) { __fragbundle_inv_ID $a } else { $a.GetScriptBlock() }
            $sp = $s.Sp
            $s.Err = $null
            $o = & { $sp.Begin($true, $ExecutionContext); $sp.Process($sb); $sp.End() }
            foreach ($r in @($o)) {
                if ($r -is [System.Management.Automation.WarningRecord]) { Write-Warning $r.Message }
                elseif ($r -is [System.Management.Automation.VerboseRecord]) { Write-Verbose $r.Message }
                elseif ($r -is [System.Management.Automation.DebugRecord]) { Write-Debug $r.Message }
                elseif ($r -is [System.Management.Automation.InformationRecord]) { Write-Information $r.MessageData $r.Tags }
                elseif ($null -ne $r) { $r | Out-Host }
            }
            if ($null -ne $s.Err) { __fragbundle_dfail_ID $t[$i + $FB_DEFERRED_REL] $t[$i + $FB_DEFERRED_SHOW] $s.Err }
        }
    }
    $c = __fragbundle_ditem_ID "Alias:\$Name"
    if ($null -eq $c) { $c = __fragbundle_ditem_ID "Function:\$Name" }
    if ($null -eq $c -or ($c.CommandType -eq 'Alias' -and $c.Definition -eq ('__fragbundle_da_ID_' + $Name)) -or ($c.CommandType -ne 'Alias' -and $c.ScriptBlock.ToString().Contains('__fragbundle_defer_ID '))) {
        throw ("fragbundle: '{0}' is not available: {1} ran and did not define it (see its warnings)" -f $Name, $t[$i + $FB_DEFERRED_SHOW])
    }
    $f = [scriptblock]::Create("param(`$fbN, `$fbR) & '$Name' @fbN @fbR")
    # A stub that declares the parameters hands what PowerShell bound, and the unbound rest.
    if ($null -ne $Bound) { $f; $Bound; , @($Forward); return }
    # Splatting $args turns -Switch:$false into -Switch: colon pairs go by name, the rest as sliced from $args (which keeps -Name tokens).
    $n = @{}
    $keep = [System.Collections.Generic.List[int]]::new()
    for ($j = 0; $j -lt $Forward.Count; $j++) {
        $x = $Forward[$j]
        if ($x -is [string] -and $j + 1 -lt $Forward.Count -and $x -match '^-[\p{L}\p{N}_]+:$') { $n[$x.Substring(1, $x.Length - 2)] = $Forward[++$j] } else { $keep.Add($j) }
    }
    $f
    $n
    , @(if ($keep.Count -gt 0) { $Forward[$keep.ToArray()] })
}
#endregion

## The fragment table, ending with $null so that every row can end with a comma.
#region section:table-open
$__fragbundle_t_ID = @(
#endregion

## The stale guard runs on the finished table, before the loop.
#region section:table-close
$null)
#region if:guarded
$__fragbundle_t_ID = __fragbundle_guard_ID $__fragbundle_t_ID
#endregion
#endregion

## The loop that loads the table, each fragment compiled under its own path and dot-sourced inside
## try/catch, as the one-by-one loader does. One loop, not a statement per fragment: pwsh compiles
## its body once (docs/benchmarks.md). Being a loop, a fragment's top-level break or continue ends or
## skips the loading as it would there, and the cleanup still runs.
## `exit` ends only its own file one by one; here no catch sees it, but the finally does: a fragment
## that exited (state still 0) loads the remaining fragments by dot-sourcing the loop again, then the
## exit ends the bundle, and the outer finally still removes the helpers. One by one, the exit sets
## $LASTEXITCODE at once: each exit that runs while loading sets it first (section exit-value),
## written by the build, or for a row whose exit column is set, by __fragbundle_exit_ID.
## The state: 0 while a fragment runs (still 0 in the finally: it exited), 3 it did `continue`, 4 it
## ran, 5 it did `break`.
#region section:loop
## Text the stale guard loaded from disk (column exit) has no exits rewritten by the build, nor
## has a fragment whose syntax the build's grammar only partly read: here pwsh's own parser finds
## the exits that run while loading, by the build's rules (src/parse/walk): not in a function; in
## a script block only when it runs at once (`& { }`, `. { }`, ForEach-Object and Where-Object
## but not -Parallel, Invoke-Command but not remote, Measure-Command, .ForEach(), .Where()), and each gets the
## text the build gives it (section exit-value). A block the build cannot see run is left alone.
## With -Sub (a sub-file's text the stale guard loaded, section sub-open), the text comes back with
## the build's sub-file rewrite (sections sub-exit-*) instead, or $null when it has named blocks, an
## exit in a `finally` block (pwsh rejects a break out of one) or a break or continue that leaves
## the file, which the build marks likewise: the loader then dot-sources the file itself.
function __fragbundle_exit_ID([string]$Text, $Ast<#if:sub#>, [switch]$Sub<#end#>) {
    $now = {
        param($b)
        $q = $b.Parent
        if ($q -is [System.Management.Automation.Language.CommandParameterAst]) { $q = $q.Parent }
        if ($q -is [System.Management.Automation.Language.InvokeMemberExpressionAst]) { return (-not $q.Static -and $q.Member.Extent.Text -in 'ForEach', 'Where') }
        if ($q -isnot [System.Management.Automation.Language.CommandAst]) { return $false }
        if ($q.CommandElements[0] -eq $b) { return $q.InvocationOperator -ne 'Unknown' }
        $c = $q.GetCommandName() -replace '^[\w.]+\\', ''
        if ($c -in 'ForEach-Object', '%', 'foreach', 'Where-Object', '?', 'where') {
            foreach ($e in $q.CommandElements) { if ($e -is [System.Management.Automation.Language.CommandParameterAst] -and $e.ParameterName -match '^(pa|as)') { return $false } }
            return $true
        }
        ## Invoke-Command runs its block here only when pwsh binds the call to its InProcess set
        ## (src/parse/walk/command-semantics.ts invokesElsewhere): a remoting parameter sends it elsewhere.
        if ($c -in 'Invoke-Command', 'icm') {
            $bound = [System.Management.Automation.Language.StaticParameterBinder]::BindCommand($q, $true)
            if ($bound.BindingExceptions.Count -gt 0) { return $false }
            foreach ($pk in $bound.BoundParameters.Keys) { if ($pk -notin 'ScriptBlock', 'NoNewScope', 'InputObject', 'ArgumentList' -and $pk -notin [System.Management.Automation.Cmdlet]::CommonParameters) { return $false } }
            return $true
        }
        $c -eq 'Measure-Command'
    }
    $x = @($Ast.FindAll({ param($n) if ($n -isnot [System.Management.Automation.Language.ExitStatementAst]) { return $false }; for ($p = $n.Parent; $null -ne $p; $p = $p.Parent) { if ($p -is [System.Management.Automation.Language.FunctionDefinitionAst] -or ($p -is [System.Management.Automation.Language.ScriptBlockExpressionAst] -and -not (& $now $p))) { return $false } }; $true }, $true))
#region if:sub
    if ($Sub) {
        if ($x.Length -eq 0) { return $Text }
        if ($null -ne $Ast.BeginBlock -or $null -ne $Ast.ProcessBlock -or $null -ne $Ast.DynamicParamBlock -or $null -ne $Ast.CleanBlock -or -not $Ast.EndBlock.Unnamed) { return $null }
        foreach ($n in $x) { for ($p = $n; $null -ne $p.Parent; $p = $p.Parent) { if ($p.Parent -is [System.Management.Automation.Language.TryStatementAst] -and $p.Parent.Finally -eq $p) { return $null } } }
        ## An unlabelled break or continue that leaves the file for its caller's loop (the parse stage's loopExits): the loop would take it.
        foreach ($n in $Ast.FindAll({ param($n) ($n -is [System.Management.Automation.Language.BreakStatementAst] -or $n -is [System.Management.Automation.Language.ContinueStatementAst]) -and $null -eq $n.Label }, $true)) {
            $p = $n.Parent
            while ($null -ne $p -and $p -isnot [System.Management.Automation.Language.LabeledStatementAst] -and $p -isnot [System.Management.Automation.Language.TrapStatementAst] -and $p -isnot [System.Management.Automation.Language.FunctionDefinitionAst] -and -not ($p -is [System.Management.Automation.Language.ScriptBlockExpressionAst] -and -not (& $now $p))) { $p = $p.Parent }
            if ($null -eq $p) { return $null }
        }
        $first = $x[0].Extent.StartOffset
        foreach ($st in $Ast.EndBlock.Statements) { if ($st.Extent.EndOffset -gt $first) { $first = $st.Extent.StartOffset; break } }
        ## A trap covers its whole block and resumes after the statement that failed: the loop holds every statement.
        if ($null -ne $Ast.EndBlock.Traps) {
            foreach ($st in @($Ast.EndBlock.Statements) + @($Ast.EndBlock.Traps)) { if ($st.Extent.StartOffset -lt $first) { $first = $st.Extent.StartOffset } }
        }
        $Text = $Text + $(if ($Text -match '[\r\n]$') { '' } else { [char]10 }) + $FB_SUBEXIT_CLOSE
        for ($k = $x.Length - 1; $k -ge 0; $k--) {
            $at = $x[$k].Extent.StartOffset
            if ($null -eq $x[$k].Pipeline) { $Text = $Text.Substring(0, $at) + $FB_SUBEXIT_NONE + $Text.Substring($at + 4); continue }
            $end = $x[$k].Pipeline.Extent.EndOffset
            $Text = $Text.Substring(0, $at) + $FB_SUBEXIT_HEAD + $Text.Substring($at + 4, $end - $at - 4) + $FB_SUBEXIT_TAIL + $Text.Substring($end)
        }
        return $Text.Substring(0, $first) + $FB_SUBEXIT_OPEN + $Text.Substring($first)
    }
#endregion
    if ($x.Length -eq 0) { return $Ast }
    for ($k = $x.Length - 1; $k -ge 0; $k--) {
        $at = $x[$k].Extent.StartOffset + 4
        if ($null -eq $x[$k].Pipeline) { $Text = $Text.Substring(0, $at) + $FB_EXIT_NONE + $Text.Substring($at); continue }
        $end = $x[$k].Pipeline.Extent.EndOffset
        $Text = $Text.Substring(0, $at) + $FB_EXIT_HEAD + $Text.Substring($at, $end - $at) + $FB_EXIT_TAIL + $Text.Substring($end)
    }
    [System.Management.Automation.Language.Parser]::ParseInput($Text, $Ast.Extent.File, [ref]$null, [ref]$null)
}
$__fragbundle_l_ID = {
for (; $__fragbundle_i_ID -lt $__fragbundle_t_ID.Length - 1; $__fragbundle_i_ID += $FB_FRAGMENT_STRIDE) {
#region if:timed
    __fragbundle_tstart_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_SHOW] $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_MODE]
#endregion
    try {
#region if:deferred
        ## A deferred fragment's entry holds its number: install its stubs. An entry the stale guard
        ## found changed on disk holds the file's text instead, and loads eagerly. The alias stubs are
        ## set here, at global scope: the provider sets an alias in the scope it runs in.
        if ($__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_TEXT] -is [int]) {
            $__fragbundle_a_ID = $global:__fragbundle_dstate_ID.Install[$__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_TEXT]]
            for ($__fragbundle_e_ID = 1; $__fragbundle_e_ID -lt $__fragbundle_a_ID.Length; $__fragbundle_e_ID += 2) { $null = $ExecutionContext.SessionState.InvokeProvider.Item.Set([string[]]$__fragbundle_a_ID[$__fragbundle_e_ID + 1], $global:__fragbundle_dstate_ID.Stubs[$__fragbundle_a_ID[$__fragbundle_e_ID]], $false, $true) }
            foreach ($__fragbundle_e_ID in $__fragbundle_a_ID[0]) {
                ## An alias it replaces is given back when the fragment runs. A cheap existence test first: the provider's own is about ten times dearer.
                if ($null -ne $ExecutionContext.SessionState.PSVariable.GetValue('alias:' + $__fragbundle_e_ID)) { __fragbundle_dsave_ID $__fragbundle_e_ID }
                $null = $ExecutionContext.SessionState.InvokeProvider.Item.Set([string[]]@('Alias:\' + $__fragbundle_e_ID), '__fragbundle_da_ID_' + $__fragbundle_e_ID, $true, $true)
            }
            $__fragbundle_st_ID = 4
            continue
        }
#endregion
        for ($__fragbundle_st_ID = 0; $__fragbundle_st_ID -lt 2; $__fragbundle_st_ID++) {
            if ($__fragbundle_st_ID) { $__fragbundle_st_ID = 3; break }
            try {
                $__fragbundle_e_ID = $null
                $__fragbundle_a_ID = [System.Management.Automation.Language.Parser]::ParseInput($__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_TEXT], [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_REL])), [ref]$null, [ref]$__fragbundle_e_ID)
                if ($__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_EXIT] -and $__fragbundle_e_ID.Length -eq 0) { $__fragbundle_a_ID = __fragbundle_exit_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_TEXT] $__fragbundle_a_ID }
                if ($__fragbundle_e_ID.Length -gt 0 -or $null -ne $__fragbundle_a_ID.ScriptRequirements) { . (__fragbundle_load_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_SHOW] $__fragbundle_a_ID $__fragbundle_e_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_INV]) }
                elseif ($__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_INV]) { . (__fragbundle_inv_ID $__fragbundle_a_ID) }
                else { . $__fragbundle_a_ID.GetScriptBlock() }
            } catch { __fragbundle_fail_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_REL] $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_SHOW] $_ }
            $__fragbundle_st_ID = 4
            break
        }
        if ($__fragbundle_st_ID -eq 0) { $__fragbundle_st_ID = 5; break }
    } finally { <#if:timed#>__fragbundle_tstop_ID; <#end#>if ($__fragbundle_st_ID -eq 0) { $__fragbundle_st_ID = 5; $__fragbundle_i_ID += $FB_FRAGMENT_STRIDE; . $__fragbundle_l_ID } elseif ($__fragbundle_st_ID -eq 6) { $__fragbundle_st_ID = 5; $__fragbundle_i_ID += $FB_FRAGMENT_STRIDE; . $__fragbundle_l_ID; exit $global:LASTEXITCODE } }
}
}
$__fragbundle_i_ID = 0
try { . $__fragbundle_l_ID } finally {
## Remove the helpers and the loop's variables (provider API: no cmdlet, no module import). A new
## helper or variable that lives only while the bundle loads goes in these lists. The invocation
## helper stays while fragments are deferred: their first call compiles them through it.
#region if:!keepsub
$null = $ExecutionContext.SessionState.InvokeProvider.Item.Remove([string[]]@('Function:\__fragbundle_load_ID', 'Function:\__fragbundle_fail_ID', 'Function:\__fragbundle_exit_ID'<#if:!deferred#>, 'Function:\__fragbundle_inv_ID'<#end#><#if:deferred#>, 'Function:\__fragbundle_dsave_ID'<#end#><#if:sub#>, 'Function:\__fragbundle_sub_ID'<#end#><#if:guarded#>, 'Function:\__fragbundle_guard_ID', 'Function:\__fragbundle_guardf_ID'<#end#><#if:shared#>, 'Function:\__fragbundle_stubs_ID'<#end#><#if:timed#>, 'Function:\__fragbundle_tstart_ID', 'Function:\__fragbundle_tstop_ID'<#end#>), $false, $true, $true)
$ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_t_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_i_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_a_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_e_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_st_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_l_ID')<#if:sub#>; $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_s_ID')<#end#><#if:shared#>; $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_stubs_ID')<#end#>
#endregion
## While a deferred fragment may still load its sub-files (keepsub: only with sub and deferred), the
## same lists less the sub-file loader, the invocation and exit helpers it calls and the table, which keeps only
## those fragments' sub-files, so that a first call loads the embedded text as start-up would.
#region if:keepsub
foreach ($__fragbundle_a_ID in @($FB_SUB_PRUNE)) { $__fragbundle_s_ID.Remove($__fragbundle_a_ID) }
$null = $ExecutionContext.SessionState.InvokeProvider.Item.Remove([string[]]@('Function:\__fragbundle_load_ID', 'Function:\__fragbundle_fail_ID', 'Function:\__fragbundle_dsave_ID'<#if:guarded#>, 'Function:\__fragbundle_guard_ID', 'Function:\__fragbundle_guardf_ID'<#end#><#if:shared#>, 'Function:\__fragbundle_stubs_ID'<#end#><#if:timed#>, 'Function:\__fragbundle_tstart_ID', 'Function:\__fragbundle_tstop_ID'<#end#>), $false, $true, $true)
$ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_t_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_i_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_a_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_e_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_st_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_l_ID')<#if:shared#>; $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_stubs_ID')<#end#>
#endregion
}
#endregion
