/**
 * Bundle fidelity (issue 18): one profile whose fragments each show a way the bundle used to
 * differ from one-by-one loading, built by the real pipeline (config, load, parse, graph, plan,
 * emit) with `--lazy off` and with `--lazy auto` at the default thresholds (the functions are big
 * enough that `auto` really stubs them; the plan is checked), then loaded in fresh pwsh sessions:
 * by the plain loader (`Get-ChildItem -Filter *.ps1 | Sort-Object Name`, each dot-sourced in
 * try/catch), by the eager bundle and by the lazy bundle. Three pwsh sessions serve every test
 * here; each test compares the part of the session its item owns (its `fidN_` variables, its
 * functions and aliases, its `N:` call lines), and one compares the whole session.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExecutionContext } from 'ava';
import { analyzeLoaded, bundleOptions, loadProfile } from '../../src/pipeline/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { bundleText } from '../../src/pipeline/bundle-text.js';
import { resolveConfig } from '../../src/config/load-config.js';
import { pwshTest } from '../helpers/pwsh.js';
import { tempFiles } from '../helpers/temp.js';
import { assertSameSession, normalise } from './helpers/compare.js';
import { FORCE_LOAD } from './helpers/one-by-one.js';
import { runSession, type SessionDump, type SessionResult } from './helpers/session.js';

/** A comment block of about `n` characters: makes a function big enough for `--lazy auto`. */
function pad(n: number, indent = '    '): string {
  const line = `${indent}# ${'padding so that the function is worth a stub. '.repeat(2)}\n`;
  return line.repeat(Math.ceil(n / line.length));
}

/** The profile: fragment files by name (a leading dot hides one from the plain loader). */
const FILES: Record<string, string> = {
  // 2: $MyInvocation in the forms profiles use, at load time.
  '20-myinv.ps1': `function Get-Fid2Here { (Get-Variable MyInvocation -Scope 1).Value.MyCommand.Path }
$fid2_inv = $MyInvocation
$global:fid2_forms = @(
    "path=$($MyInvocation.MyCommand.Path)"
    "def=$($MyInvocation.MyCommand.Definition)"
    "name=$($MyInvocation.MyCommand.Name)"
    "source=$($MyInvocation.MyCommand.Source)"
    "type=$($MyInvocation.MyCommand.CommandType)"
    "str=$($MyInvocation.MyCommand)"
    "inv=$($fid2_inv.MyCommand.Path)"
    "helper=$(Get-Fid2Here)"
    "block=$(& { $MyInvocation.MyCommand.Name })"
) -join ' | '
$fid2_inv = $null
`,
  '25-myinv-using.ps1': `using namespace System.Text
$global:fid2_using = [StringBuilder]::new("$($MyInvocation.MyCommand.CommandType) $($MyInvocation.MyCommand.Name)").ToString()
`,
  // 3: a hidden fragment: the plain loader never sees it.
  '.30-hidden.ps1': "$global:fid3_hidden = 'loaded'\n",
  // 4: fragbundle's own directive inside a string is string content.
  '40-herestring.ps1': `$global:fid4_text = @'
#Requires -Fragment 20-myinv
kept as written
'@
`,
  // 5: [Alias()] on a lazily loaded function.
  '50-alias.ps1': `function Get-Fid5Log {
    [CmdletBinding()]
    [Alias('fid5glog')]
    param([string] $Path = '.')
${pad(700)}    "log $Path"
}
`,
  // 6: scope on the first call: dot-sourced, Set-Variable/Get-Variable -Scope 1.
  '60-scope.ps1': `function Initialize-Fid6 {
${pad(700)}    $fid6_local = 'dotted'
    function Get-Fid6Inner { 'inner' }
}
function Set-Fid6Up {
${pad(700)}    Set-Variable -Name fid6_up -Value 'set' -Scope 1
    Get-Variable -Name fid6_probe -Scope 1 -ValueOnly
}
`,
  // 7: caller state on the first call.
  '65-status.ps1': `function Get-Fid7Status {
    $fid7_ok = $?
${pad(700)}    "status=$fid7_ok"
}
function Get-Fid7Underbar {
${pad(700)}    "underbar=$_"
}
function Get-Fid7Position {
${pad(700)}    "position=$($MyInvocation.PipelinePosition)/$($MyInvocation.PipelineLength)"
}
`,
  // 8: a function's body read at load time, and read by a function for -Parallel.
  '70-body.ps1': `function Get-Fid8Body {
${pad(700)}    'body ran'
}
function Get-Fid8Par {
${pad(700)}    'parallel ran'
}
function Invoke-Fid8Par {
${pad(700)}    $d = \${function:Get-Fid8Par}.ToString()
    1 | ForEach-Object -Parallel { \${function:Get-Fid8Par} = $using:d; Get-Fid8Par }
}
`,
  '71-capture.ps1': `$global:fid8_sb = (Get-Item function:Get-Fid8Body).ScriptBlock
$global:fid8_text = (Get-Content function:Get-Fid8Body) -join ''
`,
  // 9: a class a later fragment shadows.
  '75-class-a.ps1': `class Fid9Who { [string] Who() { return 'a' } }
function Get-Fid9A {
${pad(700)}    [Fid9Who]::new().Who()
}
`,
  '76-class-b.ps1': "class Fid9Who { [string] Who() { return 'b' } }\n",
  // 1: exit at a fragment's top level ends that fragment only.
  '80-exit.ps1': "$global:fid1_before = 'ran'\nexit 3\n$global:fid1_after = 'ran'\n",
  // (Reading $LASTEXITCODE after an exit: test/bundle/exit-code.test.ts, in all three lazy modes.)
  '81-after-exit.ps1': "$global:fid1_later = 'loaded'\n",
  '82-exit-in-function.ps1':
    "function Stop-Fid1 { exit 4 }\n$global:fid1_fn = 'ran'\nStop-Fid1\n$global:fid1_fn = 'not ended'\n",
  '83-last.ps1': "$global:fid1_last = 'loaded'\n",
  // The documented limit: a stub of its own (its declarations name $PSScriptRoot) spans the function's lines.
  '86-extent.ps1': `function Get-FidExtent {
    param($Root = $PSScriptRoot)
${pad(700)}    $Root
}
`,
  // Enough stubbed text for the lazy machinery to pay at the default thresholds.
  '90-ballast.ps1': `function Get-FidBallast {\n${pad(40_000)}    'ballast'\n}\n`,
};

