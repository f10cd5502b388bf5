/**
 * Working around tree-sitter-powershell's gaps (POWERSHELL.md): code pwsh accepts that the
 * grammar rejects, often swallowing the statements after it into one ERROR region. Where the
 * grammar fails, small rewrites that keep every offset (same length, one character for one) are
 * tried near the error, and the text is parsed again; a rewrite is kept only when the grammar
 * then reports fewer errors. Names and positions are always read from the original text, so a
 * rewrite never shows in the results: it only lets the grammar see the structure.
 *
 * Rewrites tried, on the lines of the first remaining error:
 * - `-o=json` -> `-o:json`; `-Base32String` -> `-BasexxString` (digits in parameter names);
 * - `@angular/cli` -> `_angular/cli` (a bareword starting with `@`);
 * - `/usr/bin/tool` -> `_usr/bin/tool` (a command name starting with `/`);
 * - `Function, Filter` -> `Function  Filter` (comma lists of barewords in arguments);
 * - `.ForEach(` -> `.ForEac_(` (the grammar only knows `.ForEach{ }`);
 * - `-Name $word*` -> `-Name $word ` (a wildcard bareword built from a variable);
 * - `a ? b : c` -> `a - b - c`, `a ?? b` -> `a -f b`, `a ??= b` -> `a  += b` (PowerShell 7 operators);
 * - a line break after a `)` or `}` that ends a construct followed by more code on the same
 *   line (`param($a) Bar $a`, `'a' { A } default { B }`);
 * - `6 1> $null` -> `6  > $null` (the grammar knows `>` but not `1>`, which means the same);
 * - `{ }` -> `{;}` (an empty script block).
 */
import { Edit, type Parser, type Point, type Tree } from 'web-tree-sitter';
import type { TextRange } from '../../core/types.js';
import { buildSyntaxTree, type ErrorSite, type SyntaxNode, type SyntaxTree } from './syntax-tree.js';
import { at } from '../../core/at.js';

/** The outcome of parsing with repairs. */
export interface RepairedParse {
  /** The tree of the repaired text (offsets identical to the original). */
  readonly tree: SyntaxTree;
  /** Error regions of the first parse of the original text (benign ones dropped, cascades merged). */
  readonly originalErrors: readonly ErrorSite[];
  /** Error sites still in `tree`. */
  readonly remainingErrors: readonly ErrorSite[];
  /** What was rewritten, for messages. */
  readonly repairs: readonly { readonly rule: string; readonly at: number }[];
  /**
   * Statements that still failed after the repairs and were cut out, so that the code around
   * them parsed; each was then parsed on its own and put back into the tree where it stands.
   */
  readonly pieces: readonly TextRange[];
}

interface Attempt {
  readonly text: string;
  readonly tree: Tree;
  readonly errors: readonly ErrorSite[];
  readonly errorChars: number;
}

/** Most reparses spent on one fragment. */
const BUDGET = 60;
/**
 * Above this size the budget shrinks in proportion, and above 1 MiB there are no repairs: a
 * reparse of a large text full of errors costs about as much as the first parse (5 MB of random
 * bytes: 5 s per parse, 60 reparses would take minutes), and real fragments with grammar gaps
 * are small. What stays unparsed is scanned for tokens (recover.ts) as for any error region.
 */
const FULL_BUDGET_CHARS = 256 * 1024;
const NO_REPAIRS_CHARS = 1024 * 1024;

function budgetFor(text: string): number {
  if (text.length > NO_REPAIRS_CHARS) return 0;
  return text.length <= FULL_BUDGET_CHARS ? BUDGET : Math.floor((BUDGET * FULL_BUDGET_CHARS) / text.length);
}

/**
 * Parse `text`, repairing grammar gaps where that lowers the number of errors. Candidate texts
 * are parsed incrementally from the best tree so far (tree-sitter reuses what did not change),
 * and only their error sites are read; the compact tree is built once, at the end.
 */
