/**
 * Whole-fragment deferral (`lazy: "fragments"`) on test/bundle/deferral: a profile in the shape of
 * real modular ones (try/catch around every fragment, idempotency guards, registration helpers,
 * probes for tools this machine lacks, a guard global another fragment leaks, engine state set by
 * a member assignment). The plan must
 * defer exactly the fragments that only define names, naming the statement that keeps each other
 * one eager; in pwsh, after start-up every stub is a command and no deferred fragment has run, and
 * after one call of a stub of every deferred fragment, in profile order and in reverse, the
 * session equals one-by-one loading.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { emitBundle } from '../../src/bundle/emit-bundle.js';
import { resolveConfig } from '../../src/config/load-config.js';
import type { Analysis } from '../../src/core/analysis.js';
import { analyzeProfile, bundleOptions } from '../../src/pipeline/analyze.js';
import { pwshTest } from '../helpers/pwsh.js';
import { tempDir, tempFiles } from '../helpers/temp.js';
import { assertSameSession } from './helpers/compare.js';
import { proveDeferral, results, type FragmentCalls } from './helpers/deferral.js';
import { REPO_ROOT } from './helpers/paths.js';
import { runSession, type SessionResult } from './helpers/session.js';

const FIXTURE = path.join(REPO_ROOT, 'test', 'bundle', 'deferral');

async function analyse(): Promise<{ analysis: Analysis; config: ReturnType<typeof resolveConfig> }> {
  const config = resolveConfig({ cwd: FIXTURE, config: path.join(FIXTURE, 'fragbundle.config.json') });
  return { analysis: await analyzeProfile(config, { cwd: FIXTURE }), config };
}

test('the plan defers the fragments that only define names and says what keeps the others eager', async (t) => {
  const { analysis } = await analyse();
  const modes = Object.fromEntries(
    analysis.plan.entries.map((e) => [
      e.path,
      e.mode === 'deferred'
        ? `deferred: ${e.deferredStubs.map((s) => `${s.kind === 'alias' ? '@' : ''}${s.name}`).join(' ')}`
        : `${e.mode} by ${e.keptEagerBy?.file}:${e.keptEagerBy?.line}: ${e.keptEagerBy?.why}`,
    ]),
  );
  t.deepEqual(modes, {
    '00-bootstrap.ps1': 'eager by 00-bootstrap.ps1:4: Test-FragmentLoaded is used at load time (20-git.ps1:3)',
    '05-env.ps1': 'eager by 05-env.ps1:3: it defines env FRAGBUNDLE_FIXTURE_EDITOR at start-up',
    '10-completion.ps1': 'eager by 10-completion.ps1:3: argument completer: Register-ArgumentCompleter',
    '12-defaults.ps1':
      "eager by 12-defaults.ps1:3: it changes engine or host state ($PSDefaultParameterValues['Get-FixtureBranch:Name'])",
    // Its leak is read by 25-modules' guard (Test-FragmentLoaded 'modules', resolved to $modulesLoaded).
    '15-cache.ps1': 'eager by 15-cache.ps1:3: it sets $modulesLoaded, which 25-modules.ps1:3 reads',
    '20-git.ps1': 'deferred: Get-FixtureBranch Invoke-GitShort Get-GitRoot @gsh @gfb',
    '25-modules.ps1':
      "eager by 25-modules.ps1:3: Test-FragmentLoaded 'modules' reads $modulesLoaded, which 15-cache.ps1:3 also sets",
    '30-dart.ps1': 'deferred: Invoke-Fixturedart @fxdart',
    '30-flutter.ps1': 'deferred: Invoke-Fixtureflutter @fxflutter',
    '30-kubectl.ps1': 'deferred: Invoke-Fixturekubectl @fxkubectl',
    '30-terraform.ps1': 'deferred: Invoke-Fixtureterraform @fxterraform',
    '40-files.ps1': 'deferred: Measure-FixtureLine Invoke-FixtureRepeat @r Get-FixtureSize',
    '45-bound.ps1':
      'deferred: Get-FixtureDefaultPath Show-FixtureBound Show-FixtureArgs Use-FixtureKind Test-FixtureScript @sfb',
    '45-tools.ps1': 'deferred: Get-ToolAlpha @tal Invoke-ToolZ Get-ToolBeta Get-ToolGamma',
    '46-tools-broken.ps1': 'deferred: Get-ToolBroken',
    '47-tools-env.ps1': 'eager by tools-env/env.ps1:2: it defines env FRAGBUNDLE_FIXTURE_TOOLS at start-up',
    '48-dynamic.ps1':
      'eager by 48-dynamic.ps1:3: it dot-sources $global:FixtureExtraFile, whose path is not known before it runs (its value is built at run time)',
    '50-uses-git.ps1': 'eager by 50-uses-git.ps1:1: it defines no function or alias to stand in for it',
    '60-failing.ps1': 'deferred: Get-BeforeFailure',
    '90-prompt.ps1': 'eager by 90-prompt.ps1:2: output: Write-Output',
  });
});

test('a guard global leaked by another fragment is a warning in every lazy mode', async (t) => {
  const { analysis } = await analyse();
  const { config } = await analyse();
  for (const lazy of ['fragments', 'auto', 'off'] as const) {
    const a = lazy === 'fragments' ? analysis : await analyzeProfile({ ...config, lazy }, { cwd: FIXTURE });
    const leaks = a.diagnostics.filter((d) => d.code === 'GUARD_VARIABLE_LEAK');
    t.deepEqual(
      leaks.map((d) => `${d.file}:${d.line} ${d.related?.map((r) => `${r.file}:${r.line}`).join(',')}`),
      ['25-modules.ps1:3 15-cache.ps1:3'],
      lazy,
    );
  }
});

test("a guard helper's read is learned from its body when the config names no guard", async (t) => {
  const { config } = await analyse();
  const a = await analyzeProfile({ ...config, deferral: { ...config.deferral, guards: [] } }, { cwd: FIXTURE });
  const leaks = a.diagnostics.filter((d) => d.code === 'GUARD_VARIABLE_LEAK');
  t.deepEqual(
    leaks.map((d) => `${d.file}:${d.line}: ${d.message}`),
    [
      "25-modules.ps1:3: Test-FragmentLoaded 'modules' reads $global:modulesLoaded, and 15-cache.ps1 sets a variable of that name at load time: whichever runs first decides whether this fragment skips itself",
    ],
  );
  const entry = a.plan.entries.find((e) => e.path === '25-modules.ps1');
  t.is(entry?.mode, 'eager');
});

test('LOAD_SIDE_EFFECT says what the bundle does with the fragment in each mode', async (t) => {
  const { analysis, config } = await analyse();
  const auto = await analyzeProfile({ ...config, lazy: 'auto' }, { cwd: FIXTURE });
  const said = (a: Analysis, file: string) =>
    a.diagnostics.find((d) => d.code === 'LOAD_SIDE_EFFECT' && d.file === file)?.message;
  t.is(
    said(analysis, '30-dart.ps1'),
    'runs other-command at load time (Invoke-MissingToolWarning, Set-FragmentLoaded, Write-Warning); deferred all the same: a deferred fragment may make these calls (stream writers, helpers in deferral.calls), and makes them on the first call of one of its names',
  );
  t.is(
    said(analysis, '10-completion.ps1'),
    'runs argument-completer, other-command at load time (Register-ArgumentCompleter, Write-Warning); it runs at start-up, in its place (not deferred: 10-completion.ps1:3: argument completer: Register-ArgumentCompleter)',
  );
  t.is(
    said(auto, '30-dart.ps1'),
    'runs other-command at load time (Invoke-MissingToolWarning, Set-FragmentLoaded, Write-Warning); it runs at start-up, in its place',
  );
});

test("what a fragment's sub-files do decides, by the same rules, naming the sub-file's line", async (t) => {
  const root = tempFiles(t, {
    'profile.d/a-shared.ps1': ". (Join-Path $PSScriptRoot 'lib/shared.ps1')\nfunction global:Get-A { 'a' }\n",
    'profile.d/b-shared.ps1': ". (Join-Path $PSScriptRoot 'lib/shared.ps1')\nfunction global:Get-B { 'b' }\n",
    'profile.d/c-missing.ps1': '. "$PSScriptRoot/lib/gone.ps1"\nfunction global:Get-C { \'c\' }\n',
    'profile.d/d-requires.ps1': '. "$PSScriptRoot/lib/requires.ps1"\n',
    'profile.d/e-exit.ps1': '. "$PSScriptRoot/lib/exit.ps1"\n',
    'profile.d/f-nested.ps1': '. "$PSScriptRoot/lib/outer.ps1"\n',
    'profile.d/g-engine.ps1': '. "$PSScriptRoot/lib/engine.ps1"\n',
    'profile.d/h-guarded.ps1':
      "$p = Join-Path $PSScriptRoot 'lib/optional.ps1'\nif (Test-Path $p) { . $p }\nfunction global:Get-H { 'h' }\n",
    'profile.d/i-place.ps1': '. "$PSScriptRoot/lib/place.ps1"\n',
    'profile.d/lib/shared.ps1': "function global:Get-Shared { 'shared' }\n",
    'profile.d/lib/requires.ps1': "#Requires -Version 7.0\nfunction global:Get-D { 'd' }\n",
    'profile.d/lib/exit.ps1': "function global:Get-E { 'e' }\nif ($global:NoSuch) { exit }\n",
    'profile.d/lib/outer.ps1': '. "$PSScriptRoot/inner.ps1"\n',
    'profile.d/lib/inner.ps1': "function global:Get-F { 'f' }\nSet-Alias -Name gf -Value Get-F -Scope Global\n",
    'profile.d/lib/place.ps1': 'function global:Get-I {\n    "$($MyInvocation.PipelinePosition)"\n}\n',
    'profile.d/lib/engine.ps1':
      "function global:Get-G { 'g' }\n$ExecutionContext.InvokeCommand.CommandNotFoundAction = { param($n) }\n",
  });
  const config = resolveConfig({ cwd: root, lazy: 'fragments' });
  const a = await analyzeProfile(config, { cwd: root });
  const modes = Object.fromEntries(
    a.plan.entries.map((e) => [
      e.path,
      e.mode === 'deferred'
        ? `deferred: ${e.deferredStubs.map((s) => s.name).join(' ')}`
        : `${e.keptEagerBy?.file}:${e.keptEagerBy?.line}: ${e.keptEagerBy?.why}`,
    ]),
  );
  t.deepEqual(modes, {
    'a-shared.ps1': 'a-shared.ps1:1: it dot-sources lib/shared.ps1, which b-shared.ps1 also loads',
    'b-shared.ps1': 'b-shared.ps1:1: it dot-sources lib/shared.ps1, which a-shared.ps1 loads first',
    'c-missing.ps1': 'c-missing.ps1:1: it dot-sources lib/gone.ps1, and it does not exist',
    'd-requires.ps1': 'lib/requires.ps1:1: #Requires -Version 7.0 is checked at start-up',
    'e-exit.ps1': 'lib/exit.ps1:2: a top-level exit',
    'f-nested.ps1': 'deferred: Get-F gf',
    'g-engine.ps1':
      'lib/engine.ps1:2: it changes engine or host state ($ExecutionContext.InvokeCommand.CommandNotFoundAction)',
    'h-guarded.ps1': 'deferred: Get-H',
    'i-place.ps1':
      'lib/place.ps1:2: it reads $MyInvocation.PipelinePosition or PipelineLength, which a first call through a stub cannot give',
  });
});

/**
 * Per deferred fragment, the call that first uses it (then more, each in a `try` of its own): `R:`
 * lines are compared with one-by-one loading.
 */
