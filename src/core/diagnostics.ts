/**
 * The catalogue of diagnostics. Every finding fragbundle reports is made by one of these factory
 * functions, so that codes, default severities and wording live in one place. Codes are a public
 * interface (SARIF rule ids, `# fragbundle-ignore CODE`, severity overrides, docs/diagnostics.md
 * anchors): never rename one, only add.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A secondary location attached to a diagnostic (e.g. the other definition of a duplicate). */
export interface RelatedLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** One finding. `code` is a stable public identifier (see docs/diagnostics.md). */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly related?: readonly RelatedLocation[];
}

/**
 * The words a PARSE_RECOVERED message ends with when a region's symbols came from its tokens, not
 * from a syntax tree (src/parse/extract-symbols.ts writes them; whole-fragment deferral reads them).
 */
export const TOKEN_RECOVERY = 'recovered from its tokens';

/** Static description of one diagnostic code. */
export interface DiagnosticRule {
  readonly code: string;
  readonly severity: Severity;
  /** One line: what the code means. Used as SARIF `shortDescription`. */
  readonly summary: string;
  /** What to do about it. Used as SARIF `help`. */
  readonly help: string;
}

const rules = {
  LOAD_UNREADABLE: {
    severity: 'error',
    summary: 'A fragment file could not be read.',
    help: 'Check the file permissions, or exclude the file in fragbundle.config.json.',
  },
  LOAD_BINARY: {
    severity: 'error',
    summary: 'A fragment file is not text (NUL bytes or invalid encoding).',
    help: 'Save the file as UTF-8 (with or without BOM) or UTF-16 with a BOM, or exclude it.',
  },
  LOAD_ENCODING: {
    severity: 'warning',
    summary: 'A fragment file has bytes that are invalid in its encoding; they read as U+FFFD, as in pwsh.',
    help: 'Save the file as UTF-8 (pwsh 7 reads files without a byte-order mark as UTF-8).',
  },
  LOAD_HIDDEN: {
    severity: 'info',
    summary: 'A file matches the fragment patterns but is hidden (its name starts with a dot): it is not loaded.',
    help: 'A leading dot is the usual way to disable a fragment. To load hidden files, set "includeHidden": true in fragbundle.config.json.',
  },
  LOAD_EMPTY: {
    severity: 'info',
    summary: 'A fragment file is empty.',
    help: 'Nothing to do; empty fragments are kept so the order stays as written.',
  },
  NO_FRAGMENTS: {
    severity: 'error',
    summary: 'The folder is missing or holds no fragments.',
    help: 'Pass the folder that holds your *.ps1 fragments, or set "fragments" in fragbundle.config.json.',
  },
  UNKNOWN_FRAGMENT: {
    severity: 'warning',
    summary: 'A fragment list in the configuration (disabled, the baseline order, an environment) names no fragment.',
    help: 'Fix the name (a fragment is named by its file name without .ps1, with its sub-folder if any, in any case) or remove it.',
  },
  UNKNOWN_CODE: {
    severity: 'warning',
    summary: 'A # fragbundle-ignore comment names something that is no diagnostic code; it silences nothing.',
    help: 'Fix the code (the diagnostics documentation of fragbundle lists them, in any case), or put a reason after " -- ".',
  },
  CONFIG_INVALID: {
    severity: 'error',
    summary: 'A configuration file is malformed or has a wrong key or type.',
    help: 'Fix the key named in the message; the configuration documentation of fragbundle lists every key.',
  },
  PARSE_RECOVERED: {
    severity: 'info',
    summary: 'The grammar could not parse a region; its symbols were recovered from the tokens.',
    help: 'Usually valid PowerShell the tree-sitter grammar does not know. Check that pwsh parses the file.',
  },
  PARSE_FAILED: {
    severity: 'warning',
    summary:
      'A fragment could not be analysed (too large, or an internal error); it is bundled unchanged and eager, without load-order constraints.',
    help: 'Split a very large fragment into smaller ones. For an internal error, run again with --debug and report it.',
  },
  DYNAMIC_NAME: {
    severity: 'warning',
    summary: 'A name is built at run time and cannot be resolved statically.',
    help: 'Write the name literally, or declare the dependency with a "# Dependencies:" header.',
  },
  DYNAMIC_DOT_SOURCE: {
    severity: 'info',
    summary:
      'A dot-source names a file only known at run time; it stays a run-time dot-source and what the file defines is unknown.',
    help: 'Build the path from $PSScriptRoot and literals (Join-Path, a variable assigned in the same file, a foreach over a literal list), or declare the loader helper in "loaders".',
  },
  DOT_SOURCE_MISSING: {
    severity: 'warning',
    summary: 'A dot-sourced file does not exist (or cannot be read); loading the profile fails there.',
    help: 'Fix the path, or guard the dot-source with if (Test-Path <path>) when the file is optional.',
  },
  DOT_SOURCE_CYCLE: {
    severity: 'warning',
    summary: 'Dot-sourced files load each other in a cycle; pwsh would recurse until it fails.',
    help: 'Remove one of the dot-sources on the cycle.',
  },
  SUB_FILE_SHARED: {
    severity: 'info',
    summary:
      'A file is dot-sourced by more than one fragment; its definitions belong to the first, and it runs again for each.',
    help: 'Dot-source it from one fragment (the one the others depend on), unless running it twice is intended.',
  },
  LOADER_HELPER: {
    severity: 'info',
    summary:
      'A function dot-sources a path built from its parameters (a loader helper); without a "loaders" entry, the files its calls name are not followed.',
    help: 'Add the entry the message gives to "loaders" in fragbundle.config.json, or run fragbundle init.',
  },
  NAME_BUILT_HELPER: {
    severity: 'info',
    summary:
      'A function sets or reads a variable named from its own parameters (Set-FragmentLoaded sets $global:{FragmentName}Loaded): each call with literal arguments is resolved to that variable.',
    help: 'Nothing to do. Call it with literal arguments; a call with any other argument is a DYNAMIC_NAME at the call.',
  },
  FOLDER_WALK_ORDER: {
    severity: 'info',
    summary: 'A folder walk dot-sources its files without sorting them: the order is whatever the file system lists.',
    help: 'Pipe Get-ChildItem through Sort-Object Name so the order is the same everywhere; the bundle uses name order.',
  },
  CYCLE: {
    severity: 'error',
    summary: 'Fragments depend on each other in a cycle; no load order can satisfy them.',
    help: 'Move the shared definition into a fragment both can depend on, or defer one use into a function body.',
  },
  MISSING_DEPENDENCY: {
    severity: 'error',
    summary: 'A declared dependency names no fragment.',
    help: 'Fix the name in the header (fragment base names, case-insensitive) or remove it.',
  },
  UNDECLARED_DEPENDENCY: {
    severity: 'warning',
    summary: 'A fragment with a dependency header needs a fragment its header does not name.',
    help: 'Add the fragment to the "# Dependencies:" header so the header can be trusted.',
  },
  UNNEEDED_DEPENDENCY: {
    severity: 'info',
    summary: 'A declared dependency is not needed by anything the fragment does at load time.',
    help: 'Remove it from the header if nothing needs it (run-time uses do not need load order).',
  },
  GUARDED_DEPENDENCY: {
    severity: 'info',
    summary:
      'A declared dependency is needed only by guarded uses (`if (Get-Command X -ea 0) { X }`): without it the guard is silently false.',
    help: 'Keep it: the bundle orders it like any dependency. Nothing to do unless the guarded code is not meant to run.',
  },
  ORDER_VIOLATION: {
    severity: 'warning',
    summary: 'At load time a fragment uses a symbol that only a later fragment (in the baseline order) defines.',
    help: 'Rename or reorder the fragments (fragbundle check --suggest-order prints the fewest renames, --fix makes them), or declare the dependency.',
  },
  PROBE_BEFORE_DEFINE: {
    severity: 'warning',
    summary: 'A guard probes a command or variable that a later fragment defines: it is always false at load time.',
    help: 'Load the defining fragment first, or move the guard into a function that runs later.',
  },
  DUPLICATE_DEFINITION: {
    severity: 'warning',
    summary: 'The same function, alias or variable is defined by more than one fragment; the last one loaded wins.',
    help: 'Keep one definition, or rename one of them.',
  },
  SHARED_VARIABLE: {
    severity: 'warning',
    summary:
      "A top-level variable leaks into the session and another fragment reads it before assigning it (or at run time): what it reads depends on the fragments' order.",
    help: 'Make the sharing explicit with $global:, or keep the variable inside a function or & { } block.',
  },
  LEAKED_VARIABLE: {
    severity: 'info',
    summary:
      'Several fragments assign the same top-level variable, each before reading it: no fragment depends on another, but it leaks into the session.',
    help: 'Keep the temporary inside a script block (`& { ... }`), or end the fragment with `Remove-Variable NAME`.',
  },
  SHARED_ENV: {
    severity: 'info',
    summary:
      'An environment variable is written by several fragments, each keeping what it found (PATH appended to); their order decides the order of the parts.',
    help: 'Keep PATH and other shared variables in one fragment, or make sure the order is intended.',
  },
  ENV_OVERWRITTEN: {
    severity: 'warning',
    summary:
      "A fragment overwrites an environment variable an earlier fragment wrote, discarding that fragment's value.",
    help: 'Append to the value instead (`$env:X = "new;$env:X"`), or keep the variable in one fragment.',
  },
  REQUIRES_GATES_ALL: {
    severity: 'warning',
    summary: '#Requires applies to a whole script: concatenated, one fragment would gate every fragment.',
    help: 'The bundle turns it into a check that skips only this fragment; nothing to do unless that is not what you want.',
  },
  TOP_LEVEL_EXIT: {
    severity: 'warning',
    summary: '`exit` at a fragment top level ends that fragment and sets $LASTEXITCODE; later fragments still load.',
    help: 'Use `return` to end a fragment without touching $LASTEXITCODE.',
  },
  KEPT_EAGER: {
    severity: 'info',
    summary: 'A function stays eager because a lazy stub cannot reproduce something it relies on in PowerShell.',
    help: 'Nothing to do: the function loads at start-up. The bundle documentation lists what a lazy stub cannot reproduce ("What a stub cannot do").',
  },
  GUARD_VARIABLE_LEAK: {
    severity: 'warning',
    summary:
      "A guard helper reads a global named after a fragment ($gitLoaded for 'git'), and another fragment leaks a variable of that name.",
    help: 'Rename the leaked variable (or keep it inside a function or & { } block): which fragment runs first now decides whether the guarded one loads.',
  },
  LOAD_SIDE_EFFECT: {
    severity: 'info',
    summary:
      'The fragment does something at load time beyond defining names: that code runs at start-up, in its place, unless whole-fragment deferral defers the fragment (only calls deferral.calls allows).',
    help: 'Move the work into a function, or accept the start-up cost.',
  },
  BUNDLE_MISSING: {
    severity: 'error',
    summary: 'The bundle file does not exist.',
    help: 'Run fragbundle build and commit the bundle.',
  },
  BUNDLE_STALE: {
    severity: 'error',
    summary:
      'The bundle differs from what fragbundle build would write now: other fragments, options or settings, or it was edited by hand.',
    help: 'Run fragbundle build and commit the bundle.',
  },
  BUNDLE_UNREADABLE: {
    severity: 'error',
    summary: 'The bundle file cannot be read (or is not a regular file), or has no valid fragbundle header.',
    help: 'Rebuild it with fragbundle build; do not edit the bundle by hand.',
  },
} as const satisfies Record<string, Omit<DiagnosticRule, 'code'>>;