export function parseWithRepairs(parser: Parser, text: string): RepairedParse {
  const first = attempt(parser, text);
  if (first.errors.length === 0) {
    return finish(first, { originalErrors: [], remainingErrors: [], repairs: [], pieces: [] });
  }
  let best = first;
  const repairs: { rule: string; at: number }[] = [];
  let budget = budgetFor(text);
  let index = 0;
  try {
    while (index < best.errors.length && budget > 0) {
      const site = at(best.errors, index);
      let improved = false;
      for (const candidate of candidates(best.text, site)) {
        if (budget-- <= 0) break;
        const next = attempt(parser, candidate.text, best, candidate.edit);
        if (
          next.errors.length < best.errors.length ||
          (next.errors.length === best.errors.length && next.errorChars < best.errorChars)
        ) {
          if (best !== first) best.tree.delete();
          best = next;
          repairs.push({ rule: candidate.rule, at: candidate.at });
          improved = true;
          break;
        }
        next.tree.delete();
      }
      if (!improved) index++;
    }
  } finally {
    if (best !== first) first.tree.delete();
  }
  const originalErrors = mergeCascades(text, first.errors);
  if (best.errors.length > 0 && budget > 0) {
    const split = splitAndReparse(parser, best, originalErrors, repairs);
    if (split) {
      best.tree.delete();
      return split;
    }
  }
  return finish(best, { originalErrors, remainingErrors: best.errors, repairs, pieces: [] });
}

/**
 * Where the repairs left errors, cut each failing statement out (blank it, keeping every
 * offset) and parse the rest again: one bad statement no longer costs the structure of the
 * blocks around it (tree-sitter's own recovery often closes an enclosing `{ }` early). Each cut
 * statement is then parsed on its own, with everything else blanked, and put back into the tree
 * at its place, so that what still fails in it is recovered from tokens in the right context.
 * Kept only when the rest then parses with fewer errors. Undefined when nothing improved.
 */
function splitAndReparse(
  parser: Parser,
  best: Attempt,
  originalErrors: readonly ErrorSite[],
  repairs: readonly { rule: string; at: number }[],
): RepairedParse | undefined {
  const text = best.text;
  // One statement at a time, first error first: the errors after it are often its cascade.
  let pieces: TextRange[] = [];
  let rest: Attempt | undefined;
  let errors = best.errors;
  for (let round = 0; round < MAX_PIECES && errors.length > 0; round++) {
    const piece = errors.map((e) => statementAround(text, e)).find((r) => r !== undefined);
    if (!piece) break;
    pieces = mergeRanges([...pieces, piece]);
    // Incremental: from the previous text, only the new piece's lines changed.
    const base = rest ?? best;
    const cut = blank(text, pieces, false);
    const next = attempt(parser, cut, base, editOf(base.text, cut, piece.start, piece.end));
    rest?.tree.delete();
    rest = next;
    errors = next.errors;
  }
  if (!rest || rest.errors.length >= best.errors.length) {
    rest?.tree.delete();
    return undefined;
  }
  let tree: SyntaxTree;
  try {
    tree = buildSyntaxTree(rest.tree);
  } finally {
    rest.tree.delete();
  }
  const remaining: ErrorSite[] = [...rest.errors];
  for (const piece of pieces) {
    const alone = attempt(parser, blank(text, [piece], true));
    try {
      const part = buildSyntaxTree(alone.tree);
      // What tree-sitter makes of the blank text after the statement is not the statement's.
      clamp(part.root, piece);
      remaining.push(
        ...alone.errors.filter((e) => e.start < piece.end).map((e) => ({ ...e, end: Math.min(e.end, piece.end) })),
      );
      graft(tree.root, part.root, piece);
      tree = { ...tree, comments: [...tree.comments, ...part.comments].sort((a, b) => a.start - b.start) };
    } finally {
      alone.tree.delete();
    }
  }
  remaining.sort((a, b) => a.start - b.start);
  return { tree: { ...tree, errors: remaining }, originalErrors, remainingErrors: remaining, repairs, pieces };
}