const FIRST_CALLS: Readonly<Record<string, string | readonly string[]>> = {
  '20-git.ps1': "'R: ' + (Get-FixtureBranch -Name x -Remote:$true) + ' ' + (gsh -Force:$false -Path p extra)",
  '30-dart.ps1': 'Invoke-Fixturedart x',
  '30-flutter.ps1': 'fxflutter x',
  '30-kubectl.ps1': 'Invoke-Fixturekubectl x',
  '30-terraform.ps1': 'fxterraform x',
  '40-files.ps1': "1, 2 | Measure-FixtureLine -Quiet:$false | ForEach-Object { 'R: ' + $_ }; 'R: ' + (r a b)",
  // What the real function finds in $PSBoundParameters and $args: only what the caller gave.
  '45-bound.ps1': [
    "'R: ' + (Show-FixtureBound x -Force:$false)",
    "'R: ' + (1, 2 | Show-FixtureBound -Kind b)",
    "'R: ' + (sfb -n y -Count 3 -Verbose:$false)",
    "'R: ' + (Show-FixtureArgs -Quiet:$false extra1 extra2)",
    "'R: ' + (Show-FixtureArgs)",
    "'R: ' + (Use-FixtureKind)",
    "'R: ' + (Test-FixtureScript v)",
    "try { Show-FixtureBound -Kind c } catch { 'R: ' + $_.FullyQualifiedErrorId }",
  ].join('; '),
  '45-tools.ps1': [
    "'R: ' + (tal x) + ' | ' + (Get-ToolBeta) + ' | ' + (Get-ToolGamma 1 2) + ' | ' + $toolsBetaRoot",
    'Invoke-ToolZ',
  ],
  '46-tools-broken.ps1': "'R: ' + (Get-ToolBroken)",
  '60-failing.ps1': "'R: ' + (Get-BeforeFailure)",
};

