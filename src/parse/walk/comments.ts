/**
 * Directives written in comments: `#Requires`, `# Dependencies: a, b`, `# Tier: core`,
 * `# Environment: a, b`, `# fragbundle-ignore CODE`. Metadata lines are also read inside
 * `<# ... #>` blocks, one per line, with or without a leading `#`.
 *
 * A suppression names codes in any case, separated by commas or spaces, and may end in a reason
 * after ` -- `. Without a word it silences every code. A word that is no code is kept (it
 * silences nothing) and reported as UNKNOWN_CODE: before, a lower-case or misspelt code was
 * dropped, and a comment left with none silenced everything.
 */
import { isDiagnosticCode } from '../../core/diagnostics.js';
import type { NamedAt, RequiresDirective, Suppression, TextRange } from '../../core/types.js';
import type { LineIndex } from '../../text/line-index.js';

/** The directives read from comments, in source order. */
export interface CommentDirectives {
  readonly dependencies: NamedAt[];
  readonly requiresFragments: NamedAt[];
  tier?: string;
  readonly environments: string[];
  readonly requires: RequiresDirective[];
  readonly suppressions: Suppression[];
  /** Words of suppression comments that are no diagnostic code (UNKNOWN_CODE). */
  readonly unknownCodes: NamedAt[];
}

const METADATA = /^(\s*#?\s*)(Dependencies|Tier|Environment)\s*:[ \t]*(.*)$/i;
const SUPPRESS = /^\s*#?\s*fragbundle-ignore\b[ \t]*(.*)$/i;
/** The words of a suppression: what a code could be, and its misspellings (`ORDER-VIOLATION`). */
const CODE_WORD = /[A-Za-z][\w-]*/g;

/**
 * Read directives from comment ranges (in source order). `firstStatement` is the offset of the
 * first statement: suppressions before it apply to the whole file.
 */
export function readCommentDirectives(
  text: string,
  comments: readonly TextRange[],
  lines: LineIndex,
  firstStatement: number,
): CommentDirectives {
  const out: CommentDirectives = {
    dependencies: [],
    requiresFragments: [],
    environments: [],
    requires: [],
    suppressions: [],
    unknownCodes: [],
  };
  for (const c of comments) {
    const body = text.slice(c.start, c.end);
    if (!body.startsWith('<#')) {
      const req = /^#requires\b/i.exec(body);
      if (req) {
        out.requires.push({
          text: body.trimEnd(),
          range: { start: c.start, end: c.start + body.trimEnd().length },
          ...lines.position(c.start),
        });
        readRequiresFragments(body, c.start, lines, out.requiresFragments);
        continue;
      }
    }
    // Each line of the comment on its own (a line comment is one line).
    let at = c.start;
    for (const line of body.split(/(?<=\n)|(?<=\r)(?!\n)/)) {
      const clean = line.replace(/\r?\n$|\r$/, '');
      readLine(clean, at, c.start, lines, firstStatement, out);
      at += line.length;
    }
  }
  return out;
}

function readLine(
  line: string,
  at: number,
  commentStart: number,
  lines: LineIndex,
  firstStatement: number,
  out: CommentDirectives,
): void {
  // Block-comment delimiters are not part of the content.
  let content = line;
  let offset = at;
  if (offset === commentStart && content.startsWith('<#')) {
    content = content.slice(2);
    offset += 2;
  }
  content = content.replace(/#>\s*$/, '');
  const [, suppressed] = SUPPRESS.exec(content) ?? [];
  if (suppressed !== undefined) {
    const listAt = offset + content.length - suppressed.length;
    // A reason may follow ` -- `; it names no codes.
    const list = suppressed.replace(/(?:^|\s)--(?:\s.*)?$/, '');
    const codes: string[] = [];
    for (const word of list.matchAll(CODE_WORD)) {
      const code = word[0].toUpperCase();
      codes.push(code);
      if (!isDiagnosticCode(code)) out.unknownCodes.push({ name: word[0], ...lines.position(listAt + word.index) });
    }
    out.suppressions.push({ codes, line: lines.line(offset), wholeFile: offset < firstStatement });
    return;
  }
  const m = METADATA.exec(content);
  if (!m) return;
  const [, , written = '', rest = ''] = m;
  const key = written.toLowerCase();
  const valueStart = offset + content.length - rest.length;
  const value = rest.trim();
  if (key === 'tier') {
    if (value) out.tier = value.split(/\s+/)[0]!;
    return;
  }
  const names = splitNames(rest, valueStart);
  if (key === 'dependencies') {
    for (const n of names) out.dependencies.push({ name: n.name, ...lines.position(n.at) });
  } else {
    out.environments.push(...names.map((n) => n.name));
  }
}

/** Split `a, b c` into names with their offsets; `none` and `-` mean no names. */
function splitNames(value: string, start: number): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  const re = /[^\s,'"]+/g;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    if (/^(none|-)$/i.test(m[0])) continue;
    out.push({ name: m[0], at: start + m.index });
  }
  return out;
}

/** `#Requires -Fragment 'a', "b", c`. */
function readRequiresFragments(body: string, start: number, lines: LineIndex, out: NamedAt[]): void {
  const m = /-Fragments?\b\s*/i.exec(body);
  if (!m) return;
  let rest = body.slice(m.index + m[0].length);
  const offset = start + m.index + m[0].length;
  const stop = /\s-[A-Za-z]/.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  const re = /['"]?([^\s,'"]+)['"]?/g;
  for (let n = re.exec(rest); n; n = re.exec(rest)) {
    const [whole, name = ''] = n;
    out.push({ name, ...lines.position(offset + n.index + whole.indexOf(name)) });
  }
}
