/**
 * Parsing on several threads: the calling thread and a pool of worker threads. Tree-sitter
 * parsing is CPU-bound and each fragment is independent, so a profile of many fragments spreads
 * over the machine's cores; small profiles stay on the calling thread, where starting workers
 * (each loads its own grammar) would cost more than it saves. Results come back in input order
 * whatever thread parsed them, so the output is the same byte for byte as a sequential parse.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseWorkerFile } from '../../io/package-root.js';
import type { FragmentSymbols } from '../../core/types.js';
import type { FragmentText, ParseOptions } from '../extract-symbols.js';
import { extractSymbols } from '../extract-symbols.js';
import { createPowerShellParser, prepareWasm } from '../tree/grammar.js';
import { dropStandbyWorker, forcedThreads, takeStandbyWorker } from './standby.js';
import { at } from '../../core/at.js';

/** What a worker is started with. */
export interface ParseJob {
  readonly fragments: readonly FragmentText[];
  /** Indices into `fragments`, one list per chunk, in the order they are to be taken. */
  readonly chunks: readonly (readonly number[])[];
  readonly options: ParseOptions;
  /** One Int32: the next chunk to take, shared by all parse threads (`Atomics.add`). */
  readonly next: SharedArrayBuffer;
}

/** What a worker answers, once per chunk. */
export interface ParseResult {
  readonly chunk: number;
  readonly symbols: readonly FragmentSymbols[];
}

/** Below this much text (UTF-16 units) in total, parse on the calling thread. */
export const MIN_PARALLEL_CHARS = 384 * 1024;
/** A worker pays off only with at least this much text to parse. */
const CHARS_PER_WORKER = 192 * 1024;
const MAX_WORKERS = 8;
/** The smallest chunk makeChunks hands out (UTF-16 units): about 10 ms of parsing. */
const MIN_CHUNK_CHARS = 16 * 1024;

/**
 * How many threads to parse `fragments` on, the calling thread included (it starts one worker
 * fewer): 0 means the calling thread without the pool. Sized to the machine
 * (`os.availableParallelism()`), to the amount of text, and never above 8.
 * `FRAGBUNDLE_WORKERS=<n>` overrides it (0 turns the pool off).
 */
export function parseWorkerCount(fragments: readonly FragmentText[]): number {
  const forced = forcedThreads();
  if (forced !== undefined) return Math.min(forced, fragments.length);
  const chars = fragments.reduce((sum, f) => sum + f.text.length, 0);
  if (chars < MIN_PARALLEL_CHARS || fragments.length < 2) return 0;
  return Math.max(
    0,
    Math.min(availableParallelism(), Math.floor(chars / CHARS_PER_WORKER), fragments.length, MAX_WORKERS),
  );
}

/**
 * Parse `fragments` on `threads` threads: this one and `threads - 1` workers. Fragments go in
 * chunks that shrink as the work does (makeChunks), largest first; each thread takes the next chunk
 * from a shared counter when it is done with one (so one huge file does not leave the others
 * idle at the end, and no thread waits for this one to hand out work). `onParsed(n)` is called as
 * fragments finish.
 *
 * This thread parses too because it has nothing else to do meanwhile, and a worker costs 100-200
 * ms of CPU to start (its own isolate, modules and grammar instance) before it parses anything;
 * with workers only, this thread sat idle through the whole parse stage. Between its chunks it
 * yields, to take in the workers' results. Parse stage of the 3.65 MB generated profile on 2
 * vCPUs (medians of 8 alternating runs): 2.11 s wall, 4.06 s CPU with two workers; 1.88 s and
 * 3.69 s with this thread and one worker. A run that parses everything starts its worker before
 * reading anything (standby.ts); the first worker here is that one when it is alive.
 *
 * `here: false` leaves this thread out and starts `threads` workers (the tests use it to make sure
 * that workers parse: with small inputs this thread can finish before a worker has started).
 *
 * @throws when a worker fails to start (grammar missing) or dies; the caller's error path then
 *   reports it like any other parse-stage failure.
 */
export async function parseOnWorkers(
  fragments: readonly FragmentText[],
  options: ParseOptions,
  threads: number,
  onParsed?: (count: number) => void,
  here = true,
): Promise<FragmentSymbols[]> {
  // Compiled here, before any worker exists, so that the workers share the modules (wasm-tiers.ts).
  prepareWasm();
  const chunks = makeChunks(fragments, threads);
  const results: FragmentSymbols[] = new Array<FragmentSymbols>(fragments.length);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  let pending = chunks.length;
  const done = (chunk: number, symbols: readonly FragmentSymbols[]) => {
    at(chunks, chunk).forEach((index, k) => (results[index] = at(symbols, k)));
    onParsed?.(symbols.length);
    pending--;
  };
  const threadsStarted: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const job: ParseJob = { fragments, chunks, options, next };
      const workers = here ? Math.min(threads - 1, chunks.length - 1) : Math.max(1, threads);
      for (let w = 0; w < workers; w++) {
        // A worker started early (standby.ts) gets the job as a message, after prepareWasm above.
        const standby = takeStandbyWorker();
        const worker = standby ?? new Worker(parseWorkerFile(), { workerData: job });
        if (standby) standby.postMessage(job);
        threadsStarted.push(worker);
        worker.on('message', (message: ParseResult) => {
          done(message.chunk, message.symbols);
          if (pending === 0) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (pending > 0) reject(new Error(`fragbundle: a parse worker stopped (exit code ${code})`));
        });
      }
      dropStandbyWorker(); // more than this job needs
      if (here) {
        parseHere(fragments, chunks, options, counter, done).then(() => {
          if (pending === 0) resolve();
        }, reject);
      } else if (pending === 0) {
        resolve();
      }
    });
  } finally {
    await Promise.all(threadsStarted.map((t) => t.terminate()));
  }
  return results;
}

/** This thread's share of parseOnWorkers: chunks from the shared counter until none is left. */
async function parseHere(
  fragments: readonly FragmentText[],
  chunks: readonly (readonly number[])[],
  options: ParseOptions,
  counter: Int32Array,
  done: (chunk: number, symbols: readonly FragmentSymbols[]) => void,
): Promise<void> {
  const parser = await createPowerShellParser();
  try {
    for (let chunk = Atomics.add(counter, 0, 1); chunk < chunks.length; chunk = Atomics.add(counter, 0, 1)) {
      done(
        chunk,
        at(chunks, chunk).map((i) => extractSymbols(parser, at(fragments, i), options)),
      );
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    parser.delete();
  }
}

/**
 * Fragment indices in chunks, largest fragments first, each chunk a quarter of a thread's share of
 * what is left (guided self-scheduling), never below MIN_CHUNK_CHARS: big chunks while there is
 * much to do (few messages), small ones at the end, so the threads finish close together. With
 * chunks of a fixed eighth of a thread's share, the last chunk left the other thread idle for up
 * to a chunk's parse (~150 ms on the generated profile).
 */
export function makeChunks(fragments: readonly FragmentText[], threads: number): number[][] {
  const length = (i: number) => at(fragments, i).text.length;
  const order = fragments.map((_, i) => i).sort((a, b) => length(b) - length(a) || a - b);
  let remaining = fragments.reduce((sum, f) => sum + f.text.length, 0);
  const share = (): number => Math.max(MIN_CHUNK_CHARS, Math.ceil(remaining / (Math.max(1, threads) * 4)));
  const chunks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  let target = share();
  for (const i of order) {
    current.push(i);
    size += length(i);
    if (size >= target) {
      chunks.push(current);
      remaining -= size;
      current = [];
      size = 0;
      target = share();
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
