/**
 * Resolving references to definitions across fragments: which fragment provides each symbol a
 * fragment uses at load time, and which ordering constraints keep shared state as a one-by-one
 * load would leave it. Works on fragment indices in baseline order.
 */
import type { EdgeVia, GraphSymbols, Position, RefKind, SymbolDef, SymbolKind, SymbolRef } from '../core/types.js';

/** The definition kinds a reference of each kind can resolve to. */
const RESOLVES_TO: Readonly<Record<RefKind, readonly SymbolKind[]>> = {
  command: ['function', 'alias'],
  function: ['function'],
  alias: ['alias'],
  variable: ['variable'],
  env: ['env'],
  drive: ['drive'],
  module: ['module'],
  class: ['class'],
};

/** Key of a symbol: kind plus case-folded name (PowerShell names are case-insensitive). */
export function symbolKey(kind: SymbolKind, name: string): string {
  return foldedKey(kind, name.toLowerCase());
}

/** symbolKey of a name already case-folded. */
function foldedKey(kind: SymbolKind, folded: string): string {
  return `${kind}\0${folded}`;
}

/** One definition with the fragment (baseline index) that makes it. */
export interface Located<T> {
  readonly index: number;
  readonly item: T;
}

/** Definitions indexed by key, each list in baseline order. */
export interface DefinitionIndex {
  /** Load-phase definitions: these order the profile. */
  readonly load: ReadonlyMap<string, readonly Located<SymbolDef>[]>;
  /** Every definition, any phase: for run-time uses. */
  readonly any: ReadonlyMap<string, readonly Located<SymbolDef>[]>;
}

