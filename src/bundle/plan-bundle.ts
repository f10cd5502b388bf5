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
  Fragment,
  FragmentSymbols,
  FunctionShape,
  GraphSymbols,
  PlanEntry,
} from '../core/types.js';
import { diagnostic } from '../core/diagnostics.js';
import { knownStubBlocker, recoveredLines } from '../text/extent-check.js';
import { LineIndex } from '../text/line-index.js';
import { isStubbableName } from '../text/quote.js';
import {
  NO_DEFERRAL_OPTIONS,
  PIPELINE_PLACE,
  planDeferral,
  type DeferralMemory,
  type DeferVerdict,
  type SubFileInput,
} from './defer-plan.js';
import { sameGraphView } from '../core/graph-view.js';

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
  const byId = new Map(symbols.map((s) => [s.fragment, s]));
  const texts = new Map((fragments ?? []).map((f) => [f.id, f.text]));
  const opts = effectiveBundleOptions(options);
  // Everything global below reads only the graph and the graph views: with both the same, a
  // fragment's entry is a function of its own symbols and text.
  const context = JSON.stringify([opts, options.deferral ?? null]);
  const last = memory?.last;
  const same =
    last !== undefined &&
    last.graph === graph &&
    last.context === context &&
    last.symbols.length === symbols.length &&
    symbols.every((s, i) => sameGraphView(s, last.symbols[i]!));
  if (memory) {
    if (last?.context !== context) memory.entries = new WeakMap();
    memory.deferral.sameViews = same;
  }
  const uses: Uses = same ? last.uses : { load: loadTimeUses(symbols, graph), body: bodyReads(symbols) };
  if (memory) memory.last = { graph, context, symbols, uses };
  const subs = new Map<string, SubFileInput>(
    subFiles.map((f) => [f.file.path, { path: f.file.path, symbols: f.symbols, text: f.file.text }]),
  );
  const deferral = planDeferral(symbols, graph, options.deferral ?? NO_DEFERRAL_OPTIONS, texts, subs, memory?.deferral);
  const perFunction = opts.lazy === 'fragments' ? { ...opts, lazy: 'auto' as const } : opts;
  const ordered = graph.order.map((id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`planBundle: no symbols for fragment '${id}' in the graph order`);
    return s;
  });
  const shadowed = shadowedClasses(ordered);
  const diagnostics: Diagnostic[] = [...deferral.diagnostics];
  const planned = (s: FragmentSymbols, i: number): PlanEntry => {
    const text = texts.get(s.fragment);
    const kept = memory?.entries.get(s);
    const sh = shadowed[i];
    const shadow = sh && `${sh.name}\0${sh.by}`;
    if (
      kept &&
      kept.text === text &&
      kept.shadowed === shadow &&
      (same || kept.reads.every((r) => useAnswer(uses, r) === r.answer))
    ) {
      diagnostics.push(...kept.diagnostics);
      return kept.entry;
    }
    const before = diagnostics.length;
    const reads: UseRead[] = [];
    const recorded: UseLookup = (which, name) => {
      const found = uses[which].get(name);
      reads.push({ which, name, answer: found === undefined ? '' : `${found.fragment}\0${found.line}` });
      return found;
    };
    const entry = planFragment(s, text, recorded, shadowed[i], perFunction, diagnostics);
    memory?.entries.set(s, { text, shadowed: shadow, reads, entry, diagnostics: diagnostics.slice(before) });
    return entry;
  };
  const entries = ordered.map((s, i) => {
    const verdict = opts.lazy === 'fragments' ? deferral.verdicts.get(s.fragment) : undefined;
    if (verdict && !verdict.blocker) return deferredEntry(s, verdict);
    const entry = planned(s, i);
    const b = verdict?.blocker;
    if (!b) return entry;
    return { ...entry, keptEagerBy: b, reason: `not deferred: ${b.file}:${b.line}: ${b.why}; ${entry.reason}` };
  });
  return { entries: payingEntries(entries, byId, perFunction), diagnostics };
}

/** A fragment's entry reads the uses of other fragments only through this: one name's first use, load-time or body read. */
type UseLookup = (which: keyof Uses, name: string) => LoadUse | undefined;

/** One lookup an entry made, and what it found (`fragment\0line`, '' for nothing). */
interface UseRead {
  readonly which: keyof Uses;
  readonly name: string;
  readonly answer: string;
}

function useAnswer(uses: Uses, read: UseRead): string {
  const found = uses[read.which].get(read.name);
  return found === undefined ? '' : `${found.fragment}\0${found.line}`;
}

/**
 * What planBundle may keep for its next call in a resident build (`build --watch`): the last
 * graph, symbols and uses, each fragment's entry (by its symbols object, checked against its
 * text and, when a graph view or the graph changed, against every use it looked up) and the
 * deferral plan's own memory. Results are the same as without it.
 */
