/**
 * The bundle of examples/profile.d (found at run time: the folder is written by someone else and
 * may not exist yet) must leave pwsh in the same state as dot-sourcing its fragments one by one
 * in the bundle's load order, eager and lazy, once every lazy function has been loaded.
 *
 * Symbols come from two sources when both exist: the pwsh oracle (test/pwsh/dump-symbols.ps1),
 * and the real load, parse and graph stages (imported at run time, so this file compiles before
 * they exist). The real stages are the end-to-end check of what `fragbundle build` writes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { pwshTest } from '../helpers/pwsh.js';
import { tempDir } from '../helpers/temp.js';
import { analyseFolder } from './helpers/build.js';
import { baselineGraph } from './helpers/graph.js';
import { compareWithOneByOne } from './helpers/one-by-one.js';
import { REPO_ROOT } from './helpers/paths.js';
import { realLoad, realStages } from './helpers/stages.js';

/** FRAGBUNDLE_EXAMPLES points the test at another folder (generated-profile.test.ts covers the benchmark's kind). */
const EXAMPLES = process.env.FRAGBUNDLE_EXAMPLES ?? path.join(REPO_ROOT, 'examples', 'profile.d');

if (!existsSync(EXAMPLES)) {
  test.skip('examples/profile.d: SKIPPED, the folder does not exist yet', () => {});
} else {
  pwshTest('examples/profile.d: bundles equal one-by-one loading (pwsh oracle symbols)', async (t) => {
    const work = tempDir(t);
    const { fragments, symbols } = await analyseFolder(EXAMPLES, work);
    await compareWithOneByOne(t, EXAMPLES, 'oracle', {
      fragments,
      symbols,
      graph: baselineGraph(symbols),
    });
  });
  pwshTest('examples/profile.d: bundles equal one-by-one loading (real load, parse and graph stages)', async (t) => {
    const fragments = realLoad(EXAMPLES);
    const real = await realStages(fragments);
    await compareWithOneByOne(t, EXAMPLES, 'stages', { fragments, ...real });
  });
}
