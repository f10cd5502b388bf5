/**
 * How V8 compiles tree-sitter's two wasm modules: web-tree-sitter's runtime and the PowerShell
 * grammar. Kept apart from grammar.ts, which loads web-tree-sitter.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { bundleDir } from '../../io/package-root.js';
import { grammarPath } from './grammar-path.js';

/** The JavaScript API of WebAssembly (the lib settings here do not declare it). */
declare const WebAssembly: { readonly Module: new (bytes: Uint8Array) => object };

/** The compiled wasm modules, kept alive for the process (see prepareWasm); set once per thread. */
let compiled: readonly object[] | undefined;

/**
 * Compile the two wasm modules once per process, each with its own tiering, before any thread
 * loads them: web-tree-sitter's runtime may tier up to TurboFan, the grammar must not.
 *
 * V8 tiers hot wasm functions up to TurboFan in the background. The grammar's lexer (`ts_lex`) is
 * one 459 KB function: optimising it takes about 5 s of CPU in every process, and a process
 * cannot exit before that finishes (`fragbundle analyze examples/` took 7 s instead of 0.2 s).
 * The runtime's functions are small (the largest, `ts_parser_parse_wasm`, is 27 KB), take little
 * to optimise, and are where the parse and the tree copy spend their time: on the 3.65 MB
 * generated profile, parse + copy took 3.4 s with everything in baseline (Liftoff) code, 2.6 s
 * with the runtime tiering up (1.6 s once it had), with no extra CPU spent on compiling.
 *
 * V8 decides whether a module tiers up when the module is created, from the flags at that moment
 * (`--liftoff-only` later does not stop a module made before it). So: compile the runtime with
 * the default flags, then set `--liftoff-only` and compile the grammar. V8 shares a compiled
 * module among all threads of a process by its bytes, so web-tree-sitter loading the same files
 * later, here or in a parse worker, gets these modules, tiering as decided here; they stay
 * referenced so that the sharing lasts. Flags are process-wide and other threads may be
 * compiling, so only the main thread does this, before it starts parse workers (pool.ts); other
 * threads set `--liftoff-only` (the safe setting) and use whatever the main thread prepared.
 * Changing a flag has a cost of its own: V8 then rejects Node.js's code cache for its built-in
 * modules, so a worker started afterwards takes about 70 ms longer to start; a run that will
 * parse everything starts its worker before this (standby.ts). Setting the flags back after the
 * grammar is compiled is no way out: the grammar then tiers up after all (a cold build of the
 * generated profile took 12-14 s instead of 2-3 s).
 * `FRAGBUNDLE_WASM_TIERING=0` keeps everything in baseline code (for comparisons).
 *
 * Tiering up pays only when there is much to parse: `tierUp: false` keeps the runtime in baseline
 * code too: on a small profile the background optimisation outlasts the parse and costs wall
 * and CPU time (docs/benchmarks.md). parseFragments decides by the amount of text.
 *
 * Tried and dropped: compiling the whole grammar eagerly (baseline only) on V8's background
 * threads as soon as a fragment had to be parsed, so that the first parse would not compile the
 * lexer on this thread. The first parse got faster, but on two cores the compile's extra CPU
 * cost more than that, and cold builds were no faster (docs/benchmarks.md). (Beware, if it is tried again: `--liftoff-only` also turns off `--wasm-tier-up` and
 * `--wasm-dynamic-tiering`, and `--no-liftoff-only` does not turn them back on.)
 */
export function prepareWasm(tierUp = true): void {
  if (compiled) return;
  compiled = [];
  if (tierUp && isMainThread && process.env.FRAGBUNDLE_WASM_TIERING !== '0') {
    try {
      const runtime = new WebAssembly.Module(readFileSync(runtimeWasmPath()));
      setFlagsFromString('--liftoff-only');
      compiled = [runtime, new WebAssembly.Module(readFileSync(grammarPath()))];
    } catch {
      // A missing or broken file: loadLanguage reports it when it loads the same file.
    }
  }
  // Must be set before the first wasm module is compiled; applies to every thread.
  setFlagsFromString('--liftoff-only');
}

/** web-tree-sitter's own wasm file (beside its JavaScript; beside the CLI entry when bundled). */
function runtimeWasmPath(): string {
  const dir = bundleDir();
  if (dir !== undefined) return path.join(dir, 'web-tree-sitter.wasm');
  return createRequire(import.meta.url).resolve('web-tree-sitter/web-tree-sitter.wasm');
}
