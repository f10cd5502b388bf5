/**
 * Decide, per fragment in load order, what the bundle defers: which functions get a lazy stub
 * (their text is parsed only on first call) and which stay as written. Pure.
 *
 * The unit is the single function, not the fragment (see runtime.ts for the stub mechanism): a
 * stub costs the same whichever unit is chosen (it must declare its function's parameters to
 * forward them exactly), and per function the first call parses one function instead of a whole
 * fragment. The stub replaces the function in place, inside its fragment, so everything else the
 * fragment does still runs at load, in order, and the stub exists exactly when the function would
 * (not after an early `return`, a failure, an unmet `#Requires`). A fragment is "lazy" when at
 * least one of its functions is stubbed.
 *
 * A function stays eager when anything uses it while the profile loads (a call, a probe such as
 * `Get-Command X`, a read of `${function:X}`, in any fragment: a stub would be loaded at once
 * anyway, or seen instead of the function), when its name or scope cannot be stubbed safely, when
 * it has a `dynamicparam` or `clean` block (a forwarding stub cannot reproduce those), or when its
 * fragment defines the name more than once. Given the fragments' text, every function is checked
 * against it (src/text/extent-check.ts `stubBlocker`, which the parse stage answers for each function):
 * its extent, its parameter declarations, and, where the grammar recovered from errors, that none
 * lies in its head or parameters. Without the text, a fragment with grammar errors stays wholly
 * eager (emitBundle checks the text again in any case). A whole fragment stays eager when lazy
 * loading is off.
 *
 * A stub must also pay for itself. Measured in pwsh 7.6.9 (docs/bundle.md, "When a stub pays"):
 * parsing a function at load costs about 0.75 µs per character of its text; a stub about 0.47 ms whatever the
 * function's size (0.2-0.3 ms when it shares its compiled stub); the lazy machinery (the lazy
 * table, the stub compiler) about 27 ms once. So a function shorter than `minStubChars` (DEFAULT_MIN_STUB_CHARS) stays eager, and
 * when the functions that would be stubbed together exceed `minStubChars` each by fewer than
 * `minLazySavedChars` (DEFAULT_MIN_LAZY_SAVED_CHARS) characters, the parse time saved cannot
 * cover the machinery and nothing is stubbed. Both depend only on the text (a function's length
 * from `function` to its closing brace), so the same input always gives the same plan.
 */
import type {
  BundlePlan,
  DeferralOptions,
  DependencyGraph,
  Diagnostic,
  Edge,
  EdgeVia,
  Fragment,
  FragmentSymbols,
  FunctionShape,
  GraphSymbols,
  PlanEntry,
  SymbolDef,
} from '../core/types.js';
import { diagnostic } from '../core/diagnostics.js';
import { knownStubBlocker, recoveredLines } from '../text/extent-check.js';
import { LineIndex } from '../text/line-index.js';
import { isStubbableName } from '../text/quote.js';
import {
  NO_DEFERRAL_OPTIONS,
  PIPELINE_PLACE,
  planDeferralOrdered,
  DeferralMemory,
  type DeferBlocker,
  type DeferVerdict,
  type SubFileInput,
} from './defer-plan.js';
import { Askers, KeyedList, sameList, UseIndex } from './use-index.js';

/**
 * A function shorter than this (characters from `function` to its closing brace) stays eager:
 * its stub (~0.47 ms) costs more than parsing it (~0.75 µs a character) saves. Measured
 * break-even: ~600 characters with separate stubs, 300-400 with shared ones; see docs/bundle.md.
 */
export const DEFAULT_MIN_STUB_CHARS = 600;
/**
 * Stub nothing unless the stubbed functions together are at least this many characters longer
 * than DEFAULT_MIN_STUB_CHARS each: the lazy machinery costs ~27 ms once, the parse time of
 * ~36,000 characters. See docs/bundle.md.
 */
export const DEFAULT_MIN_LAZY_SAVED_CHARS = 36_000;

