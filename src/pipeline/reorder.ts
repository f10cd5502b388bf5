/**
 * The fewest renames that make a one-by-one loader's order (fragments sorted by name) valid.
 * Pure: names in, a plan out; `check --suggest-order` prints it and `--fix` applies it.
 *
 * A set of fragments can keep their names exactly when their current order agrees with some valid
 * order, so the plan keeps the largest such set (keptMost), orders the rest around it, and gives
 * those new numeric prefixes that sort between their kept neighbours.
 */

/** `to` must load after `from`. */
export interface OrderEdge {
  readonly from: string;
  readonly to: string;
}

/** One rename of a fragment file, both paths relative to the fragments folder with `/`. */
export interface Rename {
  readonly from: string;
  readonly to: string;
}

export interface RenamePlan {
  /** The valid order the renames give (fragment ids). */
  readonly order: readonly string[];
  readonly renames: readonly Rename[];
  /**
   * Set when no prefix fitted between two kept neighbours, so every fragment whose name changes
   * under a fresh numbering (steps of 10) is renamed instead: says which neighbours.
   */
  readonly renumbered?: string;
  /** False when no renames can give the order (fragments in sub-folders sort by folder first). */
  readonly valid: boolean;
}

/**
 * Valid orders (every edge's `from` before its `to`) close to `ids`' order, the one that lets
 * the most fragments keep their place first (see keptMost); two simpler ones after it, which
 * may keep as many with names that fit better. Undefined when the edges have a cycle.
 */
export function closestValidOrders(ids: readonly string[], edges: readonly OrderEdge[]): string[][] | undefined {
  const forward = stableTopological(ids, edges, false);
  if (!forward) return undefined;
  const backward = stableTopological(ids, edges, true)!;
  const best = keptMost(ids, edges);
  const chain = best.slice(1).map((k, i) => ({ from: ids[best[i]!]!, to: ids[k]! }));
  const most = stableTopological(ids, [...edges, ...chain], false)!;
  const rank = new Map(ids.map((id, i) => [id, i]));
  const keep = (order: readonly string[]) => longestIncreasing(order.map((id) => rank.get(id)!)).length;
  return [most, ...(keep(backward) > keep(forward) ? [backward, forward] : [forward, backward])];
}

/**
 * The largest set of fragments that can keep their places (indexes into `ids`, ascending).
 * Two fragments cannot both stay when the later one must load before the earlier (it reaches it
 * through the edges). That relation is a partial order, so the largest set of pairwise compatible
 * fragments is its largest antichain: by Dilworth and König, n minus a maximum matching in its
 * bipartite graph, read off the alternating paths from unmatched fragments. Any such set is
 * consistent with the edges (a cycle through it would need a pair in conflict).
 */
export function keptMost(ids: readonly string[], edges: readonly OrderEdge[]): number[] {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const next: number[][] = ids.map(() => []);
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a !== undefined && b !== undefined && a !== b) next[a]!.push(b);
  }
  // conflict[x]: the fragments before x that x must load before.
  const conflict: number[][] = ids.map((_, x) => {
    const seen = new Uint8Array(n);
    const stack = [x];
    const out: number[] = [];
    while (stack.length > 0) {
      for (const y of next[stack.pop()!]!) {
        if (seen[y]) continue;
        seen[y] = 1;
        stack.push(y);
        if (y < x) out.push(y);
      }
    }
    return out;
  });
  // Maximum matching, left x to right y for each conflict (Kuhn's augmenting paths).
  const matchOfRight = new Array<number>(n).fill(-1);
  const matchOfLeft = new Array<number>(n).fill(-1);
  for (let x = 0; x < n; x++) {
    const visited = new Uint8Array(n);
    const augment = (u: number): boolean => {
      for (const y of conflict[u]!) {
        if (visited[y]) continue;
        visited[y] = 1;
        if (matchOfRight[y] === -1 || augment(matchOfRight[y]!)) {
          matchOfRight[y] = u;
          matchOfLeft[u] = y;
          return true;
        }
      }
      return false;
    };
    augment(x);
  }
  // König: from unmatched left vertices, alternate (any edge right, matched edge back left).
  const leftZ = new Uint8Array(n);
  const rightZ = new Uint8Array(n);
  const queue: number[] = [];
  for (let x = 0; x < n; x++) {
    if (matchOfLeft[x] === -1) {
      leftZ[x] = 1;
      queue.push(x);
    }
  }
  while (queue.length > 0) {
    const u = queue.shift()!;
    for (const y of conflict[u]!) {
      if (rightZ[y]) continue;
      rightZ[y] = 1;
      const back = matchOfRight[y]!;
      if (back !== -1 && !leftZ[back]) {
        leftZ[back] = 1;
        queue.push(back);
      }
    }
  }
  const kept: number[] = [];
  for (let x = 0; x < n; x++) if (leftZ[x] && !rightZ[x]) kept.push(x);
  return kept;
}

