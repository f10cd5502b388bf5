/**
 * The PowerShell the bundle itself runs, in one place. Every snippet here was chosen by running
 * pwsh (test/bundle/*.test.ts prove each behaviour); the why is written next to each one.
 *
 * How a bundle loads a fragment: the fragment's text is embedded as a single-quoted string in the
 * fragment table, and the fragment loop (fragmentLoop) compiles it at load time with
 * `Parser.ParseInput(text, <the fragment's own path>)`, then dot-sources it. Compared with pasting
 * the code inline this gives, measured in pwsh 7.6:
 * - `$PSScriptRoot` and `$PSCommandPath` name the fragment's own file everywhere, also inside
 *   functions and script blocks that run later (completers, key handlers), because PowerShell
 *   derives them from the script block's file. Nothing has to be rewritten for them.
 * - Errors, `Get-Command X | % ScriptBlock | % File` and stack traces give the fragment file and
 *   the line in the fragment, as loading the files one by one does.
 * - A fragment pwsh cannot parse cannot break the bundle: it is only a string until it is
 *   compiled, and a parse error skips just that fragment with a warning naming file:line:column.
 * - `using namespace` and classes behave as when the file is dot-sourced (they reach the session
 *   from that point on), so nothing is hoisted.
 * - Startup cost is the same as inline code (the parser does the same work; scanning a string
 *   literal is about 40 MB/s): see bench/load-bench.ts.
 *
 * Session footprint: the `__fragbundle_*_<id>` load helpers and the fragment loop's variables are
 * removed when the bundle ends.
 * Only `__fragbundle_lazy_<id>` stays when there are lazy stubs, and `Get-FragbundleTiming` plus
 * `$FragbundleTimings` when timings are on. No variable is left behind otherwise. The helpers use
 * no cmdlet on the success path, so loading the bundle imports no module that the fragments
 * themselves would not (cmdlets would auto-load Microsoft.PowerShell.Management or .Utility).
 */
import { countLineBreaks } from '../text/line-breaks.js';

/** The names a bundle's runtime uses. */
export interface RuntimeNames {
  readonly load: string;
  readonly fail: string;
  readonly lazy: string;
  /** The variable holding the shared stubs while the bundle loads, and the function that compiles them. */
  readonly stubs: string;
  readonly timeStart: string;
  readonly timeStop: string;
  /** The stale guard's quick check and its full comparison (staleGuardHelper). */
  readonly guard: string;
  readonly guardFull: string;
  /**
   * The variables the fragment loop uses while the bundle loads: the fragment table, its index,
   * a fragment's syntax tree and its parse errors.
   */
  readonly table: string;
  readonly index: string;
  readonly ast: string;
  readonly errors: string;
  /** The script block holding the fragment loop, and its per-fragment state (fragmentLoop). */
  readonly loop: string;
  readonly state: string;
  /** The helper that gives a fragment its own `$MyInvocation` (invocationHelper), and the table positions of the fragments that need it. */
  readonly invocation: string;
  readonly invocations: string;
  readonly timingsCommand: string;
  readonly timingsVariable: string;
  /** The sub-file table (a variable, while the bundle loads) and the function that compiles an entry. */
  readonly subTable: string;
  readonly sub: string;
}

/** Every helper function's name starts with this (for allow-lists and docs). */
export const HELPER_PREFIX = '__fragbundle_';
/** The timings command and variable are shared by every bundle a session loads. */
export const TIMINGS_COMMAND = 'Get-FragbundleTiming';
export const TIMINGS_VARIABLE = 'FragbundleTimings';

/**
 * The names for one bundle. `id` (a few hex digits of the bundle's input hash) makes the helpers
 * the bundle's own: two bundles in one session (the AllUsers and the CurrentUser profile), or a
 * fragment that dot-sources another bundle, must not replace each other's lazy table or remove
 * each other's load helpers half-way.
 */
export function runtimeNames(id: string): RuntimeNames {
  return {
    load: `${HELPER_PREFIX}load_${id}`,
    fail: `${HELPER_PREFIX}fail_${id}`,
    lazy: `${HELPER_PREFIX}lazy_${id}`,
    stubs: `${HELPER_PREFIX}stubs_${id}`,
    timeStart: `${HELPER_PREFIX}tstart_${id}`,
    timeStop: `${HELPER_PREFIX}tstop_${id}`,
    guard: `${HELPER_PREFIX}guard_${id}`,
    guardFull: `${HELPER_PREFIX}guardf_${id}`,
    table: `${HELPER_PREFIX}t_${id}`,
    index: `${HELPER_PREFIX}i_${id}`,
    ast: `${HELPER_PREFIX}a_${id}`,
    errors: `${HELPER_PREFIX}e_${id}`,
    loop: `${HELPER_PREFIX}l_${id}`,
    state: `${HELPER_PREFIX}st_${id}`,
    invocation: `${HELPER_PREFIX}inv_${id}`,
    invocations: `${HELPER_PREFIX}m_${id}`,
    timingsCommand: TIMINGS_COMMAND,
    timingsVariable: TIMINGS_VARIABLE,
    subTable: `${HELPER_PREFIX}s_${id}`,
    sub: `${HELPER_PREFIX}sub_${id}`,
  };
}