/** Most lines a cut statement reaches back to find the bracket its error line closes. */
const MAX_STATEMENT_LINES = 50;

/** Most statements cut out of one fragment (each costs a parse of the whole text). */
const MAX_PIECES = 8;

/**
 * `text` with the `ranges` (or, with `keep`, everything but them) blanked: spaces, line breaks
 * kept. A cut statement leaves an empty statement (`;`), so that a block it was alone in is not
 * left empty (the grammar rejects `{ }`).
 */
function blank(text: string, ranges: readonly TextRange[], keep: boolean): string {
  const spaces = (s: string) => s.replace(/[^\r\n]/g, ' ');
  const cut = (s: string) => spaces(s).replace(/^(\s*) /, '$1;');
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += keep ? spaces(text.slice(at, r.start)) : text.slice(at, r.start);
    out += keep ? text.slice(r.start, r.end) : cut(text.slice(r.start, r.end));
    at = r.end;
  }
  return out + (keep ? spaces(text.slice(at)) : text.slice(at));
}

/**
 * The whole lines of the statement an error stands in: from the start of its first line (back
 * over lines continued by a backtick, `|` or `,`) to the end of the line where its brackets
 * close. Undefined when the lines close a bracket they did not open (`} else {`): not a statement.
 */
function statementAround(text: string, site: ErrorSite): TextRange | undefined {
  let start = lastLineBreak(text, site.start) + 1;
  const previousLine = (lineStart: number) => {
    let contentEnd = lineStart - 1;
    if (text[contentEnd] === '\n' && text[contentEnd - 1] === '\r') contentEnd--;
    const prevStart = lastLineBreak(text, contentEnd) + 1;
    return { start: prevStart, text: text.slice(prevStart, contentEnd) };
  };
  // Back over the lines that this one continues: the line before ends with a backtick, | or ,.
  while (start > 0) {
    const prev = previousLine(start);
    if (!/[`|,][ \t]*$/.test(prev.text)) break;
    start = prev.start;
  }
  let end = nextLineBreak(text, site.start);
  // A line that closes a bracket opened above (`) | ForEach-Object { ... }`): back to where it opened.
  for (let lines = 0; start > 0 && lines < MAX_STATEMENT_LINES && bracketDepth(text, start, end) === -1; lines++) {
    start = previousLine(start).start;
  }
  for (;;) {
    const depth = bracketDepth(text, start, end);
    if (depth === undefined || depth < 0) return undefined;
    const line = text.slice(lastLineBreak(text, end) + 1, end);
    if (depth === 0 && !/[`|,]\s*$/.test(line)) break;
    if (end >= text.length) return undefined;
    end = nextLineBreak(text, end + 1 + (text[end] === '\r' && text[end + 1] === '\n' ? 1 : 0));
  }
  const piece = text.slice(start, end);
  return piece.trim() === '' ? undefined : { start, end };
}

/**
 * Open brackets minus closed ones over `text[start, end)`, skipping comments and strings as
 * PowerShell's tokenizer does (here-strings, `''` and backtick escapes); undefined when a
 * string or comment is still open at `end`, -1 as soon as a bracket closes below zero.
 */
function bracketDepth(text: string, start: number, end: number): number | undefined {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '`') {
      i++;
    } else if (c === '#') {
      const n = nextLineBreak(text, i);
      if (n > end) return undefined;
      i = n - 1;
    } else if (c === '<' && text[i + 1] === '#') {
      const close = text.indexOf('#>', i + 2);
      if (close < 0 || close + 2 > end) return undefined;
      i = close + 1;
    } else if (
      c === '@' &&
      (text[i + 1] === "'" || text[i + 1] === '"') &&
      /^[ \t]*\r?\n/.test(text.slice(i + 2, i + 40))
    ) {
      const close = new RegExp(`[\\r\\n]${text[i + 1]}@`, 'g');
      close.lastIndex = i + 2;
      const m = close.exec(text);
      if (!m || m.index + 3 > end) return undefined;
      i = m.index + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      for (; j < end; j++) {
        if (c === '"' && text[j] === '`') j++;
        else if (text[j] === c) {
          if (text[j + 1] === c) j++;
          else break;
        }
      }
      if (j >= end) return undefined;
      i = j;
    } else if (c === '{' || c === '(' || c === '[') {
      depth++;
    } else if (c === '}' || c === ')' || c === ']') {
      if (--depth < 0) return -1;
    }
  }
  return depth;
}

