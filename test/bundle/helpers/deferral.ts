/**
 * The proof of whole-fragment deferral (`lazy: "fragments"`) for one profile, in pwsh: build the
 * bundle as `fragbundle build` does, then check that after start-up every stub is a command that
 * tab completion offers (with its declared parameters, which must be the real function's), that no
 * deferred fragment has run, and that after one call of a stub of every deferred fragment, in
 * profile order and in reverse, the session equals one-by-one loading.
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExecutionContext } from 'ava';
import { resolveConfig } from '../../../src/config/load-config.js';
import type { Analysis } from '../../../src/core/analysis.js';
import { analyzeLoaded, loadProfile } from '../../../src/pipeline/analyze.js';
import { bundleText } from '../../../src/pipeline/bundle-text.js';
import { quotePs } from '../../../src/text/quote.js';
import { tempDir } from '../../helpers/temp.js';
import { assertSameSession, normalise, withPlainDotSources } from './compare.js';
import { FORCE_LOAD } from './one-by-one.js';
import { runSession, type SessionDump, type SessionResult } from './session.js';

/** Calls per deferred fragment (path), each in a `try` of its own: a string or several. */
export type FragmentCalls = Readonly<Record<string, string | readonly string[]>>;

export interface DeferralProof {
  /** A folder holding profile.d (and fragbundle.config.json when it has one); it is copied first. */
  readonly source: string;
  /**
   * Calls that stand for the automatic first call of a fragment: where no stub can be called with
   * no arguments, or to exercise more than one call. Every key must be a deferred fragment.
   */
  readonly calls?: FragmentCalls;
  /** Run after the first calls, in every session (e.g. a sample's `_calls.ps1`). */
  readonly tail?: string;
  /** More checks after start-up in the bundle sessions: any output fails the proof. */
  readonly extraBefore?: readonly string[];
  /**
   * What of the calls' output must equal one-by-one loading: `all` of it, or only the `results`
   * (`R: ` lines, for profiles whose calls show a stub's own errors on purpose).
   */
  readonly compare?: 'all' | 'results';
  /**
   * Deferred fragments that one-by-one loading never reaches (a fragment before them ends the
   * loading): the bundle must not install their stubs either, and they get no call.
   */
  readonly unreached?: readonly string[];
  /** The fewest sub-files the analysis must have followed (they are made to fail if read from disk). */
  readonly minSubFiles?: number;
}

export interface DeferralResult {
  readonly analysis: Analysis;
  /** The deferred bundle in profile order, and one-by-one loading with the same calls. */
  readonly first: SessionResult;
  readonly base: SessionResult;
  /** Per deferred fragment, what was called first: `auto <stub>` or `given`. */
  readonly called: Readonly<Record<string, string>>;
}

/** Session sections compared with one-by-one loading after the calls. */
const STATE = [
  'functions',
  'aliases',
  'variables',
  'env',
  'drives',
  'location',
  'modules',
  'hooks',
  'events',
  'psreadline',
] as const satisfies readonly (keyof SessionDump)[];

const list = (names: readonly string[]) => `@(${names.map(quotePs).join(', ')})`;

/**
 * The names the session has, one line each (`F:`, `A:`, `V:`, `E:`, `M:` for functions, aliases,
 * global variables, environment variables, modules): what a fragment that ran would have added to.
 */
const NAMES = [
  "Get-ChildItem Function: | ForEach-Object { 'F:' + $_.Name }",
  "Get-ChildItem Alias: | ForEach-Object { 'A:' + $_.Name }",
  "Get-Variable -Scope Global | Where-Object Name -NotLike '__fbh*' | ForEach-Object { 'V:' + $_.Name }",
  "[System.Environment]::GetEnvironmentVariables().Keys | ForEach-Object { 'E:' + $_ }",
  "$global:__fbhModules | ForEach-Object { 'M:' + $_ }",
].join('\n');

/** The parameters a command declares beyond the common ones, sorted: `PARAMS <name>: a,b`. */
function paramsScript(names: readonly string[]): string {
  return `$__common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
foreach ($n in ${list(names)}) {
    $c = Get-Command -Name $n -ErrorAction Ignore
    if ($null -eq $c) { "MISSING $n"; continue }
    'PARAMS ' + $n + ': ' + ((@($c.Parameters.Keys | Where-Object { $_ -notin $__common }) | Sort-Object) -join ',')
}`;
}

/**
 * Tab completion of every stub: its name completes to itself, and `name -` offers every parameter
 * it declares. Writes `NO COMPLETION ...` for what is missing.
 */