/**
 * `[System.IO.Path]::GetFullPath(<bundle folder> + <relative path>)` for the PowerShell expression
 * `rel`: the same absolute path the one-by-one loader's `Get-ChildItem` gives, wherever the
 * checkout lives.
 */
export function fullPath(rel: string): string {
  return `[System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, ${rel}))`;
}

/**
 * The uncommon path of loading a fragment: the fragment loop (fragmentLoop) calls it only for a
 * fragment pwsh could not parse or one with `#Requires`, and dot-sources the script block it
 * returns (an empty one when the fragment must be skipped).
 *
 * - Parse errors: skip with a warning, as `. file` would throw a ParseException into the loader's
 *   catch.
 * - `#Requires`: a compiled string ignores it (pwsh runs the code anyway, proven in a test), so it
 *   is checked here from the AST's ScriptRequirements, with pwsh's own rules: the version compares
 *   major.minor only (7.6.10 passes on 7.6.9, 7.7 fails), editions must contain `$PSEdition`,
 *   required modules are imported as pwsh does for a script, elevation must be present.
 * - Strict-mode clean (a fragment may turn strict mode on for the session): no `.Count` on values
 *   that can be $null.
 */
export function loadHelper(n: RuntimeNames): string {
  return `function ${n.load}([string]$Show, $Ast, $Errors, [bool]$Invocation) {
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
    if ($Invocation) { return ${n.invocation} $Ast }
    $Ast.GetScriptBlock()
}`;
}

/**
 * Report a fragment that threw while loading, as a one-by-one loader's catch would, naming the
 * fragment and the line in it: the error's own line when it was raised in the fragment, else the
 * innermost frame of the fragment in the script stack trace (when a function defined elsewhere
 * threw).
 */
export function failHelper(n: RuntimeNames): string {
  return `function ${n.fail}([string]$Rel, [string]$Show, $Err) {
    $full = ${fullPath('$Rel')}
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
}`;
}

/**
 * Define a lazily loaded function for real, called by its stub on first use. The helper holds
 * the table of every lazy function's text (`LAZY_TABLE_OPEN`, one `lazyEntry` each,
 * `LAZY_TABLE_CLOSE`): kept in string literals, that text is only scanned, not parsed, when the
 * bundle loads. An entry's text is the function statement (with the comments before it, so
 * comment-based help is found) and the line and column it starts at; line breaks and spaces put
 * it back there before parsing, under the fragment's own path, so the function gets the fragment
 * as its file and the fragment's line numbers, exactly as after one-by-one loading, and
 * `${function:X}` is the same text. It is dot-sourced here (inside this helper) and the resulting
 * function copied to global scope through the provider API: the copy keeps filters filters and
 * keeps the script block (file, lines, help), and the provider API needs no cmdlet, so no module
 * gets imported. A load failure throws a terminating error naming the function and the file:
 * every call of the stub then fails the same clear way (never CommandNotFound). It returns the
 * forwarding script block `. 'X' @PSBoundParameters @args`, from which the stub makes its
 * steppable pipeline in its own scope: dot-sourced there, the real function runs in the scope
 * PowerShell made for the stub, a child of the caller's (or, for `. X`, the caller's own), exactly
 * where a later call runs it, so `-Scope 1` and `. X` reach the caller (issue 18, item 6).
 */
export function lazyTableOpen(n: RuntimeNames): string {
  return `function ${n.lazy} {
    [CmdletBinding()] param([string]$Name, [int]$Index)
    # Index -2: only fail (quietly, with -ErrorAction Ignore), so that the stub can hand its caller's $? on (stubText).
    if ($Index -eq -2) { $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.Exception]::new('fragbundle: the caller''s $? was False'), 'fragbundle', 'NotSpecified', $null)); return }
    # Per lazy function: its fragment's path relative to the bundle, line, column, text.
    $t = @(
`;
}

/** One entry of the lazy table, in two parts around the quoted text. */
export function lazyEntry(relLiteral: string, line: number, column: number): { head: string; tail: string } {
  return { head: `${relLiteral}, ${line}, ${column}, `, tail: ',\n' };
}

/**
 * The end of the lazy table and the loader. `sharedNames` maps the functions whose stub is a
 * shared one (see sharedStubBody) to their entries: such a stub passes its own name and -1, and the
 * loader finds the entry here. Keys must be unique without regard to case (a hashtable literal
 * with a duplicate key does not parse): emitBundle shares no stub of a name stubbed twice.
 */
