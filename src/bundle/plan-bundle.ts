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
 * against it (extent-check.ts `stubBlocker`): its extent, its parameter declarations, and, where
 * the grammar recovered from errors, that none lies in its head or parameters. Without the text,
 * a fragment with grammar errors stays wholly eager (emitBundle checks the text again in any
 * case). A whole fragment stays eager when lazy loading is off.
 */
import type {
  BundlePlan,
  DependencyGraph,
  Fragment,
  FragmentSymbols,
  FunctionShape,
  PlanEntry,
  TopLevelStatement,
} from '../types.js';
import { stubBlocker } from './extent-check.js';
import { LineIndex } from './fragment-text.js';
import { isStubbableName } from './quote.js';

/** Options that change the bundle's text. `check` hashes these (header.ts). */
export interface BundleOptions {
  /** `auto`: stub the functions nothing needs at load time; `off`: everything eager. */
  readonly lazy: 'auto' | 'off';
  /** Record per-fragment load times in `$global:FragbundleTimings` (`Get-FragbundleTiming`). */
  readonly timings: boolean;
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
 * fragments with grammar errors can still defer their sound functions.
 */
export function planBundle(
  symbols: readonly FragmentSymbols[],
  graph: DependencyGraph,
  options: BundleOptions,
  fragments?: readonly Pick<Fragment, 'id' | 'text'>[],
): BundlePlan {
  const byId = new Map(symbols.map((s) => [s.fragment, s]));
  const texts = new Map((fragments ?? []).map((f) => [f.id, f.text]));
  const uses = loadTimeUses(symbols, graph);
  const entries = graph.order.map((id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`planBundle: no symbols for fragment '${id}' in the graph order`);
    return planFragment(s, texts.get(id), uses, options);
  });
  return { entries, diagnostics: [] };
}

/** Every function-name use that happens while the profile loads, anywhere, by lower-case name. */
function loadTimeUses(symbols: readonly FragmentSymbols[], graph: DependencyGraph): Map<string, LoadUse> {
  const uses = new Map<string, LoadUse>();
  const note = (name: string, use: LoadUse) => {
    const key = name.toLowerCase();
    if (!uses.has(key)) uses.set(key, use);
  };
  for (const s of symbols) {
    for (const r of s.references) {
      if (r.phase === 'load' && (r.kind === 'command' || r.kind === 'function'))
        note(r.name, { fragment: s.path, line: r.line });
    }
  }
  const pathOf = new Map(symbols.map((s) => [s.fragment, s.path]));
  for (const e of graph.edges) {
    for (const v of e.via) {
      if (v.kind === 'command' || v.kind === 'function')
        note(v.name, { fragment: pathOf.get(e.to) ?? e.to, line: v.line });
    }
  }
  return uses;
}

/** Why the whole fragment must stay eager, or undefined when its functions may be considered. */
function fragmentEagerReason(s: FragmentSymbols, text: string | undefined, options: BundleOptions): string | undefined {
  if (options.lazy === 'off') return 'lazy loading is off';
  if (!s.statements.some((st) => st.kind === 'function' && st.function)) return 'it defines no top-level function';
  if (s.hasSyntaxErrors && (text === undefined || recoveredLines(s).length === 0)) {
    return 'the grammar reported syntax errors, so its function boundaries are not trusted';
  }
  return undefined;
}

/** Lines where the parse stage recovered from a grammar error. */
export function recoveredLines(s: FragmentSymbols): number[] {
  return s.diagnostics.filter((d) => d.code === 'PARSE_RECOVERED' && d.line !== undefined).map((d) => d.line!);
}

/** Why one function must stay eager, or undefined when it can get a stub. */
function functionEagerReason(
  f: FunctionShape,
  s: FragmentSymbols,
  text: string | undefined,
  lines: LineIndex | undefined,
  uses: Map<string, LoadUse>,
): string | undefined {
  if (!isStubbableName(f.name)) return 'its name cannot be written safely in a stub';
  if (f.scope !== undefined && f.scope !== 'global') return `it is defined with ${f.scope}: scope`;
  const special = f.namedBlocks.find((b) => b === 'dynamicparam' || b === 'clean');
  if (special) return `it has a ${special} block`;
  const lower = f.name.toLowerCase();
  const defs = s.defines.filter((d) => d.kind === 'function' && d.name.toLowerCase() === lower).length;
  if (defs > 1) return 'the fragment defines it more than once';
  const use = uses.get(lower);
  if (use) return `used at load time (${use.fragment}:${use.line})`;
  if (text !== undefined && lines !== undefined) return stubBlocker(text, f, recoveredLines(s), lines);
  return undefined;
}

function planFragment(
  s: FragmentSymbols,
  text: string | undefined,
  uses: Map<string, LoadUse>,
  options: BundleOptions,
): PlanEntry {
  const base = { fragment: s.fragment, path: s.path };
  const whole = fragmentEagerReason(s, text, options);
  if (whole !== undefined) return { ...base, mode: 'eager', stubs: [], reason: whole };
  const lines = text === undefined ? undefined : new LineIndex(text);
  const functions = s.statements.filter(
    (st): st is TopLevelStatement & { function: FunctionShape } => st.kind === 'function' && st.function !== undefined,
  );
  const stubs: string[] = [];
  const kept: { name: string; reason: string }[] = [];
  for (const st of functions) {
    const why = functionEagerReason(st.function, s, text, lines, uses);
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
