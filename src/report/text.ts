/**
 * The human views: `analyze --format text` (levels and hazards first) and the one-line-per-finding
 * diagnostic list every command prints.
 */
import type { Analysis } from '../core/analysis.js';
import { formatDiagnostic } from '../core/diagnostics.js';
import { countBySeverity } from '../pipeline/policy.js';
import type { Diagnostic, ReportOutput } from '../core/types.js';
import { at } from '../core/at.js';

/** `N errors, N warnings, N info`. */
export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const c = countBySeverity(diagnostics);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`;
}

/**
 * The findings with every file shown by `show` (the CLI's rule for people: relative to the
 * current folder), related locations included. Machine formats keep their own paths.
 */
export function showPaths(diagnostics: readonly Diagnostic[], show: (file: string) => string): Diagnostic[] {
  return diagnostics.map((d) => ({
    ...d,
    ...(d.file !== undefined ? { file: show(d.file) } : {}),
    ...(d.related ? { related: d.related.map((r) => ({ ...r, file: show(r.file) })) } : {}),
  }));
}

/** A fragment path (relative to the fragments folder `root`, as shown from the current folder) from there. */
export function underRoot(root: string): (file: string) => string {
  return (file) => (root === '.' || file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file) ? file : `${root}/${file}`);
}

/** One line per finding, grouped by file in a stable order, with related locations indented. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const lines: string[] = [];
  for (const d of diagnostics) {
    lines.push(formatDiagnostic(d));
    for (const r of d.related ?? []) lines.push(`    ${r.file}:${r.line}:${r.column}: ${r.message}`);
  }
  return lines.join('\n');
}

/** `analyze --format text`. */
export function reportText(analysis: Analysis): ReportOutput {
  const { graph, fragments, symbols, plan } = analysis;
  const out: string[] = [];
  out.push(
    `fragbundle: ${fragments.length} fragments in ${analysis.root}, ${graph.edges.length} load-order edges, ${graph.levels.length} levels`,
  );
  out.push('', 'Levels (fragments in one level do not depend on each other):');
  graph.levels.forEach((level, i) => out.push(`  ${String(i + 1).padStart(2)}: ${level.join(', ')}`));

  out.push('', `Findings (${summaryLine(analysis.diagnostics)}):`);
  out.push(
    analysis.diagnostics.length === 0
      ? '  none'
      : indent(formatDiagnostics(showPaths(analysis.diagnostics, underRoot(analysis.root)))),
  );

  const baseline = fragments.map((f) => f.id);
  const moved = graph.order.some((id, i) => baseline[i] !== id);
  out.push('', moved ? 'Load order (differs from the baseline order):' : 'Load order (same as the baseline order):');
  out.push(indent(graph.order.join(', ')));

  out.push('', 'Fragments:');
  const needs = new Map<string, string[]>();
  for (const e of graph.edges) needs.set(e.to, [...(needs.get(e.to) ?? []), e.from]);
  const planned = new Map(plan.entries.map((e) => [e.fragment, e]));
  const width = fragments.reduce((w, f) => Math.max(w, f.path.length), 0);
  symbols.forEach((s, i) => {
    const f = at(fragments, i);
    const entry = planned.get(f.id);
    const count =
      entry?.mode === 'lazy'
        ? ` (${entry.stubs.length} stubs)`
        : entry?.mode === 'deferred'
          ? ` (${entry.deferredStubs.length} stubs)`
          : '';
    const mode = entry ? `${entry.mode}${count}` : 'eager';
    const deps = needs.get(f.id) ?? [];
    out.push(
      `  ${f.path.padEnd(width)}  ${mode.padEnd(16)} defines ${String(s.defines.length).padStart(3)}, uses ${String(s.references.length).padStart(3)}` +
        (deps.length > 0 ? `; after ${deps.join(', ')}` : ''),
    );
    // Whole-fragment deferral: what stands in for a deferred fragment, or what keeps one at start-up.
    if (entry?.deferredStubs) out.push(`      stubs: ${entry.deferredStubs.map((d) => d.name).join(', ')}`);
    const kept = entry?.keptEagerBy;
    if (kept) out.push(`      runs at start-up: ${kept.file}:${kept.line}:${kept.column}: ${kept.why}`);
  });
  out.push('', summaryLine(analysis.diagnostics));
  return { output: `${out.join('\n')}\n`, exitCode: analysis.diagnostics.some((d) => d.severity === 'error') ? 1 : 0 };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