/** Options that change the bundle's text. `check` hashes these (header.ts). */
export interface BundleOptions {
  /**
   * `auto`: stub the functions nothing needs at load time and that are worth it; `off`: everything
   * eager; `fragments`: defer whole fragments the analysis proves safe (defer-plan.ts), and treat
   * the rest as `auto`.
   */
  readonly lazy: 'auto' | 'off' | 'fragments';
  /** Record per-fragment load times in `$global:FragbundleTimings` (`Get-FragbundleTiming`). */
  readonly timings: boolean;
  /**
   * Emit the stale guard (default true): the bundle records each fragment's size and modification
   * time and, at start-up, loads a fragment changed, added or removed since the build from disk.
   */
  readonly staleGuard?: boolean;
  /** A shorter function stays eager (default DEFAULT_MIN_STUB_CHARS; tests pass 0 to stub everything). */
  readonly minStubChars?: number;
  /** Stub nothing when the stubs would save less than this (default DEFAULT_MIN_LAZY_SAVED_CHARS; tests pass 0). */
  readonly minLazySavedChars?: number;
  /** The helpers a deferred fragment may call at load time (config `deferral`); only read with `lazy: fragments`. */
  readonly deferral?: DeferralOptions;
}

/** BundleOptions with every default filled in; `deferral` only with `lazy: fragments`, the one mode it changes. */
export type EffectiveBundleOptions = Required<Omit<BundleOptions, 'deferral'>> & {
  readonly deferral?: DeferralOptions;
};

/** The options with every default filled in: what decides the text, so what `check` hashes. */
export function effectiveBundleOptions(options: BundleOptions): EffectiveBundleOptions {
  return {
    lazy: options.lazy,
    timings: options.timings,
    staleGuard: options.staleGuard ?? true,
    minStubChars: options.minStubChars ?? DEFAULT_MIN_STUB_CHARS,
    minLazySavedChars: options.minLazySavedChars ?? DEFAULT_MIN_LAZY_SAVED_CHARS,
    ...(options.lazy === 'fragments' ? { deferral: options.deferral ?? NO_DEFERRAL_OPTIONS } : {}),
  };
}

/** A load-time use of a name, for the reason text. */
interface LoadUse {
  readonly fragment: string;
  readonly line: number;
}

/**
 * Plan the bundle: one entry per fragment in `graph.order`, saying eager or lazy, which functions
 * are stubbed, and why. `symbols` may be in any order; every id in `graph.order` must have one.
 * Pass `fragments` (their `id` and `text`) so function extents are confirmed against the text and
 * fragments with grammar errors can still defer their sound functions. Pass `subFiles` (the
 * files the fragments dot-source, with their own symbols) so whole-fragment deferral can judge them.
 */
