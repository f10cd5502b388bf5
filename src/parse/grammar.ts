/**
 * Loading the tree-sitter PowerShell grammar (its path is in grammar-path.ts), and the fast
 * cursor binding the syntax-tree copy uses.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { Language, Parser } from 'web-tree-sitter';
import { grammarPath } from './grammar-path.js';

export { grammarPath };

let language: Promise<Language> | undefined;

/**
 * The tree-cursor entry points of web-tree-sitter's wasm module, called without the JavaScript
 * wrapper. `TreeCursor` copies the cursor's four handles into the module's transfer buffer and
 * back around every single call (eight typed `getValue`/`setValue` calls per move); a walk that
 * keeps the cursor in the transfer buffer the whole time skips all of that and is about four times
 * faster (measured on a 4.9 MB profile: 0.6 s instead of 2.7 s for a full walk). The functions
 * read the cursor from the transfer buffer and write it back, exactly as the wrapper expects it.
 */
export interface CursorBinding {
  /** Address of the transfer buffer (`ts_init` returns the same static buffer every time). */
  readonly transferBuffer: number;
  readonly gotoFirstChild: (tree: number) => number;
  readonly gotoNextSibling: (tree: number) => number;
  readonly gotoParent: (tree: number) => number;
  readonly typeId: (tree: number) => number;
  readonly startIndex: (tree: number) => number;
  readonly endIndex: (tree: number) => number;
  readonly getI32: (address: number) => number;
  readonly setI32: (address: number, value: number) => void;
}

/** The emscripten module object web-tree-sitter fills in when it is passed to `Parser.init`. */
type ModuleObject = Record<string, unknown>;

let binding: CursorBinding | undefined;

/** The fast cursor binding, when this web-tree-sitter build exposes what it needs. */
function bindCursor(module: ModuleObject): CursorBinding | undefined {
  const fn = (name: string) => {
    const f = module[name];
    return typeof f === 'function' ? (f as (...args: number[]) => number) : undefined;
  };
  const init = fn('_ts_init');
  const getValue = module.getValue;
  const setValue = module.setValue;
  const parts = {
    gotoFirstChild: fn('_ts_tree_cursor_goto_first_child_wasm'),
    gotoNextSibling: fn('_ts_tree_cursor_goto_next_sibling_wasm'),
    gotoParent: fn('_ts_tree_cursor_goto_parent_wasm'),
    typeId: fn('_ts_tree_cursor_current_node_type_id_wasm'),
    startIndex: fn('_ts_tree_cursor_start_index_wasm'),
    endIndex: fn('_ts_tree_cursor_end_index_wasm'),
  };
  if (!init || typeof getValue !== 'function' || typeof setValue !== 'function') return undefined;
  if (Object.values(parts).some((f) => f === undefined)) return undefined;
  const get = getValue as (address: number, type: string) => number;
  const set = setValue as (address: number, value: number, type: string) => void;
  return {
    transferBuffer: init(),
    gotoFirstChild: parts.gotoFirstChild!,
    gotoNextSibling: parts.gotoNextSibling!,
    gotoParent: parts.gotoParent!,
    typeId: parts.typeId!,
    startIndex: parts.startIndex!,
    endIndex: parts.endIndex!,
    getI32: (address) => get(address, 'i32'),
    setI32: (address, value) => {
      set(address, value, 'i32');
    },
  };
}

/**
 * The fast cursor binding for this thread, or undefined (then callers use `TreeCursor`). Set once
 * the grammar is loaded; `FRAGBUNDLE_SLOW_CURSOR=1` turns it off (the tests compare both walks).
 */
export function cursorBinding(): CursorBinding | undefined {
  return process.env.FRAGBUNDLE_SLOW_CURSOR === '1' ? undefined : binding;
}

/** The JavaScript API of WebAssembly (the lib settings here do not declare it). */
declare const WebAssembly: { readonly Module: new (bytes: Uint8Array) => object };

/** The compiled wasm modules, kept alive for the process (see prepareWasm). */
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
 * `FRAGBUNDLE_WASM_TIERING=0` keeps everything in baseline code (for comparisons).
 *
 * Tiering up pays only when there is much to parse: `tierUp: false` keeps the runtime in baseline
 * code too. Measured on examples/profile.d (70 KB, cold build, 6 alternating runs): with the
 * runtime tiering up 0.60 s wall and 0.84 s CPU (medians), without 0.51 s and 0.60 s; the
 * background optimisation outlasts the parse. parseFragments decides by the amount of text.
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

/** web-tree-sitter's own wasm file (it loads it from next to its JavaScript). */
function runtimeWasmPath(): string {
  return createRequire(import.meta.url).resolve('web-tree-sitter/web-tree-sitter.wasm');
}

/** Load the grammar once per process (thread): later calls share the same promise. */
function loadLanguage(): Promise<Language> {
  language ??= (async () => {
    // web-tree-sitter hands this object to emscripten, which fills it in as the module: the only
    // way to reach the cursor functions without the per-call wrapper. Only the first init in a
    // thread does this; when someone else initialised first, `binding` stays undefined.
    // emscripten writes `Aborted()` and the like to stderr itself; the error that follows says it.
    const module: ModuleObject = { printErr: () => undefined };
    prepareWasm();
    await Parser.init(module as Parameters<typeof Parser.init>[0]);
    binding = bindCursor(module);
    const bytes = await readFile(grammarPath());
    return Language.load(bytes);
  })();
  return language;
}

/**
 * A new parser for PowerShell. The wasm runtime and the grammar are loaded once per process (a
 * memoised promise); each call returns a fresh `Parser`, which is not safe to share between
 * concurrent parses, so give each worker its own.
 *
 * @throws when the grammar file is missing or not a valid tree-sitter wasm.
 */
export async function createPowerShellParser(): Promise<Parser> {
  const lang = await loadLanguage();
  const parser = new Parser();
  parser.setLanguage(lang);
  return parser;
}
