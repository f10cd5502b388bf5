/**
 * A second opinion on a function's extent before its text is cut out and replaced by a stub.
 * The parse stage asks it once per function (extract-symbols.ts), so that the answer is cached
 * with the symbols and scanned in parallel with the parse; the bundle stage takes that answer
 * (`knownStubBlocker`). Pure text code, outside both stages, which may not import each other.
 * The parse stage's ranges come from a grammar that is not PowerShell; a wrong range would make
 * the fragment unparseable in the bundle. This scanner knows just enough PowerShell lexing to find
 * the brace that closes a function body: quotes (with PowerShell's typographic variants and
 * doubled-quote escapes), backtick escapes, `$(...)` inside double quotes, here-strings, line and
 * block comments, and `${braced variable}` names. When it disagrees with the range, or meets
 * something it does not follow, the function simply stays eager.
 */
import type { LineIndex } from './line-index.js';
import type { Diagnostic, FunctionShape, TextRange } from '../core/types.js';

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

/** Lines where the parse stage recovered from a grammar error (its PARSE_RECOVERED findings). */
export function recoveredLines(diagnostics: readonly Diagnostic[]): number[] {
  return diagnostics.filter((d) => d.code === 'PARSE_RECOVERED' && d.line !== undefined).map((d) => d.line!);
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
  lines: LineIndex,
): string | undefined {
  if (!extentConfirmed(text, shape)) return 'its extent in the text could not be confirmed';
  const params: TextRange | undefined = shape.paramBlock ?? shape.headerParams;
  const paramText = params ? text.slice(params.start, params.end) : '';
  if (/\[\s*(?:CmdletBinding|Parameter)\b/i.test(paramText) !== shape.isAdvanced)
    return 'its parameter declarations could not be confirmed';
  const body = text.slice(shape.body.start, shape.body.end);
  const hidden = /(?:^|[\s;{}])(dynamicparam|clean)\s*\{/i.exec(body);
  if (hidden) return `it has a ${(hidden[1] ?? '').toLowerCase()} block`;
  if (recoveredLines.length === 0) return undefined; // and the fragment's lines need not be found
  const first = lines.line(shape.range.start);
  const last = lines.line(params ? params.end : shape.body.start);
  const near = recoveredLines.find((l) => l >= first && l <= last);
  if (near !== undefined) return `the grammar recovered from an error in its head or parameters (line ${near})`;
  return undefined;
}

/**
 * stubBlocker's answer for `shape`: the one the parse stage recorded in it, or, for a shape made
 * without one (by hand, in tests), worked out from the text now.
 */
export function knownStubBlocker(
  text: string,
  shape: FunctionShape,
  recoveredLines: readonly number[],
  lines: LineIndex,
): string | undefined {
  if (shape.stubBlocker !== undefined) return shape.stubBlocker ?? undefined;
  return stubBlocker(text, shape, recoveredLines, lines);
}

/** PowerShell's single quotes: ' and the typographic U+2018..U+201B. */
const isSingle = (c: number): boolean => c === 0x27 || (c >= 0x2018 && c <= 0x201b);
/** PowerShell's double quotes: " and the typographic U+201C..U+201E. */
const isDouble = (c: number): boolean => c === 0x22 || (c >= 0x201c && c <= 0x201e);

/** ASCII characters the scanner must look at; everything else is skipped in one step. */
const SPECIAL = new Uint8Array(128);
for (const ch of '`<#@\'"${}()') SPECIAL[ch.charCodeAt(0)] = 1;

/**
 * Index just after the `close` that ends the block starting at `i`, or undefined. Reads char
 * codes, not one-character strings: it runs over every lazy function's text on every build.
 */
function scanBlock(text: string, i: number, close: '}' | ')'): number | undefined {
  const n = text.length;
  const closeCode = close.charCodeAt(0);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? SPECIAL[c] === 0 : c < 0x2018 || c > 0x201e) {
      i += 1;
    } else if (c === 0x60 /* ` */) {
      i += 2;
    } else if (c === 0x3c /* < */) {
      if (text.charCodeAt(i + 1) !== 0x23) {
        i += 1;
        continue;
      }
      const end = text.indexOf('#>', i + 2);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (c === 0x23 /* # */) {
      i = startsToken(text, i) ? lineEnd(text, i) : i + 1;
    } else if (c === 0x40 /* @ */) {
      const q = text.charCodeAt(i + 1);
      if ((isSingle(q) || isDouble(q)) && hereStringOpens(text, i + 2)) {
        const end = hereStringEnd(text, i + 2, isSingle(q) ? isSingle : isDouble);
        if (end === undefined) return undefined;
        i = end;
      } else {
        i += 1;
      }
    } else if (isSingle(c)) {
      const end = singleQuotedEnd(text, i + 1);
      if (end === undefined) return undefined;
      i = end;
    } else if (isDouble(c)) {
      const end = doubleQuotedEnd(text, i + 1);
      if (end === undefined) return undefined;
      i = end;
    } else if (c === 0x24 /* $ */) {
      if (text.charCodeAt(i + 1) !== 0x7b) {
        i += 1;
        continue;
      }
      const end = bracedVariableEnd(text, i + 2);
      if (end === undefined) return undefined;
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x28 /* ( */) {
      const end = scanBlock(text, i + 1, c === 0x7b ? '}' : ')');
      if (end === undefined) return undefined;
      i = end;
    } else {
      // `}` or `)`
      return c === closeCode ? i + 1 : undefined;
    }
  }
  return undefined;
}

/** `#` starts a comment only where a token can start. */
function startsToken(text: string, i: number): boolean {
  return i === 0 || /[\s;(){}|&,=]/.test(text.charAt(i - 1));
}

function lineEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) break;
    i += 1;
  }
  return i;
}