export function planBundle(
  symbols: readonly FragmentSymbols[],
  graph: DependencyGraph,
  options: BundleOptions,
  fragments?: readonly Pick<Fragment, 'id' | 'text'>[],
  subFiles: readonly { readonly file: Pick<Fragment, 'path' | 'text'>; readonly symbols: FragmentSymbols }[] = [],
  memory?: PlanMemory,
): BundlePlan {
  const mem = memory ?? new PlanMemory();
  const byId = mem.byId.update(symbols);
  const texts = mem.texts.update(fragments ?? []);
  // Each place in the load order to its index in `symbols`: kept while both are the same.
  if (!mem.byId.sameKeys || !sameList(mem.order, graph.order)) {
    const index = new Map(symbols.map((s, i) => [s.fragment, i]));
    mem.slotOf = graph.order.map((id) => index.get(id) ?? -1);
    mem.order = graph.order;
  }
  const ordered = mem.slotOf.map((k, i) => {
    const s = symbols[k];
    if (!s) throw new Error(`planBundle: no symbols for fragment '${graph.order[i]}' in the graph order`);
    return s;
  });
  const opts = effectiveBundleOptions(options);
  // A fragment's entry reads its own symbols and text, the options, whether a later fragment
  // shadows its class, and the other fragments only through `uses` (one name's first use): kept
  // by its symbols object while the first are the same and every use it looked up is too.
  const context = JSON.stringify([opts, options.deferral ?? null]);
  if (mem.context !== context) {
    mem.entries = new WeakMap();
    mem.slotRecords = [];
    mem.context = context;
  }
  const changed = mem.uses.update(symbols);
  const edgeChanged = mem.edge.update(graph.edges, byId, mem.byId.changed);
  const uses = new Uses(mem.uses, mem.edge.uses);
  // The keys whose answers may differ from the last call's; undefined: any may.
  const dirty = changed && edgeChanged && (edgeChanged.size === 0 ? changed : new Set([...changed, ...edgeChanged]));
  const suspects = dirty && mem.askers.of(dirty);
  const generation = ++mem.generation;
  /** True when a kept entry's reads give the answers it got: at once when it was checked last call and asked about no name that changed since. */
  const fresh = (kept: { checked: number; reads: readonly UseRead[] }, id: string, holds: (r: UseRead) => boolean) =>
    (kept.checked === generation - 1 && suspects?.has(id) === false) || kept.reads.every(holds);
  const subs = new Map<string, SubFileInput>(
    subFiles.map((f) => [f.file.path, { path: f.file.path, symbols: f.symbols, text: f.file.text }]),
  );
  const deferral = planDeferralOrdered(
    symbols,
    ordered,
    graph,
    options.deferral ?? NO_DEFERRAL_OPTIONS,
    texts,
    subs,
    mem.deferral,
    mem.texts.changed,
  );
  const perFunction = opts.lazy === 'fragments' ? { ...opts, lazy: 'auto' as const } : opts;
  const shadowed = shadowedClasses(ordered);
  const diagnostics: Diagnostic[] = [...deferral.diagnostics];
  let saved = 0;
  const textsChanged = mem.texts.changed;
  const lastSymbols = mem.slotSymbols;
  const lastRecords = mem.slotRecords;
  const records: (EntryRecord | undefined)[] = [];
  const planned = (s: FragmentSymbols, i: number): PlanEntry => {
    const sh = shadowed[i];
    const shadow = sh && `${sh.name}\0${sh.by}`;
    // At once, by place, an entry found valid last call whose every input is known unchanged since.
    const here = lastSymbols[i] === s ? lastRecords[i] : undefined;
    if (
      here !== undefined &&
      here.checked === generation - 1 &&
      here.shadowed === shadow &&
      textsChanged?.has(s.fragment) === false &&
      suspects?.has(s.fragment) === false
    ) {
      here.checked = generation;
      records[i] = here;
      diagnostics.push(...here.diagnostics);
      saved += here.saved;
      return here.entry;
    }
    const text = texts.get(s.fragment);
    const kept = mem.entries.get(s);
    if (
      kept &&
      kept.text === text &&
      kept.shadowed === shadow &&
      fresh(kept, s.fragment, (r) => uses.holds(r, kept.checked === generation - 1 ? dirty : undefined))
    ) {
      kept.checked = generation;
      records[i] = kept;
      diagnostics.push(...kept.diagnostics);
      saved += kept.saved;
      return kept.entry;
    }
    const before = diagnostics.length;
    const reads: UseRead[] = [];
    const recorded: UseLookup = (which, name) => {
      const key = `${which}\0${name}`;
      const found = uses.first(key);
      reads.push({ key, answer: answerOf(found) });
      mem.askers.note(key, s.fragment);
      return found;
    };
    const entry = planFragment(s, text, recorded, shadowed[i], perFunction, diagnostics);
    const gain = stubSavings(s, entry.stubs, perFunction.minStubChars);
    saved += gain;
    const record: EntryRecord = {
      text,
      shadowed: shadow,
      reads,
      entry,
      saved: gain,
      diagnostics: diagnostics.slice(before),
      checked: generation,
    };
    mem.entries.set(s, record);
    records[i] = record;
    return entry;
  };
  const entries = ordered.map((s, i) => {
    const verdict = opts.lazy === 'fragments' ? deferral.bySlot[i] : undefined;
    if (verdict && !verdict.blocker) return mem.deferredEntry(s, verdict);
    const entry = planned(s, i);
    return verdict?.blocker ? mem.blockedEntry(entry, verdict.blocker) : entry;
  });
  mem.slotSymbols = ordered;
  mem.slotRecords = records;
  return { entries: payingEntries(entries, saved, perFunction, mem), diagnostics };
}

/** A fragment's entry reads the uses of other fragments only through this: one name's first use, load-time or body read. */
type UseLookup = (which: 'load' | 'body', name: string) => LoadUse | undefined;

/** One lookup an entry made (`load\0name` or `body\0name`), and what it found (answerOf). */
interface UseRead {
  readonly key: string;
  readonly answer: string;
}

function answerOf(found: LoadUse | undefined): string {
  return found === undefined ? '' : `${found.fragment}\0${found.line}`;
}

/** A fragment's entry as kept, with what it was planned from. */
interface EntryRecord {
  readonly text: string | undefined;
  readonly shadowed: string | undefined;
  readonly reads: readonly UseRead[];
  readonly entry: PlanEntry;
  /** stubSavings of the entry. */
  readonly saved: number;
  readonly diagnostics: readonly Diagnostic[];
  /** The last call (generation) that found it valid: only then do the keys changed since (UseIndex) tell which reads to check. */
  checked: number;
}

