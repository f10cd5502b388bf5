/**
 * A parse worker started before its job exists. A run that will parse every fragment (nothing
 * cached: src/pipeline/early-parse.ts decides) starts one as its first step, so that the worker's own
 * start, a new isolate loading Node.js's internals and the parse code, overlaps the CLI loading
 * and the profile being read, instead of coming after them. The pool (pool.ts) then hands it the
 * job by message; a run with little or nothing to parse drops it.
 *
 * Starting early also keeps Node.js's code cache for the worker's internals: the V8 flag that
 * keeps the grammar in baseline code (wasm-tiers.ts) changes V8's flag hash, after which no
 * isolate accepts the built-in code cache, and a worker started after it spends about 70 ms more
 * compiling Node.js's own modules (an empty worker: 40-60 ms to its first message before the
 * flag, 110-130 ms after it).
 */
import { Worker } from 'node:worker_threads';
import { parseWorkerFile } from '../../io/package-root.js';

/**
 * The number of parse threads `FRAGBUNDLE_WORKERS=<n>` asks for (the calling thread included; 0
 * turns the pool off), or undefined when it is unset or not a number. Here rather than in
 * pool.ts, which loads web-tree-sitter, so that the CLI entry can read it too (src/pipeline/early-parse.ts).
 */
export function forcedThreads(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const forced = env.FRAGBUNDLE_WORKERS;
  return forced !== undefined && /^\d+$/.test(forced) ? Number(forced) : undefined;
}

interface Standby {
  readonly worker: Worker;
  /** It failed to start or stopped: never handed out (a fresh worker reports what goes wrong). */
  dead: boolean;
  readonly markDead: () => void;
}

let standby: Standby | undefined;

/**
 * Start a parse worker that waits for its job (or return the one already waiting). It keeps no
 * process alive (unref), and one that fails to start is simply not used.
 */
export function startStandbyWorker(): Worker {
  if (standby) return standby.worker;
  const worker = new Worker(parseWorkerFile());
  const entry: Standby = {
    worker,
    dead: false,
    markDead: () => {
      entry.dead = true;
    },
  };
  worker.on('error', entry.markDead);
  worker.on('exit', entry.markDead);
  worker.unref();
  standby = entry;
  return worker;
}

/**
 * The standby worker, when one was started and is alive; from then on it is the caller's, who
 * posts it a ParseJob (pool.ts), listens for its results and failures, and terminates it.
 */
export function takeStandbyWorker(): Worker | undefined {
  const entry = standby;
  standby = undefined;
  if (!entry || entry.dead) return undefined;
  entry.worker.off('error', entry.markDead);
  entry.worker.off('exit', entry.markDead);
  entry.worker.ref();
  return entry.worker;
}

/** Stop the standby worker, if any: the run has less to parse than a worker pays for. */
export function dropStandbyWorker(): void {
  const entry = standby;
  standby = undefined;
  if (entry) void entry.worker.terminate();
}
