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

/**
 * How the lines of a fragment's own items moved between two parses of it, when that is all that
 * changed in what the graph stage reads: each old line to its new line, strictly increasing (an
 * edit that adds or removes whole lines; every line to itself for an edit within lines). Undefined
 * when anything else differs: a name, a kind, a column, the order of items; or when lines moved in
 * a fragment with sub-files attached (a sub-file's lines did not move while the fragment's did,
 * so comparisons across the two could turn). Offsets (`start`, `end`) are not compared: the graph
 * stage reads no offsets.
 */
export function movedLines(a: GraphSymbols, b: GraphSymbols): ReadonlyMap<number, number> | undefined {
  const lines = new Map<number, number>();
  for (const k of GRAPH_FIELDS) if (!sameBut(a[k], b[k], undefined, lines)) return undefined;
  const stayed = [...lines].every(([x, y]) => x === y);
  if (!stayed && (inSubFiles(a) || inSubFiles(b))) return undefined;
  const old = [...lines.keys()].sort((x, y) => x - y);
  for (let i = 1; i < old.length; i++) if (lines.get(old[i - 1]!)! >= lines.get(old[i]!)!) return undefined;
  return lines;
}

function sameBut(x: unknown, y: unknown, key: string | undefined, lines: Map<number, number>): boolean {
  if (key === 'line' && typeof x === 'number' && typeof y === 'number') {
    const seen = lines.get(x);
    if (seen === undefined) lines.set(x, y);
    return seen === undefined || seen === y;
  }
  if ((key === 'start' || key === 'end') && typeof x === 'number' && typeof y === 'number') return true;
  if (x === y) return true;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameBut(x[i], y[i], undefined, lines)) return false;
    return true;
  }
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null || Array.isArray(y)) return false;
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  if (kx.length !== ky.length) return false;
  for (let i = 0; i < kx.length; i++) {
    const k = kx[i]!;
    if (k !== ky[i]) return false;
    if (!sameBut((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], k, lines)) return false;
  }
  return true;
}

/** True when the fragment has sub-files attached, or an item that stands in one. */
function inSubFiles(s: GraphSymbols): boolean {
  if ((s.subFiles?.length ?? 0) > 0) return true;
  return [...s.defines, ...s.references, ...s.sideEffects].some((item) => item.file !== undefined);
}