/**
 * Kahn's algorithm choosing, among the fragments free to go next, the earliest in `ids` (forward);
 * or building from the end, choosing the latest (backward): the first moves late fragments
 * earlier, the second early fragments later.
 */
function stableTopological(
  ids: readonly string[],
  edges: readonly OrderEdge[],
  backward: boolean,
): string[] | undefined {
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const next: number[][] = ids.map(() => []);
  const waiting = new Array<number>(n).fill(0);
  for (const e of edges) {
    const a = index.get(backward ? e.to : e.from);
    const b = index.get(backward ? e.from : e.to);
    if (a === undefined || b === undefined || a === b) continue;
    next[a]!.push(b);
    waiting[b]!++;
  }
  // A sorted list of ready indexes: profiles are small, a binary insert is plenty.
  const ready: number[] = [];
  const insert = (i: number) => {
    let lo = 0;
    let hi = ready.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ready[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    ready.splice(lo, 0, i);
  };
  waiting.forEach((w, i) => {
    if (w === 0) insert(i);
  });
  const out: number[] = [];
  while (ready.length > 0) {
    const i = backward ? ready.pop()! : ready.shift()!;
    out.push(i);
    for (const j of next[i]!) if (--waiting[j]! === 0) insert(j);
  }
  if (out.length < n) return undefined;
  if (backward) out.reverse();
  return out.map((i) => ids[i]!);
}

/** Positions in `xs` of one longest strictly increasing subsequence (the leftmost-ending one). */
export function longestIncreasing(xs: readonly number[]): number[] {
  const tails: number[] = []; // tails[k]: position of the smallest last value of a run of length k+1
  const before: number[] = new Array<number>(xs.length).fill(-1);
  xs.forEach((x, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const out: number[] = [];
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = before[i]!) out.push(i);
  return out.reverse();
}

/** A file name split into its numeric prefix, the separator after it, and the rest. */
function splitName(name: string): { digits?: string; sep: string; rest: string } {
  const m = /^(\d+)([-_. ]*)(.*)$/.exec(name);
  return m ? { digits: m[1]!, sep: m[2]!, rest: m[3]! } : { sep: '', rest: name };
}

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '');
const baseOf = (p: string) => p.slice(dirOf(p).length);

/**
 * Numeric prefixes for `count` names between a neighbour with prefix `low` and one with `high`
 * (undefined: no neighbour on that side), candidates nicest first: numbers of the neighbours'
 * width spread evenly (steps of 10 after the last), then `low` with one or two digits appended
 * (`15` → `155`, which sorts between `15-…` and `16-…`).
 */
function prefixCandidates(low: string | undefined, high: string | undefined, count: number): string[][] {
  const width = Math.max(low?.length ?? 0, high?.length ?? 0, 2);
  const top = 10 ** width;
  const lo = low === undefined ? -1 : Number(low);
  const hi = high === undefined ? top : Number(high);
  const out: string[][] = [];
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  if (high === undefined && low !== undefined) {
    const start = Math.floor(lo / 10) * 10 + 10;
    if (start + (count - 1) * 10 < top) out.push(Array.from({ length: count }, (_, k) => pad(start + k * 10, width)));
  }
  if (hi - lo - 1 >= count) {
    const step = (hi - lo) / (count + 1);
    out.push(Array.from({ length: count }, (_, k) => pad(Math.round(lo + step * (k + 1)), width)));
  }
  if (low !== undefined) {
    for (const digits of [1, 2]) {
      const room = 10 ** digits;
      if (count > room - 1) continue;
      const step = room / (count + 1);
      out.push(Array.from({ length: count }, (_, k) => low + pad(Math.round(step * (k + 1)), digits)));
    }
  }
  return out;
}

/**
 * Plan the fewest renames that make sorting by name (with `compare`, the loader's sort) give a
 * valid order. `paths`: the fragments' paths relative to the folder, in current (sorted) order;
 * `ids` the matching fragment ids; `taken`: every name in use in the folder, lower-cased (new
 * names never collide with one). Undefined when the edges have a cycle.
 */
export function planRenames(
  paths: readonly string[],
  ids: readonly string[],
  edges: readonly OrderEdge[],
  compare: (a: string, b: string) => number,
  taken: ReadonlySet<string>,
): RenamePlan | undefined {
  const orders = closestValidOrders(ids, edges);
  if (!orders) return undefined;
  let failed = '';
  for (const order of orders) {
    const planned = renamesFor(order, paths, ids, compare, taken);
    if (typeof planned !== 'string')
      return { order, renames: planned, valid: sortsTo(order, paths, ids, planned, compare) };
    failed ||= planned;
  }
  const order = orders[0]!;
  const pathOf = new Map(ids.map((id, i) => [id, paths[i]!]));
  const renames = renumberAll(order.map((id) => pathOf.get(id)!));
  return { order, renames, renumbered: failed, valid: sortsTo(order, paths, ids, renames, compare) };
}

/** Whether sorting the names after `renames` gives `order` (it cannot across sub-folders). */
function sortsTo(
  order: readonly string[],
  paths: readonly string[],
  ids: readonly string[],
  renames: readonly Rename[],
  compare: (a: string, b: string) => number,
): boolean {
  const renamed = new Map(renames.map((r) => [r.from, r.to]));
  const idOf = new Map(paths.map((p, i) => [renamed.get(p) ?? p, ids[i]!]));
  const sorted = [...idOf.keys()].sort(compare).map((p) => idOf.get(p)!);
  return sorted.every((id, i) => id === order[i]);
}

/** The renames that keep the most fragments of `order` in place, or which neighbours nothing fits between. */
function renamesFor(
  order: readonly string[],
  paths: readonly string[],
  ids: readonly string[],
  compare: (a: string, b: string) => number,
  taken: ReadonlySet<string>,
): Rename[] | string {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const pathOf = new Map(ids.map((id, i) => [id, paths[i]!]));
  const kept = new Set(longestIncreasing(order.map((id) => rank.get(id)!)).map((k) => order[k]!));
  const used = new Set(taken);
  const renames: Rename[] = [];
  let k = 0;
  while (k < order.length) {
    if (kept.has(order[k]!)) {
      k++;
      continue;
    }
    let end = k;
    while (end < order.length && !kept.has(order[end]!)) end++;
    const run = order.slice(k, end).map((id) => pathOf.get(id)!);
    const lower = k > 0 ? pathOf.get(order[k - 1]!) : undefined;
    const upper = end < order.length ? pathOf.get(order[end]!) : undefined;
    const names = fitBetween(lower, upper, run, compare, used);
    if (!names) return `${lower ?? '(start)'} and ${upper ?? '(end)'}`;
    names.forEach((to, i) => {
      used.add(to.toLowerCase());
      renames.push({ from: run[i]!, to });
    });
    k = end;
  }
  return renames;
}

/** New names for `run` (in this order) that sort strictly between `lower` and `upper`, or undefined. */
function fitBetween(
  lower: string | undefined,
  upper: string | undefined,
  run: readonly string[],
  compare: (a: string, b: string) => number,
  used: ReadonlySet<string>,
): string[] | undefined {
  const prefixOf = (p: string | undefined, dir: string) =>
    p !== undefined && dirOf(p) === dir ? splitName(baseOf(p)).digits : undefined;
  const dir = dirOf(run[0]!);
  const low = prefixOf(lower, dir);
  const high = prefixOf(upper, dir);
  // A neighbour without a numeric prefix (or in another folder) may leave no number that fits:
  // the comparison below is the judge.
  for (const prefixes of prefixCandidates(low, high, run.length)) {
    const names = run.map((p, i) => {
      const { sep, rest } = splitName(baseOf(p));
      return `${dirOf(p)}${prefixes[i]!}${sep || '-'}${rest}`;
    });
    const chain = [...(lower !== undefined ? [lower] : []), ...names, ...(upper !== undefined ? [upper] : [])];
    const sorted = chain.every((name, i) => i === 0 || compare(chain[i - 1]!, name) < 0);
    if (sorted && names.every((n) => !used.has(n.toLowerCase()))) return names;
  }
  return undefined;
}

/** The fallback: a fresh numbering of every fragment in steps of 10, renaming those it changes. */
function renumberAll(ordered: readonly string[]): Rename[] {
  const width = String(ordered.length * 10).length;
  const out: Rename[] = [];
  ordered.forEach((p, i) => {
    const { sep, rest } = splitName(baseOf(p));
    const to = `${dirOf(p)}${String((i + 1) * 10).padStart(width, '0')}${sep || '-'}${rest}`;
    if (to !== p) out.push({ from: p, to });
  });
  return out;
}