/** Keep a parsed piece's nodes inside the piece: end offsets clamped, nodes after it dropped. */
function clamp(root: SyntaxNode, piece: TextRange): void {
  const stack = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    n.end = Math.min(n.end, piece.end);
    n.start = Math.max(n.start, piece.start);
    const inside = n.children.filter((c) => c.start < piece.end);
    if (inside.length !== n.children.length) n.children.splice(0, n.children.length, ...inside);
    stack.push(...n.children);
  }
}

function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const prev = out.at(-1);
    if (prev && r.start <= prev.end) out[out.length - 1] = { start: prev.start, end: Math.max(prev.end, r.end) };
    else out.push(r);
  }
  return out;
}

/** Blocks a cut statement can be put back into: the innermost one around it holds it. */
const CONTAINERS = new Set([
  'program',
  'statement_list',
  'script_block',
  'statement_block',
  'script_block_expression',
  'function_statement',
]);

/** Where the statements of a block are, below a container: its statement list if it has one. */
const LIST_PARENTS = new Set(['script_block', 'statement_block', 'script_block_expression', 'function_statement']);

/** Put the statements parsed from `piece` (the root `part`) back into `root` where they stand. */
function graft(root: SyntaxNode, part: SyntaxNode, piece: TextRange): void {
  let container = root;
  for (let node: SyntaxNode | undefined = root; node;) {
    if (CONTAINERS.has(node.type)) container = node;
    node = node.children.find((c) => c.start <= piece.start && piece.end <= c.end);
  }
  let into = container;
  while (into.type !== 'statement_list') {
    const next = into.children.find((c) => c.type === 'statement_list' || LIST_PARENTS.has(c.type));
    if (!next) break;
    into = next;
  }
  const list = into.type === 'statement_list' ? into : undefined;
  const nodes = part.children.flatMap((c) => (c.type === 'statement_list' && list ? c.children : [c]));
  for (const n of nodes) {
    n.parent = into;
    const at = into.children.findIndex((c) => c.start > n.start);
    into.children.splice(at < 0 ? into.children.length : at, 0, n);
  }
  into.start = Math.min(into.start, piece.start);
  into.end = Math.max(into.end, piece.end);
}

function finish(best: Attempt, rest: Omit<RepairedParse, 'tree'>): RepairedParse {
  try {
    return { tree: buildSyntaxTree(best.tree), ...rest };
  } finally {
    best.tree.delete();
  }
}

/** Parse a text (incrementally from `base` when given, with the edit that turned base into it). */
function attempt(parser: Parser, text: string, base?: Attempt, edit?: Edit): Attempt {
  let old: Tree | undefined;
  if (base && edit) {
    old = base.tree.copy();
    old.edit(edit);
  }
  const tree = parser.parse(text, old);
  old?.delete();
  if (!tree) throw new Error('tree-sitter returned no tree');
  const errors = errorSites(tree).filter((e) => !isOnlyComments(text.slice(e.start, e.end), e));
  return { text, tree, errors, errorChars: errors.reduce((n, e) => n + (e.end - e.start), 0) };
}

