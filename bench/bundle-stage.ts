/**
 * In-process timing of the bundle stage alone: `node dist/bench/bundle-stage.js DIR [RUNS]`.
 *
 * Analyses the profile in DIR once (load, parse through the symbol cache in
 * FRAGBUNDLE_CACHE_DIR or a temp folder, graph), then runs planBundle + emitBundle RUNS times
 * (default 15) and prints the first run (what a one-shot CLI process pays, before the JIT has
 * warmed up) and the medians of the rest, with the bundle's SHA-256 so two builds of the code
 * can be compared for identical output. CPU time (user + system, all threads) is reported beside
 * wall time: on a busy shared machine it is much steadier. Every run gets fresh copies of the
 * fragments and symbols, as every CLI run hands the stage new objects. The stub extent checks
 * are not timed here: the parse stage records them in the symbols (src/text/extent-check.ts).
 * Never a test: timings on a shared machine are noisy.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeProfile, bundleOptions } from '../src/pipeline/analyze.js';
import { emitBundle } from '../src/bundle/emit-bundle.js';
import { planBundle } from '../src/bundle/plan-bundle.js';
import { resolveConfig } from '../src/config/load-config.js';
import { TOOL_VERSION } from '../src/io/version.js';
import { median } from './stats.js';
import { at } from '../src/core/at.js';

const dir = process.argv[2];
if (dir === undefined) {
  console.error('usage: node dist/bench/bundle-stage.js DIR [RUNS]');
  process.exit(2);
}
const runs = Math.max(2, Number(process.argv[3] ?? 15));
const cwd = process.cwd();
const cacheDir = process.env.FRAGBUNDLE_CACHE_DIR ?? mkdtempSync(path.join(tmpdir(), 'fragbundle-bench-'));
const config = resolveConfig({ cwd, dir });
const analysis = await analyzeProfile(config, { cwd, cacheDir });
const options = bundleOptions(config);

const plans: number[] = [];
const emits: number[] = [];
const cpus: number[] = [];
const hashes = new Set<string>();
for (let r = 0; r < runs; r++) {
  const fragments = structuredClone(analysis.fragments);
  const symbols = structuredClone(analysis.symbols);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const plan = planBundle(symbols, analysis.graph, options, fragments);
  const t1 = performance.now();
  const { text } = emitBundle({
    fragments,
    symbols,
    graph: analysis.graph,
    plan,
    options,
    fragmentsDirFromBundle: 'profile.d',
    toolVersion: TOOL_VERSION,
  });
  const t2 = performance.now();
  const c = process.cpuUsage(c0);
  cpus.push((c.user + c.system) / 1000);
  plans.push(t1 - t0);
  emits.push(t2 - t1);
  hashes.add(createHash('sha256').update(text).digest('hex'));
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const rest = (xs: number[]) => xs.slice(1);
const totals = plans.map((p, i) => p + at(emits, i));
console.log(`${analysis.fragments.length} fragments, ${runs} runs`);
console.log(
  `first run:  plan ${fmt(at(plans, 0))}  emit ${fmt(at(emits, 0))}  total ${fmt(at(totals, 0))}  cpu ${fmt(at(cpus, 0))}`,
);
console.log(
  `median 2..: plan ${fmt(median(rest(plans)))}  emit ${fmt(median(rest(emits)))}  total ${fmt(median(rest(totals)))}` +
    `  cpu ${fmt(median(rest(cpus)))}`,
);
console.log(`bundle sha256: ${[...hashes].join(' ')}${hashes.size > 1 ? '  (NOT deterministic)' : ''}`);
