/**
 * The graph stage: from every fragment's symbols to the load order, the levels of independent
 * fragments, the cycles and the hazards. Pure: the same symbols give the same graph, always.
 * The graphology graph lives only inside this module; callers get a plain DependencyGraph.
 */
import { DirectedGraph } from 'graphology';
import { topologicalGenerations } from 'graphology-dag';
import { compareDiagnostics, diagnostic } from '../core/diagnostics.js';
import type {
  Cycle,
  DependencyGraph,
  Diagnostic,
  Edge,
  EdgeVia,
  GraphSymbols,
  NamedAt,
  RuntimeUse,
} from '../core/types.js';
import { findHazards } from './hazards.js';
import { cycleThrough, stableTopologicalOrder, stronglyConnectedComponents } from './order.js';
import { indexDefinitions, resolveReferences, runsAt, runsBefore, type Requirement } from './resolve.js';
import { at } from '../core/at.js';

export interface GraphOptions {
  /** Fragment names that load first, in this order, whenever their dependencies allow. */
  readonly first?: readonly string[];
}

/** Mutable edge under construction. */
interface EdgeDraft {
  readonly from: number;
  readonly to: number;
  readonly via: EdgeVia[];
  declared: boolean;
  inferred: boolean;
  /** True when a use (not only a shared-state constraint) causes it. */
  used: boolean;
  /** True when an unguarded use causes it (false with `used`: a soft edge, only guarded uses). */
  hardUse: boolean;
}

/**
 * Build the dependency graph. `symbols` must be in baseline order (as the load stage orders
 * fragments): the baseline decides which definition a use sees and the preferred order.
 */
export function buildGraph(symbols: readonly GraphSymbols[], options: GraphOptions = {}): DependencyGraph {
  const n = symbols.length;
  const ids = symbols.map((s) => s.fragment);
  const defs = indexDefinitions(symbols);
  const resolution = resolveReferences(symbols, defs);
  const diagnostics: Diagnostic[] = [];

  const drafts = new Map<string, EdgeDraft>();
  const draft = (from: number, to: number): EdgeDraft => {
    const key = `${from}>${to}`;
    let e = drafts.get(key);
    if (!e) {
      e = { from, to, via: [], declared: false, inferred: false, used: false, hardUse: false };
      drafts.set(key, e);
    }
    return e;
  };
  for (const r of resolution.requirements) addRequirement(draft(r.from, r.to), r);

  const resolveName = fragmentResolver(ids);
  symbols.forEach((s, to) => {
    for (const dep of [...s.directives.dependencies, ...s.directives.requiresFragments]) {
      const from = resolveName(dep.name);
      if (from === undefined) {
        diagnostics.push(missingDependency(s, dep, ids));
      } else if (from !== to) {
        draft(from, to).declared = true;
      }
    }
  });

  const edgesByIndex = [...drafts.values()].sort((a, b) => a.from - b.from || a.to - b.to);
  const successors: number[][] = Array.from({ length: n }, () => []);
  for (const e of edgesByIndex) at(successors, e.from).push(e.to);

  diagnostics.push(...headerFindings(symbols, edgesByIndex, resolveName));

  const cycles = findCycles(ids, symbols, successors, drafts);
  for (const c of cycles) diagnostics.push(cycleDiagnostic(c, symbols, ids));

  const priority = firstPriority(ids, options.first ?? []);
  const order = stableTopologicalOrder(successors, priority).map((i) => at(ids, i));
  const levels = computeLevels(ids, edgesByIndex, cycles);

  const hazards = findHazards(symbols, defs, resolution.misordered).sort(compareDiagnostics);
  const edges: Edge[] = edgesByIndex.map((e) => ({
    from: at(ids, e.from),
    to: at(ids, e.to),
    via: sortVia(e.via, at(symbols, e.to)),
    declared: e.declared,
    inferred: e.inferred,
    ...(e.used && !e.hardUse ? { guarded: true as const } : {}),
  }));
  return {
    fragments: ids,
    edges,
    runtimeUses: runtimeUses(ids, symbols, resolution.runtime),
    order,
    levels,
    cycles,
    hazards,
    diagnostics: diagnostics.sort(compareDiagnostics),
  };
}

