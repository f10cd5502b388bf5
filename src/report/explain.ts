/**
 * `fragbundle explain NAME`: for a fragment, why it sits where it does in the order; for a
 * symbol, who defines it (where, which phase) and who uses it.
 */
import type { Analysis } from '../core/analysis.js';
import { formatDiagnostic } from '../core/diagnostics.js';
import { fragmentResolver } from '../graph/build-graph.js';
import type { Edge, ReportOutput, SymbolDef, SymbolRef } from '../core/types.js';
import { edgeLabel } from './graph-formats.js';
import { at } from '../core/at.js';
import { showPaths, underRoot } from './text.js';

export function reportExplain(analysis: Analysis, name: string): ReportOutput {
  const lines: string[] = [];
  const index = fragmentResolver(analysis.fragments.map((f) => f.id))(name);
  if (index !== undefined) lines.push(...explainFragment(analysis, index));
  const symbolLines = explainSymbol(analysis, name);
  if (symbolLines.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(...symbolLines);
  }
  if (lines.length === 0) {
    return { output: `fragbundle: no fragment or symbol named "${name}" in ${analysis.root}\n`, exitCode: 1 };
  }
  return { output: `${lines.join('\n')}\n`, exitCode: 0 };
}

function explainFragment(analysis: Analysis, index: number): string[] {
  const f = at(analysis.fragments, index);
  const { graph } = analysis;
  const position = graph.order.indexOf(f.id);
  const level = graph.levels.findIndex((l) => l.includes(f.id));
  const entry = analysis.plan.entries.find((e) => e.fragment === f.id);
  const lines = [
    `fragment ${f.path}`,
    `  loads ${ordinal(position + 1)} of ${graph.order.length} (baseline position ${f.order + 1}), level ${level + 1}`,
    `  ${entry ? `${entry.mode}: ${entry.reason}` : 'eager'}`,
  ];
  if (entry?.deferredStubs) lines.push(`  stubs until first use: ${entry.deferredStubs.map((d) => d.name).join(', ')}`);
  if (entry?.keptEagerBy) {
    const k = entry.keptEagerBy;
    lines.push(`  runs at start-up because of ${k.file}:${k.line}:${k.column}: ${k.why}`);
  }
  const before = graph.edges.filter((e) => e.to === f.id);
  const after = graph.edges.filter((e) => e.from === f.id);
  lines.push(before.length === 0 ? '  needs nothing at load time' : '  loads after:');
  for (const e of before) lines.push(`    ${e.from}${edgeTags(e)}: ${edgeLabel(e, 8)} ${locations(e.via, f.path)}`);
  const subFiles = analysis.symbols[index]?.subFiles ?? [];
  if (subFiles.length > 0) {
    lines.push("  dot-sources (their definitions and uses count as this fragment's):");
    for (const l of subFiles)
      lines.push(`    ${l.path} (from ${l.from}:${l.line}:${l.column}${l.conditional ? ', conditional' : ''})`);
  }
  lines.push(after.length === 0 ? '  nothing needs it at load time' : '  loads before:');
  for (const e of after) lines.push(`    ${e.to}${e.guarded ? ' (guarded)' : ''}: ${edgeLabel(e, 8)}`);
  const runtime = graph.runtimeUses.filter((u) => u.to === f.id).map((u) => u.from);
  if (runtime.length > 0) lines.push(`  calls at run time (no load order needed): ${runtime.join(', ')}`);
  const files = new Set([f.path, ...subFiles.map((l) => l.path)]);
  const findings = analysis.diagnostics.filter((d) => d.file !== undefined && files.has(d.file));
  if (findings.length > 0)
    lines.push(
      '  findings:',
      ...showPaths(findings, underRoot(analysis.root)).map((d) => `    ${formatDiagnostic(d)}`),
    );
  return lines;
}

/**
 * ` (declared, guarded)`: a guarded edge is needed only by probes and the calls they guard; it
 * orders like any other, and without it the guarded code silently does not run.
 */
function edgeTags(e: Edge): string {
  const tags = [e.declared ? 'declared' : '', e.guarded ? 'guarded: only probes and the calls they guard need it' : ''];
  const shown = tags.filter(Boolean);
  return shown.length > 0 ? ` (${shown.join(', ')})` : '';
}

function locations(via: readonly { line: number; column: number; file?: string }[], file: string): string {
  const shown = via.slice(0, 3).map((v) => `${v.file ?? file}:${v.line}:${v.column}`);
  return `(${shown.join(', ')}${via.length > 3 ? ', ...' : ''})`;
}

function explainSymbol(analysis: Analysis, rawName: string): string[] {
  const name = rawName.replace(/^\$(env:)?/i, '').toLowerCase();
  const isEnv = /^\$env:/i.test(rawName);
  const isVariable = rawName.startsWith('$') && !isEnv;
  const kindOk = (kind: string) => (isEnv ? kind === 'env' : isVariable ? kind === 'variable' : true);
  const defs: string[] = [];
  const uses: string[] = [];
  analysis.symbols.forEach((s) => {
    for (const d of s.defines)
      if (d.name.toLowerCase() === name && kindOk(d.kind)) defs.push(describeDef(d.file ?? s.path, d));
    for (const r of s.references)
      if (r.name.toLowerCase() === name && kindOk(r.kind)) uses.push(describeRef(r.file ?? s.path, r));
  });
  if (defs.length === 0 && uses.length === 0) return [];
  return [
    `symbol ${rawName}`,
    defs.length === 0 ? '  defined by no fragment (a cmdlet, program or inherited value)' : '  defined by:',
    ...defs.map((d) => `    ${d}`),
    uses.length === 0 ? '  used by no fragment' : '  used by:',
    ...uses.map((u) => `    ${u}`),
  ];
}

function describeDef(file: string, d: SymbolDef): string {
  const extra = [
    d.phase,
    d.conditional ? 'conditional' : '',
    d.scope ? `scope ${d.scope}` : '',
    d.via ? `via ${d.via}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${file}:${d.line}:${d.column}  ${d.kind} (${extra})`;
}

function describeRef(file: string, r: SymbolRef): string {
  const extra = [r.phase, r.conditional ? 'conditional' : '', r.guarded ? 'guarded' : ''].filter(Boolean).join(', ');
  return `${file}:${r.line}:${r.column}  ${r.access} ${r.kind} (${extra})`;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
