/**
 * One folder per hazard under test/bundle/samples/<case>/:
 *   profile.d/*.ps1   the fragments (sub-folders hold files they dot-source)
 *   options.json      bundle options (optional; default lazy auto, no timings)
 *   _calls.ps1        run at global scope after loading, in every session (its output is compared)
 *   _expect.json      optional extra expectations: { "warnings": [substrings], "lazy": [names], "eager": [names] }
 *   _expected.ps1     the golden bundle (UPDATE_GOLDEN=1 rewrites it); the test writes _actual.ps1
 *
 * For every case: the bundle must equal its golden, and pwsh must end in the same session state
 * (functions with definitions, files and lines; aliases; variables; env; drives; modules;
 * location; load and call output) loading the fragments one by one, loading the eager bundle,
 * loading the lazy bundle, and (once src/parse and src/graph are built) loading the lazy bundle
 * made from the real parse and graph stages' output, each in a fresh session (a runspace of a shared
 * pwsh, held to a fresh `pwsh -NoProfile` by session-harness.test.ts; see helpers/session.ts).
 */
import type { ExecutionContext } from 'ava';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BundleOptions } from '../../src/bundle/plan-bundle.js';
import type { Fragment, FragmentSymbols } from '../../src/core/types.js';
import { pwshTest } from '../helpers/pwsh.js';
import { tempDir } from '../helpers/temp.js';
import { buildFrom, STUB_ALL } from './helpers/build.js';
import { assertSameSession, loadWarnings } from './helpers/compare.js';
import { loadFolder } from './helpers/load-folder.js';
import { SAMPLES_DIR } from './helpers/paths.js';
import { pwshSymbolsMany } from './helpers/pwsh-symbols.js';
import { runSession } from './helpers/session.js';
import { realStages } from './helpers/stages.js';
import { at } from '../../src/core/at.js';

interface Expect {
  readonly warnings?: readonly string[];
  readonly lazy?: readonly string[];
  readonly eager?: readonly string[];
}

const cases = readdirSync(SAMPLES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/** Every case's fragments, analysed by one pwsh process shared by all tests of this file. */
let analysed: Promise<Map<string, { fragments: Fragment[]; symbols: FragmentSymbols[] }>> | undefined;
function analyseAll(): Promise<Map<string, { fragments: Fragment[]; symbols: FragmentSymbols[] }>> {
  analysed ??= (async () => {
    const requests = cases.map((c) => {
      const dir = path.join(SAMPLES_DIR, c, 'profile.d');
      return { dir, fragments: loadFolder(dir) };
    });
    const symbols = await pwshSymbolsMany(requests, mkdtempSync(path.join(tmpdir(), 'fragbundle-symbols-')));
    return new Map(cases.map((c, i) => [c, { fragments: at(requests, i).fragments, symbols: at(symbols, i) }]));
  })();
  return analysed;
}

/**
 * The text equals the golden file. A missing golden fails: goldens are written only when asked,
 * with UPDATE_GOLDEN=1, so a test can never pass by writing its own expectation.
 */
function assertGolden(t: ExecutionContext, golden: string, text: string): void {
  const rel = path.relative(SAMPLES_DIR, golden);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, text);
  if (!existsSync(golden)) {
    t.fail(`${rel} is missing: run the test with UPDATE_GOLDEN=1 to write it, then review it`);
    return;
  }
  t.is(text, readFileSync(golden, 'utf8'), `${rel}: bundle differs (UPDATE_GOLDEN=1 to accept)`);
}

function readJson<T>(file: string, fallback: T): T {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback;
}