export function lazyTableClose(sharedNames: readonly { readonly literal: string; readonly index: number }[]): string {
  const lookup =
    sharedNames.length === 0
      ? ''
      : `    if ($Index -lt 0) {
        $k = @{
${sharedNames.map((s) => `            ${s.literal} = ${s.index}`).join('\n')}
        }[$Name]
        if ($null -eq $k) { throw ("fragbundle: cannot load function '{0}': the bundle has no lazily loaded function of that name" -f $Name) }
        $Index = $k
    }
`;
  return `$null)
${lookup}    $i = 4 * $Index
    $full = ${fullPath('$t[$i]')}
    $e = $null
    $a = [System.Management.Automation.Language.Parser]::ParseInput(("\`n" * ($t[$i + 1] - 1)) + (' ' * ($t[$i + 2] - 1)) + $t[$i + 3], $full, [ref]$null, [ref]$e)
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
`;
}

/** Per-fragment timings, kept in `$global:FragbundleTimings` (entries Fragment, Mode, Milliseconds). */
export function timingHelpers(n: RuntimeNames): string {
  return `if ($null -eq $ExecutionContext.SessionState.PSVariable.GetValue('${n.timingsVariable}')) { $global:${n.timingsVariable} = [System.Collections.Generic.List[object]]::new() }
function ${n.timeStart}([string]$Show, [string]$Mode) {
    $global:${n.timingsVariable}.Add([pscustomobject]@{ Fragment = $Show; Mode = $Mode; Milliseconds = [double][System.Diagnostics.Stopwatch]::GetTimestamp() })
}
function ${n.timeStop} {
    $t = $global:${n.timingsVariable}[$global:${n.timingsVariable}.Count - 1]
    $t.Milliseconds = [System.Math]::Round(([System.Diagnostics.Stopwatch]::GetTimestamp() - $t.Milliseconds) * 1000.0 / [System.Diagnostics.Stopwatch]::Frequency, 3)
}
function global:${n.timingsCommand} {
    <#
    .SYNOPSIS
    Per-fragment load times of the fragbundle bundle this session loaded, slowest first.
    #>
    $global:${n.timingsVariable} | Sort-Object -Property Milliseconds -Descending
}`;
}

/** Remove the load helpers once every fragment ran (provider API: no cmdlet, no module import). */
export function cleanupStatement(names: readonly string[]): string {
  const paths = names.map((n) => `'Function:\\${n}'`).join(', ');
  return `$null = $ExecutionContext.SessionState.InvokeProvider.Item.Remove([string[]]@(${paths}), $false, $true, $true)`;
}

/** What a stub needs to know about its function. */
export interface StubSpec {
  /** The function name (checked with isStubbableName: safe to write bare). */
  readonly name: string;
  /** `global:` when the function was written so, else empty: the stub is defined where the function would be. */
  readonly scope: '' | 'global:';
  /** Its entry in the lazy table. */
  readonly index: number;
  /** True when the function is advanced (CmdletBinding or [Parameter()]): the stub is too. */
  readonly advanced: boolean;
  /** The function's parameter declarations, copied verbatim, and how many line breaks come before them in the function. */
  readonly params?: { readonly text: string; readonly breaksBefore: number };
  /** Line breaks the function statement holds in all: the stub holds as many. */
  readonly breaks: number;
}

/**
 * The stub that takes a lazy function's place in its fragment's text: defined by the fragment
 * itself, where the function was, it exists exactly when the function would (after the same
 * statements, not after an early `return` or a failure), it compiles with the fragment's `using`
 * statements, and it spans the same lines (its extent too: the line breaks stand before its
 * closing brace), so every later line of the fragment keeps its number.
 *
 * The stub declares the same parameters as the real function, so PowerShell binds the first
 * call's arguments exactly as it will bind them for the real one, and forwards
 * `@PSBoundParameters` (plus `@args` for simple functions): `-Switch:$false`, `-Name:value`,
 * positional and remaining arguments all arrive as written (a plain `@args` stub turns
 * `-Force:$false` into `-Force` and a stray `$false`: measured). Pipeline input goes through a
 * steppable pipeline, one object at a time, so streaming and `begin/process/end` order are kept;
 * a simple stub forwards input only when there is some (`ExpectingInput`), since its process block
 * also runs once without input; a simple stub hands its `$args` to the steppable pipeline. The
 * steppable pipeline must be made in the stub's own scope: made inside a helper that has
 * returned, command lookup inside the real function fails (measured); the helper only hands back
 * the script block. The stub keeps no variable of its own (forwardingBlocks).
 */
export function stubText(s: StubSpec, n: RuntimeNames): string {
  const forward = forwardingBlocks(s.advanced, `${n.lazy} '${s.name}' ${s.index}`, n.lazy);
  const open = `function ${s.scope}${s.name} { `;
  // The line breaks go inside the braces: the stub's extent ends on the function's last line.
  if (!s.params) return `${open}${forward}${'\n'.repeat(s.breaks)} }`;
  const inParams = countLineBreaks(s.params.text);
  const after = Math.max(0, s.breaks - s.params.breaksBefore - inParams);
  return `${open}${'\n'.repeat(s.params.breaksBefore)}${s.params.text} ${forward}${'\n'.repeat(after)} }`;
}