/**
 * Tab completion before the first call: a stub declares its function's parameters when they are
 * static (built-in types and attributes), for plain `function` statements, header parameter lists
 * and alias stubs alike. Each line must complete to exactly the one text given.
 */
const COMPLETIONS: readonly (readonly [string, string])[] = [
  ['Get-FixtureBranch -Na', '-Name'],
  ['gfb -Re', '-Remote'],
  ['Invoke-GitShort -Fo', '-Force'],
  ['Measure-FixtureLine -Qu', '-Quiet'],
  ['Show-FixtureBound -Ki', '-Kind'],
  ['sfb -Cou', '-Count'],
  ['Show-FixtureArgs -Qu', '-Quiet'],
  ['Get-ToolAlpha -Na', '-Name'],
  ['tal -Na', '-Name'],
];

/** Stubs that must declare nothing: a type from the fragment, a script block in an attribute. */
const NOT_DECLARED = ['Use-FixtureKind', 'Test-FixtureScript'];

function callsScript(paths: readonly string[], calls: FragmentCalls = FIRST_CALLS): string {
  return paths
    .flatMap((p) => [calls[p] ?? []].flat())
    .map((c) => `try { ${c} } catch { 'E: ' + $_ }\n`)
    .join('');
}

pwshTest('deferred fragments: stubs at start-up, and one-by-one state after first use in either order', async (t) => {
  const { first, base, analysis } = await proveDeferral(t, {
    source: FIXTURE,
    calls: FIRST_CALLS,
    compare: 'results',
    minSubFiles: 3,
    extraBefore: [
      ...COMPLETIONS.map(
        ([line, want]) =>
          `if ((@((TabExpansion2 -inputScript '${line}' -cursorColumn ${line.length}).CompletionMatches.CompletionText) -join ',') -cne '${want}') { "NO COMPLETION ${line} -> ${want}: " + ((TabExpansion2 -inputScript '${line}' -cursorColumn ${line.length}).CompletionMatches.CompletionText -join ',') }`,
      ),
      ...NOT_DECLARED.map(
        (name) =>
          `if ((Get-Command ${name}).Parameters.Count -ne 0) { 'DECLARED ${name}: ' + ((Get-Command ${name}).Parameters.Keys -join ',') }`,
      ),
    ],
  });
  t.deepEqual(
    Object.keys(FIRST_CALLS),
    analysis.plan.entries.filter((e) => e.mode === 'deferred').map((e) => e.path),
    'every deferred fragment has its calls',
  );
  const calls = first.dump.calls.map(String).join('\n');
  t.regex(calls, /WARNING dart is not installed/, "a missing tool's own warning at first use");
  t.regex(calls, /E: fragbundle: 'Invoke-Fixturedart' is not available: 30-dart\.ps1 ran and did not define it/);
  t.regex(calls, /WARNING fragbundle: 60-failing\.ps1:4: fixture failure/, 'a throw reported as the loop reports it');
  t.deepEqual(results(first).slice(0, 1), ['R: origin/x git short force=False path=p args=extra']);
  t.true(
    results(first).includes('R: alpha x from alpha.ps1 | beta in tools-modules | gamma 1,2 | tools-modules'),
    'functions from sub-files answer with their own $PSCommandPath and $PSScriptRoot',
  );
  t.regex(calls, /WARNING zoxide is not installed/, "a sub-file's missing-tool warning at first use");
  // A sub-file's throw: the fragment's own catch sees the sub-file's position, as one by one at start-up.
  t.regex(calls, /WARNING tools-broken: broken\.ps1:2: broken on purpose/);
  t.regex(base.dump.load.map(String).join('\n'), /WARNING tools-broken: broken\.ps1:2: broken on purpose/);
  // Its fragment ran at the first call of another of its names: no stub is left, as one by one.
  t.regex(calls, /E: The term 'Invoke-ToolZ' is not recognized/);
});

