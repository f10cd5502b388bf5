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
  return first && { offset: first.offset, message: describe(first, text) };
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

function describe(error: ParseError, text: string): string {
  const found = error.offset >= text.length ? 'end of file' : JSON.stringify(text.charAt(error.offset));
  switch (printParseErrorCode(error.error)) {
    case 'ValueExpected':
    case 'InvalidSymbol':
      return `unexpected ${found} where a value should be`;
    case 'PropertyNameExpected':
      return `expected a double-quoted key, found ${found}`;
    case 'ColonExpected':
      return `expected ":" after the key, found ${found}`;
    case 'CommaExpected':
      return `expected ",", found ${found}`;
    case 'CloseBraceExpected':
      return `expected "," or "}", found ${found}`;
    case 'CloseBracketExpected':
      return `expected "," or "]", found ${found}`;
    case 'EndOfFileExpected':
      return `unexpected ${found} after the end of the JSON value`;
    case 'UnexpectedEndOfString':
      return 'unterminated string';
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return 'bad escape in string';
    case 'InvalidCharacter':
      return 'line break or control character in string';
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return `bad number, found ${found}`;
    case 'UnexpectedEndOfComment':
      return 'unterminated comment';
    default:
      return `unexpected ${found}`;
  }
}
