/**
 * Turning a fragment's bytes into text the way PowerShell reads a script: a byte-order mark
 * decides UTF-8 / UTF-16 LE / UTF-16 BE; without one, UTF-8 (pwsh 7's default).
 */
import { TextDecoder } from 'node:util';
import type { TextEncoding } from '../core/types.js';

export type DecodeResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: TextEncoding;
      /** Where the first invalid byte sequence was, when some were replaced by U+FFFD (as pwsh does). */
      readonly invalidAt?: { readonly line: number; readonly column: number };
    }
  | { readonly ok: false; readonly reason: string; readonly line: number; readonly column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/**
 * Decode a script file's bytes. Fails (never throws) on NUL bytes, which make a file binary.
 * Byte sequences that are invalid in the encoding are replaced by U+FFFD, exactly as pwsh reads
 * them (checked in test/load), and reported through `invalidAt`.
 */
export function decodeScript(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeWith(utf8, bytes.subarray(3), 'utf8-bom');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeWith(utf16le, bytes.subarray(2), 'utf16le-bom');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeWith(utf16be, bytes.subarray(2), 'utf16be-bom');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = positionOfByte(bytes, nul);
    const hint = looksLikeBomlessUtf16(bytes)
      ? ' (it looks like UTF-16 without a byte-order mark: save it with a BOM)'
      : '';
    return { ok: false, reason: `contains a NUL byte${hint}`, ...at };
  }
  return decodeWith(utf8, bytes, 'utf8');
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array, encoding: TextEncoding): DecodeResult {
  let text: string;
  let invalidAt: { line: number; column: number } | undefined;
  try {
    text = decoder.decode(bytes);
  } catch {
    text = new TextDecoder(decoder.encoding, { ignoreBOM: true }).decode(bytes);
    invalidAt = firstInvalid(bytes, encoding);
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) return { ok: false, reason: 'contains a NUL character', ...positionOfIndex(text, nul) };
  return invalidAt ? { ok: true, text, encoding, invalidAt } : { ok: true, text, encoding };
}

/** A human name for an encoding. */
export function encodingLabel(encoding: TextEncoding): string {
  return encoding.startsWith('utf16le') ? 'UTF-16 LE' : encoding.startsWith('utf16be') ? 'UTF-16 BE' : 'UTF-8';
}

/** Half the bytes NUL, alternating: the usual look of ASCII text saved as UTF-16. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return n >= 4 && zeros >= n / 3;
}

/** 1-based line/column of a byte offset in (mostly) UTF-8 bytes, counting characters. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (const b of bytes.subarray(0, offset)) {
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) {
      column++;
    }
  }
  return { line, column };
}

function positionOfIndex(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** Where decoding fails: the longest valid prefix tells. */
function firstInvalid(bytes: Uint8Array, encoding: TextEncoding): { line: number; column: number } {
  const decoder = encoding.startsWith('utf16le') ? utf16le : encoding.startsWith('utf16be') ? utf16be : utf8;
  const step = encoding.startsWith('utf16') ? 2 : 1;
  // Binary search, in code units, for the longest prefix that decodes: `lo` units decode, `hi`
  // units (the whole input, an odd UTF-16 tail included) do not. Halving in units keeps mid
  // strictly between them, so the search always ends. A truncated multi-byte tail is invalid too,
  // so the answer can be a few bytes early: good enough to point at the line.
  let lo = 0;
  let hi = Math.ceil(bytes.length / step);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid * step));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  const valid = lo * step;
  let prefix = '';
  for (let back = 0; back <= 4 && valid - back >= 0; back++) {
    try {
      prefix = decoder.decode(bytes.subarray(0, valid - back));
      break;
    } catch {
      /* try a shorter prefix */
    }
  }
  return positionOfIndex(prefix + '\0', prefix.length);
}