/** Every diagnostic code fragbundle can report. */
export type DiagnosticCode = keyof typeof rules;

/** All rules, sorted by code, for docs and SARIF. */
export const DIAGNOSTIC_RULES: readonly DiagnosticRule[] = Object.entries(rules)
  .map(([code, rule]) => ({ code, ...rule }))
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/** The rule for a code, or undefined for an unknown one. */
export function ruleFor(code: string): DiagnosticRule | undefined {
  return Object.hasOwn(rules, code) ? { code, ...rules[code as DiagnosticCode] } : undefined;
}

/** True when `code` is a known diagnostic code. */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(rules, code);
}

/** Where a diagnostic points. */
export interface At {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * Make a diagnostic with the code's default severity. The one constructor every stage uses, so
 * that a finding always carries a known code.
 */
export function diagnostic(
  code: DiagnosticCode,
  message: string,
  at: At = {},
  related?: readonly RelatedLocation[],
): Diagnostic {
  const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    code,
    severity: rules[code].severity,
    message,
  };
  if (at.file !== undefined) d.file = at.file;
  if (at.line !== undefined) d.line = at.line;
  if (at.column !== undefined) d.column = at.column;
  if (related && related.length > 0) d.related = related;
  return d;
}

/**
 * UNKNOWN_FRAGMENT: `list` (as the message names it: `disabled`, `first`, an environment) names
 * `name`, which is no fragment; it points at `file`, the config file with the list. The load stage
 * checks the lists it applies, the orchestrator the others, in the same words.
 */
export function unknownFragment(list: string, name: string, file: string): Diagnostic {
  return diagnostic('UNKNOWN_FRAGMENT', `${list} names "${name}": no fragment has that name`, { file });
}

/** Deterministic order for diagnostics: file, line, column, code, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    cmp(a.code, b.code) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `file:line:col: severity CODE: message`, the one-line form every text output uses. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file === undefined ? '' : `${d.file}:${d.line ?? 1}:${d.column ?? 1}: `;
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}
