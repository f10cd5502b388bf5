/**
 * A parse worker started before its job (src/parse/workers/standby.ts): the pool hands it the job and it
 * parses as any worker does; a run with little to parse stops it; a dead one is never used; and
 * src/pipeline/early-parse.ts starts one exactly for the runs that will parse everything. Serial: the
 * standby worker is one per process.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import test from 'ava';
import { analyzeProfile } from '../../src/pipeline/analyze.js';
import { resolveConfig } from '../../src/config/load-config.js';
import { startParseWorkerEarly } from '../../src/pipeline/early-parse.js';
import { BUILTIN_DEFINERS, extractSymbols, parseFragments } from '../../src/parse/index.js';
import { parseOnWorkers } from '../../src/parse/workers/pool.js';
import { startStandbyWorker, takeStandbyWorker } from '../../src/parse/workers/standby.js';
import { generateProfile } from '../../bench/generate-profile.js';
import { sharedParser } from './parser.js';

const options = { definers: BUILTIN_DEFINERS };
const inputs = [...generateProfile({ fragments: 12, targetBytes: 60_000 })].map(([rel, text]) => ({
  id: rel.replace(/\.ps1$/, ''),
  path: rel,
  text,
}));

/** Resolves true when `worker` exits within `ms`, false if it is still running then. */
function exits(worker: Worker, ms = 10_000): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(false);
    }, ms);
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

test.serial('the pool hands its job to the standby worker, which parses as one thread does', async (t) => {
  const parser = await sharedParser();
  const sequential = inputs.map((f) => extractSymbols(parser, f, options));
  const worker = startStandbyWorker();
  t.is(startStandbyWorker(), worker, 'one standby worker per process');
  const exited = exits(worker);
  let answers = 0;
  worker.on('message', () => answers++);
  // Workers only, one of them: the standby worker, or a new one if the pool ignored it.
  const pooled = await parseOnWorkers(inputs, options, 1, undefined, false);
  t.deepEqual(pooled, sequential);
  t.true(answers > 0, 'the standby worker parsed');
  t.is(takeStandbyWorker(), undefined, 'the pool took it');
  t.true(await exited, 'and terminated it when the parse was done');
});

test.serial('a run with too little to parse for a worker stops the standby worker', async (t) => {
  const worker = startStandbyWorker();
  const exited = exits(worker);
  const [symbols] = await parseFragments([{ id: 'a', path: 'a.ps1', text: 'function A { }\n' }], options);
  t.deepEqual(
    symbols?.defines.map((d) => d.name),
    ['A'],
  );
  t.true(await exited);
  t.is(takeStandbyWorker(), undefined);
});

test.serial('an analysis with every fragment cached stops the standby worker', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fragbundle-standby-'));
  t.teardown(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  mkdirSync(path.join(dir, 'profile.d'));
  writeFileSync(path.join(dir, 'profile.d', '10-a.ps1'), 'function Get-A { 1 }\n');
  const config = resolveConfig({ cwd: dir });
  const options = { cwd: dir, cacheDir: path.join(dir, 'cache') };
  await analyzeProfile(config, options); // fills the cache
  const worker = startStandbyWorker();
  const exited = exits(worker);
  const analysis = await analyzeProfile(config, options);
  t.deepEqual(
    analysis.symbols.map((s) => s.fragment),
    ['10-a'],
  );
  t.true(await exited, 'nothing to parse: the worker is stopped');
  t.is(takeStandbyWorker(), undefined);
});

test.serial('a standby worker that stopped is not handed out, and the pool starts its own', async (t) => {
  const worker = startStandbyWorker();
  const exited = exits(worker);
  await worker.terminate();
  t.true(await exited);
  t.is(takeStandbyWorker(), undefined);
  const parser = await sharedParser();
  const again = startStandbyWorker();
  t.not(again, worker, 'a new standby worker can be started after one stopped');
  t.is(takeStandbyWorker(), again);
  await again.terminate();
  const pooled = await parseOnWorkers(inputs.slice(0, 3), options, 1, undefined, false);
  t.deepEqual(
    pooled,
    inputs.slice(0, 3).map((f) => extractSymbols(parser, f, options)),
  );
});

test.serial('a parse worker is started early exactly for runs that will parse everything', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fragbundle-early-'));
  t.teardown(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const empty = path.join(dir, 'empty-cache');
  const warm = path.join(dir, 'warm-cache');
  mkdirSync(empty);
  mkdirSync(warm);
  writeFileSync(path.join(warm, 'symbols-0123456789abcdef.json'), '{}\n');
  const started = async (argv: string[], env: NodeJS.ProcessEnv): Promise<boolean> => {
    startParseWorkerEarly(argv, dir, { FRAGBUNDLE_WORKERS: '2', ...env });
    const worker = takeStandbyWorker();
    await worker?.terminate();
    return worker !== undefined;
  };
  const cold = { FRAGBUNDLE_CACHE_DIR: empty };
  t.true(await started(['build', 'profile.d'], cold), 'a cache folder with no symbols');
  t.true(await started(['analyze'], { FRAGBUNDLE_CACHE_DIR: path.join(dir, 'missing') }), 'no cache folder yet');
  t.true(await started(['check', '--no-cache'], { FRAGBUNDLE_CACHE_DIR: warm }), '--no-cache');
  t.false(await started(['build'], { FRAGBUNDLE_CACHE_DIR: warm }), 'symbols cached');
  t.false(await started(['build', '--cache-dir', warm], cold), 'symbols cached in --cache-dir');
  t.false(await started(['where', '12'], cold), 'a command that parses nothing');
  t.false(await started(['build', '--help'], cold), 'help');
  t.false(await started(['build'], { ...cold, FRAGBUNDLE_WORKERS: '1' }), 'a single parse thread');
  t.is(
    await started(['build'], { ...cold, FRAGBUNDLE_WORKERS: undefined }),
    availableParallelism() > 1,
    'as many threads as the machine has',
  );
});
