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
import { tempDir } from '../helpers/temp.js';
import { assertSameSession } from './helpers/compare.js';
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
    '15-cache.ps1': 'eager by 15-cache.ps1:4: Get-CacheState is used at load time (50-uses-git.ps1:3)',
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

/** Per deferred fragment, the call that first uses it: `R:` lines are compared with one-by-one loading. */
const FIRST_CALLS: Readonly<Record<string, string>> = {
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
];

/** Stubs that must declare nothing: a type from the fragment, a script block in an attribute. */
const NOT_DECLARED = ['Use-FixtureKind', 'Test-FixtureScript'];

function callsScript(paths: readonly string[]): string {
  return paths.map((p) => `try { ${FIRST_CALLS[p]} } catch { 'E: ' + $_ }\n`).join('');
}

function resultLines(s: SessionResult): string[] {
  return s.dump.calls.filter((r): r is string => typeof r === 'string' && r.startsWith('R: '));
}

pwshTest('deferred fragments: stubs at start-up, and one-by-one state after first use in either order', async (t) => {
  const { analysis, config } = await analyse();
  const deferred = analysis.plan.entries.filter((e) => e.mode === 'deferred');
  t.deepEqual(
    deferred.map((e) => e.path),
    Object.keys(FIRST_CALLS),
    'every deferred fragment has a first call',
  );
  const work = tempDir(t);
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
  const stubNames = deferred.flatMap((e) => e.deferredStubs.map((s) => s.name));
  const before = [
    `foreach ($n in @(${stubNames.map((n) => `'${n}'`).join(', ')})) { if ($null -eq (Get-Command $n -ErrorAction Ignore)) { "MISSING $n" } }`,
    "foreach ($n in 'git', 'dart', 'files', 'failing') { if ($null -ne (Get-Variable \"${n}Loaded\" -Scope Global -ErrorAction Ignore)) { \"RAN $n\" } }",
    ...COMPLETIONS.map(
      ([line, want]) =>
        `if ((@((TabExpansion2 -inputScript '${line}' -cursorColumn ${line.length}).CompletionMatches.CompletionText) -join ',') -cne '${want}') { "NO COMPLETION ${line} -> ${want}: " + ((TabExpansion2 -inputScript '${line}' -cursorColumn ${line.length}).CompletionMatches.CompletionText -join ',') }`,
    ),
    ...NOT_DECLARED.map(
      (name) =>
        `if ((Get-Command ${name}).Parameters.Count -ne 0) { 'DECLARED ${name}: ' + ((Get-Command ${name}).Parameters.Keys -join ',') }`,
    ),
  ].join('; ');
  const inOrder = deferred.map((e) => e.path);
  const forward = path.join(work, 'calls.ps1');
  const backward = path.join(work, 'calls-reverse.ps1');
  writeFileSync(forward, callsScript(inOrder));
  writeFileSync(backward, callsScript([...inOrder].reverse()));
  const ordered = analysis.plan.entries.map((e) => path.join(config.fragmentsDir, e.path));
  // Modules are compared after the calls: a deferred fragment imports what it needs when it runs.
  const after = '$__fbhModules = @(Get-Module | ForEach-Object Name)';
  const common = { work, cwd: work, after };
  const [base, baseReverse, first, reverse] = await Promise.all([
    runSession({ ...common, kind: 'baseline', fragments: ordered, calls: forward }, 'base'),
    runSession({ ...common, kind: 'baseline', fragments: ordered, calls: backward }, 'base-reverse'),
    runSession({ ...common, kind: 'bundle', bundle, before, calls: forward }, 'deferred'),
    runSession({ ...common, kind: 'bundle', bundle, before, calls: backward }, 'deferred-reverse'),
  ]);
  t.deepEqual(first.dump.before, [], 'every stub is a command after start-up, and no deferred fragment ran');
  const state = ['functions', 'aliases', 'variables', 'env', 'drives', 'location', 'modules'] as const;
  for (const [expected, actual, label] of [
    [base, first, 'profile order'],
    [baseReverse, reverse, 'reverse order'],
  ] as const) {
    const pick = (s: SessionResult) => ({
      ...s,
      dump: { ...s.dump, load: [], calls: [], ...Object.fromEntries(state.map((k) => [k, s.dump[k]])) },
    });
    assertSameSession(t, pick(expected), pick(actual), label);
    t.deepEqual(resultLines(actual), resultLines(expected), `${label}: forwarded calls answer as one-by-one`);
  }
  const calls = first.dump.calls.map(String).join('\n');
  t.regex(calls, /WARNING dart is not installed/, "a missing tool's own warning at first use");
  t.regex(calls, /E: fragbundle: 'Invoke-Fixturedart' is not available: 30-dart\.ps1 ran and did not define it/);
  t.regex(calls, /WARNING fragbundle: 60-failing\.ps1:4: fixture failure/, 'a throw reported as the loop reports it');
  t.deepEqual(resultLines(first).slice(0, 1), ['R: origin/x git short force=False path=p args=extra']);
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
    ['20-git.ps1', '40-files.ps1', '45-bound.ps1', '60-failing.ps1'],
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
  t.deepEqual(warnings(base).length, 4, 'one by one warns of the four missing tools while loading');
  t.deepEqual(warnings(startup), warnings(base), 'so does the bundle with startupCalls, in the same order');
  t.deepEqual(warnings(plain), [], 'the deferred bundle does not (its tool-gated fragments have not run)');
  t.deepEqual(base.dump.before, ['TOOLS dart,flutter,kubectl,terraform']);
  t.deepEqual(startup.dump.before, base.dump.before, 'the register is complete at start-up');
  const state = ['functions', 'aliases', 'variables', 'env', 'drives', 'location'] as const;
  const pick = (s: SessionResult) => ({
    ...s,
    dump: { ...s.dump, load: [], calls: [], before: [], ...Object.fromEntries(state.map((k) => [k, s.dump[k]])) },
  });
  assertSameSession(t, pick(base), pick(startup), 'after the calls');
  t.deepEqual(resultLines(startup), resultLines(base));
});
