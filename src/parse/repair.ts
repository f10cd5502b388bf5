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
 * - `a ? b : c` -> `a - b - c`, `a ?? b` -> `a -f b`, `a ??= b` -> `a  += b` (PowerShell 7 operators);
 * - a line break after a `)` or `}` that ends a construct followed by more code on the same
 *   line (`param($a) Bar $a`, `'a' { A } default { B }`);
 * - `{ }` -> `{;}` (an empty script block).
 */
import type { Parser } from 'web-tree-sitter';
import { buildSyntaxTree, type ErrorSite, type SyntaxTree } from './syntax-tree.js';
import type { TextRange } from '../types.js';

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
  readonly tree: SyntaxTree;
  readonly errors: readonly ErrorSite[];
  readonly errorChars: number;
}

/** Most reparses spent on one fragment. */
const BUDGET = 60;

/** Parse `text`, repairing grammar gaps where that lowers the number of errors. Never throws on bad input. */
export function parseWithRepairs(parser: Parser, text: string): RepairedParse {
  const first = attempt(parser, text);
  if (first.errors.length === 0) {
    return { tree: first.tree, originalErrors: [], remainingErrors: [], repairs: [] };
  }
  let best = first;
  const repairs: { rule: string; at: number }[] = [];
  let budget = BUDGET;
  let index = 0;
  while (index < best.errors.length && budget > 0) {
    const site = best.errors[index]!;
    let improved = false;
    for (const candidate of candidates(best.text, site, best.tree.comments)) {
      if (budget-- <= 0) break;
      const next = attempt(parser, candidate.text);
      if (next.errors.length < best.errors.length || (next.errors.length === best.errors.length && next.errorChars < best.errorChars)) {
        best = next;
        repairs.push({ rule: candidate.rule, at: candidate.at });
        improved = true;
        break;
      }
    }
    if (!improved) index++;
  }
  return { tree: best.tree, originalErrors: mergeCascades(text, first.errors), remainingErrors: best.errors, repairs };
}

/**
 * One failure often leaves a string of ERROR nodes on the same line (`--use-on-cd | Out-String`
 * in pieces): sites that start on the line where the previous one ends form one region.
 */
function mergeCascades(text: string, sites: readonly ErrorSite[]): ErrorSite[] {
  const out: ErrorSite[] = [];
  for (const site of sites) {
    const prev = out[out.length - 1];
    if (prev && !/[\r\n]/.test(text.slice(prev.end, site.start))) {
      out[out.length - 1] = { start: prev.start, end: Math.max(prev.end, site.end), missing: prev.missing && site.missing };
    } else {
      out.push(site);
    }
  }
  return out;
}

function attempt(parser: Parser, text: string): Attempt {
  const parsed = parser.parse(text);
  if (!parsed) throw new Error('tree-sitter returned no tree');
  try {
    const tree = buildSyntaxTree(parsed);
    const errors = tree.errors.filter((e) => !isOnlyComments(text, e, tree.comments));
    return { text, tree, errors, errorChars: errors.reduce((n, e) => n + (e.end - e.start), 0) };
  } finally {
    parsed.delete();
  }
}

/** A file holding only comments parses as ERROR (the grammar wants a statement): not an error. */
function isOnlyComments(text: string, site: ErrorSite, comments: readonly TextRange[]): boolean {
  if (site.missing) return false;
  let rest = '';
  let at = site.start;
  for (const c of comments) {
    if (c.end <= site.start || c.start >= site.end) continue;
    rest += text.slice(at, Math.max(at, c.start));
    at = Math.max(at, c.end);
  }
  rest += text.slice(at, site.end);
  return rest.trim() === '';
}

interface Candidate {
  readonly rule: string;
  readonly text: string;
  readonly at: number;
}

/** Same-length rewrites: pattern, what to put instead of the whole match. */
const REWRITES: readonly { rule: string; re: RegExp; replace: (m: RegExpExecArray) => string }[] = [
  { rule: 'command path starting with /', re: /(^|[\r\n;|{(&][ \t]*)\/(?=[\w.])/g, replace: (m) => `${m[1]}_` },
  { rule: '-name=value', re: /(\s-[A-Za-z_][\w-]*)=/g, replace: (m) => `${m[1]}:` },
  { rule: 'digits in parameter name', re: /(\s-[A-Za-z_]+)(\d[\w-]*)/g, replace: (m) => m[1]! + m[2]!.replace(/\d/g, 'x') },
  { rule: '@bareword', re: /(\s)@([A-Za-z][\w.-]*\/)/g, replace: (m) => `${m[1]}_${m[2]}` },
  { rule: 'comma list of barewords', re: /([\w})'"])(\s*),(?=\s*[A-Za-z_])/g, replace: (m) => `${m[1]}${m[2]} ` },
  { rule: '.ForEach()', re: /\.(foreac)h\(/gi, replace: (m) => `.${m[1]}_(` },
  { rule: '??=', re: /\?\?=/g, replace: () => ' +=' },
  { rule: '??', re: /\s\?\?\s/g, replace: () => ' -f ' },
  { rule: 'ternary', re: /(\s)\?(\s[^\r\n]*?\s):(\s)/g, replace: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  { rule: 'empty script block', re: /\{(\s)(\s*)\}/g, replace: (m) => `{;${m[2]}}` },
];

/** Candidate rewrites near an error site, most specific first. */
function* candidates(text: string, site: ErrorSite, comments: readonly TextRange[]): Generator<Candidate> {
  const lineStart = lastLineBreak(text, site.start) + 1;
  const lastLine = Math.max(site.start, site.end - 1);
  const lineEnd = nextLineBreak(text, lastLine);
  const window = text.slice(lineStart, lineEnd);
  for (const { rule, re, replace } of REWRITES) {
    re.lastIndex = 0;
    let patched = window;
    let at = -1;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const value = replace(m);
      if (value.length !== m[0].length) continue;
      if (inComment(lineStart + m.index, comments)) continue;
      patched = patched.slice(0, m.index) + value + patched.slice(m.index + value.length);
      if (at < 0) at = lineStart + m.index;
    }
    if (patched !== window) yield { rule, text: text.slice(0, lineStart) + patched + text.slice(lineEnd), at };
  }
  // Line breaks after a closing `)`/`}` followed by more code on the same line, nearest first.
  const breaks: number[] = [];
  for (let i = lineStart; i < lineEnd; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t') continue;
    const before = text.slice(lineStart, i).trimEnd().slice(-1);
    const after = text.slice(i).trimStart()[0];
    if ((before === ')' || before === '}') && after !== undefined && !/[\r\n;|{}),.\-+*/=]/.test(after) && !inComment(i, comments)) {
      if (breaks.length === 0 || text.slice(breaks[breaks.length - 1]!, i).trim() !== '') breaks.push(i);
    }
  }
  breaks.sort((x, y) => Math.abs(x - site.start) - Math.abs(y - site.start));
  for (const at of breaks.slice(0, 8)) {
    yield { rule: 'line break', text: `${text.slice(0, at)}\n${text.slice(at + 1)}`, at };
  }
}

function inComment(offset: number, comments: readonly TextRange[]): boolean {
  return comments.some((c) => offset >= c.start && offset < c.end);
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