function addRequirement(e: EdgeDraft, r: Requirement): void {
  e.inferred = true;
  if (r.reason === 'use') {
    e.used = true;
    if (!r.via.guarded) e.hardUse = true;
  }
  const same = e.via.some(
    (v) =>
      v.line === r.via.line &&
      v.column === r.via.column &&
      v.file === r.via.file &&
      v.name === r.via.name &&
      v.kind === r.via.kind,
  );
  if (!same) e.via.push(r.via);
}

/**
 * The uses in the order they run in the fragment `s` that makes them (its own lines, a sub-file's
 * item at the dot-source that loads it: runsAt), then by name. Lines of different files are never
 * compared, so an edit that moves only the fragment's own lines keeps the order (remap-lines.ts).
 */
function sortVia(via: readonly EdgeVia[], s: GraphSymbols): EdgeVia[] {
  const byName = (a: EdgeVia, b: EdgeVia) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  if (!via.some((v) => v.file !== undefined)) {
    return [...via].sort((a, b) => a.line - b.line || a.column - b.column || byName(a, b));
  }
  const chains = new Map(via.map((v) => [v, runsAt(s, v)]));
  return [...via].sort((a, b) => {
    const x = chains.get(a)!;
    const y = chains.get(b)!;
    return runsBefore(x, y) ? -1 : runsBefore(y, x) ? 1 : byName(a, b);
  });
}

/**
 * Map a name from a header (or `explain`) to a fragment index: the id spelled exactly so, else the
 * id in any case, else the one id that matches once its numeric prefix is dropped (`bootstrap`
 * names `00-bootstrap`).
 */
export function fragmentResolver(ids: readonly string[]): (name: string) => number | undefined {
  const exact = new Map<string, number>();
  const stripped = new Map<string, number[]>();
  ids.forEach((id, i) => {
    const lower = id.toLowerCase();
    if (!exact.has(lower)) exact.set(lower, i);
    const base = lower.slice(lower.lastIndexOf('/') + 1);
    for (const key of new Set([base, base.replace(/^\d+[-_. ]*/, '')])) {
      const list = stripped.get(key) ?? [];
      list.push(i);
      stripped.set(key, list);
    }
  });
  // Ids differing only in case (x.ps1 and X.ps1, on a case-sensitive file system): the one
  // spelled as asked wins; otherwise the first in baseline order.
  const verbatim = new Map<string, number>(ids.map((id, i) => [id, i]));
  return (name) => {
    const asked = name.trim().replace(/\.ps1$/i, '');
    const same = verbatim.get(asked);
    if (same !== undefined) return same;
    const lower = asked.toLowerCase();
    const hit = exact.get(lower);
    if (hit !== undefined) return hit;
    const candidates = stripped.get(lower);
    return candidates && candidates.length === 1 ? candidates[0] : undefined;
  };
}

function missingDependency(s: GraphSymbols, dep: NamedAt, ids: readonly string[]): Diagnostic {
  const lower = dep.name.toLowerCase();
  const near = ids.filter(
    (id) => id.toLowerCase().includes(lower) || lower.includes(id.toLowerCase().replace(/^\d+[-_. ]*/, '')),
  );
  const hint = near.length > 0 ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : '';
  return diagnostic('MISSING_DEPENDENCY', `declared dependency "${dep.name}" names no fragment${hint}`, {
    file: s.path,
    line: dep.line,
    column: dep.column,
  });
}

/**
 * Compare headers with what the code needs: needed-but-not-declared (unless reachable through
 * declared headers) and declared-but-not-needed (unless needed through other fragments).
 */
