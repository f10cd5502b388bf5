/**
 * Where a JSON-with-comments text first goes wrong, and why, in one line. `JSON.parse` does not
 * always say (Node 20: `Unexpected token 'x', "<the text, line breaks and all>" is not valid
 * JSON`, no position); jsonc-parser does, with comments allowed as in tsconfig.json.
 */
import { type ParseError, createScanner, parse, printParseErrorCode, stripComments } from 'jsonc-parser';

export interface JsonSyntaxError {
  /** String offset of the first character that cannot be there (text length: unexpected end). */
  readonly offset: number;
  readonly message: string;
}

/** `text` with its `//` and `/* *\/` comments blanked to spaces, every other character in place. */
export function blankJsonComments(text: string): string {
  return stripComments(text, ' ');
}

/** The first syntax error of `text` (comments allowed), or undefined when it is valid. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const deep = tooDeep(text);
  if (deep !== undefined) return { offset: deep, message: `nested more than ${MAX_DEPTH} levels deep` };
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  return first && describe(first, text, blankJsonComments(text));
}

/** jsonc-parser's parser recurses per level; its scanner does not. */
const MAX_DEPTH = 1000;

/** The offset of the bracket that opens level MAX_DEPTH + 1, if any. */
function tooDeep(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  // Tokens are read by their first character (SyntaxKind is a const enum this build cannot use):
  // a string token starts with its quote, so only real brackets count. EOF is the empty token.
  for (scanner.scan(); scanner.getTokenLength() > 0; scanner.scan()) {
    const first = text.charAt(scanner.getTokenOffset());
    if (first === '[' || first === '{') {
      if (++depth > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (first === ']' || first === '}') {
      depth--;
    }
  }
  return undefined;
}

/** The brackets open at `offset` (jsonc-parser's scanner: strings and comments are tokens). */
function openAt(text: string, offset: number): string[] {
  const scanner = createScanner(text, true);
  const open: string[] = [];
  for (scanner.scan(); scanner.getTokenLength() > 0 && scanner.getTokenOffset() < offset; scanner.scan()) {
    const first = text.charAt(scanner.getTokenOffset());
    if (first === '[' || first === '{') open.push(first);
    else if (first === ']' || first === '}') open.pop();
  }
  return open;
}

/** In the string that starts at `start`: the first character that cannot be there, and why. */
function stringError(text: string, start: number): JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') break;
    if (c < ' ') return { offset: i, message: 'line break or control character in string' };
    if (c === '\\') {
      const e = text.charAt(i + 1);
      if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(e || 'x')) {
        return { offset: i, message: 'bad escape in string' };
      }
      i += e === 'u' ? 5 : 1;
    }
  }
  return { offset: text.length, message: 'unterminated string' };
}

function describe(error: ParseError, text: string, blanked: string): JsonSyntaxError {
  const { offset } = error;
  const found = offset >= text.length ? 'end of file' : JSON.stringify(text.charAt(offset));
  const at = (message: string): JsonSyntaxError => ({ offset, message });
  // What stands before the error: right after `[`, `{` or `,` a value or a key was due.
  const before = blanked.slice(0, offset).trimEnd().slice(-1);
  const due = before === '[' || before === '{' || before === ',';
  const open = openAt(text, offset).at(-1);
  const close = open === '{' ? '}' : ']';
  switch (printParseErrorCode(error.error)) {
    case 'ValueExpected':
    case 'InvalidSymbol':
      return open === undefined && before !== ''
        ? at(`unexpected ${found} after the end of the JSON value`)
        : at(`unexpected ${found} where a value should be`);
    case 'PropertyNameExpected':
      return at(`expected a double-quoted key, found ${found}`);
    case 'ColonExpected':
      return at(`expected ":" after the key, found ${found}`);
    case 'CommaExpected':
      return at(`expected "," or ${JSON.stringify(close)}, found ${found}`);
    case 'CloseBraceExpected':
      return at(due ? `expected a double-quoted key, found ${found}` : `expected "," or "}", found ${found}`);
    case 'CloseBracketExpected':
      return at(due ? `unexpected ${found} where a value should be` : `expected "," or "]", found ${found}`);
    case 'EndOfFileExpected':
      return at(`unexpected ${found} after the end of the JSON value`);
    case 'UnexpectedEndOfString':
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
    case 'InvalidCharacter':
      return stringError(text, text.lastIndexOf('"', offset));
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return at(`bad number, found ${found}`);
    case 'UnexpectedEndOfComment':
      return at('unterminated comment');
    default:
      return at(`unexpected ${found}`);
  }
}