for (const name of cases) {
  pwshTest(
    `sample ${name}: golden bundle, and the same session as one-by-one loading (eager, lazy, lazy from the real stages)`,
    async (t) => {
      const dir = path.join(SAMPLES_DIR, name);
      const { fragments, symbols } = (await analyseAll()).get(name)!;
      const options: BundleOptions = {
        ...STUB_ALL,
        ...readJson<BundleOptions>(path.join(dir, 'options.json'), { lazy: 'auto', timings: false }),
      };
      const expect = readJson<Expect>(path.join(dir, '_expect.json'), {});

      const lazy = buildFrom(fragments, symbols, options, 'profile.d');
      const eager = buildFrom(fragments, symbols, { ...options, lazy: 'off' }, 'profile.d');
      writeFileSync(path.join(dir, '_actual.ps1'), lazy.bundle.text);
      writeFileSync(path.join(dir, '_actual-eager.ps1'), eager.bundle.text);
      assertGolden(t, path.join(dir, '_expected.ps1'), lazy.bundle.text);
      t.true(lazy.bundle.text.endsWith('\n'), 'the bundle ends with a line break');

      for (const n of expect.lazy ?? [])
        t.true(
          lazy.plan.entries.some((e) => e.mode === 'lazy' && e.stubs.includes(n)),
          `${n} is stubbed`,
        );
      for (const n of expect.eager ?? [])
        t.false(
          lazy.plan.entries.some((e) => e.mode === 'lazy' && e.stubs.includes(n)),
          `${n} stays eager`,
        );

      const stubs = lazy.plan.entries.flatMap((e) => e.stubs);
      const calls = existsSync(path.join(dir, '_calls.ps1')) ? path.join(dir, '_calls.ps1') : undefined;
      const work = tempDir(t);
      const common = { work, cwd: dir, ...(calls ? { calls } : {}) };
      const stubCheck = `foreach ($n in @(${stubs.map((s) => `'${s}'`).join(', ')})) { $c = Get-Command $n -ErrorAction SilentlyContinue; '{0} exists={1} stub={2}' -f $n, [bool]$c, ($null -ne $c -and $c.ScriptBlock.ToString().Contains('__fragbundle_lazy')) }`;
      // The same lazy bundle built from the real parse and graph stages.
      const real = await realStages(fragments);
      const staged = buildFrom(fragments, real.symbols, options, 'profile.d', real.graph);
      const sameOrder = staged.plan.entries.every((e, i) => e.fragment === at(fragments, i).id);
      writeFileSync(path.join(dir, '_actual-stages.ps1'), staged.bundle.text);
      assertGolden(t, path.join(dir, '_expected-stages.ps1'), staged.bundle.text);
      const byId = new Map(fragments.map((f) => [f.id, f]));
      const inOrder = (ids: readonly string[]) => ids.map((id) => path.join(dir, 'profile.d', byId.get(id)!.path));
      const [base, eagerRun, lazyRun, stagedRun, stagedBase] = await Promise.all([
        runSession({ ...common, kind: 'baseline', fragments: inOrder(fragments.map((f) => f.id)) }, 'baseline'),
        runSession({ ...common, kind: 'bundle', bundle: path.join(dir, '_actual-eager.ps1') }, 'eager'),
        runSession({ ...common, kind: 'bundle', bundle: path.join(dir, '_actual.ps1'), before: stubCheck }, 'lazy'),
        runSession({ ...common, kind: 'bundle', bundle: path.join(dir, '_actual-stages.ps1') }, 'stages'),
        !sameOrder
          ? runSession(
              { ...common, kind: 'baseline', fragments: inOrder(staged.plan.entries.map((e) => e.fragment)) },
              'staged-baseline',
            )
          : undefined,
      ]);
      t.log(`${name}: ${fragments.length} fragments, ${stubs.length} stubs (${stubs.join(', ') || 'none'})`);
      for (const p of lazy.plan.entries) t.log(`  ${p.path}: ${p.mode}: ${p.reason}`);

      assertSameSession(t, base, eagerRun, `${name} eager bundle`);
      assertSameSession(t, base, lazyRun, `${name} lazy bundle`);
      for (const p of staged.plan.entries) t.log(`  real stages: ${p.path}: ${p.mode}: ${p.reason}`);
      assertSameSession(t, stagedBase ?? base, stagedRun, `${name} lazy bundle from the real parse and graph stages`);
      t.deepEqual(
        lazyRun.dump.before,
        stubs.map((s) => (s in base.dump.functions ? `${s} exists=True stub=True` : `${s} exists=False stub=False`)),
        'before the first call every lazy function exists as a stub (Get-Command finds it), unless one-by-one loading never defines it',
      );
      for (const w of expect.warnings ?? []) {
        for (const run of [eagerRun, lazyRun]) {
          t.true(
            loadWarnings(run.dump).some((x) => x.includes(w)),
            `a load warning contains ${JSON.stringify(w)}; got ${JSON.stringify(loadWarnings(run.dump))}`,
          );
        }
      }
    },
  );
}
