/**
 * A lexical reading of a command call's arguments, for stages that may not parse: from just after
 * the command name to the end of its command (a line break without a backtick before it, `;`,
 * `|`, `&&`, `||`, a closing `)` or `}`, or a comment). Each argument is a parameter name
 * (`-Name`, with its value when written `-Name:value`) or a value, which is a literal string
 * when it is one (a bareword, a single-quoted string, a double-quoted one without `$`), else
 * `null`: known to be there, not known in value.
 */

/** How far past its command name a call is read. */
const MAX_CALL_CHARS = 8192;

/** One element of a call: a parameter name, or a value (`null`: not a literal). */
export type CallElement =
  { readonly parameter: string; readonly attached?: string | null } | { readonly value: string | null };

/** The elements of the call whose command name ends at `from`, in order. */
export function readCallElements(text: string, from: number): CallElement[] {
  const out: CallElement[] = [];
  let i = from;
  for (;;) {
    i = skipBlanks(text, i);
    // A command this long is no call of a helper with a name argument; stop, as at its end.
    if (i - from > MAX_CALL_CHARS) break;
    const c = text[i];
    if (c === undefined || '\r\n;|)}'.includes(c) || c === '#' || text.startsWith('&&', i)) break;
    const param = /^-([A-Za-z_?][\w?]*)(:?)/.exec(text.slice(i, i + 200));
    if (param && (param[2] === ':' || /\s/.test(text[i + param[0].length] ?? ' '))) {
      i += param[0].length;
      if (param[2] === ':') {
        const v = readValue(text, i);
        i = v.end;
        out.push({ parameter: param[1] ?? '', attached: v.value });
      } else out.push({ parameter: param[1] ?? '' });
      continue;
    }
    const v = readValue(text, i);
    if (v.end === i) break;
    i = v.end;
    out.push({ value: v.value });
  }
  return out;
}

/** Spaces, tabs and backtick line continuations. */
function skipBlanks(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t') i++;
    else if (c === '`' && text[i + 1] === '\n') i += 2;
    else if (c === '`' && text[i + 1] === '\r') i += text[i + 2] === '\n' ? 3 : 2;
    else return i;
  }
}

/** One value (with any `,` list after it): its literal string, or null when it is not one. */
function readValue(text: string, from: number): { value: string | null; end: number } {
  const first = readOne(text, from);
  let end = first.end;
  let value = first.value;
  // `a, b`: a list is no single name.
  while (text[skipBlanks(text, end)] === ',') {
    end = readOne(text, skipBlanks(text, skipBlanks(text, end) + 1)).end;
    value = null;
  }
  return { value, end };
}

function readOne(text: string, from: number): { value: string | null; end: number } {
  const c = text[from];
  if (c === "'") {
    let s = '';
    for (let i = from + 1; i < text.length; i++) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          s += "'";
          i++;
          continue;
        }
        return { value: s, end: i + 1 };
      }
      s += text.charAt(i);
    }
    return { value: null, end: text.length };
  }
  if (c === '"') {
    let s = '';
    let literal = true;
    for (let i = from + 1; i < text.length; i++) {
      const d = text[i];
      if (d === '`') {
        const e = text[i + 1] ?? '';
        s += ({ n: '\n', r: '\r', t: '\t', '0': '\0' } as Record<string, string>)[e] ?? e;
        i++;
        continue;
      }
      if (d === '"') {
        if (text[i + 1] === '"') {
          s += '"';
          i++;
          continue;
        }
        return { value: literal ? s : null, end: i + 1 };
      }
      if (d === '$' && /[\w{(:?^$]/.test(text[i + 1] ?? '')) literal = false;
      s += text.charAt(i);
    }
    return { value: null, end: text.length };
  }
  // A bareword, or an expression: up to a blank or the end of the command, brackets balanced.
  let depth = 0;
  let i = from;
  let quote: string | undefined;
  for (; i < text.length; i++) {
    const d = text[i] ?? '';
    if (quote) {
      if (d === '`') i++;
      else if (d === quote) quote = undefined;
      continue;
    }
    if (d === "'" || d === '"') quote = d;
    else if (d === '`') i++;
    else if ('([{'.includes(d)) depth++;
    else if (')]}'.includes(d)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (/[\s;|,]/.test(d) || (d === '#' && i === from))) break;
  }
  const raw = text.slice(from, i);
  return { value: /^[^$@([{'"`,#<>&]+$/.test(raw) ? raw : null, end: i };
}
