/**
 * Loading the tree-sitter PowerShell grammar (its path is in grammar-path.ts), and the fast
 * cursor binding the syntax-tree copy uses.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { bundleDir } from '../../io/package-root.js';
import { grammarPath } from './grammar-path.js';
import { prepareWasm } from './wasm-tiers.js';

export { grammarPath };
export { prepareWasm };

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
  /** Views of the module's memory as it is now (a parse may grow it, which replaces them). */
  readonly heap: () => WasmHeap;
}

/** Views of web-tree-sitter's wasm memory (walkers.ts reads trees there). */
export interface WasmHeap {
  readonly u8: Uint8Array;
  readonly u16: Uint16Array;
  readonly u32: Uint32Array;
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
  const views = [module.HEAPU8, module.HEAPU16, module.HEAPU32];
  if (!(views[0] instanceof Uint8Array && views[1] instanceof Uint16Array && views[2] instanceof Uint32Array)) {
    return undefined;
  }
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
    heap: () => ({
      u8: module.HEAPU8 as Uint8Array,
      u16: module.HEAPU16 as Uint16Array,
      u32: module.HEAPU32 as Uint32Array,
    }),
  };
}

/**
 * The fast cursor binding for this thread, or undefined (then callers use `TreeCursor`). Set once
 * the grammar is loaded; `FRAGBUNDLE_SLOW_CURSOR=1` turns it off (the tests compare both walks).
 */
export function cursorBinding(): CursorBinding | undefined {
  return process.env.FRAGBUNDLE_SLOW_CURSOR === '1' ? undefined : binding;
}

/** Load the grammar once per process (thread): later calls share the same promise. */
function loadLanguage(): Promise<Language> {
  language ??= (async () => {
    // web-tree-sitter hands this object to emscripten, which fills it in as the module: the only
    // way to reach the cursor functions without the per-call wrapper. Only the first init in a
    // thread does this; when someone else initialised first, `binding` stays undefined.
    // emscripten writes `Aborted()` and the like to stderr itself; the error that follows says it.
    const module: ModuleObject = { printErr: () => undefined };
    // Bundled, web-tree-sitter's code sits in a chunk: its wasm is beside the CLI entry.
    const dir = bundleDir();
    if (dir !== undefined) module.locateFile = (file: string) => path.join(dir, file);
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
