/**
 * How the syntax-tree copy (syntax-tree.ts) goes over a tree-sitter tree: a `TreeWalk` visits
 * every node in order and says where each is. Three kinds give identical walks (a test compares
 * them on every fixture, the examples and broken inputs):
 *
 * - the memory walk reads tree-sitter's tree where it lies, in the wasm memory, depth first, with
 *   a stack of its own: no call into wasm at all, so it is the fastest of the three
 *   (docs/benchmarks.md). It depends on the layout of
 *   tree-sitter's structs, so it is used only once it has walked a probe text exactly as the
 *   cursor does (once per thread and language: `memoryWalkWorks`);
 * - the cursor walk calls the wasm cursor functions directly (grammar.ts `cursorBinding`);
 * - the API walk goes through web-tree-sitter's `TreeCursor` (`FRAGBUNDLE_SLOW_CURSOR=1`).
 *
 * The memory walk's probe and its code's warm-up cost about 30 ms (a build where one fragment
 * changed took that much longer with it), so a thread uses it once it has walked MEMORY_WALK_AFTER
 * characters of text. `FRAGBUNDLE_TREE_MEMORY=0` turns it off, `=1` on from the first tree (for
 * comparisons and tests).
 */
import { Parser, type Language, type Tree } from 'web-tree-sitter';
import { cursorBinding, type CursorBinding, type WasmHeap } from './grammar.js';

/** One walk over a tree. */
export interface TreeWalk {
  readonly kind: 'memory' | 'cursor' | 'api';
  /**
   * Visit the tree's nodes depth first, in order: `enter` with each node's type id (return true
   * to visit its children), `leave` once its children are done (or at once when not visited).
   */
  run(enter: (typeId: number) => boolean, leave: () => void): void;
  /** Where the node just entered, or being left, starts and ends (JavaScript string indices). */
  start(): number;
  end(): number;
}

/** Characters of text this thread walks before it uses the memory walk (see the header). */
const MEMORY_WALK_AFTER = 256 * 1024;
let walked = 0;

/** A walk over `tree`, of a text `chars` long: the fastest that is available, proven and worth it here. */
export function treeWalk(tree: Tree, chars: number): TreeWalk {
  const fast = cursorBinding();
  if (!fast) return apiWalk(tree);
  const setting = process.env.FRAGBUNDLE_TREE_MEMORY;
  walked += chars;
  if (setting === '1' || (setting !== '0' && walked > MEMORY_WALK_AFTER)) {
    const layout = memoryLayout(tree.language, fast.heap());
    if (layout && memoryWalkWorks(tree.language, fast, layout)) return memoryWalk(tree, fast, layout);
  }
  return cursorWalk(tree, fast);
}

/** The moves and reads of a tree cursor; moves return 1 when they moved. */
interface CursorMoves {
  readonly firstChild: (tree: number) => number;
  readonly nextSibling: (tree: number) => number;
  readonly parent: (tree: number) => number;
  readonly typeId: (tree: number) => number;
}

/** `TreeWalk.run` by cursor moves. Never recurses: inputs nest thousands of levels deep. */
function runCursor(t: number, c: CursorMoves, enter: (typeId: number) => boolean, leave: () => void): void {
  let depth = 0;
  let descend = enter(c.typeId(t));
  for (;;) {
    if (descend && c.firstChild(t) === 1) {
      depth++;
      descend = enter(c.typeId(t));
      continue;
    }
    for (;;) {
      leave();
      if (depth === 0) return;
      if (c.nextSibling(t) === 1) {
        descend = enter(c.typeId(t));
        break;
      }
      c.parent(t);
      depth--;
    }
  }
}

