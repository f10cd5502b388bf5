/**
 * `fragbundle graph --format dot|mermaid|json`: the dependency graph for people and tools. Edges
 * are labelled with the symbols that cause them; fragments with hazards, cycle edges and edges
 * the baseline order gets wrong are highlighted.
 */
import type { Analysis } from '../core/analysis.js';
import type { Edge, ReportOutput } from '../core/types.js';

export type GraphFormat = 'dot' | 'mermaid' | 'json';

interface Highlights {
  /** Fragment ids with a warning or error hazard. */
  readonly hazardous: ReadonlySet<string>;
  /** `from>to` of edges on a cycle. */
  readonly cyclic: ReadonlySet<string>;
  /** `from>to` of edges that point backwards in the baseline order. */
  readonly backwards: ReadonlySet<string>;
}

function highlights(analysis: Analysis): Highlights {
  const pathToId = new Map(analysis.fragments.map((f) => [f.path, f.id]));
  const hazardous = new Set<string>();
  for (const d of analysis.diagnostics) {
    if (d.severity !== 'info' && d.file && pathToId.has(d.file)) hazardous.add(pathToId.get(d.file)!);
  }
  const cyclic = new Set<string>();
  for (const c of analysis.graph.cycles) for (const s of c.steps) cyclic.add(`${s.from}>${s.to}`);
  const rank = new Map(analysis.fragments.map((f) => [f.id, f.order]));
  const backwards = new Set(
    analysis.graph.edges.filter((e) => rank.get(e.from)! > rank.get(e.to)!).map((e) => `${e.from}>${e.to}`),
  );
  return { hazardous, cyclic, backwards };
}

/** The symbol names behind an edge, shortened for a label. */
export function edgeLabel(e: Edge, max = 3): string {
  const names = [
    ...new Set(e.via.map((v) => (v.kind === 'variable' ? `$${v.name}` : v.kind === 'env' ? `$env:${v.name}` : v.name))),
  ];
  if (names.length === 0) return e.declared ? 'declared' : '';
  return names.length > max ? `${names.slice(0, max).join(', ')} +${names.length - max}` : names.join(', ');
}

function dotString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

function toDot(analysis: Analysis): string {
  const h = highlights(analysis);
  const lines = ['digraph fragbundle {', '  rankdir=LR;', '  node [shape=box, fontname="monospace"];'];
  for (const f of analysis.fragments) {
    const attrs = h.hazardous.has(f.id) ? ', color=orange, style=bold' : '';
    lines.push(`  ${dotString(f.id)} [label=${dotString(f.path)}${attrs}];`);
  }
  for (const e of analysis.graph.edges) {
    const key = `${e.from}>${e.to}`;
    const attrs = [`label=${dotString(edgeLabel(e))}`];
    if (h.cyclic.has(key)) attrs.push('color=red', 'penwidth=2');
    else if (h.backwards.has(key)) attrs.push('color=orange');
    if (!e.inferred) attrs.push('style=dashed');
    lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)} [${attrs.join(', ')}];`);
  }
  lines.push('}');
  return lines.join('\n');
}

function mermaidText(s: string): string {
  return s.replace(/"/g, '#quot;').replace(/[|]/g, '#124;');
}

function toMermaid(analysis: Analysis): string {
  const h = highlights(analysis);
  const node = new Map(analysis.fragments.map((f, i) => [f.id, `f${i}`]));
  const lines = ['flowchart LR'];
  for (const f of analysis.fragments) lines.push(`  ${node.get(f.id)}["${mermaidText(f.path)}"]`);
  // As in dot and docs/cli.md: edges on a cycle red, edges the baseline gets backwards orange.
  const cyclic: number[] = [];
  const backwards: number[] = [];
  analysis.graph.edges.forEach((e, i) => {
    const label = edgeLabel(e);
    const arrow = e.inferred ? '-->' : '-.->';
    lines.push(`  ${node.get(e.from)} ${arrow}${label ? `|"${mermaidText(label)}"|` : ''} ${node.get(e.to)}`);
    if (h.cyclic.has(`${e.from}>${e.to}`)) cyclic.push(i);
    else if (h.backwards.has(`${e.from}>${e.to}`)) backwards.push(i);
  });
  const hazardous = analysis.fragments.filter((f) => h.hazardous.has(f.id)).map((f) => node.get(f.id));
  if (hazardous.length > 0) {
    lines.push('  classDef hazard stroke:#e67e22,stroke-width:3px');
    lines.push(`  class ${hazardous.join(',')} hazard`);
  }
  if (cyclic.length > 0) lines.push(`  linkStyle ${cyclic.join(',')} stroke:#c0392b,stroke-width:2px`);
  if (backwards.length > 0) lines.push(`  linkStyle ${backwards.join(',')} stroke:#e67e22,stroke-width:2px`);
  return lines.join('\n');
}

function toJson(analysis: Analysis): string {
  const h = highlights(analysis);
  return JSON.stringify(
    {
      version: 1,
      nodes: analysis.fragments.map((f) => ({ id: f.id, path: f.path, hazard: h.hazardous.has(f.id) })),
      edges: analysis.graph.edges.map((e) => ({
        ...e,
        cyclic: h.cyclic.has(`${e.from}>${e.to}`),
        backwards: h.backwards.has(`${e.from}>${e.to}`),
      })),
      order: analysis.graph.order,
      levels: analysis.graph.levels,
    },
    null,
    2,
  );
}

/** Render the graph. Exit code 1 when there is a cycle. */
export function reportGraph(analysis: Analysis, format: GraphFormat): ReportOutput {
  const output = format === 'dot' ? toDot(analysis) : format === 'mermaid' ? toMermaid(analysis) : toJson(analysis);
  return { output: `${output}\n`, exitCode: analysis.graph.cycles.length > 0 ? 1 : 0 };
}
