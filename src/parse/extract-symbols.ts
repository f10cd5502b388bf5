/**
 * The parse stage for one fragment: text in, FragmentSymbols out.
 */
import type { Parser } from 'web-tree-sitter';
import { diagnostic, isDiagnosticCode, TOKEN_RECOVERY } from '../core/diagnostics.js';
import { recoveredLines, stubBlocker } from '../text/extent-check.js';
import type {
  Diagnostic,
  Directives,
  ExitStatement,
  FragmentSymbols,
  LoaderSpec,
  NamedAt,
  Position,
  SideEffect,
  TopLevelStatement,
  UsingStatement,
} from '../core/types.js';
import type { SyntaxNode } from './tree/syntax-tree.js';
import { Analyzer } from './walk/analyzer.js';
import type { Facts } from './walk/context.js';
import { readCommentDirectives } from './walk/comments.js';
import type { DefinerSpec } from './walk/definers.js';
import { LineIndex } from '../text/line-index.js';
import { parseWithRepairs, type RepairedParse } from './tree/repair.js';
import { classifyStatements, topLevelNodes } from './walk/statements.js';

/** Options of the parse stage. */
export interface ParseOptions {
  /**
   * Commands that define symbols. The caller passes the merged list: BUILTIN_DEFINERS plus or
   * replaced by the user's configuration. Matched case-insensitively; a later entry for the same
   * command wins.
   */
  readonly definers: readonly DefinerSpec[];
  /** Loader helpers (the `loaders` configuration): the files their calls name are dot-sources. */
  readonly loaders?: readonly LoaderSpec[];
}

/** The fragment fields the parse stage reads. */
export interface FragmentText {
  readonly id: string;
  /** Path relative to the analysed folder, `/` separators: used in diagnostics and to resolve dot-sources. */
  readonly path: string;
  readonly text: string;
}

/**
 * Extract what one fragment defines and uses, with phases, conditions, side effects, directives
 * and its top-level statements.
 *
 * - Positions are 1-based lines and columns in UTF-16 code units (`\r\n`, `\n` and `\r` end a
 *   line); `TextRange`s are JavaScript string indices into `fragment.text`.
 * - Phase `load` is code that runs while the profile loads (top level, top-level
 *   if/loop/try/switch bodies, `& { }`, `. { }`, ForEach-Object/Where-Object/.ForEach()/.Where()
 *   blocks); `deferred` is everything in function bodies, class methods and stored script blocks
 *   (assigned, or passed to any other command: `-ScriptBlock`, `-Action`, definer bodies).
 * - `conditional` marks code under if/elseif/else/switch, loops, try/catch/trap, after `&&`/`||`,
 *   and in ForEach-Object/Where-Object blocks. It restarts at function and stored-block bodies:
 *   there it describes the body's own control flow.
 * - Variables local to a function, method, stored block or `& { }` (their parameters, and
 *   names assigned earlier in them) are neither definitions nor references; PowerShell's
 *   automatic variables are never reported.
 * - Where the grammar fails on valid PowerShell, the text is repaired (same-length rewrites) and
 *   parsed again; what is still unparsable is scanned for tokens. `hasSyntaxErrors` is then true
 *   and there is one PARSE_RECOVERED diagnostic per grammar error region.
 * - Names built at run time are not guessed: a DYNAMIC_NAME warning points at them.
 *
 * Pure and synchronous (the parser is the only state it touches) and never throws: an internal
 * failure returns what is known plus a PARSE_RECOVERED diagnostic saying what went wrong.
 *
 * @param parser from `createPowerShellParser()`; one per thread, not used concurrently.
 */
