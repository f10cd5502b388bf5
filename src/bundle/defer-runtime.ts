/**
 * The PowerShell of whole-fragment deferral (`lazy: "fragments"`), kept apart from runtime.ts.
 *
 * A deferred fragment's entry in the fragment table is an installer: stubs for the names it
 * defines, compiled under the fragment's path and dot-sourced by the fragment loop at the
 * fragment's place in the order. Its real text sits in the deferred table of the run helper
 * (`deferRunOpen`, one `deferEntry` each, `deferRunClose`). The first call of any of its stubs
 * removes all of them, runs the whole fragment exactly as the fragment loop would (compiled with
 * `Parser.ParseInput` under its own path, a throw reported as the loop reports it), then forwards
 * the call.
 *
 * The fragment must run at global scope, but a stub is a function. Only a steppable pipeline
 * created at the profile's top level keeps that scope (measured: every InvokeScript overload,
 * runspaces and module binding do not), so the bundle makes one at top level; its body makes its
 * successor, again at global scope, before it dot-sources the fragment (a pipeline runs once).
 * `*>&1` and `Begin($true, $ExecutionContext)` keep a non-terminating error inside the fragment
 * from ending the user's command line; merging every stream also frees the fragment's warnings
 * from wherever the pipeline was made (a pipeline keeps the redirections of the statement that
 * made it). The run helper writes warnings, verbose, debug and information records to the
 * caller's streams, and output and errors to the host: never into the stub's own output.
 *
 * Session footprint while deferred fragments exist: the run, fail, item and install helpers, the
 * `__fragbundle_da_<id>_<name>` functions behind alias stubs, and two variables (state, body).
 */
import { fullPath } from './runtime.js';

/** The names deferral's runtime uses, all under the bundle's own id. */
export interface DeferNames {
  readonly run: string;
  readonly fail: string;
  /** Reads an alias or function through the provider: a command look-up of a missing name searches modules (tens of ms). */
  readonly item: string;
  /** Installs a deferred fragment's stubs, from the fragment loop. */
  readonly install: string;
  readonly state: string;
  readonly body: string;
  /** Prefix of the functions alias stubs point to. */
  readonly aliasTarget: string;
}

export function deferNames(id: string): DeferNames {
  return {
    run: `__fragbundle_defer_${id}`,
    fail: `__fragbundle_dfail_${id}`,
    item: `__fragbundle_ditem_${id}`,
    install: `__fragbundle_dinstall_${id}`,
    state: `__fragbundle_dstate_${id}`,
    body: `__fragbundle_dbody_${id}`,
    aliasTarget: `__fragbundle_da_${id}_`,
  };
}

/**
 * The state, the body and the first pipeline (all at the bundle's top level, which is the global
 * scope when the profile dot-sources the bundle), and the helper that records an alias an alias
 * stub replaces. The body touches only `$global:` variables: it runs at global scope, where any
 * local would leak into the session.
 */
export function deferSetup(d: DeferNames, names: readonly string[]): string {
  return `$global:${d.state} = @{ Done = [bool[]]::new(${names.length}); Saved = @{}; Sp = $null; Err = $null; Names = @(${names.map((x) => `'${x}'`).join(', ')}) }
$global:${d.body} = { process { $global:${d.state}.Sp = { . $global:${d.body} *>&1 }.GetSteppablePipeline(); try { . $_ *>&1 } catch { $global:${d.state}.Err = $_ } } }
$global:${d.state}.Sp = { . $global:${d.body} *>&1 }.GetSteppablePipeline()
$global:${d.state}.Stub = { ${forwardingBlocks(`${d.run} -1 $MyInvocation.MyCommand.Name`)} }
function ${d.item}([string]$Path) {
    $p = [string[]]@($Path)
    if ($ExecutionContext.SessionState.InvokeProvider.Item.Exists($p, $false, $true)) { $ExecutionContext.SessionState.InvokeProvider.Item.Get($p, $false, $true)[0] }
}
function ${d.install}([int]$K) {
    $s = $global:${d.state}
    $v = $ExecutionContext.SessionState.PSVariable
    foreach ($n in $s.Names[$K].Split(' ')) {
        $nm = $n.Substring(2)
        if ($n[0] -eq 'a') {
            # A cheap existence test first: the provider's own is about ten times dearer.
            if ($null -ne $v.GetValue("alias:$nm")) {
                $c = ${d.item} "Alias:\\$nm"
                $s.Saved[$nm] = @($c.Definition, $c.Options, $c.Description)
            }
            $nm
            $nm = '${d.aliasTarget}' + $nm
        }
        $v.Set("function:global:$nm", $s.Stub)
    }
}
`;
}

/**
 * The fragment loop's statement for a deferred fragment (its table entry holds its number, not its
 * text): install its stubs. The alias stubs are set here, at the loop's (global) scope: the
 * provider sets an alias in the scope it runs in, and no path reaches the global scope from
 * inside a function as `Function:global:` does for functions.
 */
export function deferInstallStatement(d: DeferNames, k: string, alias: string): string {
  return `foreach (${alias} in @(${d.install} ${k})) { $null = $ExecutionContext.SessionState.InvokeProvider.Item.Set([string[]]@('Alias:\\' + ${alias}), '${d.aliasTarget}' + ${alias}, $true, $true) }`;
}

/** The start of the run helper: `deferEntry` rows follow. */
export function deferRunOpen(d: DeferNames): string {
  return `function ${d.run}([int]$K, [string]$Name, $Forward) {
    # Per deferred fragment: its path relative to the bundle, the path to show, its text.
    $t = @(
`;
}