/**
 * The stub's named blocks: load through `load` (a call of the lazy loader), then forward. The
 * stub keeps its state in `$args`, not in a variable of its own: the real function is dot-sourced
 * into the stub's scope (see lazyTableClose), where it would see any variable of the stub, while
 * `$args` is an automatic variable that PowerShell sets for the dot-sourced function and restores
 * afterwards (checked in pwsh), and a dot-sourced stub leaves nothing in its caller. `$args[0]` is
 * the caller's `$?` as the stub found it: when False, a quiet failure (`-ErrorAction Ignore`: no
 * output, nothing in `$Error`) right before Begin and End makes the real function see it False
 * too, as it would when called directly. `$args[1]` is the steppable pipeline. `$args[2]` is the
 * caller's `$_`: the stub's process block runs once even without input and sets `$_` (to
 * nothing) in the scope the real function's end block runs in, where called directly it would see
 * its caller's `$_` (inside `ForEach-Object { X }`); that variable cannot be removed ("optimized"),
 * so it gets the caller's value back.
 */
function forwardingBlocks(advanced: boolean, load: string, lazy: string): string {
  const make = `$args = @($?, (${load}).GetSteppablePipeline($MyInvocation.CommandOrigin`;
  const status = `if (!$args[0]) { ${lazy} '' -2 -ErrorAction Ignore }; `;
  const underbar = 'if (!$MyInvocation.ExpectingInput) { $_ = $args[2] }; ';
  // Read without naming `$_`: under Set-StrictMode an unset `$_` would throw.
  const callerItem = "$ExecutionContext.SessionState.PSVariable.GetValue('_')";
  return advanced
    ? `begin { ${make}), ${callerItem}); ${status}$args[1].Begin($PSCmdlet) } process { $args[1].Process($_) } end { ${underbar}${status}$args[1].End() }`
    : `begin { ${make}, $args), ${callerItem}); ${status}$args[1].Begin($MyInvocation.ExpectingInput) } process { if ($MyInvocation.ExpectingInput) { $args[1].Process($_) } } end { ${underbar}${status}$args[1].End() }`;
}

/**
 * A shared stub: the body of one script block that every stubbed function with the same
 * parameter declarations (copied verbatim) and kind gets, instead of a `function` statement of
 * its own. It finds its entry by its own name (`$MyInvocation.MyCommand.Name`), so one compiled
 * block serves them all. Measured on a 400-fragment profile with 1,195 stubs: a stub's own
 * `function` statement costs its fragment about 0.3 ms to parse, compile and define (begin,
 * process and end blocks make a definition about 3x dearer than a param block alone), so
 * stubs were a fifth of the lazy bundle's load time; the assignment that replaces it,
 * `${function:X} = $<stubs>[k]`, costs a few microseconds. Same scope, same error for a
 * read-only X (checked in pwsh).
 */
export function sharedStubBody(advanced: boolean, params: string | undefined, n: RuntimeNames): string {
  const forward = forwardingBlocks(advanced, `${n.lazy} $MyInvocation.MyCommand.Name -1`, n.lazy);
  return params === undefined ? forward : `${params} ${forward}`;
}

/** The statement that takes a lazy function's place in its fragment when its stub is shared, spanning as many lines. */
export function sharedStubStatement(
  name: string,
  scope: '' | 'global:',
  shared: number,
  breaks: number,
  n: RuntimeNames,
): string {
  return `\${function:${scope}${name}} = $${n.stubs}[${shared}]${'\n'.repeat(breaks)}`;
}

/**
 * Compile the shared stubs once, at the start of the bundle, each from its own string: one that
 * pwsh cannot parse leaves $null in its place (with a warning) and only the fragments that use it
 * fail, at that statement, with the usual warning; the rest of the bundle loads.
 */
export function stubsHelper(n: RuntimeNames): string {
  return `function ${n.stubs}([string[]]$Texts) {
    $r = [object[]]::new($Texts.Length)
    for ($i = 0; $i -lt $Texts.Length; $i++) {
        try { $r[$i] = [scriptblock]::Create($Texts[$i]) }
        catch { Write-Warning ('fragbundle: a lazy stub cannot be compiled; the functions that use it will not load: {0}' -f $_) }
    }
    , $r
}`;
}

/** `$<stubs> = <stubs> @(<texts>)`: the shared stubs, in a variable the fragments read while the bundle loads. */
export function stubsStatement(quotedTexts: readonly string[], n: RuntimeNames): string {
  return `$${n.stubs} = ${n.stubs} @(\n${quotedTexts.join(',\n')}\n)`;
}