/** Run after loading, at global scope; every line of output is prefixed with its item. */
const CALLS: readonly (readonly [number, string])[] = [
  [5, '"5: $((Get-Command fid5glog -ErrorAction SilentlyContinue).Definition)"'],
  [5, '"5: $(fid5glog -Path p)"'],
  [6, '. Initialize-Fid6'],
  [6, '"6: local=$fid6_local inner=$([bool](Get-Command Get-Fid6Inner -ErrorAction SilentlyContinue))"'],
  [6, 'function Test-Fid6Caller { $fid6_probe = \'caller\'; $r = Set-Fid6Up; "6: up=$fid6_up read=$r" }'],
  [6, 'Test-Fid6Caller'],
  [6, '"6: up at global=$([bool](Get-Variable fid6_up -Scope Global -ErrorAction SilentlyContinue))"'],
  [7, 'Write-Error \'a failure\' -ErrorAction SilentlyContinue; "7: $(Get-Fid7Status)"'],
  [7, 'Get-Fid7Position | ForEach-Object { "7: $_" }'],
  [7, '\'outer\' | ForEach-Object { "7: $(Get-Fid7Underbar)" }'],
  [8, '"8: $(& $fid8_sb)"'],
  [8, '"8: $($fid8_text.Contains(\'body ran\'))"'],
  [8, '"8: $(Invoke-Fid8Par)"'],
  [9, '"9: $(Get-Fid9A)"'],
];
/** The calls script: a failing call must not hide the later ones, so each reports what it threw, under its item. */
const CALLS_SCRIPT = CALLS.map(([n, c]) => `try { ${c} } catch { '${n}: threw ' + $_ }`).join('\n');

/** The functions `--lazy auto` stubs at the default thresholds: they are big enough. */
const STUBBED = [
  'Get-Fid5Log',
  'Initialize-Fid6',
  'Set-Fid6Up',
  'Get-Fid7Status',
  'Get-Fid7Underbar',
  'Get-FidExtent',
  'Get-FidBallast',
];

/** Run in every session before the calls: where each function's body starts and ends (a stub's, before its first call). */
const BEFORE =
  "Get-Command Get-FidExtent, Get-Fid5Log | ForEach-Object { '{0}: lines {1}-{2}' -f $_.Name, $_.ScriptBlock.Ast.Extent.StartLineNumber, $_.ScriptBlock.Ast.Extent.EndLineNumber }";

interface Run {
  readonly eager: Analysis;
  readonly lazy: Analysis;
  readonly base: SessionResult;
  readonly eagerRun: SessionResult;
  readonly lazyRun: SessionResult;
}