export function extractSymbols(parser: Parser, fragment: FragmentText, options: ParseOptions): FragmentSymbols {
  if (fragment.text.length > MAX_PARSE_CHARS) {
    const mib = (fragment.text.length / 2 ** 20).toFixed(1);
    return failed(fragment, `it is ${mib} MiB, more than the ${MAX_PARSE_CHARS / 2 ** 20} MiB fragbundle parses`);
  }
  const lines = new LineIndex(fragment.text);
  try {
    return extract(parser, fragment, options, lines);
  } catch (error) {
    return failed(fragment, `internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The largest fragment the parse stage takes on (UTF-16 units). Tree-sitter and the syntax-tree
 * copy need about 200 bytes of memory per character of dense code (measured: 4 MB of one-line
 * functions, 1 GB; 8 MB, 1.75 GB), and the wasm heap aborts near 2 GB, taking the whole run with
 * it. Real fragments are kilobytes; anything this size is bundled without analysis.
 */
export const MAX_PARSE_CHARS = 8 * 2 ** 20;

/** A fragment the parse stage gave up on: no symbols, bundled as it is, and a warning saying why. */
function failed(fragment: FragmentText, why: string): FragmentSymbols {
  const finding = diagnostic(
    'PARSE_FAILED',
    `not analysed (${why}); it is bundled unchanged and eager, with no load-order constraints, and what it defines is unknown to the other fragments`,
    { file: fragment.path, line: 1, column: 1 },
  );
  return { ...emptySymbols(fragment), hasSyntaxErrors: true, diagnostics: [finding] };
}

function internalError(error: unknown, file: string): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return diagnostic(
    'PARSE_FAILED',
    `internal error while analysing; what it defines and uses may be incomplete: ${message}`,
    {
      file,
      line: 1,
      column: 1,
    },
  );
}

function extract(parser: Parser, fragment: FragmentText, options: ParseOptions, lines: LineIndex): FragmentSymbols {
  const parsed = parseWithRepairs(parser, fragment.text);
  const { root, comments } = parsed.tree;
  const definers = new Map(options.definers.map((d) => [d.command.toLowerCase(), d]));
  const loaders = new Map((options.loaders ?? []).map((l) => [l.command.toLowerCase(), l]));
  const analyzer = new Analyzer({ path: fragment.path, text: fragment.text, lines, definers, loaders });
  // A failure inside the walk keeps what was found before it (plus a diagnostic).
  const failures: Diagnostic[] = [];
  try {
    analyzer.run(root);
  } catch (error) {
    failures.push(internalError(error, fragment.path));
  }
  const facts = analyzer.facts;

  const statements = topLevelNodes(root);
  const firstStatement = statements[0]?.start ?? fragment.text.length;
  const fromComments = readCommentDirectives(fragment.text, comments, lines, firstStatement);
  const directives: Directives = {
    dependencies: fromComments.dependencies,
    requiresFragments: fromComments.requiresFragments,
    ...(fromComments.tier === undefined ? {} : { tier: fromComments.tier }),
    environments: fromComments.environments,
    requires: fromComments.requires,
    usings: facts.usings,
    returns: sortByPosition(facts.returns),
    exits: sortByPosition(trapExits(facts.exits, statements, facts.usings)),
    loopExits: sortByPosition(facts.loopExits),
    scriptPathUses: sortByPosition(facts.scriptPathUses),
    dotSources: sortByPosition(facts.dotSources),
    hasParamBlock: root.children[0]?.type === 'param_block',
    suppressions: fromComments.suppressions,
  };
  const diagnostics = [
    ...failures,
    ...recoveryDiagnostics(parsed, fragment.path, lines),
    ...facts.diagnostics,
    ...fromComments.unknownCodes.map((u) => unknownCode(u, fragment.path)),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return {
    fragment: fragment.id,
    path: fragment.path,
    defines: sortByPosition(facts.defines),
    references: sortByPosition(facts.references),
    sideEffects: sortByPosition([...facts.sideEffects, ...settleExternals(facts)]),
    directives,
    statements: withStubBlockers(classifyStatements(root, fragment.text, lines), fragment.text, diagnostics, lines),
    // After an internal failure the symbols are partial: the plan then keeps the fragment eager.
    hasSyntaxErrors: parsed.originalErrors.length > 0 || failures.length > 0,
    diagnostics,
    ...(facts.nameBuilt.length > 0 ? { nameBuilt: sortByPosition(facts.nameBuilt) } : {}),
  };
}

/** UNKNOWN_CODE for a word of a suppression comment, with the code it was probably meant to be. */
function unknownCode(word: NamedAt, path: string): Diagnostic {
  const likely = word.name.toUpperCase().replace(/-/g, '_');
  const hint = isDiagnosticCode(likely)
    ? ` (${likely}?)`
    : /[a-z]/.test(word.name) && !word.name.includes('_')
      ? '; a reason goes after " -- "'
      : '';
  return diagnostic(
    'UNKNOWN_CODE',
    `fragbundle-ignore: "${word.name}" is no diagnostic code and silences nothing${hint}`,
    { file: path, line: word.line, column: word.column },
  );
}

/**
 * Each function's stubBlocker verdict (src/text/extent-check.ts), decided here once from the text, so
 * that it is cached with the symbols and scanned on the parse threads: the bundle stage would
 * otherwise scan every function's text on every build.
 */
function withStubBlockers(
  statements: readonly TopLevelStatement[],
  text: string,
  diagnostics: readonly Diagnostic[],
  lines: LineIndex,
): TopLevelStatement[] {
  const recovered = recoveredLines(diagnostics);
  return statements.map((st) =>
    st.kind === 'function'
      ? { ...st, function: { ...st.function, stubBlocker: stubBlocker(text, st.function, recovered, lines) ?? null } }
      : st,
  );
}

/** Unknown non-Verb-Noun commands are programs, unless the fragment defines them itself. */
function settleExternals(facts: Facts): SideEffect[] {
  const own = new Set(
    facts.defines.filter((d) => d.kind === 'function' || d.kind === 'alias').map((d) => d.name.toLowerCase()),
  );
  return facts.externalCandidates.map(({ name, effect }) =>
    own.has(name.toLowerCase()) ? { ...effect, kind: 'other-command' } : effect,
  );
}

function recoveryDiagnostics(parsed: RepairedParse, file: string, lines: LineIndex): Diagnostic[] {
  return parsed.originalErrors.map((site) => {
    const stillBroken = parsed.remainingErrors.some(
      (r) => r.start < Math.max(site.end, site.start + 1) && r.end >= site.start,
    );
    const repairs = [
      ...new Set(
        parsed.repairs.filter((r) => r.at >= lineStartOf(lines, site.start) && r.at <= site.end + 1).map((r) => r.rule),
      ),
    ];
    const what = site.missing ? 'the grammar expected a token here' : 'the grammar could not parse this region';
    const cut = parsed.pieces.some((p) => p.start <= site.start && site.start < Math.max(p.end, p.start + 1));
    const how = stillBroken
      ? cut
        ? `its statement was parsed on its own, and symbols in it ${TOKEN_RECOVERY}`
        : `symbols in it were ${TOKEN_RECOVERY}`
      : `it was re-parsed after rewriting ${repairs.length > 0 ? repairs.join(', ') : 'nearby code'}`;
    return diagnostic('PARSE_RECOVERED', `${what}; ${how}`, { file, ...lines.position(site.start) });
  });
}

function lineStartOf(lines: LineIndex, offset: number): number {
  return lines.lineStart(lines.line(offset));
}

function sortByPosition<T extends Position>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** In a file with a top-level `trap`, every exit's statement is the first after the `using` statements (ExitStatement.statement). */
function trapExits(
  exits: readonly ExitStatement[],
  statements: readonly SyntaxNode[],
  usings: readonly UsingStatement[],
): readonly ExitStatement[] {
  if (exits.length === 0 || !statements.some((n) => n.type === 'trap_statement')) return exits;
  const first = statements.find((n) => !usings.some((u) => u.range.start === n.start))?.start;
  return first === undefined ? exits : exits.map((e) => ({ ...e, statement: Math.min(e.statement, first) }));
}

function emptySymbols(fragment: FragmentText): FragmentSymbols {
  return {
    fragment: fragment.id,
    path: fragment.path,
    defines: [],
    references: [],
    sideEffects: [],
    directives: {
      dependencies: [],
      requiresFragments: [],
      environments: [],
      requires: [],
      usings: [],
      returns: [],
      exits: [],
      loopExits: [],
      scriptPathUses: [],
      dotSources: [],
      hasParamBlock: false,
      suppressions: [],
    },
    statements: [],
    hasSyntaxErrors: false,
    diagnostics: [],
  };
}
