/**
 * A parse worker thread: one parser, fed chunks of fragments by pool.ts, answering each chunk
 * with the fragments' symbols. Plain data in and out (structured clone), nothing shared.
 */
import { parentPort } from 'node:worker_threads';
import { extractSymbols } from './extract-symbols.js';
import { createPowerShellParser } from './grammar.js';
import type { ParseJob, ParseResult } from './pool.js';

const port = parentPort;
if (!port) throw new Error('fragbundle: parse worker started outside a worker thread');
const parser = await createPowerShellParser();
port.on('message', (job: ParseJob) => {
  const result: ParseResult = {
    chunk: job.chunk,
    symbols: job.fragments.map((f) => extractSymbols(parser, f, job.options)),
  };
  port.postMessage(result);
});
port.postMessage('ready');