/** ERROR and MISSING nodes, outermost only, visiting only subtrees that contain an error. */
function errorSites(tree: Tree): ErrorSite[] {
  const out: ErrorSite[] = [];
  if (!tree.rootNode.hasError) return out;
  const cursor = tree.walk();
  try {
    for (;;) {
      const node = cursor.currentNode;
      let descend = false;
      if (node.isError) out.push({ start: node.startIndex, end: node.endIndex, missing: false });
      else if (node.isMissing) out.push({ start: node.startIndex, end: node.startIndex, missing: true });
      else descend = node.hasError;
      if (descend && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return out;
      }
    }
  } finally {
    cursor.delete();
  }
}

/**
 * One failure often leaves a string of ERROR nodes on the same line (`--use-on-cd | Out-String`
 * in pieces): sites that start on the line where the previous one ends form one region.
 */
function mergeCascades(text: string, sites: readonly ErrorSite[]): ErrorSite[] {
  const out: ErrorSite[] = [];
  for (const site of sites) {
    const prev = out.at(-1);
    if (prev && !/[\r\n]/.test(text.slice(prev.end, site.start))) {
      out[out.length - 1] = {
        start: prev.start,
        end: Math.max(prev.end, site.end),
        missing: prev.missing && site.missing,
      };
    } else {
      out.push(site);
    }
  }
  return out;
}