/**
 * What planBundle may keep for its next call in a resident build (`build --watch`): the uses of
 * names by fragment (UseIndex, brought up to date by the fragments that changed), the last graph's
 * uses through its edges, each fragment's entry (by its symbols object, checked against its text,
 * the class that shadows its own, and every use it looked up that may have changed) and the
 * deferral plan's own memory. Results are the same as without it.
 */
export class PlanMemory {
  /** The options the kept entries were planned with. */
  context?: string;
  /** The symbols by id, the texts by id, and each place in the last order to its index in the symbols. */
  readonly byId = new KeyedList<FragmentSymbols, FragmentSymbols>(
    (s) => s.fragment,
    (s) => s,
  );
  readonly texts = new KeyedList<Pick<Fragment, 'id' | 'text'>, string>(
    (f) => f.id,
    (f) => f.text,
  );
  order?: readonly string[];
  slotOf: readonly number[] = [];
  readonly askers = new Askers();
  readonly uses = new UseIndex<FragmentSymbols, LoadUse>(
    fragmentUses,
    (a, b) => a.fragment === b.fragment && a.line === b.line,
  );
  readonly edge = new EdgeUses();
  entries = new WeakMap<FragmentSymbols, EntryRecord>();
  /** The last call's symbols and entry records by place in its order (none for a deferred fragment). */
  slotSymbols: readonly FragmentSymbols[] = [];
  slotRecords: readonly (EntryRecord | undefined)[] = [];
  /** Counts the calls. */
  generation = 0;
  readonly deferral = new DeferralMemory();
  /** Entries derived from others, kept by what they are derived from so that the same input gives the same object (EmitCache keys by entry). */
  private readonly deferred = new WeakMap<DeferVerdict, PlanEntry>();
  private readonly blocked = new WeakMap<PlanEntry, { readonly by: DeferBlocker; readonly entry: PlanEntry }>();
  readonly unpaid = new WeakMap<PlanEntry, { readonly why: string; readonly entry: PlanEntry }>();

  /** deferredEntry, the same object for the same verdict of the same fragment. */
  deferredEntry(s: FragmentSymbols, verdict: DeferVerdict): PlanEntry {
    const kept = this.deferred.get(verdict);
    if (kept && kept.fragment === s.fragment && kept.path === s.path) return kept;
    const entry = deferredEntry(s, verdict);
    this.deferred.set(verdict, entry);
    return entry;
  }

  /** The entry of a fragment that stays eager for `b` (its functions planned as `entry`). */
  blockedEntry(entry: PlanEntry, b: DeferBlocker): PlanEntry {
    const kept = this.blocked.get(entry);
    if (kept && kept.by === b) return kept.entry;
    const out = { ...entry, keptEagerBy: b, reason: `not deferred: ${b.file}:${b.line}: ${b.why}; ${entry.reason}` };
    this.blocked.set(entry, { by: b, entry: out });
    return out;
  }
}

/** The entry of a fragment that does not run at start-up. */
function deferredEntry(s: FragmentSymbols, verdict: DeferVerdict): PlanEntry {
  const names = verdict.stubs.map((st) => st.name);
  return {
    fragment: s.fragment,
    path: s.path,
    mode: 'deferred',
    stubs: [],
    deferredStubs: verdict.stubs,
    reason: `it only defines names (${names.join(', ')}); the first call of one runs the whole fragment`,
  };
}

/**
 * What keeps a function eager because of how others use it, by lower-case name: `load\0name`,
 * its first use while the profile loads (a call, a probe, a body read; in the symbols' order, then
 * through the graph's edges); `body\0name`, its body's first read anywhere, also in functions
 * that run later. A stub's body would be read instead of the function's (a kept script block that
 * runs the stub, a `.ToString()` passed to `ForEach-Object -Parallel` that has no lazy loader
 * there), so a function whose body is read stays eager.
 */
class Uses {
  constructor(
    private readonly index: UseIndex<FragmentSymbols, LoadUse>,
    private readonly edge: ReadonlyMap<string, LoadUse>,
  ) {}

