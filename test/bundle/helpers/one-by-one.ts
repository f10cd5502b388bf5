/**
 * A folder's bundles against one-by-one loading in pwsh: the eager and the lazy bundle (every
 * function the plan allows stubbed, and every stub then loaded) must leave the session as
 * dot-sourcing the fragments one by one in the bundle's load order does.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExecutionContext } from 'ava';
import type { DependencyGraph, Fragment, FragmentSymbols } from '../../../src/core/types.js';
import { tempDir } from '../../helpers/temp.js';
import { buildFrom, STUB_ALL, type Built } from './build.js';
import { assertSameSession } from './compare.js';
import { runSession } from './session.js';

export interface Stages {
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
export const FORCE_LOAD = `& {
  foreach ($c in @(Get-Command -CommandType Function)) {
    $m = [regex]::Match([string]$c.ScriptBlock, "(__fragbundle_lazy_[0-9a-f]+) '([^']+)' (\\d+)")
    if ($m.Success -and $m.Groups[2].Value -eq $c.Name) { $null = & $m.Groups[1].Value $c.Name ([int]$m.Groups[3].Value); continue }
    $m = [regex]::Match([string]$c.ScriptBlock, '(__fragbundle_lazy_[0-9a-f]+) \\$MyInvocation\\.MyCommand\\.Name -1\\)')
    if ($m.Success) { $null = & $m.Groups[1].Value $c.Name -1 }
  }
}
`;

/** Build `dir`'s bundles from `stages` and compare three pwsh sessions (see the header). */
export async function compareWithOneByOne(
  t: ExecutionContext,
  dir: string,
  label: string,
  stages: Stages,
): Promise<{ readonly lazy: Built; readonly eager: Built }> {
  const work = tempDir(t);
  const home = tempDir(t);
  const lazy = buildFrom(
    stages.fragments,
    stages.symbols,
    { lazy: 'auto', timings: false, ...STUB_ALL },
    path.relative(home, dir).split(path.sep).join('/'),
    stages.graph,
  );
  const eager = buildFrom(
    stages.fragments,
    stages.symbols,
    { lazy: 'off', timings: false },
    path.relative(home, dir).split(path.sep).join('/'),
    stages.graph,
  );
  writeFileSync(path.join(home, 'lazy.ps1'), lazy.bundle.text);
  writeFileSync(path.join(home, 'eager.ps1'), eager.bundle.text);
  const calls = path.join(work, 'force-load.ps1');
  writeFileSync(calls, FORCE_LOAD);
  const byId = new Map(stages.fragments.map((f) => [f.id, f]));
  const ordered = lazy.plan.entries.map((e) => path.join(dir, byId.get(e.fragment)!.path));
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
  return { lazy, eager };
}