let shared: Promise<Run> | undefined;
/** Build both bundles and run the three sessions once for every test of this file. */
function run(t: ExecutionContext): Promise<Run> {
  shared ??= (async () => {
    const dir = tempFiles(t, Object.fromEntries(Object.entries(FILES).map(([k, v]) => [`profile.d/${k}`, v])));
    const fragments = path.join(dir, 'profile.d');
    const build = async (lazy: 'auto' | 'off') => {
      const config = resolveConfig({ cwd: dir, dir: 'profile.d', output: `${lazy}.ps1`, lazy });
      const loaded = loadProfile(config);
      const analysis = await analyzeLoaded(config, loaded, { cwd: dir });
      writeFileSync(config.output, bundleText(analysis, config, { loaded }));
      t.is(bundleOptions(config).lazy, lazy);
      return analysis;
    };
    const [eager, lazy] = [await build('off'), await build('auto')];
    const calls = path.join(dir, 'calls.ps1');
    // Every stub still standing is then loaded (not run), so whole definitions compare.
    writeFileSync(calls, `${CALLS_SCRIPT}\n${FORCE_LOAD}`);
    // The plain loader's cmdlets import two modules; the bundle sessions import them too, first.
    const common = {
      work: dir,
      cwd: dir,
      calls,
      before: BEFORE,
      preload: `$null = Get-ChildItem -LiteralPath '${fragments}' | Sort-Object Name`,
    };
    const [base, eagerRun, lazyRun] = await Promise.all([
      runSession({ ...common, kind: 'baseline', folder: fragments }, 'base'),
      runSession({ ...common, kind: 'bundle', bundle: path.join(dir, 'off.ps1') }, 'eager'),
      runSession({ ...common, kind: 'bundle', bundle: path.join(dir, 'auto.ps1') }, 'lazy'),
    ]);
    return { eager, lazy, base, eagerRun, lazyRun };
  })();
  return shared;
}

/** The part of a dump item `n` owns. */
function itemPart(dump: SessionDump, loader: string, n: number, names: readonly string[]): unknown {
  const d = normalise(dump, loader);
  const own = (k: string) =>
    k.toLowerCase().startsWith(`fid${n}`) || names.some((x) => x.toLowerCase() === k.toLowerCase());
  const pick = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).filter(([k]) => own(k)));
  return {
    functions: pick(d.functions),
    aliases: pick(d.aliases),
    variables: pick(d.variables),
    calls: d.calls.filter((c) => typeof c === 'string' && c.startsWith(`${n}: `)),
  };
}

function item(n: number, title: string, names: readonly string[] = [], extra?: (t: ExecutionContext, r: Run) => void) {
  pwshTest(`fidelity ${n}: ${title} (eager and lazy bundle as one by one)`, async (t) => {
    const r = await run(t);
    const expected = itemPart(r.base.dump, r.base.loader, n, names);
    t.log(JSON.stringify(expected));
    t.deepEqual(itemPart(r.eagerRun.dump, r.eagerRun.loader, n, names), expected, 'eager bundle');
    t.deepEqual(itemPart(r.lazyRun.dump, r.lazyRun.loader, n, names), expected, 'lazy bundle');
    extra?.(t, r);
  });
}

pwshTest('fidelity: --lazy auto at the default thresholds stubs the functions the lazy items need', async (t) => {
  const r = await run(t);
  const stubs = r.lazy.plan.entries.flatMap((e) => e.stubs);
  for (const n of STUBBED) t.true(stubs.includes(n), `${n} is stubbed at the default thresholds`);
  t.true(r.eager.plan.entries.every((e) => e.mode === 'eager'));
});

item(1, 'exit ends only its fragment, later fragments load, $LASTEXITCODE is the last exit code', ['LASTEXITCODE']);
item(2, '$MyInvocation at a fragment top level, in every form');
item(3, 'a hidden fragment is not loaded, as the plain loader does not see it');
item(4, '#Requires -Fragment inside a here-string is string content');
item(5, '[Alias()] on a lazy function exists from start-up', ['fid5glog', 'Get-Fid5Log']);
item(6, 'the first call runs in the caller scope chain', ['Initialize-Fid6', 'Set-Fid6Up', 'Get-Fid6Inner', 'fbP']);
item(7, 'the first call sees the caller status, $_ and pipeline position', [
  'Get-Fid7Status',
  'Get-Fid7Underbar',
  'Get-Fid7Position',
]);
item(8, 'a function body read at load time or for -Parallel is the real one', [
  'Get-Fid8Body',
  'Get-Fid8Par',
  'Invoke-Fid8Par',
]);
item(9, 'a function binds to its own fragment class, not a later one of the same name', ['Get-Fid9A']);

pwshTest('fidelity: before its first call, a stub of its own spans the function lines, its extent too', async (t) => {
  const r = await run(t);
  const extent = (d: SessionDump) => d.before.filter((l) => typeof l === 'string' && l.startsWith('Get-FidExtent'));
  t.deepEqual(extent(r.base.dump), ['Get-FidExtent: lines 1-12']);
  t.deepEqual(extent(r.lazyRun.dump), extent(r.base.dump));
  t.deepEqual(extent(r.eagerRun.dump), extent(r.base.dump));
});

pwshTest('fidelity: the whole session equals one-by-one loading (eager and lazy bundle)', async (t) => {
  const r = await run(t);
  assertSameSession(t, r.base, r.eagerRun, 'eager bundle');
  assertSameSession(t, r.base, r.lazyRun, 'lazy bundle');
});