function completionScript(names: readonly string[]): string {
  return `foreach ($n in ${list(names)}) {
    $c = Get-Command -Name $n -ErrorAction Ignore
    if ($null -eq $c) { continue }
    # Still the stub: a function that calls the run helper, or an alias to a stub function.
    if (-not ($(if ($c.CommandType -eq 'Alias') { $c.Definition -like '__fragbundle_da_*' } else { $c.ScriptBlock.ToString().Contains('__fragbundle_defer_') }))) { "RAN: $n is no longer a stub" }
    $offered = @((TabExpansion2 -inputScript $n -cursorColumn $n.Length).CompletionMatches.CompletionText)
    if ($offered -notcontains $n) { "NO COMPLETION $n (offered: $($offered -join ','))" }
    $line = $n + ' -'
    $offered = @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText)
    foreach ($p in @($c.Parameters.Keys | Where-Object { $_ -notin $__common })) {
        if ($offered -notcontains "-$p") { "NO COMPLETION $n -$p" }
    }
}`;
}

/**
 * The first call of each deferred fragment, chosen in the session before the fragment ran: its
 * first stub that declares no mandatory parameter, called with none (a missing mandatory one fails
 * in the stub, before the fragment runs). Writes `CALL <fragment> <stub>`, or `NO CALL <fragment>`.
 */
function autoCall(fragment: string, stubs: readonly string[]): string {
  return `$__fbhPick = $null
foreach ($__fbhName in ${list(stubs)}) {
    $__fbhCmd = Get-Command -Name $__fbhName -ErrorAction Ignore
    if ($null -eq $__fbhCmd) { continue }
    $__fbhMandatory = @($__fbhCmd.Parameters.Values | Where-Object { @($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.Mandatory }).Count -gt 0 })
    if ($__fbhMandatory.Count -eq 0) { $__fbhPick = $__fbhName; break }
}
if ($__fbhPick) { 'CALL ' + ${quotePs(fragment)} + ' ' + $__fbhPick; try { & $__fbhPick } catch { 'E: ' + $_ } } else { 'NO CALL ' + ${quotePs(fragment)} }
`;
}

/** The same call, fixed, for one-by-one loading: the stub the bundle session chose. */
function fixedCall(fragment: string, stub: string): string {
  return `'CALL ' + ${quotePs(fragment)} + ' ' + ${quotePs(stub)}; try { & ${quotePs(stub)} } catch { 'E: ' + $_ }\n`;
}

function givenCalls(calls: string | readonly string[]): string {
  return [calls]
    .flat()
    .map((c) => `try { ${c} } catch { 'E: ' + $_ }\n`)
    .join('');
}

const lines = (records: readonly unknown[]) => records.filter((r): r is string => typeof r === 'string');

/**
 * A first call of a name its fragment did not define (a tool-gated function on a machine without
 * the tool) fails with the stub's documented error where one by one the name is not found.
 */
function stubError(r: unknown): unknown {
  if (typeof r !== 'string') return r;
  const stub = /^E: fragbundle: '(.+?)' is not available: .* ran and did not define it \(see its warnings\)$/s.exec(r);
  const plain =
    /^E: The term '(.+?)' is not recognized as a name of a cmdlet, function, script file, or executable program\./s.exec(
      r,
    );
  const name = stub?.[1] ?? plain?.[1];
  return name === undefined ? r : `E: not defined: ${name}`;
}

/** `records` less one of each of `drop` (JSON texts) that it holds. */
function without(records: readonly unknown[], drop: readonly string[]): unknown[] {
  const left = new Map<string, number>();
  for (const d of drop) left.set(d, (left.get(d) ?? 0) + 1);
  return records.filter((r) => {
    const k = JSON.stringify(r);
    const n = left.get(k) ?? 0;
    if (n === 0) return true;
    left.set(k, n - 1);
    return false;
  });
}

/** The `R: ` lines of the calls: what the forwarded calls answered. */
export function results(s: SessionResult): string[] {
  return lines(s.dump.calls).filter((r) => r.startsWith('R: '));
}

