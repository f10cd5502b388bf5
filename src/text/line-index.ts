/**
 * Offsets to 1-based lines and columns, in UTF-16 code units, as PowerShell counts lines: `\r\n`,
 * `\n` and a lone `\r` each end one. Shared by the parse stage (positions of symbols and
 * findings) and the bundle stage (cutting and re-embedding fragment text), which must agree on
 * every line number, and by the stub extent check between them (extent-check.ts).
 */
import type { Position } from '../core/types.js';
import { at } from '../core/at.js';
import { lineStarts } from './line-breaks.js';

/**
 * Maps offsets of one text to positions. The line starts are found on the first question (the
 * bundle stage asks none for most fragments); lookups are O(log lines).
 */
export class LineIndex {
  /** Offset at which each line starts; line 1 starts at 0. */
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** 1-based line of `offset` (an offset inside a CRLF counts as the line it ends). */
  line(offset: number): number {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at(starts, mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Offset where a 1-based line starts (0 for a line outside the text). */
  lineStart(line: number): number {
    return (this.starts ??= lineStarts(this.text))[line - 1] ?? 0;
  }

  /** Line and column of `offset`. */
  position(offset: number): Position {
    const line = this.line(offset);
    return { line, column: offset - this.lineStart(line) + 1 };
  }

  /** How many line breaks `text.slice(start, end)` holds, without the copy or a pass over it. */
  breaksIn(start: number, end: number): number {
    if (end <= start) return 0;
    // A CRLF split by `end` is a break of the slice, but its line starts after `end`.
    const split = this.text.charCodeAt(end - 1) === 0x0d && this.text.charCodeAt(end) === 0x0a ? 1 : 0;
    return this.line(end) - this.line(start) + split;
  }
}