export class PlanMemory {
  last?: {
    readonly graph: DependencyGraph;
    readonly context: string;
    readonly symbols: readonly FragmentSymbols[];
    readonly uses: Uses;
  };
  entries = new WeakMap<
    FragmentSymbols,
    {
      readonly text: string | undefined;
      readonly shadowed: string | undefined;
      readonly reads: readonly UseRead[];
      readonly entry: PlanEntry;
      readonly diagnostics: readonly Diagnostic[];
    }
  >();
  readonly deferral: DeferralMemory = { sameViews: false, verdicts: new WeakMap() };
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

/** What keeps a function eager because of how others use it. */
interface Uses {
  /** Uses while the profile loads (calls, probes, body reads), by lower-case name. */
  readonly load: Map<string, LoadUse>;
  /** Reads of a function's body anywhere, also in functions that run later, by lower-case name. */
  readonly body: Map<string, LoadUse>;
}

/**
 * Every read of a function's body (`${function:X}`, `Get-Item function:X`, `Get-Content
 * function:X`), at load time or later: a stub's body would be read instead (a kept script block
 * that runs the stub, a `.ToString()` passed to `ForEach-Object -Parallel` that has no lazy
 * loader there), so such a function stays eager.
 */
function bodyReads(symbols: readonly GraphSymbols[]): Map<string, LoadUse> {
  const reads = new Map<string, LoadUse>();
  for (const s of symbols) {
    for (const r of s.references) {
      const key = r.name.toLowerCase();
      if (r.kind === 'function' && r.access === 'read' && !reads.has(key))
        reads.set(key, { fragment: s.path, line: r.line });
    }
  }
  return reads;
}

/**
 * Per fragment in load order, the classes and enums it defines that a later fragment defines
 * again (name and that fragment's path). A function compiled on its first call resolves a type
 * name in the session as it is then, so it would bind to the later class, where one-by-one
 * loading binds it to its own fragment's: such a fragment's functions stay eager.
 */
function shadowedClasses(ordered: readonly GraphSymbols[]): ({ name: string; by: string } | undefined)[] {
  const laterBy = new Map<string, string>();
  const out: ({ name: string; by: string } | undefined)[] = [];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const s = ordered[i]!;
    const own = s.defines.filter((d) => d.kind === 'class');
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

/**
 * The entries as planned when the stubs together save enough to pay for the lazy machinery;
 * otherwise every entry eager, each stubbed function listed with why.
 */
function payingEntries(
  entries: PlanEntry[],
  byId: Map<string, FragmentSymbols>,
  opts: EffectiveBundleOptions,
): PlanEntry[] {
  if (opts.minLazySavedChars <= 0) return entries;
  let saved = 0;
  for (const e of entries) {
    const s = byId.get(e.fragment)!;
    for (const name of e.stubs) {
      const f = s.statements.find((st) => st.kind === 'function' && st.function.name === name)?.function;
      if (f) saved += functionChars(f) - opts.minStubChars;
    }
  }
  if (saved >= opts.minLazySavedChars || !entries.some((e) => e.mode === 'lazy')) return entries;
  const why =
    `lazy loading does not pay: past their own cost the stubs would save the parse time of ${saved} characters, ` +
    `less than the lazy machinery costs (${opts.minLazySavedChars})`;
  return entries.map((e) =>
    e.mode !== 'lazy'
      ? e
      : {
          ...e,
          mode: 'eager',
          stubs: [],
          reason: why,
          eagerFunctions: [...(e.eagerFunctions ?? []), ...e.stubs.map((name) => ({ name, reason: why }))],
        },
  );
}

/** Every function-name use that happens while the profile loads, anywhere, by lower-case name. */
function loadTimeUses(symbols: readonly GraphSymbols[], graph: DependencyGraph): Map<string, LoadUse> {
  const uses = new Map<string, LoadUse>();
  const note = (name: string, use: LoadUse) => {
    const key = name.toLowerCase();
    if (!uses.has(key)) uses.set(key, use);
  };
  for (const s of symbols) {
    for (const r of s.references) {
      if (r.phase === 'load' && (r.kind === 'command' || r.kind === 'function'))
        note(r.name, { fragment: r.file ?? s.path, line: r.line });
    }
  }
  const pathOf = new Map(symbols.map((s) => [s.fragment, s.path]));
  for (const e of graph.edges) {
    for (const v of e.via) {
      if (v.kind === 'command' || v.kind === 'function')
        note(v.name, { fragment: v.file ?? pathOf.get(e.to) ?? e.to, line: v.line });
    }
  }
  return uses;
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