/**
 * The fragment table: per fragment, in load order, its path relative to the bundle, the path to
 * show in warnings, its text (lazy functions replaced by stubs) and, with timings, its mode. It
 * ends with `$null` so that every entry can end with a comma.
 */
export function fragmentTableOpen(n: RuntimeNames): string {
  return `$${n.table} = @(\n`;
}

/**
 * What the stale guard compares for one table entry: the file's size, its modification time as
 * .NET ticks (`FileInfo.LastWriteTimeUtc.Ticks`) and its content hash. Size -1 and ticks 0 for
 * a fragment without a stamp: never equal, so the guard compares its hash.
 */
export interface EntryStamp {
  readonly size: number;
  readonly ticks: string;
  readonly hash: string;
}

/**
 * One entry of the fragment table, in two parts around the quoted text (the line break after it
 * is the caller's): path relative to the bundle, path to show, text, [mode with timings],
 * [size, ticks, hash with the stale guard].
 */
export function fragmentEntry(
  relLiteral: string,
  showLiteral: string,
  mode: 'eager' | 'lazy' | 'deferred' | undefined,
  stamp?: EntryStamp,
): { head: string; tail: string } {
  const stamped = stamp ? `, ${stamp.size}, ${stamp.ticks}, '${stamp.hash}'` : '';
  return { head: `${relLiteral}, ${showLiteral}, `, tail: `${mode ? `, '${mode}'` : ''}${stamped},` };
}

/** The fragment table's stride: fields per entry (fragmentEntry). */
export function entryStride(timed: boolean, guarded: boolean): number {
  return 3 + (timed ? 1 : 0) + (guarded ? 3 : 0);
}

/** .NET ticks (100 ns since 0001-01-01 UTC, what `LastWriteTimeUtc.Ticks` gives) of a time in nanoseconds since the Unix epoch. */
export function ticksOf(unixNanoseconds: string): string {
  const ns = BigInt(unixNanoseconds);
  const floor = ns >= 0n ? ns / 100n : (ns - 99n) / 100n;
  return (floor + 621_355_968_000_000_000n).toString();
}

/** What the stale guard needs besides the table: see staleGuardStatement. */
export interface GuardSpec {
  /** The fragments folder relative to the bundle's folder (quoted). */
  readonly dirLiteral: string;
  /** Every table entry's path relative to the bundle (quoted), in table order. */
  readonly relLiterals: readonly string[];
  /** Sizes, then ticks, of every entry in table order: `s1/s2;t1/t2` (quoted). */
  readonly stampsLiteral: string;
  /** The top-level names the build saw (fragments and set-aside files), ordinal order, `/`-joined (quoted). */
  readonly namesLiteral: string;
  /** Paths the build's patterns matched that are not fragments (quoted each). */
  readonly setAsideLiterals: readonly string[];
  /** .NET regular expressions (quoted) for top-level names the patterns include and exclude. */
  readonly includeLiteral: string;
  readonly excludeLiteral: string;
  /** The config file relative to the bundle's folder (quoted), or `''`. */
  readonly configLiteral: string;
  /** Further rebuild arguments, one quoted string starting with a space, or `''`. */
  readonly flagsLiteral: string;
}

/**
 * The stale guard, run once before the fragment loop, in two functions.
 *
 * The quick check answers the common case, nothing changed, without a PowerShell loop (a loop
 * over 150 fragments, a few .NET calls each, cost the bundle over 10% of its load in pwsh 7.6:
 * every call goes through PowerShell's binder): every fragment's `FileInfo` in one conversion
 * (one stat each, from .NET), their sizes and `LastWriteTimeUtc` ticks read by member enumeration
 * (an ArrayList has no `Length` of its own, so `.Length` enumerates; a missing file gives none
 * and the ticks of year 1601) and joined into one string, compared with the one recorded at build
 * time; and the folder's top-level file names, filtered by the build's include and exclude
 * patterns and sorted, compared with the names the build saw. `$OFS` joins with `/`, which no
 * file name holds.
 *
 * Anything else (a difference, a missing file, an error) goes to the full comparison, per table
 * entry: an entry whose size or time differs is read and hashed; the same bytes (a touched file)
 * keep the embedded text; other bytes replace it, so the fragment loop loads the file as it is now,
 * in the same place and with the same error isolation. A missing file is dropped; a top-level file
 * the build's patterns would take that the bundle neither holds nor set aside is loaded, inserted
 * before the first top-level entry whose name sorts after it (never a bundle: not this one, should
 * it live in that folder, nor another, which could load this one again). Then one warning names
 * them all and the command that rebuilds. Without the fragments folder (a bundle copied alone) it
 * does nothing. Names compare ordinally, ignoring case where the file system does (Windows).
 */