function apiWalk(tree: Tree): TreeWalk {
  const cursor = tree.walk();
  const moves: CursorMoves = {
    firstChild: () => (cursor.gotoFirstChild() ? 1 : 0),
    nextSibling: () => (cursor.gotoNextSibling() ? 1 : 0),
    parent: () => (cursor.gotoParent() ? 1 : 0),
    typeId: () => cursor.nodeTypeId,
  };
  return {
    kind: 'api',
    run: (enter, leave) => {
      try {
        runCursor(0, moves, enter, leave);
      } finally {
        cursor.delete();
      }
    },
    start: () => cursor.startIndex,
    end: () => cursor.endIndex,
  };
}

/**
 * The cursor's handles stay in the module's transfer buffer for the whole walk; the wasm
 * functions (the exports themselves: no wrapper closure per call, which cost as much as the
 * calls) read and update them there. Nothing else may use the tree-sitter API during `run`,
 * which copies the handles back at the end so that `TreeCursor.delete` frees the right memory.
 */
function cursorWalk(tree: Tree, b: CursorBinding): TreeWalk {
  const t = address(tree);
  return {
    kind: 'cursor',
    run: (enter, leave) => {
      const cursor = tree.walk();
      // `handles` is a web-tree-sitter internal (pinned version, see grammar.ts).
      const handles = (cursor as unknown as { handles: number[] }).handles;
      const buf = b.transferBuffer;
      handles.forEach((handle, i) => {
        b.setI32(buf + 4 * i, handle);
      });
      try {
        runCursor(
          t,
          { firstChild: b.gotoFirstChild, nextSibling: b.gotoNextSibling, parent: b.gotoParent, typeId: b.typeId },
          enter,
          leave,
        );
      } finally {
        for (let i = 0; i < 4; i++) handles[i] = b.getI32(buf + 4 * i);
        cursor.delete();
      }
    },
    start: () => b.startIndex(t),
    end: () => b.endIndex(t),
  };
}

/** The wasm address web-tree-sitter keeps at index 0 of a Tree or Language (its internals). */
function address(o: Tree | Language): number {
  return (o as unknown as { 0: number })[0];
}

/**
 * What the memory walk reads from a language's TSLanguage (tree_sitter/parser.h, ABI 15, wasm32):
 * the ABI version at byte 0, the symbol count at 4, the production id count at 28, the longest
 * alias sequence (u16) at 36, the public symbol map at 76 and the alias sequences at 84.
 *
 * The walk does not follow aliases given by a production (tree_cursor.c gives a child its
 * parent's production's alias, which can also make a hidden child visible). The PowerShell
 * grammar has none: its aliases are all of tokens, which the lexer resolves, and every alias
 * sequence is zeros. A language with one anywhere gets the cursor walk.
 */
interface MemoryLayout {
  readonly publicSymbolMap: number;
}

const layouts = new WeakMap<Language, MemoryLayout | null>();

/** The language's tables, or undefined when its header does not look as expected or it has production aliases. */
function memoryLayout(language: Language, heap: WasmHeap): MemoryLayout | undefined {
  let layout = layouts.get(language);
  if (layout === undefined) {
    const at = address(language);
    const word = (offset: number) => slot(heap.u32, (at + offset) >> 2);
    const fits = (p: number) => p > 0 && p < heap.u8.length;
    const ok =
      at > 0 &&
      at % 4 === 0 &&
      word(0) === 15 &&
      word(4) === language.types.length &&
      word(28) < 0x10000 &&
      fits(word(76)) &&
      noProductionAliases(heap, word(84), word(28), slot(heap.u16, (at + 36) >> 1));
    layout = ok ? { publicSymbolMap: word(76) } : null;
    layouts.set(language, layout);
  }
  return layout ?? undefined;
}

/** True when the alias sequences table (`productions` rows of `length` u16s at `table`) is all zeros. */
export function noProductionAliases(heap: WasmHeap, table: number, productions: number, length: number): boolean {
  if (length === 0) return true;
  if (!(table > 0 && table % 2 === 0 && table + productions * length * 2 <= heap.u8.length)) return false;
  const first = table >> 1;
  for (let i = 0; i < productions * length; i++) if (heap.u16[first + i] !== 0) return false;
  return true;
}

