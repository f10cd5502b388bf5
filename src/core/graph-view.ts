/** Comparing fragments by what the graph stage reads of them (GraphSymbols). */
import type { FragmentSymbols, GraphSymbols } from './types.js';

/** Every field of GraphSymbols (the compiler checks none is missing). */
const GRAPH_FIELDS = ['fragment', 'path', 'defines', 'references', 'sideEffects', 'directives', 'subFiles'] as const;
/** Compiles only while GRAPH_FIELDS names every field of GraphSymbols. */
export const GRAPH_FIELDS_COMPLETE: Exclude<keyof GraphSymbols, (typeof GRAPH_FIELDS)[number]> extends never
  ? true
  : never = true;

/**
 * True when `a` and `b` give the graph stage (and everything that reads only GraphSymbols) the
 * same input: the same object, or equal views.
 */
export function sameGraphView(a: FragmentSymbols, b: FragmentSymbols): boolean {
  if (a === b) return true;
  const view = (s: FragmentSymbols) => JSON.stringify(GRAPH_FIELDS.map((k) => s[k]));
  return view(a) === view(b);
}
