/**
 * Escaping for everything the bundle embeds into generated PowerShell. Only single-quoted strings
 * are ever used for embedded data: inside them nothing expands, and the only special characters
 * are the single quotes, which are doubled. PowerShell accepts four typographic quotes as single
 * quotes too (U+2018, U+2019, U+201A, U+201B), so those are doubled as well: a fragment written
 * in a word processor must not end its own string early. Round-trip proven against pwsh in
 * test/bundle/quote.test.ts (random strings with every quote, NUL, CR/LF, `$`, backticks).
 */

const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;
const TYPOGRAPHIC_SINGLE_QUOTE = /[\u2018\u2019\u201a\u201b]/;

/**
 * `text` as a PowerShell single-quoted string literal, quotes included. Any text round-trips.
 * Every fragment goes through here on every build: text without typographic quotes (nearly all)
 * takes replaceAll with a plain string, about three times faster than the regex.
 */
export function quotePs(text: string): string {
  if (!TYPOGRAPHIC_SINGLE_QUOTE.test(text)) return `'${text.replaceAll("'", "''")}'`;
  return `'${text.replace(SINGLE_QUOTES, '$&$&')}'`;
}

/** `text` as one word for a POSIX shell (the `git mv` lines check prints): quoted unless plain. */
export function quoteSh(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * `text` made safe for one `#` comment line: line breaks (and the other characters some editors
 * treat as line ends) become spaces, so a file name cannot end the comment and start code.
 */
export function commentText(text: string): string {
  return text.replace(/[\r\n\u0085\u2028\u2029]/g, ' ');
}

/**
 * Function names a stub can be generated for: letters, digits and `_`, joined by single `-` or
 * `.` (`Get-GitStatus`, `cd..` is not, `Invoke-Tool2`, `my_func`). Anything else (`..`, names with
 * `/`, `:`, `*`, `[`, quotes or spaces) stays eager: such names need escaping in the function
 * statement and mean something else in a `Function:` provider path.
 */
export function isStubbableName(name: string): boolean {
  return /^[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*$/u.test(name) && !KEYWORDS.has(name.toLowerCase());
}

/** PowerShell's reserved words: a function may carry such a name, a generated stub will not. */
const KEYWORDS = new Set(
  (
    'begin break catch class clean configuration continue data define do dynamicparam else elseif end enum exit ' +
    'filter finally for foreach from function hidden if in inlinescript parallel param process return sequence ' +
    'static switch throw trap try until using var while workflow'
  ).split(' '),
);