/**
 * A probe for the memory walk: tokens the grammar aliases (scoped variables, comparison
 * operators, `param`, block names), extras (comments), hidden rules and repetitions, inline and
 * heap leaves, non-ASCII text, and an ERROR and a MISSING node.
 */
const PROBE = `#requires -Version 7
using namespace System.IO
function Get-Ä {
  [CmdletBinding()]
  param([string]$Name = "x$($env:HOME)", [int]$N)
  begin { $script:seen = @{ a = 1; 'b' = @(1, 2) } }
  process { if ($Name -eq 'a' -and $N -notin 1..3) { $global:x += $N -f 2 } <# note #> }
  end { Get-ChildItem -Path $PSScriptRoot | Where-Object { $_.Name -like '*.ps1' } | % { & $_ } }
}
class C : B { [string] $P; C() { } [void] M([int]$a) { return } }
Set-Alias -Name ga -Value Get-Ä # comment ‘quoted’
$h = @"
here $x
"@
switch -regex ($x) { 'a' { break } default { 1 } }
try { throw } catch [IO.IOException] { } finally { }
trap { continue }
foreach ($i in 1..2) { $i } while ($false) { } do { } until ($true)
$x = [int]::Parse('1') -band 3 -shl 2; $y = -not $x; Invoke-Expression ($a + $(1))
if ($x {
`;

/** Whether the memory walk gives the cursor's walk, checked once per language on PROBE. */
const proven = new WeakMap<Language, boolean>();

function memoryWalkWorks(language: Language, fast: CursorBinding, layout: MemoryLayout): boolean {
  let works = proven.get(language);
  if (works === undefined) {
    works = false;
    const parser = new Parser();
    try {
      parser.setLanguage(language);
      const tree = parser.parse(PROBE);
      if (tree) {
        try {
          const byCursor = everyNode(cursorWalk(tree, fast));
          const byMemory = everyNode(memoryWalk(tree, fast, layout));
          works =
            byCursor.length > 400 && byCursor.length === byMemory.length && byCursor.every((x, i) => x === byMemory[i]);
        } finally {
          tree.delete();
        }
      }
    } catch {
      works = false;
    } finally {
      parser.delete();
    }
    proven.set(language, works);
  }
  return works;
}

/** Every node of a walk and every step of it, in order: what the tests and the probe compare. */
export function everyNode(walk: TreeWalk): number[] {
  const seen: number[] = [];
  walk.run(
    (typeId) => {
      seen.push(typeId, walk.start(), walk.end());
      return true;
    },
    () => {
      seen.push(-1, walk.start(), walk.end());
    },
  );
  return seen;
}

/**
 * A typed-array read at an index the walk knows is inside the array (heap addresses come from
 * the tree, frame slots are 0..top); 0 past the end, which the probe would catch.
 */
function slot(array: Uint8Array | Uint16Array | Uint32Array | Int32Array, index: number): number {
  return array[index] ?? 0;
}

/** The memory walk's stack, per thread (a walk ends before the next starts); grows as needed. */
let frames = newFrames(1024);

function newFrames(size: number) {
  return {
    size,
    /** The Subtree (address) whose children are being visited. */
    subtree: new Int32Array(size),
    /** The next child to visit, and where it starts (bytes). */
    next: new Int32Array(size),
    at: new Int32Array(size),
    /** For a visible node: its start and end (bytes); -1 for a hidden one (no leave). */
    start: new Int32Array(size),
    end: new Int32Array(size),
  };
}

