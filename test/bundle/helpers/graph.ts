/**
 * A DependencyGraph built by hand for bundle tests (the graph stage is tested on its own): the
 * baseline order, and an edge wherever a load-phase command use names a function an earlier
 * fragment defines (enough for the planner's "needed at load time" rule).
 */
import type { DependencyGraph, Edge, FragmentSymbols } from '../../../src/core/types.js';
import { at } from '../../../src/core/at.js';

/** The graph of fragments that keep their baseline order. */
export function baselineGraph(symbols: readonly FragmentSymbols[]): DependencyGraph {
  const ids = symbols.map((s) => s.fragment);
  const edges: Edge[] = [];
  symbols.forEach((user, to) => {
    for (let from = 0; from < to; from++) {
      const defined = new Set(
        at(symbols, from)
          .defines.filter((d) => d.kind === 'function')
          .map((d) => d.name.toLowerCase()),
      );
      const via = user.references
        .filter((r) => r.phase === 'load' && r.kind === 'command' && defined.has(r.name.toLowerCase()))
        .map((r) => ({ kind: r.kind, name: r.name, line: r.line, column: r.column, access: r.access }));
      if (via.length > 0) edges.push({ from: at(ids, from), to: at(ids, to), via, declared: false, inferred: true });
    }
  });
  return {
    fragments: ids,
    edges,
    runtimeUses: [],
    order: ids,
    levels: [ids],
    cycles: [],
    hazards: [],
    diagnostics: [],
  };
}
