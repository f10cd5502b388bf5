/**
 * How V8 compiles tree-sitter's two wasm modules: web-tree-sitter's runtime and the PowerShell
 * grammar. Kept apart from grammar.ts (which loads web-tree-sitter) so that the orchestrator can
 * start compiling the grammar before it loads the parse stage at all (`startGrammarCompile`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { grammarPath } from './grammar-path.js';

/** The JavaScript API of WebAssembly (the lib settings here do not declare it). */
declare const WebAssembly: {
  readonly Module: new (bytes: Uint8Array) => object;
  compile(bytes: Uint8Array): Promise<object>;
};

/** The compiled wasm modules, kept alive for the process (see prepareWasm). */
const compiled: object[] = [];
/** prepareWasm's work, once per thread: every caller waits for the same. */
let prepared: Promise<void> | undefined;
/** The grammar's compilation started by startGrammarCompile, if it was. */
let grammarCompile: Promise<object | undefined> | undefined;

/**
 * Start compiling the grammar on V8's background threads, all of it at once, while this thread
 * goes on reading the cache and loading the parse stage. Without it, V8 compiles each wasm
 * function when it is first called: the grammar's lexer (one 459 KB function) then took ~40 ms of
 * this thread at the first parse, which is most of the parse in a build where one fragment
 * changed. Call it only when a parse is likely; prepareWasm collects the result. Main thread only
 * (V8's flags are process-wide); does nothing elsewhere, or when the file cannot be read (the
 * grammar's loader reports that).
 */
export function startGrammarCompile(): void {
  if (!isMainThread || prepared || grammarCompile) return;
  let bytes: Buffer;
  try {
    bytes = readFileSync(grammarPath());
  } catch {
    return;
  }
  // Both flags are read when V8's compile job gets to them, not here: prepareWasm waits for the
  // job before it changes either again.
  setFlagsFromString('--liftoff-only');
  setFlagsFromString('--no-wasm-lazy-compilation');
  grammarCompile = WebAssembly.compile(bytes).catch(() => undefined);
}

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
 * (`--liftoff-only` later does not stop a module made before it). So: the grammar is compiled
 * with `--liftoff-only` (by startGrammarCompile, or here), the runtime, when it may tier up,
 * without. V8 shares a compiled module among all threads of a process by its bytes, so
 * web-tree-sitter loading the same files later, here or in a parse worker, gets these modules,
 * tiering as decided here; they stay referenced so that the sharing lasts. Flags are
 * process-wide and other threads may be compiling, so only the main thread does this, before it
 * starts parse workers (pool.ts); other threads set `--liftoff-only` (the safe setting) and use
 * whatever the main thread prepared. `FRAGBUNDLE_WASM_TIERING=0` keeps everything in baseline
 * code (for comparisons).
 *
 * Tiering up pays only when there is much to parse: `tierUp: false` keeps the runtime in baseline
 * code too. Measured on examples/profile.d (70 KB, cold build, 6 alternating runs): with the
 * runtime tiering up 0.60 s wall and 0.84 s CPU (medians), without 0.51 s and 0.60 s; the
 * background optimisation outlasts the parse. parseFragments decides by the amount of text.
 */
export function prepareWasm(tierUp = true): Promise<void> {
  prepared ??= prepare(tierUp);
  return prepared;
}

async function prepare(tierUp: boolean): Promise<void> {
  const started = grammarCompile;
  grammarCompile = undefined;
  const grammar = started ? await started : undefined;
  // Compiling everything at once was for the grammar only; anything later compiles lazily again.
  if (started) setFlagsFromString('--wasm-lazy-compilation');
  if (grammar) compiled.push(grammar);
  if (tierUp && isMainThread && process.env.FRAGBUNDLE_WASM_TIERING !== '0') {
    try {
      // The grammar, if compiled above, is finished: no job of it reads the flags now.
      allowTierUp();
      const runtime = new WebAssembly.Module(readFileSync(runtimeWasmPath()));
      setFlagsFromString('--liftoff-only');
      compiled.push(runtime);
      if (!grammar) compiled.push(new WebAssembly.Module(readFileSync(grammarPath())));
    } catch {
      // A missing or broken file: loadLanguage reports it when it loads the same file.
    }
  }
  // Must be set before the first wasm module is compiled; applies to every thread.
  setFlagsFromString('--liftoff-only');
}

/**
 * V8's default tiering again, after `--liftoff-only`: that flag also turned off `--wasm-tier-up`
 * and `--wasm-dynamic-tiering`, and `--no-liftoff-only` does not turn them back on (a runtime
 * compiled after only that never tiered up: cold builds of the generated profile took 3.5-4.2 s
 * instead of 2.7-3.3 s).
 */
function allowTierUp(): void {
  setFlagsFromString('--no-liftoff-only');
  setFlagsFromString('--wasm-tier-up');
  setFlagsFromString('--wasm-dynamic-tiering');
}

/** web-tree-sitter's own wasm file (it loads it from next to its JavaScript). */
function runtimeWasmPath(): string {
  return createRequire(import.meta.url).resolve('web-tree-sitter/web-tree-sitter.wasm');
}