/** A file holding only comments parses as ERROR (the grammar wants a statement): not an error. */
function isOnlyComments(region: string, site: ErrorSite): boolean {
  return !site.missing && region.replace(/<#[\s\S]*?#>|#[^\r\n]*/g, '').trim() === '';
}

interface Candidate {
  readonly rule: string;
  readonly text: string;
  readonly at: number;
  /** The change from the previous text, for an incremental reparse. */
  readonly edit: Edit;
}

/** Same-length rewrites: pattern, what to put instead of the whole match. */
const REWRITES: readonly { rule: string; re: RegExp; replace: (m: RegExpExecArray) => string }[] = [
  { rule: 'command path starting with /', re: /(^|[\r\n;|{(&][ \t]*)\/(?=[\w.])/g, replace: (m) => `${m[1]}_` },
  { rule: '-name=value', re: /(\s-[A-Za-z_][\w-]*)=/g, replace: (m) => `${m[1]}:` },
  {
    rule: 'digits in parameter name',
    re: /(\s-[A-Za-z_]+)(\d[\w-]*)/g,
    replace: ([, dash = '', digits = '']) => dash + digits.replace(/\d/g, 'x'),
  },
  { rule: '@bareword', re: /(\s)@([A-Za-z][\w.-]*\/)/g, replace: (m) => `${m[1]}_${m[2]}` },
  { rule: 'comma list of barewords', re: /([\w})'"])(\s*),(?=\s*[A-Za-z_])/g, replace: (m) => `${m[1]}${m[2]} ` },
  { rule: '.ForEach()', re: /\.(foreac)h\(/gi, replace: (m) => `.${m[1]}_(` },
  { rule: 'wildcard after a variable', re: /(\s\$[\w:]+)\*(?=[\s;)|}]|$)/gm, replace: (m) => `${m[1]} ` },
  { rule: '??=', re: /\?\?=/g, replace: () => ' +=' },
  { rule: '??', re: /\s\?\?\s/g, replace: () => ' -f ' },
  { rule: 'ternary', re: /(\s)\?(\s[^\r\n]*?\s):(\s)/g, replace: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  { rule: '1> redirection', re: /(\s)1(>>?)(?![>&])/g, replace: (m) => `${m[1]} ${m[2]}` },
  {
    // `1MB`, `2.5GB`, `10L`, `7ul`: pwsh's multiplier and type suffixes, as zeros (still a number).
    rule: 'numeric suffix',
    re: /(^|[^\w$.-])(\d+(?:\.\d+)?)((?:[kmgtp]b)|(?:ul|us|uy|[lduysn]))(?![\w.])/gi,
    replace: ([, before = '', digits = '', suffix = '']) => before + digits + '0'.repeat(suffix.length),
  },
  {
    // `break outer`, `continue outer`: a loop label after the keyword, as blanks (a plain break).
    rule: 'loop label',
    re: /(^|[^\w$-])((?:break|continue)[ \t]+)([A-Za-z_]\w*)(?=[ \t]*(?:[;}\r\n#]|$))/gim,
    replace: ([, before = '', keyword = '', label = '']) => before + keyword + ' '.repeat(label.length),
  },
  { rule: 'empty script block', re: /\{(\s)(\s*)\}/g, replace: (m) => `{;${m[2]}}` },
];

/** Candidate rewrites near an error site, most specific first. */
/** Longest stretch of text (from the error's line) that candidates rewrite. */
const WINDOW = 2000;

function* candidates(text: string, site: ErrorSite): Generator<Candidate> {
  const lineStart = lastLineBreak(text, site.start) + 1;
  const lastLine = Math.min(Math.max(site.start, site.end - 1), lineStart + WINDOW);
  const lineEnd = nextLineBreak(text, lastLine);
  const window = text.slice(lineStart, lineEnd);
  for (const { rule, re, replace } of REWRITES) {
    re.lastIndex = 0;
    let patched = window;
    let at = -1;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const value = replace(m);
      if (value.length !== m[0].length) continue;
      if (inComment(text, lineStart + m.index)) continue;
      patched = patched.slice(0, m.index) + value + patched.slice(m.index + value.length);
      if (at < 0) at = lineStart + m.index;
    }
    if (patched !== window) {
      const next = text.slice(0, lineStart) + patched + text.slice(lineEnd);
      yield { rule, text: next, at, edit: editOf(text, next, lineStart, lineEnd) };
    }
  }
  // Line breaks after a closing `)`/`}` followed by more code on the same line, nearest first.
  const breaks: number[] = [];
  let lastCode = '';
  for (let i = lineStart; i < lineEnd; i++) {
    const c = text.charAt(i);
    if (c === '\n' || c === '\r') {
      lastCode = '';
      continue;
    }
    if (c !== ' ' && c !== '\t') {
      lastCode = c;
      continue;
    }
    if (lastCode !== ')' && lastCode !== '}') continue;
    let j = i;
    while (text[j] === ' ' || text[j] === '\t') j++;
    const after = text.charAt(j);
    if (after !== '' && !/[\r\n;|{}),.\-+*/=#]/.test(after) && !inComment(text, i)) breaks.push(i);
    lastCode = '';
    i = j - 1;
  }
  breaks.sort((x, y) => Math.abs(x - site.start) - Math.abs(y - site.start));
  for (const at of breaks.slice(0, 8)) {
    const next = `${text.slice(0, at)}\n${text.slice(at + 1)}`;
    yield { rule: 'line break', text: next, at, edit: editOf(text, next, at, at + 1) };
  }
}

/** Whether an offset follows a `#` on its line outside quotes (a line comment). Approximate. */
function inComment(text: string, offset: number): boolean {
  const before = text.slice(lastLineBreak(text, offset) + 1, offset);
  let quote = '';
  for (const c of before) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '#') {
      return true;
    }
  }
  return false;
}

/** The tree-sitter edit for replacing [start, end) of `before` with the same span of `after`. */
function editOf(before: string, after: string, start: number, end: number): Edit {
  return new Edit({
    startIndex: start,
    oldEndIndex: end,
    newEndIndex: end,
    startPosition: pointAt(before, start),
    oldEndPosition: pointAt(before, end),
    newEndPosition: pointAt(after, end),
  });
}

/** tree-sitter's row/column of an offset: rows end at `\n` only; columns in UTF-16 units. */
function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

function lastLineBreak(text: string, before: number): number {
  return Math.max(text.lastIndexOf('\n', before - 1), text.lastIndexOf('\r', before - 1));
}

function nextLineBreak(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const r = text.indexOf('\r', from);
  const candidates = [n, r].filter((i) => i >= 0);
  return candidates.length > 0 ? Math.min(...candidates) : text.length;
}
