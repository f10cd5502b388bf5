/**
 * Where a JSON text first goes wrong, and why, in one line. `JSON.parse` does not always say
 * (Node 20: `Unexpected token 'x', "<the text, line breaks and all>" is not valid JSON`, no
 * position), so this small scanner finds the offset itself. Iterative: any nesting depth.
 */

export interface JsonSyntaxError {
  /** String offset of the first character that cannot be there (text length: unexpected end). */
  readonly offset: number;
  readonly message: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);

/** The first syntax error of `text` (comments already blanked out), or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (message: string, at = i): JsonSyntaxError => ({ offset: at, message });
  const skip = () => {
    while (i < text.length && WS.has(text.charAt(i))) i++;
  };
  const shown = (at: number) => (at >= text.length ? 'end of file' : JSON.stringify(text[at]));
  /** Containers open: '{' or '['. */
  const stack: string[] = [];
  /** True right after a container opened: no comma before its first member. */
  let fresh = false;

  /** Parse one scalar or open a container at i; undefined on success. */
  const value = (): JsonSyntaxError | undefined => {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      fresh = true;
      i++;
      return undefined;
    }
    if (c === '"') return string();
    const lit = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (lit) {
      i += lit[0].length;
      return undefined;
    }
    return fail(`unexpected ${shown(i)} where a value should be`);
  };
  const string = (): JsonSyntaxError | undefined => {
    i++;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(e ?? 'x')) {
          return fail('bad escape in string', i);
        }
        i += e === 'u' ? 6 : 2;
        continue;
      }
      if (c < ' ') return fail('line break or control character in string', i);
      i++;
    }
    return fail('unterminated string');
  };

  let error = value();
  if (error) return error;
  for (;;) {
    skip();
    const top = stack[stack.length - 1];
    if (top === undefined)
      return i < text.length ? fail(`unexpected ${shown(i)} after the end of the JSON value`) : undefined;
    // `value()` sets it (TypeScript does not see assignments inside the closure).
    const justOpened = fresh as boolean;
    fresh = false;
    const close = top === '{' ? '}' : ']';
    if (text[i] === close) {
      stack.pop();
      i++;
      continue;
    }
    if (!justOpened) {
      if (text[i] !== ',') return fail(`expected "," or ${JSON.stringify(close)}, found ${shown(i)}`);
      i++;
      skip();
    }
    if (top === '{') {
      if (text[i] !== '"') return fail(`expected a double-quoted key, found ${shown(i)}`);
      error = string();
      if (error) return error;
      skip();
      if (text[i] !== ':') return fail(`expected ":" after the key, found ${shown(i)}`);
      i++;
    }
    error = value();
    if (error) return error;
  }
}
