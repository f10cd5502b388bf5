/**
 * Line breaks as PowerShell counts them: `\r\n`, `\n` and a lone `\r` each end one line. Every
 * place that splits, counts or indexes lines uses these, so that positions, SARIF fingerprints
 * and the bundle's line table agree on what line N is.
 */

/** One line break. */
export const LINE_BREAK = /\r\n|\n|\r/;

/** The lines of `text`, without their breaks (a text ending in a break ends with ''). */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** `text` split into lines and breaks: even indices are lines, odd ones the breaks between them. */
export function splitLinesKeepingBreaks(text: string): string[] {
  return text.split(/(\r\n|\n|\r)/);
}

/** How many line breaks `text` holds. */
export function countLineBreaks(text: string): number {
  return splitLines(text).length - 1;
}

/** The first line of `text`. */
export function firstLine(text: string): string {
  const m = LINE_BREAK.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/**
 * Where each line of `text` starts. Found with indexOf, several times faster than a char-code
 * loop over a large text.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    } else {
      if (lf === cr + 1) {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      } else {
        starts.push(cr + 1);
      }
      cr = text.indexOf('\r', cr + 1);
    }
  }
  return starts;
}
