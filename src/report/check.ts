/**
 * `fragbundle check`'s report in each format: the findings (paths relative to the repository),
 * the bundle's freshness and the verdict. Returns text; never prints.
 */
import type { Analysis } from '../core/analysis.js';
import type { Diagnostic } from '../core/types.js';
import { TOOL_VERSION } from '../io/version.js';
import { countBySeverity } from '../pipeline/policy.js';
import { reportGithub } from './github.js';
import { JSON_FORMAT_VERSION } from './json.js';
import { reportSarif } from './sarif.js';
import { formatDiagnostics, showPaths, summaryLine } from './text.js';
import { at } from '../core/at.js';

export type CheckFormat = 'text' | 'json' | 'sarif' | 'github';

/** Bundle freshness, as reported in JSON. */
export type BundleStatus = 'fresh' | 'stale' | 'missing' | 'unreadable' | 'not-checked';

export interface CheckReportInput {
  readonly analysis: Analysis;
  /** The findings to report, sorted. */
  readonly diagnostics: readonly Diagnostic[];
  readonly format: CheckFormat;
  readonly orderOnly: boolean;
  /** The bundle as shown to the user, and its freshness. */
  readonly bundle: { readonly path: string; readonly status: BundleStatus };
  /** A finding's file as a repository-relative path with `/`. */
  readonly toRepoPath: (file: string) => string;
  /** A finding's file for people: relative to the current folder (text format). */
  readonly toShownPath: (file: string) => string;
  /** The text of a line of a fragment (for SARIF's fingerprints and snippets). */
  readonly lineText: (file: string, line: number) => string | undefined;
}

/** The check report; `summary` is Markdown for $GITHUB_STEP_SUMMARY (github format only). */
export function reportCheck(input: CheckReportInput): { output: string; exitCode: 0 | 1; summary?: string } {
  const { analysis, diagnostics, toRepoPath, lineText } = input;
  const bundleFile = input.bundle.path;
  const status = input.bundle.status;
  const exitCode: 0 | 1 = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  switch (input.format) {
    case 'sarif': {
      const r = reportSarif(diagnostics, { toRepoPath, lineText });
      return { output: r.output, exitCode };
    }
    case 'github': {
      const r = reportGithub(diagnostics, toRepoPath, `fragbundle check: ${analysis.root}`);
      return { output: r.output, exitCode, summary: r.summary };
    }
    case 'json': {
      const doc = {
        version: JSON_FORMAT_VERSION,
        tool: { name: 'fragbundle', version: TOOL_VERSION },
        root: analysis.root,
        bundle: { path: bundleFile, status },
        order: analysis.graph.order,
        baselineOrderValid: !analysis.graph.order.some((id, i) => at(analysis.fragments, i).id !== id),
        diagnostics: diagnostics.map((d) => ({ ...d, ...(d.file !== undefined ? { file: toRepoPath(d.file) } : {}) })),
        summary: { fragments: analysis.fragments.length, ...countBySeverity(diagnostics) },
      };
      return { output: `${JSON.stringify(doc, null, 2)}\n`, exitCode };
    }
    case 'text': {
      const shown = showPaths(diagnostics, input.toShownPath);
      const body = shown.length > 0 ? `${groupByFile(shown)}\n\n` : '';
      const verdict = exitCode === 0 ? 'ok' : 'FAILED';
      const what = input.orderOnly ? 'order' : `order and bundle ${bundleFile} (${status})`;
      return {
        output: `${body}fragbundle check ${verdict}: ${analysis.fragments.length} fragments, ${what}; ${summaryLine(diagnostics)}\n`,
        exitCode,
      };
    }
  }
}

function groupByFile(diagnostics: readonly Diagnostic[]): string {
  const groups: string[] = [];
  let current: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (current.length > 0 && at(current, 0).file !== d.file) {
      groups.push(formatDiagnostics(current));
      current = [];
    }
    current.push(d);
  }
  if (current.length > 0) groups.push(formatDiagnostics(current));
  return groups.join('\n\n');
}