/** examples/modular: per deferred fragment, a call of one of its names (sub-files, loader helpers, tool probes). */
const MODULAR_CALLS: Readonly<Record<string, string>> = {
  '05-paths.ps1': "'R: ' + (Join-ProfilePath x)",
  '10-git.ps1': "'R: ' + (Get-GitSummary)",
  '15-files.ps1': "'R: ' + (Get-ModuleFile)",
  '20-docker.ps1': "'R: ' + @(Get-DockerContainer --help 2>$null)[0]",
  '25-kubectl.ps1': "'R: ' + (kctx 2>$null)",
  '30-utils.ps1': "'R: ' + (Format-Bytes 3MB)",
  '35-conf.ps1': "'R: ' + (Get-Greeting)",
  '40-dev.ps1': "'R: ' + (Invoke-Python -c \"print('py')\")",
  '45-cli-tools.ps1': "'R: ' + ('a', 'b' | Select-Fuzzy)",
  '50-network.ps1': "'R: ' + (Test-Port -ComputerName 127.0.0.1 -Port 9)",
  '55-cloud.ps1': "'R: ' + (prs)",
  '60-completers.ps1': "'R: ' + (Get-CompletionNames a)",
  '65-git-extras.ps1': "'R: ' + (lg)",
  '70-history.ps1': "'R: ' + @(Get-HistoryTop).Count",
  '80-aliases.ps1': "'R: ' + (slug 'Hello World')",
  '85-session.ps1': "'R: ' + (Get-SessionTag)",
};

