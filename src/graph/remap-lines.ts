/**
 * A graph for fragments whose lines moved and nothing else (core/graph-view.ts movedLines): the
 * last graph with those fragments' lines mapped, instead of building it again. buildGraph only
 * carries lines through, compares them within one file (where the map keeps their order) and
 * writes them into messages as `path:line`, so mapping every place it puts them gives the graph
 * buildGraph would build: test/graph/remap-lines.test.ts compares the two.
 */
import { compareDiagnostics, type Diagnostic, type RelatedLocation } from '../core/diagnostics.js';
import type { DependencyGraph, EdgeVia } from '../core/types.js';

/** One fragment's moved lines: old line to new line, for its own items (not its sub-files'). */
export interface MovedFragment {
  readonly fragment: string;
  readonly path: string;
  readonly lines: ReadonlyMap<number, number>;
}

/** Thrown inside remapGraphLines when a line it meets is not one the map knows: the caller builds instead. */
class Unmapped extends Error {}

/**
 * `graph` with the moved fragments' lines mapped; undefined when a line it holds for one of
 * them is not in its map (a line that is no item's position, such as a cycle's default anchor):
 * then only buildGraph knows the answer.
 */
export function remapGraphLines(graph: DependencyGraph, moved: readonly MovedFragment[]): DependencyGraph | undefined {
  if (moved.length === 0) return graph;
  const byId = new Map(moved.map((m) => [m.fragment, m]));
  const byPath = new Map(moved.map((m) => [m.path, m]));
  if (graph.cycles.some((c) => c.fragments.some((id) => byId.has(id)))) return undefined;
  const line = (m: MovedFragment, n: number): number => {
    const to = m.lines.get(n);
    if (to === undefined) throw new Unmapped();
    return to;
  };
  const via = (list: readonly EdgeVia[], to: string): readonly EdgeVia[] => {
    const m = byId.get(to);
    if (!m) return list;
    return list.map((v) => (v.file !== undefined ? v : { ...v, line: line(m, v.line) }));
  };
  // `path:line` in a message, the path not part of a longer one.
  const patterns = moved.map((m) => ({
    m,
    re: new RegExp(`(^|[\\s('"\`,;])${m.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`, 'g'),
  }));
  const message = (text: string): string => {
    let out = text;
    for (const { m, re } of patterns) {
      if (!out.includes(`${m.path}:`)) continue;
      out = out.replace(re, (_all, before: string, n: string) => `${before}${m.path}:${line(m, Number(n))}`);
    }
    return out;
  };
  // What the move does not touch stays the same object.
  const related = (r: RelatedLocation): RelatedLocation => {
    const m = byPath.get(r.file);
    const text = message(r.message);
    return m || text !== r.message ? { ...r, line: m ? line(m, r.line) : r.line, message: text } : r;
  };
  const diagnostic = (d: Diagnostic): Diagnostic => {
    const m = d.file === undefined ? undefined : byPath.get(d.file);
    const text = message(d.message);
    const rel = d.related?.map(related);
    if (!m && text === d.message && (rel ?? []).every((r, i) => r === d.related?.[i])) return d;
    return {
      ...d,
      message: text,
      ...(m && d.line !== undefined ? { line: line(m, d.line) } : {}),
      ...(rel ? { related: rel } : {}),
    };
  };
  try {
    return {
      ...graph,
      edges: graph.edges.map((e) => (byId.has(e.to) ? { ...e, via: via(e.via, e.to) } : e)),
      runtimeUses: graph.runtimeUses.map((u) => (byId.has(u.to) ? { ...u, via: via(u.via, u.to) } : u)),
      // Sorted again as buildGraph sorts them: a mapped line or message may sort differently among equals elsewhere.
      hazards: graph.hazards.map(diagnostic).sort(compareDiagnostics),
      diagnostics: graph.diagnostics.map(diagnostic).sort(compareDiagnostics),
    };
  } catch (error) {
    if (error instanceof Unmapped) return undefined;
    throw error;
  }
}
