/**
 * The kind of profile the benchmark measures (bench/generate-profile.ts: a bootstrap of helpers,
 * guards, env and PATH setup, aliases, completers, functions with help and parameter blocks,
 * sub-files dot-sourced through `$PSScriptRoot`), smaller: its eager and lazy bundles, built by
 * the real stages, must leave pwsh as one-by-one loading does, every stub loaded. The start-up
 * figures in docs/benchmarks.md are of bundles like these.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateProfile } from '../../bench/generate-profile.js';
import { pwshTest } from '../helpers/pwsh.js';
import { tempDir } from '../helpers/temp.js';
import { compareWithOneByOne } from './helpers/one-by-one.js';
import { realLoad, realStages } from './helpers/stages.js';

pwshTest('a generated profile: bundles equal one-by-one loading (real stages)', async (t) => {
  const dir = path.join(tempDir(t, 'fragbundle-generated-'), 'profile.d');
  for (const [rel, text] of generateProfile({ fragments: 40, targetBytes: 300_000 })) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  const fragments = realLoad(dir);
  const stages = await realStages(fragments);
  const { lazy } = await compareWithOneByOne(t, dir, 'generated', { fragments, ...stages });
  // The comparison means something only if the lazy bundle stubs, shares stubs and reaches lib/.
  const stubs = lazy.plan.entries.reduce((n, e) => n + e.stubs.length, 0);
  t.true(stubs >= 60, `${stubs} stubs`);
  t.regex(lazy.bundle.text, /__fragbundle_stubs_[0-9a-f]+/, 'shared stubs');
  t.true(
    fragments.some((f) => f.text.includes("$PSScriptRoot 'lib/")),
    'a fragment dot-sources a sub-file',
  );
});
