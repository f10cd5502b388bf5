/**
 * Parsing on a pool of worker threads. Tree-sitter parsing is CPU-bound and each fragment is
 * independent, so a profile of many fragments spreads over the machine's cores; small profiles
 * stay on the calling thread, where starting workers (each loads its own grammar) would cost more
 * than it saves. Results come back in input order whatever thread parsed them, so the output is
 * the same byte for byte as a sequential parse.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseCodeDir } from '../package-root.js';
import type { FragmentSymbols } from '../types.js';
import type { FragmentText, ParseOptions } from './extract-symbols.js';
import { prepareWasm } from './grammar.js';

/** What the pool sends a worker. */
export interface ParseJob {
  readonly chunk: number;
  readonly fragments: readonly FragmentText[];
  readonly options: ParseOptions;
}

/** What a worker answers. */
export interface ParseResult {
  readonly chunk: number;
  readonly symbols: readonly FragmentSymbols[];
}

/** Below this much text (UTF-16 units) in total, parse on the calling thread. */
const MIN_PARALLEL_CHARS = 384 * 1024;
/** A worker pays off only with at least this much text to parse. */
const CHARS_PER_WORKER = 192 * 1024;
const MAX_WORKERS = 8;

/**
 * How many worker threads to parse `fragments` with: 0 means the calling thread. Sized to the
 * machine (`os.availableParallelism()`), to the amount of text, and never above 8.
 * `FRAGBUNDLE_WORKERS=<n>` overrides it (0 turns the pool off).
 */
export function parseWorkerCount(fragments: readonly FragmentText[]): number {
  const forced = process.env.FRAGBUNDLE_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), fragments.length);
  const chars = fragments.reduce((sum, f) => sum + f.text.length, 0);
  if (chars < MIN_PARALLEL_CHARS || fragments.length < 2) return 0;
  return Math.max(
    0,
    Math.min(availableParallelism(), Math.floor(chars / CHARS_PER_WORKER), fragments.length, MAX_WORKERS),
  );
}

/**
 * Parse `fragments` on `workers` threads. Fragments go out largest first, in chunks of about an
 * eighth of a worker's share, to whichever worker is free (so one huge file does not leave the
 * others idle at the end). `onParsed(n)` is called as fragments finish.
 *
 * @throws when a worker fails to start (grammar missing) or dies; the caller's error path then
 *   reports it like any other parse-stage failure.
 */
export async function parseOnWorkers(
  fragments: readonly FragmentText[],
  options: ParseOptions,
  workers: number,
  onParsed?: (count: number) => void,
): Promise<FragmentSymbols[]> {
  // Compiled here, before any worker exists, so that the workers share the modules (grammar.ts).
  prepareWasm();
  const chunks = makeChunks(fragments, workers);
  const results: FragmentSymbols[] = new Array<FragmentSymbols>(fragments.length);
  let next = 0;
  let pending = chunks.length;
  const threads: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (next >= chunks.length) return;
        const chunk = next++;
        const job: ParseJob = { chunk, fragments: chunks[chunk].map((i) => fragments[i]), options };
        worker.postMessage(job);
      };
      for (let w = 0; w < Math.min(workers, chunks.length); w++) {
        const worker = new Worker(path.join(parseCodeDir(), 'worker.js'));
        threads.push(worker);
        worker.on('message', (message: ParseResult | 'ready') => {
          if (message !== 'ready') {
            chunks[message.chunk].forEach((index, k) => (results[index] = message.symbols[k]));
            onParsed?.(message.symbols.length);
            if (--pending === 0) {
              resolve();
              return;
            }
          }
          feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (pending > 0) reject(new Error(`fragbundle: a parse worker stopped (exit code ${code})`));
        });
      }
    });
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return results;
}

/** Fragment indices in chunks, largest fragments first. */
function makeChunks(fragments: readonly FragmentText[], workers: number): number[][] {
  const order = fragments.map((_, i) => i).sort((a, b) => fragments[b].text.length - fragments[a].text.length || a - b);
  const total = fragments.reduce((sum, f) => sum + f.text.length, 0);
  const target = Math.max(1, Math.ceil(total / (Math.max(1, workers) * 8)));
  const chunks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const i of order) {
    current.push(i);
    size += fragments[i].text.length;
    if (size >= target) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
