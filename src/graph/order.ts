/**
 * Ordering over fragment indices (positions in the baseline order): a stable topological order
 * that keeps the baseline wherever the edges allow, and strongly connected components for cycles.
 * Plain arrays of indices; the graphology object stays in build-graph.ts.
 */
import { at, last } from '../core/at.js';

/**
 * Kahn's algorithm that always takes the ready node with the smallest priority. With priority =
 * baseline position, a profile whose baseline order is already valid comes out unchanged.
 * Nodes on cycles never become ready: they are appended at the end in priority order.
 *
 * @param successors successors[i] = nodes that must come after i
 * @param priority   smaller first; ties broken by index
 */
export function stableTopologicalOrder(
  successors: readonly (readonly number[])[],
  priority: readonly number[],
): number[] {
  const n = successors.length;
  const indegree = new Array<number>(n).fill(0);
  for (const next of successors) for (const j of next) indegree[j] = at(indegree, j) + 1;
  const byPriority = (a: number, b: number) => at(priority, a) - at(priority, b) || a - b;
  const heap = new MinHeap(byPriority);
  for (let i = 0; i < n; i++) if (indegree[i] === 0) heap.push(i);
  const order: number[] = [];
  const placed = new Array<boolean>(n).fill(false);
  while (heap.size > 0) {
    const i = heap.pop()!;
    order.push(i);
    placed[i] = true;
    for (const j of at(successors, i)) if ((indegree[j] = at(indegree, j) - 1) === 0) heap.push(j);
  }
  if (order.length < n) {
    const rest = [...Array(n).keys()].filter((i) => !placed[i]).sort(byPriority);
    for (const i of rest) order.push(i);
  }
  return order;
}

/** Tarjan's strongly connected components, iterative (no recursion: profiles can be large). */
export function stronglyConnectedComponents(successors: readonly (readonly number[])[]): number[][] {
  const n = successors.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: { node: number; edge: number }[] = [{ node: root, edge: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = last(work);
      const next = at(successors, frame.node);
      if (frame.edge < next.length) {
        const w = at(next, frame.edge++);
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push({ node: w, edge: 0 });
        } else if (onStack[w]) {
          low[frame.node] = Math.min(at(low, frame.node), at(index, w));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = last(work).node;
        low[parent] = Math.min(at(low, parent), at(low, frame.node));
      }
      if (low[frame.node] === index[frame.node]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          component.push(w);
        } while (w !== frame.node);
        components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components;
}

/**
 * One concrete cycle through `start` inside a component: the shortest path start -> ... -> start,
 * found breadth-first, taking successors in index order so the answer is deterministic.
 */
export function cycleThrough(
  start: number,
  component: ReadonlySet<number>,
  successors: readonly (readonly number[])[],
): number[] {
  const parent = new Map<number, number>();
  const queue: number[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = at(queue, head);
    for (const w of [...at(successors, node)].sort((a, b) => a - b)) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [node];
        for (let first = node; first !== start; path.unshift(first)) first = parent.get(first)!;
        return path;
      }
      if (!parent.has(w)) {
        parent.set(w, node);
        queue.push(w);
      }
    }
  }
  return [start];
}

/** A binary min-heap of numbers under a comparator. */
class MinHeap {
  private readonly items: number[] = [];
  constructor(private readonly compare: (a: number, b: number) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.compare(at(items, i), at(items, p)) >= 0) break;
      [items[i], items[p]] = [at(items, p), at(items, i)];
      i = p;
    }
  }

  pop(): number | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.compare(at(items, l), at(items, m)) < 0) m = l;
        if (r < items.length && this.compare(at(items, r), at(items, m)) < 0) m = r;
        if (m === i) break;
        [items[i], items[m]] = [at(items, m), at(items, i)];
        i = m;
      }
    }
    return top;
  }
}