/** One row of the deferred table, around the quoted text. */
export function deferEntry(relLiteral: string, showLiteral: string): { head: string; tail: string } {
  return { head: `${relLiteral}, ${showLiteral}, `, tail: `,\n` };
}

/** A deferred fragment's stub names as the runtime lists them: `f:Name` / `a:Name`, joined by spaces. */
export function stubList(stubs: readonly { readonly name: string; readonly kind: 'function' | 'alias' }[]): string {
  return stubs.map((s) => `${s.kind === 'alias' ? 'a' : 'f'}:${s.name}`).join(' ');
}

/**
 * The end of the run helper. Once per fragment: remove its stubs (an alias stub gives back the
 * alias it replaced, options included), compile and run the fragment at global scope through the
 * top-level pipeline, report a throw as the fragment loop does. Then, on every call, hand the stub
 * its forwarding block, or throw a clear "not available" error when the fragment did not define
 * the name (a tool it wraps is missing: its own warning came first).
 */
export function deferRunClose(d: DeferNames): string {
  return `$null)
    $s = $global:${d.state}
    if ($Name.StartsWith('${d.aliasTarget}')) { $Name = $Name.Substring(${d.aliasTarget.length}) }
    if ($K -lt 0) {
        # A shared stub: find its fragment by name.
        for ($q = 0; $q -lt $s.Names.Length; $q++) {
            if ((' ' + $s.Names[$q] + ' ').IndexOf(":$Name ", [System.StringComparison]::OrdinalIgnoreCase) -ge 0) { $K = $q; break }
        }
        if ($K -lt 0) { throw ("fragbundle: '{0}' is not a deferred name of this bundle" -f $Name) }
    }
    $i = 3 * $K
    if (-not $s.Done[$K]) {
        $s.Done[$K] = $true
        foreach ($n in $s.Names[$K].Split(' ')) {
            $nm = $n.Substring(2)
            if ($n[0] -eq 'a') {
                $c = ${d.item} "Alias:\\$nm"
                if ($null -ne $c -and $c.Definition -eq ('${d.aliasTarget}' + $nm)) {
                    Remove-Alias -Name $nm -Scope Global -Force
                    $o = $s.Saved[$nm]
                    if ($null -ne $o) { New-Alias -Name $nm -Value $o[0] -Option $o[1] -Description $o[2] -Scope Global -Force }
                }
                $nm = '${d.aliasTarget}' + $nm
            }
            $c = ${d.item} "Function:\\$nm"
            if ($null -ne $c -and $c.ScriptBlock.ToString().Contains('${d.run} ')) {
                $null = $ExecutionContext.SessionState.InvokeProvider.Item.Remove([string[]]@("Function:\\$nm"), $false, $true, $true)
            }
        }
        $e = $null
        $a = [System.Management.Automation.Language.Parser]::ParseInput($t[$i + 2], ${fullPath('$t[$i]')}, [ref]$null, [ref]$e)
        if ($e.Length -gt 0) {
            Write-Warning ('fragbundle: {0}:{1}:{2}: not loaded, pwsh cannot parse it: {3}' -f $t[$i + 1], $e[0].Extent.StartLineNumber, $e[0].Extent.StartColumnNumber, $e[0].Message)
        } else {
            $sb = $a.GetScriptBlock()
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
            if ($null -ne $s.Err) { ${d.fail} $t[$i] $t[$i + 1] $s.Err }
        }
    }
    $c = ${d.item} "Alias:\\$Name"
    if ($null -eq $c) { $c = ${d.item} "Function:\\$Name" }
    if ($null -eq $c -or ($c.CommandType -eq 'Alias' -and $c.Definition -eq ('${d.aliasTarget}' + $Name)) -or ($c.CommandType -ne 'Alias' -and $c.ScriptBlock.ToString().Contains('${d.run} '))) {
        throw ("fragbundle: '{0}' is not available: {1} ran and did not define it (see its warnings)" -f $Name, $t[$i + 1])
    }
    # Splatting $args turns -Switch:$false into -Switch: colon pairs go by name, the rest as sliced from $args (which keeps -Name tokens).
    $n = @{}
    $keep = [System.Collections.Generic.List[int]]::new()
    for ($j = 0; $j -lt $Forward.Count; $j++) {
        $x = $Forward[$j]
        if ($x -is [string] -and $j + 1 -lt $Forward.Count -and $x -match '^-[\\p{L}\\p{N}_]+:$') { $n[$x.Substring(1, $x.Length - 2)] = $Forward[++$j] } else { $keep.Add($j) }
    }
    [scriptblock]::Create("param(\`$fbN, \`$fbR) & '$Name' @fbN @fbR")
    $n
    , @(if ($keep.Count -gt 0) { $Forward[$keep.ToArray()] })
}
`;
}

/**
 * The shared stub's named blocks (as runtime.ts's lazy stubs): run the fragment, then forward
 * through a steppable pipeline made in the stub's own scope. The stub hands its `$args` to the
 * run helper, which splits out colon-bound arguments (splatting `$args` turns `-Switch:$false`
 * into `-Switch`, measured). It declares no parameters: one compiled block serves every stub, and
 * setting a function to it costs about 0.1 ms where compiling a stub of its own costs 2-4 ms.
 */
function forwardingBlocks(load: string): string {
  return `begin { $private:fbF = ${load} $args; $private:fbP = $fbF[0].GetSteppablePipeline($MyInvocation.CommandOrigin, @($fbF[1], $fbF[2])); $fbP.Begin($MyInvocation.ExpectingInput) } process { if ($MyInvocation.ExpectingInput) { $fbP.Process($_) } } end { $fbP.End() }`;
}
