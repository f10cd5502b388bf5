/**
 * Cutting and rewriting a fragment's text by the ranges the parse stage reported, without a
 * syntax tree. Every transformation keeps line breaks where they were, so a line of a fragment
 * stays that line once embedded: errors, `$MyInvocation.ScriptLineNumber` and the bundle's line
 * table all keep naming the fragment's own lines.
 */
import type { Fragment, FragmentSymbols, TextRange } from '../core/types.js';
import { splitLinesKeepingBreaks } from '../text/line-breaks.js';

/** Replace `text[start, end)` with `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * How many line breaks `text` holds, counted as PowerShell does: every `\n` (a CRLF's included),
 * and every `\r` not followed by `\n`. It runs over the whole bundle more than once, so it
 * counts with indexOf, which is several times faster than a char-code loop.
 */
export function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 0x0a) n++;
  return n;
}

/** True for `#Requires -Fragment ...`: fragbundle's own dependency syntax, which pwsh rejects. */
export function isRequiresFragment(text: string): boolean {
  return /^#requires\b.*\s-fragment\b/i.test(text.trim());
}

/**
 * The edits every embedded copy of a fragment gets: `#Requires -Fragment` comments become plain
 * comments (pwsh refuses to parse a file holding one). Only comments: the ranges are the parse
 * stage's comment tokens, so the same words inside a string (a here-string that documents the
 * syntax) stay as written. Only where the grammar recovered from errors, and so may have missed
 * a comment, does a line-start scan add what it finds, since one left in would make pwsh reject
 * the whole fragment.
 *
 * Nothing else is rewritten: `$MyInvocation` is made right at run time (runtime.ps1,
 * section invocation), `$PSScriptRoot` and `$PSCommandPath` come from the fragment's own path.
 */
export function fragmentEdits(fragment: Fragment, symbols: FragmentSymbols): TextEdit[] {
  const text = fragment.text;
  const edits = new Map<number, TextEdit>();
  for (const r of symbols.directives.requires) {
    if (isRequiresFragment(r.text)) edits.set(r.range.start, neutraliseRequires(text, r.range));
  }
  if (!symbols.hasSyntaxErrors) return [...edits.values()].sort((a, b) => a.start - b.start);
  const scan = /^[ \t]*(#requires[ \t][^\r\n]*)$/gim;
  for (let m = /#requires/i.test(text) ? scan.exec(text) : null; m !== null; m = scan.exec(text)) {
    const [whole, requires = ''] = m;
    const start = m.index + whole.length - requires.length;
    if (isRequiresFragment(requires) && !edits.has(start))
      edits.set(start, neutraliseRequires(text, { start, end: start + requires.length }));
  }
  return dropOverlaps([...edits.values()].sort((a, b) => a.start - b.start));
}

function neutraliseRequires(text: string, range: TextRange): TextEdit {
  return {
    start: range.start,
    end: range.end,
    text: `# fragbundle: not valid PowerShell, read by fragbundle: ${text.slice(range.start + 1, range.end)}`,
  };
}

function dropOverlaps(sorted: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out.at(-1);
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}

/** `text[start, end)` with the edits that lie wholly inside it applied. Edits must be sorted. */
export function sliceWithEdits(text: string, start: number, end: number, edits: readonly TextEdit[]): string {
  let out = '';
  let at = start;
  for (const e of edits) {
    if (e.start < start || e.end > end) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, end);
}

/**
 * The fragment with `ranges` (lazily loaded functions) blanked out and `edits` applied elsewhere:
 * what stays eager of a lazy fragment. A blanked stretch keeps its line breaks; the part of it on
 * a line is dropped when nothing follows it on that line, else it becomes spaces so what follows
 * keeps its column. Ranges must be sorted and must not overlap.
 */
export function blankRanges(text: string, ranges: readonly TextRange[], edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += sliceWithEdits(text, at, r.start, edits);
    const atLineEnd = r.end >= text.length || text[r.end] === '\n' || text[r.end] === '\r';
    out += blank(text.slice(r.start, r.end), atLineEnd);
    at = r.end;
  }
  return out + sliceWithEdits(text, at, text.length, edits);
}

function blank(piece: string, atLineEnd: boolean): string {
  const parts = splitLinesKeepingBreaks(piece);
  const last = parts.length - 1;
  return parts
    .map((p, i) => {
      if (i % 2 === 1) return p; // a line break: kept
      if (i < last) return '';
      return atLineEnd ? '' : ' '.repeat(p.length);
    })
    .join('');
}

/**
 * `text[0, end)` keeping only `keep` (sorted, not overlapping) with `edits` applied inside them,
 * everything else blanked as blankRanges does: the kept parts stay at their lines and columns.
 */
export function keepRanges(text: string, keep: readonly TextRange[], end: number, edits: readonly TextEdit[]): string {
  const gaps: TextRange[] = [];
  let at = 0;
  for (const k of keep) {
    if (k.start > at) gaps.push({ start: at, end: k.start });
    at = Math.max(at, k.end);
  }
  if (at < end) gaps.push({ start: at, end });
  return blankRanges(text.slice(0, end), gaps, edits);
}

/**
 * Where a lazily loaded function's own text starts: after the previous top-level statement (so
 * the comments just before the function, its comment-based help, come along), skipping blank
 * space and `;`. Before the first statement of a fragment with a `param()` block (which is not a
 * statement, and must not run again when the function loads) only the comments right above the
 * function come along.
 */
export function functionTextStart(
  text: string,
  functionStart: number,
  previousEnds: readonly number[],
  hasParamBlock = false,
): number {
  let start = 0;
  for (const end of previousEnds) if (end <= functionStart && end > start) start = end;
  if (start === 0 && hasParamBlock) return leadingComments(text, functionStart);
  while (start < functionStart && /[\s;]/.test(text.charAt(start))) start += 1;
  return start;
}

/** Start of the comment block (`<# #>` or `#` lines) that ends right above `at`, else `at`. */
function leadingComments(text: string, at: number): number {
  let start = at;
  for (;;) {
    let p = start;
    while (p > 0 && /\s/.test(text.charAt(p - 1))) p -= 1;
    if (text.startsWith('#>', p - 2)) {
      const open = text.lastIndexOf('<#', p - 2);
      if (open < 0) return start;
      start = open;
      continue;
    }
    const lineStart = Math.max(text.lastIndexOf('\n', p - 1), text.lastIndexOf('\r', p - 1)) + 1;
    if (p > lineStart && /^[ \t]*#/.test(text.slice(lineStart, p))) {
      start = lineStart + (text.slice(lineStart, p).length - text.slice(lineStart, p).trimStart().length);
      continue;
    }
    return start;
  }
}