export function staleGuardHelper(n: RuntimeNames): string {
  return `function ${n.guard}($T, [int]$Stride, [int]$At, [string]$Dir, [string[]]$Rels, [string]$Stamps, [string]$Names, [string]$Include, [string]$Exclude, [string[]]$Aside, [string]$Config, [string]$Flags) {
    $root = ${fullPath('$Dir')}
    if (-not [System.IO.Directory]::Exists($root)) { return , $T }
    try {
        $OFS = '/'
        $f = [System.Collections.ArrayList]::new([System.IO.FileInfo[]]($Rels -replace '^', ($PSScriptRoot.Replace('$', '$$') + [System.IO.Path]::DirectorySeparatorChar)))
        $n = [string[]]([System.IO.Directory]::GetFiles($root) -replace '^.*[\\\\/]', '' -match $Include -notmatch $Exclude)
        [System.Array]::Sort($n, [System.StringComparer]::Ordinal)
        if ("$($f.Length);$($f.LastWriteTimeUtc.Ticks)" -ceq $Stamps -and "$n" -ceq $Names) { return , $T }
    } catch { }
    ${n.guardFull} $T $Stride $At $root $Dir $Aside $Include $Exclude $Config $Flags
}
function ${n.guardFull}($T, [int]$Stride, [int]$At, [string]$root, [string]$Dir, [string[]]$Aside, [string]$Include, [string]$Exclude, [string]$Config, [string]$Flags) {
    $cmp = [System.StringComparer]::Ordinal
    if ([System.IO.Path]::DirectorySeparatorChar -eq [char]92) { $cmp = [System.StringComparer]::OrdinalIgnoreCase }
    $known = [System.Collections.Generic.HashSet[string]]::new([string[]]$Aside, $cmp)
    $changed = [System.Collections.Generic.List[string]]::new()
    $removed = [System.Collections.Generic.List[string]]::new()
    $drop = [System.Collections.Generic.HashSet[int]]::new()
    for ($i = 0; $i -lt $T.Length - 1; $i += $Stride) {
        $null = $known.Add($T[$i + 1])
        $f = [System.IO.FileInfo]::new(${fullPath('$T[$i]')})
        if (-not $f.Exists) { $removed.Add($T[$i + 1]); $null = $drop.Add($i); continue }
        if ($f.Length -eq $T[$i + $At] -and $f.LastWriteTimeUtc.Ticks -eq $T[$i + $At + 1]) { continue }
        try {
            $b = [System.IO.File]::ReadAllBytes($f.FullName)
            if ([System.BitConverter]::ToString([System.Security.Cryptography.SHA256]::Create().ComputeHash($b)).Replace('-', '') -eq $T[$i + $At + 2]) { continue }
            $T[$i + 2] = [System.IO.StreamReader]::new([System.IO.MemoryStream]::new($b), [System.Text.UTF8Encoding]::new($false), $true).ReadToEnd()
            $changed.Add($T[$i + 1])
        } catch { Write-Warning ('fragbundle: {0}: changed since the build but cannot be read; loading the text the bundle holds: {1}' -f $T[$i + 1], $_) }
    }
    $added = [System.Collections.Generic.List[string]]::new()
    $texts = [System.Collections.Generic.Dictionary[string, string]]::new($cmp)
    foreach ($p in [System.IO.Directory]::EnumerateFiles($root)) {
        $name = [System.IO.Path]::GetFileName($p)
        if ($cmp.Equals($p, $PSCommandPath) -or $known.Contains($name) -or -not [regex]::IsMatch($name, $Include) -or [regex]::IsMatch($name, $Exclude)) { continue }
        $text = ''
        try { $text = [System.IO.StreamReader]::new([System.IO.MemoryStream]::new([System.IO.File]::ReadAllBytes($p)), [System.Text.UTF8Encoding]::new($false), $true).ReadToEnd() }
        catch { Write-Warning ('fragbundle: {0}: added since the build but cannot be read: {1}' -f $name, $_) }
        if ($text.StartsWith('# Generated by fragbundle ')) { continue }
        $added.Add($name)
        $texts[$name] = $text
    }
    if ($changed.Count + $removed.Count + $added.Count -eq 0) { return , $T }
    $said = [System.Collections.Generic.List[string]]::new()
    if ($changed.Count -gt 0) { $said.Add('changed (loaded from disk): ' + ($changed -join ', ')) }
    if ($added.Count -gt 0) {
        $added.Sort([System.StringComparer]::InvariantCultureIgnoreCase)
        $said.Add('added (loaded): ' + ($added -join ', '))
    }
    if ($removed.Count -gt 0) { $said.Add('removed (not loaded): ' + ($removed -join ', ')) }
    $q = { param($s) "'" + $s.Replace("'", "''") + "'" }
    $cmd = 'fragbundle build ' + (& $q $root) + ' --output ' + (& $q $PSCommandPath)
    if ($Config -ne '') { $cmd += ' --config ' + (& $q ${fullPath('$Config')}) }
    Write-Warning ('fragbundle: the bundle is older than its fragments: {0}. Rebuild: {1}{2}' -f ($said -join '; '), $cmd, $Flags)
    if ($drop.Count + $added.Count -eq 0) { return , $T }
    $out = [System.Collections.Generic.List[object]]::new()
    $k = 0
    for ($i = 0; $i -le $T.Length - 1; $i += $Stride) {
        while ($k -lt $added.Count -and ($i -eq $T.Length - 1 -or (-not $T[$i + 1].Contains('/') -and [string]::Compare($added[$k], $T[$i + 1], [System.StringComparison]::InvariantCultureIgnoreCase) -lt 0))) {
            $name = $added[$k++]
            $out.Add($Dir + '/' + $name); $out.Add($name); $out.Add($texts[$name])
            if ($At -gt 3) { $out.Add('eager') }
            $out.Add(-1); $out.Add(0); $out.Add('')
        }
        if ($i -eq $T.Length - 1) { break }
        if ($drop.Contains($i)) { continue }
        for ($j = 0; $j -lt $Stride; $j++) { $out.Add($T[$i + $j]) }
    }
    $out.Add($null)
    , $out.ToArray()
}`;
}

