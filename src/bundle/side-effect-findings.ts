/**
 * The graph reports a fragment's load-time side effects (LOAD_SIDE_EFFECT) before the plan
 * exists, so it says only what the fragment does. What the bundle then does with it depends on the
 * plan: with whole-fragment deferral a fragment whose only such work is calls a deferred fragment
 * may make (stream writers, the helpers in `deferral.calls`) is deferred; otherwise the code runs at start-up, in its place. This adds
 * that consequence to each finding, from the plan.
 */
import type { BundlePlan, Diagnostic, FragmentSymbols } from '../core/types.js';

/**
 * `findings` with every LOAD_SIDE_EFFECT message completed by what the bundle does with its
 * fragment. The graph places the finding at the fragment's first side effect (in a sub-file
 * when it stands in one), which is how it is matched back to its fragment here.
 */
export function withSideEffectOutcome(
  findings: readonly Diagnostic[],
  symbols: readonly FragmentSymbols[],
  plan: BundlePlan,
): Diagnostic[] {
  // Only the files the findings name are indexed: no key made per fragment.
  const files = new Set<string>();
  for (const d of findings) if (d.code === 'LOAD_SIDE_EFFECT' && d.file !== undefined) files.add(d.file);
  if (files.size === 0) return [...findings];
  const firstEffects = new Map<
    string,
    { readonly line: number; readonly column: number; readonly fragment: string }[]
  >();
  for (const s of symbols) {
    const e = s.sideEffects[0];
    if (!e) continue;
    const file = e.file ?? s.path;
    if (!files.has(file)) continue;
    const list = firstEffects.get(file);
    const at = { line: e.line, column: e.column, fragment: s.fragment };
    if (list) list.push(at);
    else firstEffects.set(file, [at]);
  }
  // The last fragment whose first side effect stands there (as a map by place would keep).
  const fragmentAt = (d: Diagnostic) =>
    firstEffects.get(d.file ?? '')?.findLast((e) => e.line === d.line && e.column === d.column)?.fragment;
  const wanted = new Set<string>();
  for (const list of firstEffects.values()) for (const e of list) wanted.add(e.fragment);
  const entries = new Map(plan.entries.filter((e) => wanted.has(e.fragment)).map((e) => [e.fragment, e]));
  return findings.map((d) => {
    if (d.code !== 'LOAD_SIDE_EFFECT') return d;
    const entry = entries.get(fragmentAt(d) ?? '');
    if (!entry) return d;
    const outcome =
      entry.mode === 'deferred'
        ? 'deferred all the same: a deferred fragment may make these calls (stream writers, helpers in deferral.calls), and makes them on the first call of one of its names'
        : entry.keptEagerBy
          ? `it runs at start-up, in its place (not deferred: ${entry.keptEagerBy.file}:${entry.keptEagerBy.line}: ${entry.keptEagerBy.why})`
          : 'it runs at start-up, in its place';
    const kept = completed.get(d);
    if (kept?.outcome === outcome) return kept.result;
    const result = { ...d, message: `${d.message}; ${outcome}` };
    completed.set(d, { outcome, result });
    return result;
  });
}

/** The completed finding last made from a finding (keyed by it and the outcome): the same object again for a resident build. */
const completed = new WeakMap<Diagnostic, { readonly outcome: string; readonly result: Diagnostic }>();
