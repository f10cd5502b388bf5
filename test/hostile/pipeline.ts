/**
 * The analyzer pipeline in memory, called as src/pipeline/analyze.ts and src/cli/run.ts call it, minus
 * the file system: parse -> helper calls -> graph -> plan -> emit. And a checker for diagnostic positions.
 */
import type { BundleOptions } from '../../src/bundle/plan-bundle.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { nameBuiltHelpers, resolveNameBuiltCalls } from '../../src/pipeline/resolve-name-built.js';
import { BUILTIN_DEFINERS, parseFragments } from '../../src/parse/index.js';
import type { Diagnostic, Fragment } from '../../src/core/types.js';
import { buildFrom } from '../bundle/helpers/build.js';

export interface PipelineResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly bundle: string;
}

/** Run every stage after load on these fragments. */
export async function runPipeline(
  fragments: readonly Fragment[],
  options: BundleOptions = { lazy: 'auto', timings: false },
): Promise<PipelineResult> {
  const parsed = await parseFragments(fragments, { definers: BUILTIN_DEFINERS });
  const texts = new Map(fragments.map((f) => [f.path, f.text]));
  const symbols = resolveNameBuiltCalls(parsed, nameBuiltHelpers(parsed, []), (p) => texts.get(p));
  const graph = buildGraph(symbols, { first: [] });
  const { plan, bundle } = buildFrom(fragments, symbols, options, 'profile.d', graph);
  const diagnostics = [
    ...symbols.flatMap((s) => s.diagnostics),
    ...graph.diagnostics,
    ...graph.hazards,
    ...plan.diagnostics,
  ];
  return { diagnostics, bundle: bundle.text };
}

/** Line lengths of a text, counting lines as tree-sitter does (`\n`) and as PowerShell does (`\r\n`, `\r`, `\n`). */
function lineLengths(text: string): { lf: number[]; any: number[] } {
  return {
    lf: text.split('\n').map((l) => l.length),
    any: text.split(/\r\n|\r|\n/).map((l) => l.length),
  };
}

/**
 * Problems with a diagnostic's location: a file that is not one of the fragments, a line past
 * the end, a column past the end of its line (one past the last character is allowed: the end of
 * the line), a non-integer or a value below 1. An empty list means the location is valid.
 */
export function locationProblems(d: Diagnostic, fragments: readonly Fragment[]): string[] {
  const problems: string[] = [];
  const where = (loc: { file?: string; line?: number; column?: number }, what: string) => {
    if (loc.file === undefined) {
      if (loc.line !== undefined || loc.column !== undefined) problems.push(`${what}: line/column without a file`);
      return;
    }
    const fragment = fragments.find((f) => f.path === loc.file);
    if (!fragment) {
      problems.push(`${what}: file ${JSON.stringify(loc.file)} is not a fragment path`);
      return;
    }
    const { line, column } = loc;
    if (line === undefined) {
      if (column !== undefined) problems.push(`${what}: column without a line`);
      return;
    }
    if (!Number.isInteger(line) || line < 1) {
      problems.push(`${what}: line ${line} is not a positive integer`);
      return;
    }
    const { lf, any } = lineLengths(fragment.text);
    const fits = (lengths: number[]) =>
      line <= lengths.length &&
      (column === undefined || (Number.isInteger(column) && column >= 1 && column <= (lengths[line - 1] ?? -1) + 1));
    if (!fits(lf) && !fits(any)) {
      problems.push(
        `${what}: ${line}:${column} is outside ${loc.file} (${lf.length} lines; line ${line} has ${lf[line - 1] ?? '-'} characters)`,
      );
    }
  };
  where(d, `${d.code} "${d.message}"`);
  for (const r of d.related ?? []) where(r, `${d.code} related "${r.message}"`);
  return problems;
}