/** The statement that runs the stale guard on the fragment table, between the table and the loop. */
export function staleGuardStatement(g: GuardSpec, timed: boolean, n: RuntimeNames): string {
  const stride = entryStride(timed, true);
  const aside = `@(${g.setAsideLiterals.join(', ')})`;
  const rels = `@(${g.relLiterals.join(', ')})`;
  return `$${n.table} = ${n.guard} $${n.table} ${stride} ${stride - 3} ${g.dirLiteral} ${rels} ${g.stampsLiteral} ${g.namesLiteral} ${g.includeLiteral} ${g.excludeLiteral} ${aside} ${g.configLiteral} ${g.flagsLiteral}
`;
}

/** The end of the fragment table. */
export const FRAGMENT_TABLE_CLOSE = '$null)\n';

/**
 * The loop that loads the fragment table, one fragment after another, each
 * compiled with `Parser.ParseInput(text, <the fragment's own path>)` and dot-sourced inside
 * `try`/`catch`, as the one-by-one loader does (`foreach (...) { try { . $file } catch { ... } }`).
 *
 * One loop instead of a statement per fragment: pwsh compiles the loop's body once, where a
 * `try { . (helper ...) } catch { ... }` statement per fragment was each compiled and each called
 * a function (docs/benchmarks.md has the figures). A loop is also what the one-by-one loader is:
 * a fragment's top-level `break` or `continue` (outside a loop of its own) ends or skips the
 * loading as it would there, and the removal of the helpers still runs. The common path is
 * written out in the loop; the load helper only sees fragments with parse errors or `#Requires`,
 * and the invocation helper those whose own text names `MyInvocation` (their table positions are
 * listed in `$<invocations>`: invocationsStatement).
 *
 * `exit`: one by one it ends only its fragment file, which is a script of its own;
 * here no script boundary lies between the fragment and the bundle, and no `catch` sees an exit.
 * A `finally` does: the loop is a script block, dot-sourced, and the `finally` of a fragment that
 * exited (its state is still 0: a `break` or `continue` would have left the inner loop) loads the
 * remaining fragments by dot-sourcing the loop again. Once the exit resumes, it ends the bundle,
 * as the last `exit` of a one-by-one load ends the last fragment that exits: `$LASTEXITCODE` is its
 * code, and the `finally` around the whole loop still removes the helpers (`cleanup`).
 */
export function fragmentLoop(
  timed: boolean,
  guarded: boolean,
  n: RuntimeNames,
  cleanup: string,
  deferred?: (k: string, variable: string) => string,
): string {
  const t = `$${n.table}`;
  const i = `$${n.index}`;
  const s = `$${n.state}`;
  const stride = entryStride(timed, guarded);
  const start = timed ? `${n.timeStart} ${t}[${i} + 1] ${t}[${i} + 3]\n    ` : '';
  const stop = timed ? `${n.timeStop}; ` : '';
  // A deferred fragment's entry holds its number: install its stubs (defer-runtime.ts). An entry
  // the stale guard found changed on disk holds the file's text instead, and loads eagerly.
  const defer = deferred
    ? `\n        if (${t}[${i} + 2] -is [int]) { ${deferred(`${t}[${i} + 2]`, `$${n.ast}`)}; ${s} = 4; continue }`
    : '';
  return `$${n.loop} = {
for (; ${i} -lt ${t}.Length - 1; ${i} += ${stride}) {
    ${start}try {${defer}
        for (${s} = 0; ${s} -lt 2; ${s}++) {
            if (${s}) { ${s} = 3; break }
            try {
                $${n.errors} = $null
                $${n.ast} = [System.Management.Automation.Language.Parser]::ParseInput(${t}[${i} + 2], ${fullPath(`${t}[${i}]`)}, [ref]$null, [ref]$${n.errors})
                if ($${n.errors}.Length -gt 0 -or $null -ne $${n.ast}.ScriptRequirements) { . (${n.load} ${t}[${i} + 1] $${n.ast} $${n.errors} ($${n.invocations} -contains ${i})) }
                elseif ($${n.invocations} -contains ${i}) { . (${n.invocation} $${n.ast}) }
                else { . $${n.ast}.GetScriptBlock() }
            } catch { ${n.fail} ${t}[${i}] ${t}[${i} + 1] $_ }
            ${s} = 4
            break
        }
        if (${s} -eq 0) { ${s} = 5; break }
    } finally { ${stop}if (${s} -eq 0) { ${s} = 5; ${i} += ${stride}; . $${n.loop} } }
}
}
${i} = 0
try { . $${n.loop} } finally {
${cleanup}
}
`;
}

