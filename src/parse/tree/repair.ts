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
import { buildSyntaxTree, type ErrorSite, type SyntaxTree } from './syntax-tree.js';
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
    return finish(first, { originalErrors: [], remainingErrors: [], repairs: [] });
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
  return finish(best, { originalErrors: mergeCascades(text, first.errors), remainingErrors: best.errors, repairs });
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