pwshTest('examples/modular: fragments whose code lives in sub-files are deferred and load as one by one', async (t) => {
  const source = path.join(REPO_ROOT, 'examples', 'modular');
  const { analysis, first } = await proveDeferral(t, {
    source,
    calls: MODULAR_CALLS,
    compare: 'results',
    minSubFiles: 3,
    tail: "try { 'R: ' + ((Show-MissingTool) -join '; ') } catch { 'E: ' + $_ }\n",
  });
  t.deepEqual(
    Object.keys(MODULAR_CALLS),
    analysis.plan.entries.filter((e) => e.mode === 'deferred').map((e) => e.path),
  );
  const kept = analysis.plan.entries
    .filter((e) => e.mode !== 'deferred')
    .map((e) => `${e.path}: ${e.keptEagerBy?.file}:${e.keptEagerBy?.line}`);
  t.deepEqual(kept, [
    '00-bootstrap.ps1: bootstrap/GlobalState.ps1:2',
    '01-env.ps1: 01-env.ps1:4',
    '90-prompt.ps1: 90-prompt.ps1:4',
  ]);
  t.regex(
    first.dump.calls.map(String).join('\n'),
    /R: .*fzf: a fuzzy finder/,
    'the missing tools a deferred fragment records, after its first use',
  );
});

/** The bundle for `config`, written into `work`. */
function writeBundle(analysis: Analysis, config: ReturnType<typeof resolveConfig>, work: string): string {
  const bundle = path.join(work, 'profile.bundle.ps1');
  writeFileSync(
    bundle,
    emitBundle({
      fragments: analysis.fragments,
      symbols: analysis.symbols,
      graph: analysis.graph,
      plan: analysis.plan,
      options: bundleOptions(config),
      fragmentsDirFromBundle: path.relative(work, config.fragmentsDir).split(path.sep).join('/'),
      toolVersion: '0.0.0-test',
    }).text,
  );
  return bundle;
}

const TOOL_GATED = ['30-dart.ps1', '30-flutter.ps1', '30-kubectl.ps1', '30-terraform.ps1'];

async function withStartupCalls() {
  const { config } = await analyse();
  const startup = { ...config, deferral: { ...config.deferral, startupCalls: ['Invoke-MissingToolWarning'] } };
  return { config: startup, analysis: await analyzeProfile(startup, { cwd: FIXTURE }) };
}

test('deferral.startupCalls keeps the fragments that call the missing-tool register at start-up', async (t) => {
  const { analysis } = await withStartupCalls();
  const modes = analysis.plan.entries.filter((e) => TOOL_GATED.includes(e.path));
  t.deepEqual(
    modes.map((e) => `${e.path} ${e.mode}: ${e.keptEagerBy?.line}: ${e.keptEagerBy?.why}`),
    TOOL_GATED.map(
      (p) => `${p} eager: 8: it calls Invoke-MissingToolWarning, which deferral.startupCalls keeps at start-up`,
    ),
  );
  t.deepEqual(
    analysis.plan.entries.filter((e) => e.mode === 'deferred').map((e) => e.path),
    ['20-git.ps1', '40-files.ps1', '45-bound.ps1', '46-tools-broken.ps1', '60-failing.ps1'],
  );
});

