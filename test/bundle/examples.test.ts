/**
 * The bundle of examples/profile.d (found at run time: the folder is written by someone else and
 * may not exist yet) must leave pwsh in the same state as dot-sourcing its fragments one by one
 * in the bundle's load order, eager and lazy, once every lazy function has been loaded.
 *
 * Symbols come from two sources when both exist: the pwsh oracle (test/pwsh/dump-symbols.ps1),
 * and the real load, parse and graph stages (imported at run time, so this file compiles before
 * they exist). The real stages are the end-to-end check of what `fragbundle build` writes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import type { DependencyGraph, Fragment, FragmentSymbols } from '../../src/types.js';
import { pwshTest } from '../helpers/pwsh.js';
import { tempDir } from '../helpers/temp.js';
import { analyseFolder, buildFrom, STUB_ALL } from './helpers/build.js';
import { assertSameSession } from './helpers/compare.js';
import { baselineGraph } from './helpers/graph.js';
import { REPO_ROOT } from './helpers/paths.js';
import { runSession } from './helpers/session.js';
import { realLoad, realStages } from './helpers/stages.js';

/** FRAGBUNDLE_EXAMPLES points the test at another folder (to try a generated profile). */
const EXAMPLES = process.env.FRAGBUNDLE_EXAMPLES ?? path.join(REPO_ROOT, 'examples', 'profile.d');

interface Stages {
  fragments: readonly Fragment[];
  symbols: readonly FragmentSymbols[];
  graph: DependencyGraph;
}

/**
 * Load every stubbed function the way its first call does, without running it: the example
 * functions open editors, walk folders and call tools, and no generic arguments are safe. The
 * samples (samples.test.ts) prove calls; here the point is that every lazily loaded definition
 * equals one-by-one loading. The index is read from the stub itself (a shared stub passes its
 * name and -1); nothing is left in scope.
 */
const FORCE_LOAD = `& {
  foreach ($c in @(Get-Command -CommandType Function)) {
    $m = [regex]::Match([string]$c.ScriptBlock, "(__fragbundle_lazy_[0-9a-f]+) '([^']+)' (\\d+)")
    if ($m.Success -and $m.Groups[2].Value -eq $c.Name) { $null = & $m.Groups[1].Value $c.Name ([int]$m.Groups[3].Value); continue }
    $m = [regex]::Match([string]$c.ScriptBlock, '(__fragbundle_lazy_[0-9a-f]+) \\$MyInvocation\\.MyCommand\\.Name -1\\)')
    if ($m.Success) { $null = & $m.Groups[1].Value $c.Name -1 }
  }
}
`;

async function compareVariant(t: import('ava').ExecutionContext, label: string, stages: Stages): Promise<void> {
  const work = tempDir(t);
  const home = tempDir(t);
  const lazy = buildFrom(
    stages.fragments,
    stages.symbols,
    { lazy: 'auto', timings: false, ...STUB_ALL },
    path.relative(home, EXAMPLES).split(path.sep).join('/'),
    stages.graph,
  );
  const eager = buildFrom(
    stages.fragments,
    stages.symbols,
    { lazy: 'off', timings: false },
    path.relative(home, EXAMPLES).split(path.sep).join('/'),
    stages.graph,
  );
  writeFileSync(path.join(home, 'lazy.ps1'), lazy.bundle.text);
  writeFileSync(path.join(home, 'eager.ps1'), eager.bundle.text);
  const calls = path.join(work, 'force-load.ps1');
  writeFileSync(calls, FORCE_LOAD);
  const byId = new Map(stages.fragments.map((f) => [f.id, f]));
  const ordered = lazy.plan.entries.map((e) => path.join(EXAMPLES, byId.get(e.fragment)!.path));
  const common = { work, cwd: home };
  const [base, eagerRun, lazyRun] = await Promise.all([
    runSession({ ...common, kind: 'baseline', fragments: ordered }, `${label}-base`),
    runSession({ ...common, kind: 'bundle', bundle: path.join(home, 'eager.ps1') }, `${label}-eager`),
    runSession({ ...common, kind: 'bundle', bundle: path.join(home, 'lazy.ps1'), calls }, `${label}-lazy`),
  ]);
  const stubs = lazy.plan.entries.reduce((n, e) => n + e.stubs.length, 0);
  t.log(
    `${label}: ${stages.fragments.length} fragments, ${lazy.plan.entries.filter((e) => e.mode === 'lazy').length} lazy, ${stubs} stubs`,
  );
  for (const e of lazy.plan.entries) t.log(`  ${e.path}: ${e.mode}: ${e.reason}`);
  assertSameSession(t, base, eagerRun, `${label} eager`);
  assertSameSession(t, base, lazyRun, `${label} lazy`);
}

if (!existsSync(EXAMPLES)) {
  test.skip('examples/profile.d: SKIPPED, the folder does not exist yet', () => {});
} else {
  pwshTest('examples/profile.d: bundles equal one-by-one loading (pwsh oracle symbols)', async (t) => {
    const work = tempDir(t);
    const { fragments, symbols } = await analyseFolder(EXAMPLES, work);
    await compareVariant(t, 'oracle', {
      fragments,
      symbols,
      graph: baselineGraph(symbols),
    });
  });
  pwshTest('examples/profile.d: bundles equal one-by-one loading (real load, parse and graph stages)', async (t) => {
    const fragments = await realLoad(EXAMPLES);
    const real = fragments && (await realStages(fragments));
    if (!fragments || !real) {
      t.log('SKIPPED: src/load, src/parse or src/graph is not built yet');
      t.pass();
      return;
    }
    await compareVariant(t, 'stages', { fragments, ...real });
  });
}
