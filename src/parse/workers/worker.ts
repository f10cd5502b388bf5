/**
 * A parse worker thread: one parser. It receives every fragment and the chunk list once (as
 * workerData, or as its first message when it was started before the job existed: standby.ts),
 * takes chunks from the counter it shares with the other parse threads (pool.ts) until none is
 * left, and answers each chunk with the fragments' symbols. Plain data in and out (structured
 * clone); the counter is the only thing shared.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractSymbols } from '../extract-symbols.js';
import { createPowerShellParser } from '../tree/grammar.js';
import type { ParseJob, ParseResult } from './pool.js';
import { at } from '../../core/at.js';

const port = parentPort;
if (!port) throw new Error('fragbundle: parse worker started outside a worker thread');
const job =
  (workerData as ParseJob | undefined) ?? (await new Promise<ParseJob>((resolve) => port.once('message', resolve)));
// Stay alive until the pool terminates this thread, so that an exit before that always means a
// failure to the pool (a worker that ran out of chunks must not look like one that died).
port.on('message', () => undefined);
const parser = await createPowerShellParser();
const next = new Int32Array(job.next);
for (let chunk = Atomics.add(next, 0, 1); chunk < job.chunks.length; chunk = Atomics.add(next, 0, 1)) {
  const result: ParseResult = {
    chunk,
    symbols: at(job.chunks, chunk).map((i) => extractSymbols(parser, at(job.fragments, i), job.options)),
  };
  port.postMessage(result);
}