pwshTest('deferral.startupCalls: the missing-tool warnings and register at start-up, as one by one', async (t) => {
  const { analysis, config } = await withStartupCalls();
  const work = tempDir(t);
  const bundle = writeBundle(analysis, config, work);
  const deferredBundle = writeBundle((await analyse()).analysis, (await analyse()).config, tempDir(t));
  const calls = path.join(work, 'calls.ps1');
  const deferred = analysis.plan.entries.filter((e) => e.mode === 'deferred').map((e) => e.path);
  writeFileSync(calls, callsScript(deferred));
  const ordered = analysis.plan.entries.map((e) => path.join(config.fragmentsDir, e.path));
  const before = "'TOOLS ' + (($global:ProfileMissingTools.Keys | Sort-Object) -join ',')";
  const common = { work, cwd: work, before, calls };
  const [base, startup, plain] = await Promise.all([
    runSession({ ...common, kind: 'baseline', fragments: ordered }, 'base'),
    runSession({ ...common, kind: 'bundle', bundle }, 'startup-calls'),
    runSession({ ...common, kind: 'bundle', bundle: deferredBundle }, 'deferred'),
  ]);
  const warnings = (s: SessionResult) => s.dump.load.map(String).filter((l) => /is not installed/.test(l));
  t.deepEqual(warnings(base).length, 5, 'one by one warns of the five missing tools while loading');
  t.deepEqual(warnings(startup), warnings(base), 'so does the bundle with startupCalls, in the same order');
  t.deepEqual(warnings(plain), [], 'the deferred bundle does not (its tool-gated fragments have not run)');
  t.deepEqual(base.dump.before, ['TOOLS dart,flutter,kubectl,terraform,zoxide']);
  t.deepEqual(startup.dump.before, base.dump.before, 'the register is complete at start-up');
  const state = ['functions', 'aliases', 'variables', 'env', 'drives', 'location'] as const;
  const pick = (s: SessionResult) => ({
    ...s,
    dump: { ...s.dump, load: [], calls: [], before: [], ...Object.fromEntries(state.map((k) => [k, s.dump[k]])) },
  });
  assertSameSession(t, pick(base), pick(startup), 'after the calls');
  t.deepEqual(results(startup), results(base));
});

test('a top-level break or continue keeps its fragment at start-up; one bound to its own loop does not', async (t) => {
  const root = tempFiles(t, {
    'profile.d/a-continue.ps1': "function global:Get-A { 'a' }\nif ($global:NoSuch -eq $null) { continue }\n",
    'profile.d/b-break.ps1': "function global:Get-B { 'b' }\nif ($true) { 'x' | Out-Null; break }\n",
    'profile.d/c-loop.ps1':
      "function global:Get-C { 'c' }\nforeach ($i in 1..3) { if ($i -eq 2) { break } }\nwhile ($false) { continue }\n",
    'profile.d/d-function.ps1': 'function global:Get-D { foreach ($i in 1..3) { break } ; continue }\n',
    'profile.d/e-sub.ps1': '. "$PSScriptRoot/lib/leave.ps1"\nfunction global:Get-E { \'e\' }\n',
    'profile.d/f-comment.ps1': "function global:Get-F { 'f' }\n# continue\n",
    'profile.d/g-label.ps1': "function global:Get-G { 'g' }\nforeach ($gi in 1) { break outer }\n",
    'profile.d/h-stored.ps1': "function global:Get-H { 'h' }\n$global:HBlock = { continue }\n",
    'profile.d/lib/leave.ps1': 'if ($global:NoSuch -eq $null) {\n    continue\n}\n',
  });
  const a = await analyzeProfile(resolveConfig({ cwd: root, lazy: 'fragments' }), { cwd: root });
  const modes = Object.fromEntries(
    a.plan.entries.map((e) => [
      e.path,
      e.mode === 'deferred' ? 'deferred' : `${e.keptEagerBy?.file}:${e.keptEagerBy?.line}: ${e.keptEagerBy?.why}`,
    ]),
  );
  const why = (k: string) =>
    `a top-level ${k}: one by one it leaves the file for the loader's loop (the next fragment, or the end of loading)`;
  t.deepEqual(modes, {
    'a-continue.ps1': `a-continue.ps1:2: ${why('continue')}`,
    'b-break.ps1': `b-break.ps1:2: ${why('break')}`,
    'c-loop.ps1': 'deferred',
    'd-function.ps1': 'deferred',
    'e-sub.ps1': `lib/leave.ps1:2: ${why('continue')}`,
    'f-comment.ps1': 'deferred',
    'g-label.ps1': `g-label.ps1:2: ${why('break')}`,
    'h-stored.ps1': 'deferred',
  });
});
