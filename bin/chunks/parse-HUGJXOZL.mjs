import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);
import {
  createPowerShellParser,
  extractSymbols,
  prepareWasm
} from "./chunk-QRCSGWGJ.mjs";
import {
  BUILTIN_DEFINERS
} from "./chunk-UCTHLHSZ.mjs";
import {
  grammarPath
} from "./chunk-4BYWBKKX.mjs";
import {
  dropStandbyWorker,
  forcedThreads,
  takeStandbyWorker
} from "./chunk-GPSSJTSR.mjs";
import {
  at,
  parseWorkerFile
} from "./chunk-OXIFI4C2.mjs";

// dist/src/parse/workers/pool.js
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var MIN_PARALLEL_CHARS = 384 * 1024;
var CHARS_PER_WORKER = 192 * 1024;
var MAX_WORKERS = 8;
var MIN_CHUNK_CHARS = 16 * 1024;
function parseWorkerCount(fragments) {
  const forced = forcedThreads();
  if (forced !== void 0)
    return Math.min(forced, fragments.length);
  const chars = fragments.reduce((sum, f) => sum + f.text.length, 0);
  if (chars < MIN_PARALLEL_CHARS || fragments.length < 2)
    return 0;
  return Math.max(0, Math.min(availableParallelism(), Math.floor(chars / CHARS_PER_WORKER), fragments.length, MAX_WORKERS));
}
async function parseOnWorkers(fragments, options, threads, onParsed, here = true) {
  prepareWasm();
  const chunks = makeChunks(fragments, threads);
  const results = new Array(fragments.length);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  let pending = chunks.length;
  const done = (chunk, symbols) => {
    at(chunks, chunk).forEach((index, k) => results[index] = at(symbols, k));
    onParsed?.(symbols.length);
    pending--;
  };
  const threadsStarted = [];
  try {
    await new Promise((resolve, reject) => {
      const job = { fragments, chunks, options, next };
      const workers = here ? Math.min(threads - 1, chunks.length - 1) : Math.max(1, threads);
      for (let w = 0; w < workers; w++) {
        const standby = takeStandbyWorker();
        const worker = standby ?? new Worker(parseWorkerFile(), { workerData: job });
        if (standby)
          standby.postMessage(job);
        threadsStarted.push(worker);
        worker.on("message", (message) => {
          done(message.chunk, message.symbols);
          if (pending === 0)
            resolve();
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (pending > 0)
            reject(new Error(`fragbundle: a parse worker stopped (exit code ${code})`));
        });
      }
      dropStandbyWorker();
      if (here) {
        parseHere(fragments, chunks, options, counter, done).then(() => {
          if (pending === 0)
            resolve();
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
async function parseHere(fragments, chunks, options, counter, done) {
  const parser = await createPowerShellParser();
  try {
    for (let chunk = Atomics.add(counter, 0, 1); chunk < chunks.length; chunk = Atomics.add(counter, 0, 1)) {
      done(chunk, at(chunks, chunk).map((i) => extractSymbols(parser, at(fragments, i), options)));
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    parser.delete();
  }
}
function makeChunks(fragments, threads) {
  const length = (i) => at(fragments, i).text.length;
  const order = fragments.map((_, i) => i).sort((a, b) => length(b) - length(a) || a - b);
  let remaining = fragments.reduce((sum, f) => sum + f.text.length, 0);
  const share = () => Math.max(MIN_CHUNK_CHARS, Math.ceil(remaining / (Math.max(1, threads) * 4)));
  const chunks = [];
  let current = [];
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
  if (current.length > 0)
    chunks.push(current);
  return chunks;
}

// dist/src/parse/index.js
async function parseFragments(fragments, options, onParsed) {
  const texts = fragments.map((f) => ({ id: f.id, path: f.path, text: f.text }));
  prepareWasm(texts.reduce((n, f) => n + f.text.length, 0) >= MIN_PARALLEL_CHARS);
  const workers = parseWorkerCount(texts);
  if (workers > 0)
    return parseOnWorkers(texts, options, workers, onParsed);
  dropStandbyWorker();
  const parser = await createPowerShellParser();
  try {
    return texts.map((f) => {
      const symbols = extractSymbols(parser, f, options);
      onParsed?.(1);
      return symbols;
    });
  } finally {
    parser.delete();
  }
}
export {
  BUILTIN_DEFINERS,
  createPowerShellParser,
  extractSymbols,
  grammarPath,
  parseFragments
};