export function indexDefinitions(symbols: readonly GraphSymbols[]): DefinitionIndex {
  const load = new Map<string, Located<SymbolDef>[]>();
  const any = new Map<string, Located<SymbolDef>[]>();
  symbols.forEach((s, index) => {
    for (const def of s.defines) {
      const key = symbolKey(def.kind, def.name);
      push(any, key, { index, item: def });
      if (def.phase === 'load') push(load, key, { index, item: def });
    }
  });
  return { load, any };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** An ordering requirement between two fragments, with its reason. */
export interface Requirement {
  readonly from: number;
  readonly to: number;
  readonly via: EdgeVia;
  /** `use`: `to` uses what `from` defines. `state`: keeps shared state as the baseline leaves it. */
  readonly reason: 'use' | 'state';
}

/** A load-phase use that the baseline order gets wrong. */
export interface Misordered {
  /** The fragment using the symbol. */
  readonly user: number;
  readonly ref: SymbolRef;
  /** The fragment defining it, later in the baseline. */
  readonly definer: number;
  readonly def: SymbolDef;
}

export interface Resolution {
  readonly requirements: readonly Requirement[];
  readonly misordered: readonly Misordered[];
  /** Deferred uses of other fragments' symbols. */
  readonly runtime: readonly Requirement[];
}

function viaOf(x: SymbolRef | SymbolDef, kind: RefKind, access: EdgeVia['access']): EdgeVia {
  const via = { kind, name: x.name, line: x.line, column: x.column, access };
  const marked = access === 'probe' || ('guarded' in x && x.guarded) ? { ...via, guarded: true as const } : via;
  return x.file === undefined ? marked : { ...marked, file: x.file };
}

/**
 * Where an item runs within its fragment, as a chain of positions: the dot-sources that load its
 * sub-file (from the fragment down), then its own. Compared element by element, chains order the
 * items of a fragment and its sub-files as they run.
 */
export function runsAt(s: GraphSymbols, item: { line: number; column: number; file?: string }): Position[] {
  const chain: Position[] = [{ line: item.line, column: item.column }];
  const loads = s.subFiles ?? [];
  for (let file = item.file, guard = 0; file !== undefined && file !== s.path && guard <= loads.length; guard++) {
    const load = loads.find((l) => l.path === file);
    if (!load) break;
    chain.unshift({ line: load.line, column: load.column });
    file = load.from;
  }
  return chain;
}

/** True when the item at chain `a` runs before the one at `b` (chains from runsAt). */
export function runsBefore(a: readonly Position[], b: readonly Position[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a.at(i);
    const y = b.at(i);
    if (!x || !y) break;
    if (x.line !== y.line) return x.line < y.line;
    if (x.column !== y.column) return x.column < y.column;
  }
  return a.length < b.length;
}

/** True when fragment `symbols` defines `key` at load phase before `ref` (so it satisfies the use itself). */
function definesBefore(
  own: readonly Located<SymbolDef>[] | undefined,
  index: number,
  ref: SymbolRef,
  s: GraphSymbols,
): boolean {
  const mine = (own ?? []).filter((d) => d.index === index);
  if (mine.length === 0) return false;
  if (!s.subFiles?.length) {
    return mine.some((d) => d.item.line < ref.line || (d.item.line === ref.line && d.item.column < ref.column));
  }
  const use = runsAt(s, ref);
  return mine.some((d) => runsBefore(runsAt(s, d.item), use));
}

/**
 * Resolve every reference. A load-phase use resolves to the last fragment before it (in the
 * baseline) that defines the symbol: that is the value a one-by-one load shows it. With none
 * before, it resolves to the first one after: a misordered use. Shared state adds `state`
 * requirements: successive writers of a symbol keep their order (the last still wins), and a
 * fragment that reads a symbol stays before the next writer (it still reads the old value).
 */
export function resolveReferences(symbols: readonly GraphSymbols[], defs: DefinitionIndex): Resolution {
  const requirements: Requirement[] = [];
  const misordered: Misordered[] = [];
  const runtime: Requirement[] = [];
  // Deferred uses are most references (function bodies): their definers, one per fragment, are
  // worked out once per symbol rather than once per use.
  const lastDefs = new Map<string, readonly Located<SymbolDef>[]>();
  // And nearly all of them name commands no fragment defines (Write-Verbose, Get-ChildItem):
  // whether a spelling is defined at all, in any kind, is decided once per spelling.
  const definedNames = new Set<string>();
  for (const key of defs.any.keys()) definedNames.add(key.slice(key.indexOf('\0') + 1));
  const defined = new Map<string, boolean>();

  symbols.forEach((s, user) => {
    for (const ref of s.references) {
      let isDefined = defined.get(ref.name);
      if (isDefined === undefined) {
        isDefined = definedNames.has(ref.name.toLowerCase());
        defined.set(ref.name, isDefined);
      }
      if (!isDefined) continue;
      const name = ref.name.toLowerCase();
      for (const kind of RESOLVES_TO[ref.kind]) {
        const key = foldedKey(kind, name);
        if (ref.phase === 'deferred') {
          let last = lastDefs.get(key);
          if (last === undefined) {
            last = lastPerFragment(defs.any.get(key));
            lastDefs.set(key, last);
          }
          for (const d of last) {
            if (d.index === user) continue;
            runtime.push({ from: d.index, to: user, via: viaOf(ref, ref.kind, ref.access), reason: 'use' });
          }
          continue;
        }
        const all = defs.load.get(key);
        if (!all || definesBefore(all, user, ref, s)) continue;
        const before = all.filter((d) => d.index < user);
        const provider = before.at(-1);
        if (provider) {
          requirements.push({ from: provider.index, to: user, via: viaOf(ref, ref.kind, ref.access), reason: 'use' });
        } else {
          // Read-modify-write of inherited state (`$env:PATH = "x;" + $env:PATH`): the fragment
          // reads what the session already had, not what a later fragment writes.
          if (all.some((d) => d.index === user)) continue;
          const later = all.find((d) => d.index > user);
          if (!later) continue;
          requirements.push({ from: later.index, to: user, via: viaOf(ref, ref.kind, ref.access), reason: 'use' });
          misordered.push({ user, ref, definer: later.index, def: later.item });
        }
        // The next writer after this reader must stay after it, or the reader would see its value.
        const nextWriter = all.find((d) => d.index > user);
        if (provider && nextWriter && ref.access !== 'write') {
          requirements.push({
            from: user,
            to: nextWriter.index,
            via: viaOf(nextWriter.item, kind, 'write'),
            reason: 'state',
          });
        }
      }
    }
  });

  // Successive writers of the same symbol keep their baseline order.
  for (const list of defs.load.values()) {
    list.forEach((cur, i) => {
      const prev = list[i - 1];
      if (prev !== undefined && prev.index !== cur.index) {
        requirements.push({
          from: prev.index,
          to: cur.index,
          via: viaOf(cur.item, cur.item.kind, 'write'),
          reason: 'state',
        });
      }
    });
  }
  return { requirements, misordered, runtime };
}

/** The definitions, one (the last) per fragment, in the order of each fragment's first one. */
function lastPerFragment(list: readonly Located<SymbolDef>[] | undefined): Located<SymbolDef>[] {
  const byFragment = new Map<number, Located<SymbolDef>>();
  for (const d of list ?? []) byFragment.set(d.index, d);
  return [...byFragment.values()];
}