  first(key: string): LoadUse | undefined {
    const found = this.index.list(key)[0]?.items[0];
    return found ?? (key.startsWith('load\0') ? this.edge.get(key) : undefined);
  }

  /** True when `read` gets the same answer now: its key is not among those changed `since` it was asked (undefined: any may have), or the answer is the same. */
  holds(read: UseRead, since: ReadonlySet<string> | undefined): boolean {
    return since?.has(read.key) === false || answerOf(this.first(read.key)) === read.answer;
  }
}

/** One fragment's first load-time use and first body read of each function name (Uses). Reads only its graph view. */
function fragmentUses(s: GraphSymbols): Map<string, LoadUse[]> {
  const out = new Map<string, LoadUse[]>();
  for (const r of s.references) {
    if (r.kind === 'function' && r.access === 'read') {
      const key = `body\0${r.name.toLowerCase()}`;
      if (!out.has(key)) out.set(key, [{ fragment: s.path, line: r.line }]);
    }
    if (r.phase === 'load' && (r.kind === 'command' || r.kind === 'function')) {
      const key = `load\0${r.name.toLowerCase()}`;
      if (!out.has(key)) out.set(key, [{ fragment: r.file ?? s.path, line: r.line }]);
    }
  }
  return out;
}

/** One command or function use on an edge, with its key in Uses. */
interface EdgeKey {
  readonly key: string;
  readonly v: EdgeVia;
}

const NO_KEYS: readonly EdgeKey[] = [];

/** Past this many edges changed, the uses are found again from all edges rather than per changed name. */
const FEW_EDGES = 16;

/**
 * The first use of each command or function name through the graph's edges, in their order
 * (after the fragments' own uses, in Uses). Kept between calls: the names on edges that are not
 * the same object at the same place, or whose use read the path of a fragment whose symbols
 * changed, are looked up again; the rest keep their use.
 */
class EdgeUses {
  private started = false;
  private edges: readonly Edge[] = [];
  private keys: (readonly EdgeKey[])[] = [];
  readonly uses = new Map<string, LoadUse>();
  /** The fragment whose path each use read (a use on an edge to it, without its own file). */
  private readonly pathOf = new Map<string, string>();
  /** Each name's key, as spelled (a rebuilt graph brings every edge anew, with the same names). */
  private readonly keyOf = new Map<string, string>();

  private edgeKeys(e: Edge): readonly EdgeKey[] {
    let out: EdgeKey[] | undefined;
    for (const v of e.via) {
      if (v.kind !== 'command' && v.kind !== 'function') continue;
      let key = this.keyOf.get(v.name);
      if (key === undefined) {
        key = `load\0${v.name.toLowerCase()}`;
        this.keyOf.set(v.name, key);
      }
      (out ??= []).push({ key, v });
    }
    return out ?? NO_KEYS;
  }

  /** Brings the uses to `edges`; returns the names whose use changed, or undefined on the first call. */
  update(
    edges: readonly Edge[],
    byId: ReadonlyMap<string, GraphSymbols>,
    changedIds: ReadonlySet<string> | undefined,
  ): ReadonlySet<string> | undefined {
    const first = !this.started;
    this.started = true;
    const names = new Set<string>();
    let moved = 0;
    const keys: (readonly EdgeKey[])[] = [];
    const same = edges.length === this.edges.length;
    for (let i = 0; i < edges.length; i++) {
      const e = edges[i]!;
      if (same && e === this.edges[i]) {
        keys.push(this.keys[i]!);
        continue;
      }
      moved++;
      const k = this.edgeKeys(e);
      keys.push(k);
      for (const { key } of k) names.add(key);
      if (same) for (const { key } of this.keys[i]!) names.add(key);
    }
    for (const [key, id] of this.pathOf) if (changedIds === undefined || changedIds.has(id)) names.add(key);
    this.edges = edges;
    this.keys = keys;
    if (!same || moved > FEW_EDGES || changedIds === undefined) {
      const before = new Map(this.uses);
      this.uses.clear();
      this.pathOf.clear();
      for (let i = 0; i < edges.length; i++) {
        for (const { key, v } of keys[i]!) {
          if (this.uses.has(key)) continue;
          this.uses.set(key, this.use(edges[i]!, v, key, byId));
        }
      }
      return first ? undefined : changedKeys(before, this.uses);
    }
    const changed = new Set<string>();
    for (const key of names) {
      const was = this.uses.get(key);
      this.uses.delete(key);
      this.pathOf.delete(key);
      search: for (let i = 0; i < edges.length; i++) {
        for (const k of keys[i]!) {
          if (k.key !== key) continue;
          this.uses.set(key, this.use(edges[i]!, k.v, key, byId));
          break search;
        }
      }
      const now = this.uses.get(key);
      if (was?.fragment !== now?.fragment || was?.line !== now?.line) changed.add(key);
    }
    return changed;
  }