/**
 * Give a fragment its own `$MyInvocation`, as dot-sourcing its file does: an `ExternalScript`
 * whose `Path`, `Definition`, `Name` and string form name the fragment file. A compiled script
 * block's is a `Script` whose string form is its whole text and whose path is empty, and
 * `$MyInvocation` is read in more ways than a rewrite can see (`$inv = $MyInvocation`,
 * `(Get-Variable MyInvocation -Scope 1)` in a helper). So the fragment's syntax tree gets one
 * statement in front, `$MyInvocation = [InvocationInfo]::Create(<the fragment file's command>)`,
 * compiled from a copy of the tree (its extents keep the fragment's file, lines and columns).
 * Only fragments whose own text names `MyInvocation` come here, and only when their file exists
 * (the command for a path is looked up, never read) and they have no `using module`: otherwise
 * the block is left as it is.
 */
export function invocationHelper(n: RuntimeNames): string {
  return `function ${n.invocation}($Ast) {
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
}`;
}

/**
 * `$<invocations> = @(<table positions>)`: the fragments whose own text (stubs aside: they name
 * `$MyInvocation` themselves) names `MyInvocation`, which the invocation helper compiles.
 */
export function invocationsStatement(positions: readonly number[], n: RuntimeNames): string {
  return `$${n.invocations} = @(${positions.join(', ')})`;
}

/** Remove the variables the bundle used while it loaded (the fragment loop's, the shared stubs'). */
export function variablesCleanupStatement(names: readonly string[]): string {
  return names.map((v) => `$ExecutionContext.SessionState.PSVariable.Remove('${v}')`).join('; ');
}

/**
 * The sub-file table: every file the fragments dot-source that fragbundle followed, by its path
 * relative to the bundle's folder (normalized, `/` separators), its text embedded like a
 * fragment's. A hashtable literal in a variable that exists while the bundle loads.
 */
export function subFileTableOpen(n: RuntimeNames): string {
  return `$${n.subTable} = @{\n`;
}

/** One entry of the sub-file table, in two parts around the quoted text. */
export function subFileEntry(keyLiteral: string): { head: string; tail: string } {
  return { head: `${keyLiteral} = `, tail: '\n' };
}

export const SUB_FILE_TABLE_CLOSE = '}\n';

/**
 * The sub-file loader. A followed dot-source `. X` becomes `. (<sub> X)`: the same expression X,
 * evaluated where it stood, is turned into a full path as `. X` would resolve it (the current
 * location for a relative one); when that file is embedded, its text is compiled with
 * `Parser.ParseInput(text, <that path>)` and the script block returned, which `.` then runs in
 * the very scope the dot-source would have (inside a loader helper, the helper's own scope), with
 * `$PSScriptRoot`, `$PSCommandPath` and error positions naming the sub-file. Anything else (a file
 * not embedded, one pwsh cannot parse) hands back X itself, so pwsh dot-sources the file as it
 * always would, with its own errors. No embedded file is read. A sub-file whose text names
 * `MyInvocation` gets the file's own, through the invocation helper, as a fragment does.
 */
export function subFileHelper(n: RuntimeNames): string {
  return `function ${n.sub}($Path) {
    $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath([string]$Path)
    $text = $${n.subTable}[[System.IO.Path]::GetRelativePath($PSScriptRoot, $full).Replace('\\', '/')]
    if ($null -eq $text) { return $Path }
    $e = $null
    $a = [System.Management.Automation.Language.Parser]::ParseInput($text, $full, [ref]$null, [ref]$e)
    if ($e.Length -gt 0) { return $Path }
    if ($text -match 'MyInvocation') { return ${n.invocation} $a }
    $a.GetScriptBlock()
}`;
}

/**
 * The path expression of a followed dot-source, rewritten to go through the sub-file loader.
 * Code that may run after the bundle has loaded (a function body) falls back to the plain
 * dot-source once the loader is gone.
 */
export function subFileDotSource(expression: string, deferred: boolean, n: RuntimeNames): string {
  if (!deferred) return `(${n.sub} ${expression})`;
  return `$(if ($ExecutionContext.InvokeCommand.GetCommand('${n.sub}', 'Function')) { ${n.sub} ${expression} } else { ${expression} })`;
}
