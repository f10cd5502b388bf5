/** Small statistics the benchmark scripts share. */
import { at } from '../src/core/at.js';

/** The median of `xs` (the mean of the two middle values when there is an even number). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? at(s, (s.length - 1) / 2) : (at(s, s.length / 2 - 1) + at(s, s.length / 2)) / 2;
}

/**
 * The median of the round-by-round ratios `a[i] / b[i]` of two series measured side by side (run
 * i of each in the same round). On a machine whose speed drifts between rounds it moves less than
 * the ratio of the two medians, since both runs of a round see the same machine.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) throw new Error(`pairedRatio: ${a.length} and ${b.length} runs`);
  return median(a.map((x, i) => x / at(b, i)));
}
