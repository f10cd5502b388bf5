/**
 * A second opinion on a function's extent before its text is cut out and replaced by a stub.
 * The parse stage's ranges come from a grammar that is not PowerShell; a wrong range would make
 * the fragment unparseable in the bundle. This scanner knows just enough PowerShell lexing to find
 * the brace that closes a function body: quotes (with PowerShell's typographic variants and
 * doubled-quote escapes), backtick escapes, `$(...)` inside double quotes, here-strings, line and
 * block comments, and `${braced variable}` names. When it disagrees with the range, or meets
 * something it does not follow, the function simply stays eager.
 */
import type { FunctionShape, TextRange } from '../types.js';

const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e']);

/** True when the text and the shape agree on where the function starts and where its body ends. */
export function extentConfirmed(text: string, shape: FunctionShape): boolean {
  const { range, body } = shape;
  if (range.start < 0 || range.end > text.length || body.start < range.start || body.end !== range.end) return false;
  const head = /^(?:function|filter)\s+(?:(?:global|script|local|private):)?([^\s({]+)/i.exec(
    text.slice(range.start, body.start),
  );
  if (head?.[1]?.toLowerCase() !== shape.name.toLowerCase()) return false;
  if (text[body.start] !== '{') return false;
  for (const inner of [shape.paramBlock, shape.headerParams]) {
    if (inner && (inner.start < range.start || inner.end > range.end)) return false;
  }
  return scanBlock(text, body.start + 1, '}') === range.end;
}

/** 1-based line of an offset (a LineIndex, passed in so one is built per fragment). */
export interface LineOf {
  positionAt(offset: number): { line: number };
}

/**
 * Why the text does not let `shape` be cut out and replaced by a stub, or undefined when it does:
 * its extent must be confirmed, the parameter declarations the stub copies must say what the
 * shape says (advanced or not), no `dynamicparam`/`clean` block may hide in it, and the grammar
 * must not have recovered from an error in its head or parameter block (where the stub's copy
 * comes from; an error further in the body does not matter, the body is parsed by pwsh itself
 * when the function loads).
 */
export function stubBlocker(
  text: string,
  shape: FunctionShape,
  recoveredLines: readonly number[],
  lines: LineOf,
): string | undefined {
  if (!extentConfirmed(text, shape)) return 'its extent in the text could not be confirmed';
  const params: TextRange | undefined = shape.paramBlock ?? shape.headerParams;
  const paramText = params ? text.slice(params.start, params.end) : '';
  if (/\[\s*(?:CmdletBinding|Parameter)\b/i.test(paramText) !== shape.isAdvanced)
    return 'its parameter declarations could not be confirmed';
  const body = text.slice(shape.body.start, shape.body.end);
  const hidden = /(?:^|[\s;{}])(dynamicparam|clean)\s*\{/i.exec(body);
  if (hidden) return `it has a ${hidden[1].toLowerCase()} block`;
  const first = lines.positionAt(shape.range.start).line;
  const last = lines.positionAt(params ? params.end : shape.body.start).line;
  const near = recoveredLines.find((l) => l >= first && l <= last);
  if (near !== undefined) return `the grammar recovered from an error in its head or parameters (line ${near})`;
  return undefined;
}

/** Index just after the `close` that ends the block starting at `i`, or undefined. */
function scanBlock(text: string, i: number, close: '}' | ')'): number | undefined {
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '`') {
      i += 2;
    } else if (c === '<' && text[i + 1] === '#') {
      const end = text.indexOf('#>', i + 2);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (c === '#' && startsToken(text, i)) {
      i = lineEnd(text, i);
    } else if (
      c === '@' &&
      (SINGLE.has(text[i + 1] ?? '') || DOUBLE.has(text[i + 1] ?? '')) &&
      hereStringOpens(text, i + 2)
    ) {
      const end = hereStringEnd(text, i + 2, SINGLE.has(text[i + 1]) ? SINGLE : DOUBLE);
      if (end === undefined) return undefined;
      i = end;
    } else if (SINGLE.has(c)) {
      const end = singleQuotedEnd(text, i + 1);
      if (end === undefined) return undefined;
      i = end;
    } else if (DOUBLE.has(c)) {
      const end = doubleQuotedEnd(text, i + 1);
      if (end === undefined) return undefined;
      i = end;
    } else if (c === '$' && text[i + 1] === '{') {
      const end = bracedVariableEnd(text, i + 2);
      if (end === undefined) return undefined;
      i = end;
    } else if (c === '{' || c === '(') {
      const end = scanBlock(text, i + 1, c === '{' ? '}' : ')');
      if (end === undefined) return undefined;
      i = end;
    } else if (c === '}' || c === ')') {
      return c === close ? i + 1 : undefined;
    } else {
      i += 1;
    }
  }
  return undefined;
}

/** `#` starts a comment only where a token can start. */
function startsToken(text: string, i: number): boolean {
  return i === 0 || /[\s;(){}|&,=]/.test(text[i - 1]);
}

function lineEnd(text: string, i: number): number {
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i += 1;
  return i;
}

/** A here-string opener is followed by nothing but blanks up to the line break. */
function hereStringOpens(text: string, i: number): boolean {
  while (text[i] === ' ' || text[i] === '\t') i += 1;
  return text[i] === '\n' || text[i] === '\r';
}

/** After the closing quote-@ that stands at the start of a line. */
function hereStringEnd(text: string, i: number, quotes: ReadonlySet<string>): number | undefined {
  for (let k = i; k < text.length; k++) {
    if ((text[k] === '\n' || text[k] === '\r') && quotes.has(text[k + 1] ?? '') && text[k + 2] === '@') return k + 3;
  }
  return undefined;
}

function singleQuotedEnd(text: string, i: number): number | undefined {
  while (i < text.length) {
    if (SINGLE.has(text[i])) {
      if (SINGLE.has(text[i + 1] ?? '')) i += 2;
      else return i + 1;
    } else {
      i += 1;
    }
  }
  return undefined;
}

function doubleQuotedEnd(text: string, i: number): number | undefined {
  while (i < text.length) {
    const c = text[i];
    if (c === '`') {
      i += 2;
    } else if (DOUBLE.has(c)) {
      if (DOUBLE.has(text[i + 1] ?? '')) i += 2;
      else return i + 1;
    } else if (c === '$' && text[i + 1] === '(') {
      const end = scanBlock(text, i + 2, ')');
      if (end === undefined) return undefined;
      i = end;
    } else if (c === '$' && text[i + 1] === '{') {
      const end = bracedVariableEnd(text, i + 2);
      if (end === undefined) return undefined;
      i = end;
    } else {
      i += 1;
    }
  }
  return undefined;
}

function bracedVariableEnd(text: string, i: number): number | undefined {
  while (i < text.length) {
    if (text[i] === '`') i += 2;
    else if (text[i] === '}') return i + 1;
    else i += 1;
  }
  return undefined;
}
