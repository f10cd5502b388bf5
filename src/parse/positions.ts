/**
 * Offsets to 1-based lines and columns, in UTF-16 code units, as PowerShell counts them:
 * `\r\n`, `\n` and a lone `\r` each end a line.
 */
import type { Position } from '../types.js';

/** Maps string offsets of one text to positions. Build once per text; lookups are O(log lines). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** 1-based line of an offset. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? 0;
  }

  position(offset: number): Position {
    const line = this.line(offset);
    return { line, column: offset - this.starts[line - 1] + 1 };
  }
}
