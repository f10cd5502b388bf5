/**
 * SARIF 2.1.0 for code scanning: one rule per diagnostic code, results with regions and related
 * locations, paths relative to the repository root, and fingerprints that survive line shifts
 * (code + file + the text of the line + occurrence), so re-runs de-duplicate.
 */
import { createHash } from 'node:crypto';
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import { DIAGNOSTIC_RULES } from '../core/diagnostics.js';
import type { Diagnostic, ReportOutput, Severity } from '../core/types.js';
import { TOOL_URL, TOOL_VERSION } from '../io/version.js';

/** What the SARIF reporter needs besides the findings. */
export interface SarifContext {
  /** Map a diagnostic's `file` to a path relative to the repository root (`/` separators). */
  readonly toRepoPath: (file: string) => string;
  /** The text of a line of a file (by the diagnostic's `file`), for fingerprints; undefined if unknown. */
  readonly lineText: (file: string, line: number) => string | undefined;
}

const LEVEL: Readonly<Record<Severity, Result.level>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

function location(file: string, line: number | undefined, column: number | undefined, ctx: SarifContext): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(ctx.toRepoPath(file)), uriBaseId: '%SRCROOT%' },
      ...(line !== undefined ? { region: { startLine: line, startColumn: column ?? 1 } } : {}),
    },
  };
}

/**
 * Build the SARIF log object. `url`: the project's web address (package.json), for
 * `informationUri` and each rule's `helpUri`; without one both are left out, never relative.
 */
export function toSarif(
  diagnostics: readonly Diagnostic[],
  ctx: SarifContext,
  url: string | undefined = TOOL_URL,
): Log {
  const ruleIndex = new Map(DIAGNOSTIC_RULES.map((r, i) => [r.code, i]));
  const seen = new Map<string, number>();
  const results = diagnostics.map((d): Result => {
    const file = d.file;
    const repoPath = file === undefined ? '' : ctx.toRepoPath(file);
    const text = file !== undefined && d.line !== undefined ? (ctx.lineText(file, d.line) ?? '') : '';
    const base = `${d.code}\0${repoPath}\0${text.trim()}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const fingerprint = createHash('sha256').update(`${base}\0${occurrence}`).digest('hex').slice(0, 32);
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
      ...(file !== undefined ? { locations: [location(file, d.line, d.column, ctx)] } : {}),
      ...(d.related && d.related.length > 0
        ? {
            relatedLocations: d.related.map((r, id) => ({
              id,
              ...location(r.file, r.line, r.column, ctx),
              message: { text: r.message },
            })),
          }
        : {}),
      partialFingerprints: { 'fragbundle/v1': fingerprint },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fragbundle',
            version: TOOL_VERSION,
            ...(url !== undefined ? { informationUri: url } : {}),
            semanticVersion: TOOL_VERSION,
            rules: DIAGNOSTIC_RULES.map((r): ReportingDescriptor => ({
              id: r.code,
              name: r.code
                .toLowerCase()
                .split('_')
                .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
                .join(''),
              shortDescription: { text: r.summary },
              fullDescription: { text: r.summary },
              // A relative helpUri would resolve against the user's repository: only an absolute one,
              // where the host's file layout is known.
              ...(url !== undefined && /^https:\/\/(github\.com|gitlab\.com|codeberg\.org)\//.test(url)
                ? { helpUri: `${url}/blob/HEAD/docs/diagnostics.md#${r.code.toLowerCase()}` }
                : {}),
              help: {
                text: r.help,
                markdown: `${r.help}\n\nfragbundle's diagnostics documentation describes \`${r.code}\`.`,
              },
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** `--format sarif`. */
export function reportSarif(diagnostics: readonly Diagnostic[], ctx: SarifContext): ReportOutput {
  return {
    output: `${JSON.stringify(toSarif(diagnostics, ctx), null, 2)}\n`,
    exitCode: diagnostics.some((d) => d.severity === 'error') ? 1 : 0,
  };
}
