/**
 * The user's policy over findings: configured severities per code (`"off"` drops a code) and
 * `# fragbundle-ignore CODE` comments, on the finding's line, the line above it, or before the
 * first statement of the file (whole file). Applied once, by the orchestrator, to every finding.
 */
import { compareDiagnostics } from '../core/diagnostics.js';
import type { Diagnostic, FragmentSymbols, Severity, Suppression } from '../core/types.js';

export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;

/** Codes a suppression comment may not silence: the tool could not do its job. */
const UNSUPPRESSIBLE = new Set(['CONFIG_INVALID', 'NO_FRAGMENTS']);

/** Apply overrides and suppressions; returns the surviving findings, sorted deterministically. */
export function applyPolicy(
  diagnostics: readonly Diagnostic[],
  symbols: readonly FragmentSymbols[],
  severity: SeverityOverrides,
): Diagnostic[] {
  // Only files with suppressions: a file without is the same as an empty list (and most have none).
  const suppressionsByFile = new Map<string, readonly Suppression[]>();
  for (let i = 0; i < symbols.length; i++) {
    const s = symbols[i]!;
    if (s.directives.suppressions.length > 0) suppressionsByFile.set(s.path, s.directives.suppressions);
    else suppressionsByFile.delete(s.path);
  }
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const override = severity[d.code];
    if (override === 'off') continue;
    if (!UNSUPPRESSIBLE.has(d.code) && isSuppressed(d, suppressionsByFile.get(d.file ?? ''))) continue;
    out.push(override && override !== d.severity ? { ...d, severity: override } : d);
  }
  return out.sort(compareDiagnostics);
}

function isSuppressed(d: Diagnostic, suppressions: readonly Suppression[] | undefined): boolean {
  if (!suppressions) return false;
  return suppressions.some(
    (s) =>
      (s.codes.length === 0 || s.codes.some((c) => c.toUpperCase() === d.code)) &&
      (s.wholeFile || (d.line !== undefined && (s.line === d.line || s.line === d.line - 1))),
  );
}

/** Counts per severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