  private use(e: Edge, v: EdgeVia, key: string, byId: ReadonlyMap<string, GraphSymbols>): LoadUse {
    if (v.file !== undefined) return { fragment: v.file, line: v.line };
    this.pathOf.set(key, e.to);
    return { fragment: byId.get(e.to)?.path ?? e.to, line: v.line };
  }
}

/** The keys whose use differs between two maps. */
function changedKeys(a: ReadonlyMap<string, LoadUse>, b: ReadonlyMap<string, LoadUse>): Set<string> {
  const out = new Set<string>();
  for (const [k, u] of a) {
    const v = b.get(k);
    if (v === undefined || v.fragment !== u.fragment || v.line !== u.line) out.add(k);
  }
  for (const k of b.keys()) if (!a.has(k)) out.add(k);
  return out;
}

/** Each fragment's classes and enums (one object per symbols object, shared empty list when none). */
const CLASSES = new WeakMap<GraphSymbols, readonly SymbolDef[]>();
const NO_CLASSES: readonly SymbolDef[] = [];

function classesOf(s: GraphSymbols): readonly SymbolDef[] {
  let own = CLASSES.get(s);
  if (own === undefined) {
    own = s.defines.some((d) => d.kind === 'class') ? s.defines.filter((d) => d.kind === 'class') : NO_CLASSES;
    CLASSES.set(s, own);
  }
  return own;
}

/**
 * Per fragment in load order, the classes and enums it defines that a later fragment defines
 * again (name and that fragment's path). A function compiled on its first call resolves a type
 * name in the session as it is then, so it would bind to the later class, where one-by-one
 * loading binds it to its own fragment's: such a fragment's functions stay eager.
 */
function shadowedClasses(ordered: readonly GraphSymbols[]): ({ name: string; by: string } | undefined)[] {
  const laterBy = new Map<string, string>();
  const out: ({ name: string; by: string } | undefined)[] = new Array<undefined>(ordered.length);
  for (let i = ordered.length - 1; i >= 0; i--) {
    const s = ordered[i]!;
    const own = classesOf(s);
    if (own.length === 0) continue;
    const hit = own.find((d) => laterBy.has(d.name.toLowerCase()));
    out[i] = hit ? { name: hit.name, by: laterBy.get(hit.name.toLowerCase())! } : undefined;
    for (const d of own) laterBy.set(d.name.toLowerCase(), s.path);
  }
  return out;
}

/** A function's length in characters, from `function` to its closing brace. */
function functionChars(f: FunctionShape): number {
  return f.range.end - f.range.start;
}

/** What stubbing these functions of `s` saves past their own cost, in characters of parse time. */
function stubSavings(s: FragmentSymbols, stubs: readonly string[], minStubChars: number): number {
  let saved = 0;
  for (const name of stubs) {
    const f = s.statements.find((st) => st.kind === 'function' && st.function.name === name)?.function;
    if (f) saved += functionChars(f) - minStubChars;
  }
  return saved;
}

/**
 * The entries as planned when the stubs together save enough (`saved`, stubSavings summed over
 * the entries) to pay for the lazy machinery; otherwise every entry eager, each stubbed function
 * listed with why.
 */
function payingEntries(
  entries: PlanEntry[],
  saved: number,
  opts: EffectiveBundleOptions,
  mem: PlanMemory,
): PlanEntry[] {
  if (opts.minLazySavedChars <= 0) return entries;
  if (saved >= opts.minLazySavedChars || !entries.some((e) => e.mode === 'lazy')) return entries;
  const why =
    `lazy loading does not pay: past their own cost the stubs would save the parse time of ${saved} characters, ` +
    `less than the lazy machinery costs (${opts.minLazySavedChars})`;
  return entries.map((e) => {
    if (e.mode !== 'lazy') return e;
    const kept = mem.unpaid.get(e);
    if (kept?.why === why) return kept.entry;
    const entry: PlanEntry = {
      ...e,
      mode: 'eager',
      stubs: [],
      reason: why,
      eagerFunctions: [...(e.eagerFunctions ?? []), ...e.stubs.map((name) => ({ name, reason: why }))],
    };
    mem.unpaid.set(e, { why, entry });
    return entry;
  });
}

