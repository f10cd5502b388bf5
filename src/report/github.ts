/**
 * `--format github`: GitHub Actions workflow commands that annotate the pull request
 * (`::error file=...,line=...,col=...,title=CODE::message`), at most the first 10 per severity
 * (GitHub shows no more per step), and a Markdown summary for `$GITHUB_STEP_SUMMARY`.
 */
import type { Diagnostic, ReportOutput, Severity } from '../core/types.js';
import { summaryLine } from './text.js';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };
export const GITHUB_ANNOTATION_LIMIT = 10;

/** Escape workflow-command data (the message). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow-command property value (file, title). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Escape text for a Markdown table cell. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export interface GithubReport extends ReportOutput {
  /** Markdown for `$GITHUB_STEP_SUMMARY`. The CLI appends it when that variable is set. */
  readonly summary: string;
}

/** Workflow commands plus a step summary. `toRepoPath` makes paths relative to the repository root. */
export function reportGithub(
  diagnostics: readonly Diagnostic[],
  toRepoPath: (file: string) => string,
  title: string,
): GithubReport {
  const lines: string[] = [];
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) {
    if (shown[d.severity] >= GITHUB_ANNOTATION_LIMIT) continue;
    shown[d.severity]++;
    const props = [
      ...(d.file !== undefined ? [`file=${escapeProperty(toRepoPath(d.file))}`] : []),
      ...(d.line !== undefined ? [`line=${d.line}`] : []),
      ...(d.column !== undefined ? [`col=${d.column}`] : []),
      `title=${escapeProperty(d.code)}`,
    ];
    lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
  }
  const hidden = diagnostics.length - (shown.error + shown.warning + shown.info);
  if (hidden > 0)
    lines.push(
      `fragbundle: ${hidden} more finding(s) not annotated (GitHub shows ${GITHUB_ANNOTATION_LIMIT} per severity); see the step summary`,
    );
  lines.push(`fragbundle: ${summaryLine(diagnostics)}`);

  const md = [`## ${title}`, '', summaryLine(diagnostics), ''];
  if (diagnostics.length > 0) {
    md.push('| severity | code | where | message |', '| --- | --- | --- | --- |');
    for (const d of diagnostics) {
      const where = d.file !== undefined ? `${toRepoPath(d.file)}:${d.line ?? 1}:${d.column ?? 1}` : '';
      md.push(`| ${d.severity} | ${d.code} | ${cell(where)} | ${cell(d.message)} |`);
    }
    md.push('');
  }
  return {
    output: `${lines.join('\n')}\n`,
    exitCode: diagnostics.some((d) => d.severity === 'error') ? 1 : 0,
    summary: `${md.join('\n')}\n`,
  };
}