/**
 * The walk a TreeCursor makes (lib/src/tree_cursor.c), made over the tree's memory: a node's
 * children are visited in order; a visible child is entered; a hidden one (the grammar's
 * `_rules` and repetitions) is looked through when it holds visible nodes. (No production
 * aliases: see MemoryLayout.)
 *
 * Subtree (lib/src/subtree.h, wasm32, 8 bytes): when bit 0 of its first byte is set it is inline
 * (visible: bit 1 of byte 0; symbol byte 1; padding bytes byte 6; size bytes byte 7), else its
 * first word points to SubtreeHeapData: padding bytes at 4, size bytes at 16, child count at 36,
 * symbol (u16) at 40, visible bit 0 of byte 44, visible child count at 48; its children are the
 * Subtrees just before it. A node starts where its parent does plus the sizes and paddings of
 * its earlier siblings and its own padding (the first child's padding is its parent's). Offsets
 * are bytes of the text's UTF-16 form: halved for string indices. Error nodes have symbol
 * 0xffff, which has no public symbol. The stack is shared by the thread's walks: `enter` and
 * `leave` must not start another memory walk.
 */
function memoryWalk(tree: Tree, b: CursorBinding, layout: MemoryLayout): TreeWalk {
  const { publicSymbolMap } = layout;
  let start = 0;
  let end = 0;
  const run = (enter: (typeId: number) => boolean, leave: () => void): void => {
    // The views of the memory as it is now: nothing allocates in wasm during the walk.
    const heap = b.heap();
    const u8 = (a: number) => slot(heap.u8, a);
    const u16 = (a: number) => slot(heap.u16, a >> 1);
    const u32 = (a: number) => slot(heap.u32, a >> 2);
    const isInline = (a: number) => (u8(a) & 1) === 1;
    const data = (a: number) => u32(a);
    const childCount = (a: number) => (isInline(a) ? 0 : u32(data(a) + 36));
    const sizeOf = (a: number) => (isInline(a) ? u8(a + 7) : u32(data(a) + 16));
    const paddingOf = (a: number) => (isInline(a) ? u8(a + 6) : u32(data(a) + 4));
    const typeOf = (a: number) => {
      const symbol = isInline(a) ? u8(a + 1) : u16(data(a) + 40);
      return symbol === 0xffff ? symbol : u16(publicSymbolMap + 2 * symbol);
    };
    let f = frames;
    let top = -1;
    const open = (a: number, at: number, nodeStart: number, nodeEnd: number) => {
      if (++top === f.size) {
        const grown = newFrames(f.size * 2);
        for (const key of ['subtree', 'next', 'at', 'start', 'end'] as const) grown[key].set(f[key]);
        frames = f = grown;
      }
      f.subtree[top] = a;
      f.next[top] = 0;
      f.at[top] = at;
      f.start[top] = nodeStart;
      f.end[top] = nodeEnd;
    };

    // The root: the TSTree's first field is its root Subtree.
    const root = address(tree);
    start = paddingOf(root);
    end = start + sizeOf(root);
    if (enter(typeOf(root)) && childCount(root) > 0) open(root, start, start, end);
    else {
      leave();
      return;
    }
    while (top >= 0) {
      const parent = slot(f.subtree, top);
      const i = slot(f.next, top);
      const count = u32(data(parent) + 36);
      if (i === count) {
        start = slot(f.start, top);
        end = slot(f.end, top);
        const visible = start >= 0;
        top--;
        if (visible) leave();
        continue;
      }
      const child = data(parent) - (count - i) * 8;
      const at = slot(f.at, top);
      const inline = isInline(child);
      const visible = inline ? (u8(child) & 2) !== 0 : (u8(data(child) + 44) & 1) !== 0;
      const size = sizeOf(child);
      f.next[top] = i + 1;
      f.at[top] = i + 1 < count ? at + size + paddingOf(child + 8) : at + size;
      if (visible) {
        start = at;
        end = at + size;
        if (enter(typeOf(child)) && !inline && childCount(child) > 0) open(child, at, at, at + size);
        else {
          start = at;
          end = at + size;
          leave();
        }
      } else if (!inline && childCount(child) > 0 && u32(data(child) + 48) > 0) {
        open(child, at, -1, -1);
      }
    }
  };
  return { kind: 'memory', run, start: () => start >> 1, end: () => end >> 1 };
}