/** Why the whole fragment must stay eager, or undefined when its functions may be considered. */
function fragmentEagerReason(
  s: FragmentSymbols,
  text: string | undefined,
  options: EffectiveBundleOptions,
): string | undefined {
  if (options.lazy === 'off') return 'lazy loading is off';
  if (!s.statements.some((st) => st.kind === 'function')) return 'it defines no top-level function';
  if (s.hasSyntaxErrors && (text === undefined || recoveredLines(s.diagnostics).length === 0)) {
    return 'the grammar reported syntax errors, so its function boundaries are not trusted';
  }
  return undefined;
}

/** Why one function must stay eager, or undefined when it can get a stub. */
function functionEagerReason(
  f: FunctionShape,
  s: FragmentSymbols,
  text: string | undefined,
  lines: LineIndex | undefined,
  uses: UseLookup,
  minStubChars: number,
): string | undefined {
  if (!isStubbableName(f.name)) return 'its name cannot be written safely in a stub';
  if (f.scope !== undefined && f.scope !== 'global') return `it is defined with ${f.scope}: scope`;
  const special = f.namedBlocks.find((b) => b === 'dynamicparam' || b === 'clean');
  if (special) return `it has a ${special} block`;
  const lower = f.name.toLowerCase();
  const defs = s.defines.filter((d) => d.kind === 'function' && d.name.toLowerCase() === lower).length;
  if (defs > 1) return 'the fragment defines it more than once';
  const use = uses('load', lower);
  if (use) return `used at load time (${use.fragment}:${use.line})`;
  const read = uses('body', lower);
  if (read) return `its body is read (${read.fragment}:${read.line}): a stub's would be read instead`;
  if (text !== undefined && lines !== undefined) {
    const blocker = knownStubBlocker(text, f, recoveredLines(s.diagnostics), lines);
    if (blocker !== undefined) return blocker;
  }
  const chars = functionChars(f);
  if (chars < minStubChars)
    return `it is small (${chars} < ${minStubChars} characters): stubbing it costs more than it saves`;
  return undefined;
}

function planFragment(
  s: FragmentSymbols,
  text: string | undefined,
  uses: UseLookup,
  shadowed: { name: string; by: string } | undefined,
  options: EffectiveBundleOptions,
  diagnostics: Diagnostic[],
): PlanEntry {
  const base = { fragment: s.fragment, path: s.path };
  const whole =
    fragmentEagerReason(s, text, options) ??
    (shadowed &&
      `its class ${shadowed.name} is defined again by ${shadowed.by}, which loads later: a function loaded on first call would bind to that one`);
  if (whole !== undefined) return { ...base, mode: 'eager', stubs: [], reason: whole };
  const lines = text === undefined ? undefined : new LineIndex(text);
  const functions = s.statements.filter((st) => st.kind === 'function');
  const stubs: string[] = [];
  const kept: { name: string; reason: string }[] = [];
  for (const st of functions) {
    let why = functionEagerReason(st.function, s, text, lines, uses, options.minStubChars);
    if (
      why === undefined &&
      text !== undefined &&
      PIPELINE_PLACE.test(text.slice(st.function.range.start, st.function.range.end))
    ) {
      why =
        'it reads $MyInvocation.PipelinePosition or PipelineLength, which its first call through a stub cannot give it';
      diagnostics.push(
        diagnostic('KEPT_EAGER', `${st.function.name} stays eager: ${why}`, {
          file: s.path,
          line: st.line,
          column: 1,
        }),
      );
    }
    if (why === undefined) stubs.push(st.function.name);
    else kept.push({ name: st.function.name, reason: why });
  }
  const keptText = kept.map((k) => `${k.name}: ${k.reason}`).join('; ');
  if (stubs.length === 0) {
    return {
      ...base,
      mode: 'eager',
      stubs: [],
      reason: `no function can be deferred (${keptText})`,
      eagerFunctions: kept,
    };
  }
  const reason =
    `${stubs.length} of ${functions.length} functions load on first use` +
    (kept.length > 0 ? `; eager: ${keptText}` : '');
  return { ...base, mode: 'lazy', stubs, reason, eagerFunctions: kept };
}