/** The `CALL <fragment> <stub>` lines of a session, by fragment. */
function chosen(s: SessionResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines(s.dump.calls)) {
    const m = /^CALL (.+?\.ps1) (\S+)$/s.exec(l);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

/** Prove deferral on one profile (see the file comment). Returns what it ran, for more checks. */
export async function proveDeferral(t: ExecutionContext, proof: DeferralProof): Promise<DeferralResult> {
  const work = tempDir(t);
  const root = path.join(tempDir(t), 'profile');
  cpSync(proof.source, root, { recursive: true });
  const bundle = path.join(work, 'profile.bundle.ps1');
  const configFile = path.join(root, 'fragbundle.config.json');
  const config = resolveConfig({
    cwd: root,
    ...(existsSync(configFile) ? { config: configFile } : { dir: 'profile.d' }),
    output: bundle,
    lazy: 'fragments',
    // Its sub-files are overwritten below to prove the embedded text loads: the stale guard would
    // rightly load them from disk.
    staleGuard: false,
  });
  const loaded = loadProfile(config);
  const analysis = await analyzeLoaded(config, loaded, { cwd: root });
  const deferred = analysis.plan.entries.filter((e) => e.mode === 'deferred');
  const given = proof.calls ?? {};
  t.deepEqual(
    Object.keys(given).filter((p) => !deferred.some((e) => e.path === p)),
    [],
    'every given call is of a deferred fragment',
  );
  writeFileSync(bundle, bundleText(analysis, config, { loaded }));
  const unreached = new Set(proof.unreached ?? []);
  const reached = deferred.filter((e) => !unreached.has(e.path));
  const stubNames = reached.flatMap((e) => e.deferredStubs.map((s) => s.name));
  const inOrder = reached.map((e) => e.path);
  t.deepEqual(
    [...unreached].filter((p) => !deferred.some((e) => e.path === p)),
    [],
    'every unreached fragment is a deferred one',
  );
  const unreachedStubs = deferred
    .filter((e) => unreached.has(e.path))
    .flatMap((e) => e.deferredStubs.map((s) => s.name));
  const stubsOf = (p: string) => deferred.find((e) => e.path === p)!.deferredStubs.map((s) => s.name);
  const script = (order: readonly string[], call: (p: string) => string) =>
    order.map((p) => (given[p] !== undefined ? givenCalls(given[p]) : call(p))).join('') +
    (proof.tail ?? '') +
    // Functions an eager fragment left as per-function stubs, loaded as their first call would.
    FORCE_LOAD;
  const write = (name: string, text: string) => {
    const file = path.join(work, name);
    writeFileSync(file, text);
    return file;
  };
  // Modules are compared after the calls: a deferred fragment imports what it needs when it runs.
  const after = '$__fbhModules = @(Get-Module | ForEach-Object Name)';
  // An empty folder to run in: the work folder fills with the sessions' files as they end.
  const common = { work, cwd: tempDir(t), after };
  const ordered = analysis.plan.entries.map((e) => path.join(config.fragmentsDir, e.path));

  // The bundle first, with every sub-file made to fail if read from disk: it chooses the calls.
  t.true(analysis.subFiles.length >= (proof.minSubFiles ?? 0), 'the profile loads sub-files that were followed');
  for (const f of analysis.subFiles)
    writeFileSync(f.absolutePath, `throw 'read from disk: ${path.basename(f.path)}'\n`);
  const before = [
    NAMES,
    paramsScript(stubNames),
    completionScript(stubNames),
    `foreach ($n in ${list(unreachedStubs)}) { if (Get-Command -Name $n -ErrorAction Ignore) { "UNREACHED STUB $n" } }`,
    ...(proof.extraBefore ?? []),
  ].join('\n');
  const auto = (p: string) => autoCall(p, stubsOf(p));
  const [first, reverse] = await Promise.all([
    runSession(
      { ...common, kind: 'bundle', bundle, before, calls: write('calls.ps1', script(inOrder, auto)) },
      'deferred',
    ),
    runSession(
      {
        ...common,
        kind: 'bundle',
        bundle,
        before,
        calls: write('calls-reverse.ps1', script([...inOrder].reverse(), auto)),
      },
      'deferred-reverse',
    ),
  ]);
  cpSync(proof.source, root, { recursive: true });

  const picks = chosen(first);
  const called = Object.fromEntries(
    inOrder.map((p) => [p, given[p] !== undefined ? 'given' : picks[p] ? `auto ${picks[p]}` : 'none']),
  );
  const fixed = (p: string) => fixedCall(p, picks[p] ?? '');
  const eager = analysis.plan.entries.filter((e) => e.mode !== 'deferred');
  const [base, baseReverse, eagerOnly] = await Promise.all([
    runSession(
      {
        ...common,
        kind: 'baseline',
        fragments: ordered,
        before: [NAMES, paramsScript(stubNames)].join('\n'),
        calls: write('base-calls.ps1', script(inOrder, fixed)),
      },
      'base',
    ),
    runSession(
      {
        ...common,
        kind: 'baseline',
        fragments: ordered,
        // The same checks as the other sessions: the cmdlets they use may import modules.
        before: [NAMES, paramsScript(stubNames)].join('\n'),
        calls: write('base-calls-reverse.ps1', script([...inOrder].reverse(), fixed)),
      },
      'base-reverse',
    ),
    runSession(
      {
        ...common,
        kind: 'baseline',
        fragments: eager.map((e) => path.join(config.fragmentsDir, e.path)),
        before: NAMES,
      },
      'eager-only',
    ),
  ]);

  // After start-up: every stub a command, completed with its parameters.
  const startup = lines(first.dump.before);
  t.deepEqual(
    startup.filter((l) => /^(MISSING|NO COMPLETION|UNREACHED STUB|RAN:) /.test(l)),
    [],
    'every stub is a command after start-up, and tab completion offers it and its parameters',
  );
  t.deepEqual(lines(reverse.dump.before).sort(), [...startup].sort(), 'start-up is the same in both bundle sessions');
  t.deepEqual(
    lines(first.dump.before).filter((l) => !/^(F|A|V|E|M):|^PARAMS /.test(l)),
    [],
    'no other output from the start-up checks',
  );
  // A stub that declares parameters declares the real function's.
  const params = (s: SessionResult) =>
    new Map(
      lines(s.dump.before)
        .filter((l) => l.startsWith('PARAMS '))
        .map((l) => [l.slice(7, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)]),
    );
  const declared = params(first);
  const real = params(base);
  t.deepEqual(
    // (A tool-gated name may not exist after one-by-one loading at all.)
    [...declared]
      .filter(([n, p]) => p !== '' && real.has(n) && real.get(n) !== p)
      .map(([n, p]) => `${n}: ${p} / ${real.get(n)}`),
    [],
    'the parameters a stub declares are its function’s',
  );
  // No deferred fragment ran: of the names one-by-one loading of the deferred fragments adds to
  // loading only the eager ones, the session after start-up has its stubs and nothing else.
  const names = (s: SessionResult) => new Set(lines(s.dump.before).filter((l) => /^(F|A|V|E|M):/.test(l)));
  const added = [...names(base)].filter((n) => !names(eagerOnly).has(n));
  const stubs = new Set(stubNames.flatMap((n) => [`F:${n}`, `A:${n}`]));
  t.deepEqual(
    added.filter((n) => names(first).has(n) && !stubs.has(n)),
    [],
    'no deferred fragment has run at start-up: nothing it defines exists yet but its stubs',
  );

  t.deepEqual(chosen(reverse), picks, 'both orders choose the same first calls');
  t.deepEqual(
    inOrder.filter((p) => called[p] === 'none'),
    [],
    'every deferred fragment has a stub callable with no arguments, or a given call',
  );

  for (const [expected, actual, label] of [
    [base, first, 'profile order'],
    [baseReverse, reverse, 'reverse order'],
  ] as const) {
    const e = normalise(expected.dump, expected.loader);
    const a = normalise(actual.dump, actual.loader);
    let calls: [unknown[], unknown[]] = [results({ ...expected, dump: e }), results({ ...actual, dump: a })];
    if (proof.compare !== 'results') {
      // What a deferred fragment writes while it runs comes at its first call instead of at
      // start-up: all of it must come, and the calls' own output in the same order.
      const all = (d: SessionDump) => [...d.load, ...d.calls].map(stubError).map((r) => JSON.stringify(r));
      // Except errors: a deferred fragment's go to the host (docs/bundle.md), out of the harness's reach.
      const shown = new Set(all(a));
      const toHost = e.load.filter(
        (r) => typeof r === 'string' && r.startsWith('ERROR ') && !shown.has(JSON.stringify(r)),
      );
      if (toHost.length > 0) t.log(`${label}: to the host at first use, not compared: ${toHost.join(' | ')}`);
      t.deepEqual(
        all(a).sort(),
        without(
          all(e).map((r) => JSON.parse(r) as unknown),
          toHost.map((r) => JSON.stringify(r)),
        )
          .map((r) => JSON.stringify(r))
          .sort(),
        `${label}: the output of loading and calls, in any order`,
      );
      const atLoad = (d: SessionDump) => d.load.map((r) => JSON.stringify(r));
      calls = [without(e.calls.map(stubError), atLoad(a)), without(a.calls.map(stubError), atLoad(e))];
    }
    const pick = (s: SessionResult, d: SessionDump, c: unknown[]) => ({
      ...s,
      loader: '',
      dump: { ...d, load: [], calls: c, ...Object.fromEntries(STATE.map((k) => [k, d[k]])) },
    });
    assertSameSession(
      t,
      pick(expected, e, calls[0]),
      pick(actual, withPlainDotSources({ ...actual, dump: a }).dump, calls[1]),
      label,
    );
  }
  t.log(
    `${path.basename(proof.source)}: ${deferred.length} of ${analysis.plan.entries.length} fragments deferred; first calls: ${inOrder.map((p) => `${p} ${called[p]}`).join('; ')}`,
  );
  return { analysis, first, base, called };
}
