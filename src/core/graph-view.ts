/** Comparing fragments by what the graph stage reads of them (GraphSymbols). */
import type { GraphSymbols } from './types.js';

/** Every field of GraphSymbols (the compiler checks none is missing). */
const GRAPH_FIELDS = ['fragment', 'path', 'defines', 'references', 'sideEffects', 'directives', 'subFiles'] as const;
/** Compiles only while GRAPH_FIELDS names every field of GraphSymbols. */
export const GRAPH_FIELDS_COMPLETE: Exclude<keyof GraphSymbols, (typeof GRAPH_FIELDS)[number]> extends never
  ? true
  : never = true;

/**
 * How the lines of a fragment's own items moved between two parses of it, when that is all that
 * changed in what the graph stage reads: each old line to its new line, strictly increasing (an
 * edit that adds or removes whole lines; every line to itself for an edit within lines). Undefined
 * when anything else differs: a name, a kind, a column, the order of items, or a line of an item
 * in a sub-file (`file`; a sub-file load's line is in its `from` file). The graph stage compares
 * lines only within one file and orders a fragment's items across its files by where they run
 * (resolve.ts runsAt), which a strictly increasing map keeps. Offsets (`start`, `end`) are not
 * compared: the graph stage reads no offsets.
 */
export function movedLines(a: GraphSymbols, b: GraphSymbols): ReadonlyMap<number, number> | undefined {
  if (a.path !== b.path) return undefined;
  const lines = new Map<number, number>();
  for (const k of GRAPH_FIELDS) if (!sameBut(a[k], b[k], undefined, undefined, a.path, lines)) return undefined;
  const old = [...lines.keys()].sort((x, y) => x - y);
  for (let i = 1; i < old.length; i++) if (lines.get(old[i - 1]!)! >= lines.get(old[i]!)!) return undefined;
  return lines;
}

/**
 * Equal but for the own lines (recorded in `lines`) and offsets. `file`: the sub-file the values
 * stand in, undefined for the fragment's own (`own` is its path).
 */
function sameBut(
  x: unknown,
  y: unknown,
  key: string | undefined,
  file: string | undefined,
  own: string,
  lines: Map<number, number>,
): boolean {
  if (key === 'line' && typeof x === 'number' && typeof y === 'number') {
    if (file !== undefined) return x === y;
    const seen = lines.get(x);
    if (seen === undefined) lines.set(x, y);
    return seen === undefined || seen === y;
  }
  if ((key === 'start' || key === 'end') && typeof x === 'number' && typeof y === 'number') return true;
  if (x === y) return true;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameBut(x[i], y[i], undefined, file, own, lines)) return false;
    return true;
  }
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null || Array.isArray(y)) return false;
  const ox = x as Record<string, unknown>;
  const oy = y as Record<string, unknown>;
  // An item in a sub-file names it (`file`); a sub-file load names the file its dot-source is in (`from`).
  const named = typeof ox.file === 'string' ? ox.file : typeof ox.from === 'string' ? ox.from : undefined;
  const inner = named === undefined ? file : named === own ? undefined : named;
  const kx = Object.keys(ox);
  const ky = Object.keys(oy);
  if (kx.length !== ky.length) return false;
  for (let i = 0; i < kx.length; i++) {
    const k = kx[i]!;
    if (k !== ky[i]) return false;
    if (!sameBut(ox[k], oy[k], k, inner, own, lines)) return false;
  }
  return true;
}