/** A here-string opener is followed by nothing but blanks up to the line break. */
function hereStringOpens(text: string, i: number): boolean {
  while (text[i] === ' ' || text[i] === '\t') i += 1;
  return text[i] === '\n' || text[i] === '\r';
}

/** After the closing quote-@ that stands at the start of a line. */
function hereStringEnd(text: string, i: number, isQuote: (c: number) => boolean): number | undefined {
  for (let k = i; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c === 0x0a || c === 0x0d) && isQuote(text.charCodeAt(k + 1)) && text.charCodeAt(k + 2) === 0x40) return k + 3;
  }
  return undefined;
}

function singleQuotedEnd(text: string, i: number): number | undefined {
  while (i < text.length) {
    if (isSingle(text.charCodeAt(i))) {
      if (isSingle(text.charCodeAt(i + 1))) i += 2;
      else return i + 1;
    } else {
      i += 1;
    }
  }
  return undefined;
}

function doubleQuotedEnd(text: string, i: number): number | undefined {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x60) {
      i += 2;
    } else if (isDouble(c)) {
      if (isDouble(text.charCodeAt(i + 1))) i += 2;
      else return i + 1;
    } else if (c === 0x24 && text.charCodeAt(i + 1) === 0x28) {
      const end = scanBlock(text, i + 2, ')');
      if (end === undefined) return undefined;
      i = end;
    } else if (c === 0x24 && text.charCodeAt(i + 1) === 0x7b) {
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
    const c = text.charCodeAt(i);
    if (c === 0x60) i += 2;
    else if (c === 0x7d) return i + 1;
    else i += 1;
  }
  return undefined;
}

/** Index just after the `close` that ends the block whose contents start at `i` (quotes, comments, nesting followed), or undefined. */
export function blockEnd(text: string, i: number, close: '}' | ')'): number | undefined {
  return scanBlock(text, i, close);
}

/**
 * Index just after the token or group that starts at `i` when it is a quoted string, a
 * here-string, a comment, `(...)`, `{...}` or `${...}`; `i + 1` for any other character;
 * undefined when it never ends.
 */
export function skipGroup(text: string, i: number): number | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x28 /* ( */) return scanBlock(text, i + 1, ')');
  if (c === 0x7b /* { */) return scanBlock(text, i + 1, '}');
  if (c === 0x60 /* ` */) return i + 2;
  if (c === 0x3c /* < */ && text.charCodeAt(i + 1) === 0x23) {
    const end = text.indexOf('#>', i + 2);
    return end < 0 ? undefined : end + 2;
  }
  if (c === 0x23 /* # */ && startsToken(text, i)) return lineEnd(text, i);
  if (c === 0x40 /* @ */) {
    const q = text.charCodeAt(i + 1);
    if ((isSingle(q) || isDouble(q)) && hereStringOpens(text, i + 2))
      return hereStringEnd(text, i + 2, isSingle(q) ? isSingle : isDouble);
    return i + 1;
  }
  if (isSingle(c)) return singleQuotedEnd(text, i + 1);
  if (isDouble(c)) return doubleQuotedEnd(text, i + 1);
  if (c === 0x24 /* $ */ && text.charCodeAt(i + 1) === 0x7b) return bracedVariableEnd(text, i + 2);
  return i + 1;
}