function headerFindings(
  symbols: readonly GraphSymbols[],
  edges: readonly EdgeDraft[],
  resolve: (name: string) => number | undefined,
): Diagnostic[] {
  const n = symbols.length;
  const declaredPreds: number[][] = Array.from({ length: n }, () => []);
  const usedPreds: number[][] = Array.from({ length: n }, () => []);
  const hardPreds: number[][] = Array.from({ length: n }, () => []);
  const usedInto: EdgeDraft[][] = Array.from({ length: n }, () => []);
  for (const e of edges) {
    if (e.declared) at(declaredPreds, e.to).push(e.from);
    if (e.used) {
      at(usedPreds, e.to).push(e.from);
      at(usedInto, e.to).push(e);
    }
    if (e.hardUse) at(hardPreds, e.to).push(e.from);
  }
  const out: Diagnostic[] = [];
  symbols.forEach((s, to) => {
    const headers = [...s.directives.dependencies, ...s.directives.requiresFragments];
    if (headers.length === 0) return;
    const declaredClosure = reachedBackwards(to, at(usedPreds, to), declaredPreds);
    for (const e of at(usedInto, to)) {
      if (declaredClosure.has(e.from)) continue;
      const first = at(sortVia(e.via, s), 0);
      out.push(
        diagnostic(
          'UNDECLARED_DEPENDENCY',
          `needs ${at(symbols, e.from).fragment} (for ${e.via
            .map((v) => v.name)
            .filter(unique)
            .slice(0, 3)
            .join(', ')}) but its dependency header does not name it`,
          { file: first.file ?? s.path, line: first.line, column: first.column },
          [
            {
              file: s.path,
              line: at(headers, 0).line,
              column: at(headers, 0).column,
              message: 'the dependency header',
            },
          ],
        ),
      );
    }
    const named = headers.map((h) => resolve(h.name)).filter((i): i is number => i !== undefined);
    const neededClosure = reachedBackwards(to, named, usedPreds);
    const hardClosure = reachedBackwards(to, named, hardPreds);
    for (const h of headers) {
      const from = resolve(h.name);
      if (from === undefined || from === to || hardClosure.has(from)) continue;
      if (neededClosure.has(from)) {
        const direct = at(usedInto, to).find((e) => e.from === from);
        const uses = direct ? sortVia(direct.via, s).filter((v) => v.guarded) : [];
        const names = uses.map((v) => v.name).filter(unique);
        out.push(
          diagnostic(
            'GUARDED_DEPENDENCY',
            `declares a dependency on ${at(symbols, from).fragment} that only guarded uses need (${
              names.length > 0 ? names.slice(0, 3).join(', ') : 'through the fragments it needs'
            }): keep it, since without it loaded first the guard is silently false and the guarded code never runs`,
            { file: s.path, line: h.line, column: h.column },
            uses.slice(0, 3).map((v) => ({
              file: v.file ?? s.path,
              line: v.line,
              column: v.column,
              message: v.access === 'probe' ? `probes ${v.name}` : `calls ${v.name} only when it exists`,
            })),
          ),
        );
        continue;
      }
      out.push(
        diagnostic(
          'UNNEEDED_DEPENDENCY',
          `declares a dependency on ${at(symbols, from).fragment}, but nothing it does at load time needs it`,
          { file: s.path, line: h.line, column: h.column },
        ),
      );
    }
  });
  return out;
}

function unique<T>(value: T, index: number, all: readonly T[]): boolean {
  return all.indexOf(value) === index;
}

/**
 * Which of `targets` can be reached from `start` by following `preds` (one step or more). The
 * search stops as soon as every target is found: a header usually names a direct predecessor, so
 * a long chain of fragments costs one step per fragment instead of the whole chain each time.
 */
function reachedBackwards(
  start: number,
  targets: readonly number[],
  preds: readonly (readonly number[])[],
): Set<number> {
  const wanted = new Set(targets);
  const found = new Set<number>();
  if (wanted.size === 0) return found;
  const seen = new Set<number>();
  const stack = [...at(preds, start)];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    if (wanted.has(i)) {
      found.add(i);
      if (found.size === wanted.size) break;
    }
    for (const p of at(preds, i)) stack.push(p);
  }
  return found;
}

