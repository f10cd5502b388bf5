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
  const fragmentAt = new Map<string, string>();
  for (const s of symbols) {
    const e = s.sideEffects[0];
    if (e) fragmentAt.set(`${e.file ?? s.path}:${e.line}:${e.column}`, s.fragment);
  }
  const entries = new Map(plan.entries.map((e) => [e.fragment, e]));
  return findings.map((d) => {
    if (d.code !== 'LOAD_SIDE_EFFECT') return d;
    const entry = entries.get(fragmentAt.get(`${d.file}:${d.line}:${d.column}`) ?? '');
    if (!entry) return d;
    const outcome =
      entry.mode === 'deferred'
        ? 'deferred all the same: a deferred fragment may make these calls (stream writers, helpers in deferral.calls), and makes them on the first call of one of its names'
        : entry.keptEagerBy
          ? `it runs at start-up, in its place (not deferred: ${entry.keptEagerBy.file}:${entry.keptEagerBy.line}: ${entry.keptEagerBy.why})`
          : 'it runs at start-up, in its place';
    return { ...d, message: `${d.message}; ${outcome}` };
  });
}