function findCycles(
  ids: readonly string[],
  symbols: readonly GraphSymbols[],
  successors: readonly (readonly number[])[],
  drafts: ReadonlyMap<string, EdgeDraft>,
): Cycle[] {
  const cycles: Cycle[] = [];
  for (const component of stronglyConnectedComponents(successors)) {
    if (component.length < 2) continue;
    const set = new Set(component);
    const path = cycleThrough(at(component, 0), set, successors);
    cycles.push({
      fragments: path.map((i) => at(ids, i)),
      steps: path.map((from, k) => {
        const to = at(path, (k + 1) % path.length);
        const e = drafts.get(`${from}>${to}`)!;
        return { from: at(ids, from), to: at(ids, to), via: sortVia(e.via, at(symbols, to)), declared: e.declared };
      }),
    });
  }
  return cycles.sort((a, b) => ids.indexOf(at(a.fragments, 0)) - ids.indexOf(at(b.fragments, 0)));
}

function cycleDiagnostic(cycle: Cycle, symbols: readonly GraphSymbols[], ids: readonly string[]): Diagnostic {
  const pathOf = (id: string) => at(symbols, ids.indexOf(id)).path;
  const describe = cycle.steps.map((s) => {
    const v = s.via[0];
    const why = v ? `${v.name} at ${v.file ?? pathOf(s.to)}:${v.line}:${v.column}` : 'its dependency header';
    return `${s.to} needs ${s.from} (${why})`;
  });
  const first = at(cycle.steps, 0);
  const anchor = first.via[0];
  return diagnostic(
    'CYCLE',
    `cycle between ${cycle.fragments.join(' -> ')} -> ${cycle.fragments[0]}: ${describe.join('; ')}`,
    { file: anchor?.file ?? pathOf(first.to), line: anchor?.line ?? 1, column: anchor?.column ?? 1 },
    cycle.steps.flatMap((s) =>
      s.via.slice(0, 1).map((v) => ({
        file: v.file ?? pathOf(s.to),
        line: v.line,
        column: v.column,
        message: `${s.to} needs ${s.from} for ${v.name}`,
      })),
    ),
  );
}

/** Priority for the stable order: configured `first` fragments in their order, then the baseline. */
function firstPriority(ids: readonly string[], first: readonly string[]): number[] {
  const resolve = fragmentResolver(ids);
  const priority = ids.map((_, i) => i + first.length);
  first.forEach((name, rank) => {
    const i = resolve(name);
    if (i !== undefined) priority[i] = Math.min(at(priority, i), rank);
  });
  return priority;
}

/**
 * Levels with graphology-dag's `topologicalGenerations`: fragments in one level do not depend on
 * each other. Edges inside a cycle are left out, so a cyclic profile still gets levels (with the
 * CYCLE error beside them). Each level is in baseline order.
 */
function computeLevels(ids: readonly string[], edges: readonly EdgeDraft[], cycles: readonly Cycle[]): string[][] {
  const inCycle = new Map<string, number>();
  cycles.forEach((c, k) => {
    c.fragments.forEach((id) => inCycle.set(id, k));
  });
  const graph = new DirectedGraph();
  for (const id of ids) graph.addNode(id);
  for (const e of edges) {
    const from = at(ids, e.from);
    const to = at(ids, e.to);
    const cf = inCycle.get(from);
    if (cf !== undefined && cf === inCycle.get(to)) continue;
    graph.mergeEdge(from, to);
  }
  let generations: string[][];
  try {
    generations = topologicalGenerations(graph);
  } catch {
    // A cycle the components above did not isolate (cannot happen; kept safe): one level each.
    generations = ids.map((id) => [id]);
  }
  const rank = new Map(ids.map((id, i) => [id, i]));
  return generations.map((level) => [...level].sort((a, b) => rank.get(a)! - rank.get(b)!));
}

function runtimeUses(
  ids: readonly string[],
  symbols: readonly GraphSymbols[],
  runtime: readonly Requirement[],
): RuntimeUse[] {
  const grouped = new Map<string, { from: number; to: number; via: EdgeVia[] }>();
  for (const r of runtime) {
    const key = `${r.from}>${r.to}`;
    const g = grouped.get(key) ?? { from: r.from, to: r.to, via: [] };
    g.via.push(r.via);
    grouped.set(key, g);
  }
  return [...grouped.values()]
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map((g) => ({ from: at(ids, g.from), to: at(ids, g.to), via: sortVia(g.via, at(symbols, g.to)) }));
}
