/**
 * A function's parameter declarations as a stub can copy them without running anything of its
 * fragment: the stub of a deferred fragment declares them so that `Get-Command -Syntax` and tab
 * completion (`Foo -Na<Tab>`) see the real parameters before the first call. Pure text code, used
 * by the bundle stage (which may not import the parser): a lexical scan that accepts only what
 * is known to resolve in any session (built-in types and attributes, constant attribute
 * arguments) and gives up on anything else, so the stub then declares no parameters.
 *
 * Default values are cut out: the stub forwards only the parameters the caller bound, so a
 * default is never evaluated by the stub (it may call or read what the fragment has not yet
 * defined) and runs once, in the real function.
 */
import { blockEnd, skipGroup } from './extent-check.js';

/** What a stub declares: `[CmdletBinding()] param(...)` (defaults removed) and whether it is advanced. */
export interface StaticParams {
  readonly advanced: boolean;
  /** Attributes and `param(...)`, defaults removed; empty when the function declares no parameters. */
  readonly text: string;
}

/** Attributes that exist in every pwsh session and take only constants (no script block). */
const ATTRIBUTES = new Set(
  (
    'Alias AllowEmptyCollection AllowEmptyString AllowNull ArgumentCompletions CmdletBinding OutputType Parameter ' +
    'PSDefaultValue SupportsWildcards ValidateCount ValidateDrive ValidateLength ValidateNotNull ' +
    'ValidateNotNullOrEmpty ValidateNotNullOrWhiteSpace ValidatePattern ValidateRange ValidateSet ' +
    'ValidateTrustedData ValidateUserDrive'
  )
    .toLowerCase()
    .split(' '),
);

/**
 * Types that resolve in every pwsh session: the type accelerators pwsh 7 defines (less the
 * attributes and DSC ones) and common types of the core library, which pwsh also finds without
 * their `System.` prefix.
 */
const TYPES = new Set(
  (
    'array bigint bool byte char cultureinfo datetime decimal double float guid hashtable int int16 int32 int64 ' +
    'ipaddress long mailaddress ordered pscredential pscustomobject psobject ref regex scriptblock securestring ' +
    'semver short single string switch timespan type uint uint16 uint32 uint64 ulong uri ushort version xml ' +
    'sbyte wildcardpattern object boolean datetimeoffset char consolecolor dayofweek enum exception ' +
    'io.fileinfo io.directoryinfo io.filesysteminfo text.encoding collections.hashtable collections.idictionary ' +
    'collections.ilist collections.arraylist collections.ienumerable ' +
    'management.automation.switchparameter management.automation.pscredential management.automation.scriptblock ' +
    'management.automation.psobject management.automation.actionpreference management.automation.pscustomobject'
  ).split(' '),
);

function knownType(name: string): boolean {
  const n = name.toLowerCase();
  return TYPES.has(n) || (n.startsWith('system.') && TYPES.has(n.slice(7)));
}

function knownAttribute(name: string): boolean {
  let n = name.toLowerCase();
  if (n.startsWith('system.management.automation.')) n = n.slice('system.management.automation.'.length);
  if (n.endsWith('attribute') && ATTRIBUTES.has(n.slice(0, -'attribute'.length))) return true;
  return ATTRIBUTES.has(n);
}

const WORD = /[A-Za-z_][\w]*/y;
const DOTTED = /[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/y;
const NUMBER = /-?\d+(?:\.\d+)?/y;

function at(re: RegExp, text: string, i: number): string | undefined {
  re.lastIndex = i;
  return re.exec(text)?.[0];
}

/** Skip blanks, line continuations and comments. */
function blanks(text: string, i: number): number {
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f') i += 1;
    else if (c === '`' && (text[i + 1] === '\n' || text[i + 1] === '\r')) i += 2;
    else if (c === '#' || (c === '<' && text[i + 1] === '#')) {
      const end = skipGroup(text, i);
      if (end === undefined || end <= i + 1) return i;
      i = end;
    } else return i;
  }
}

/** A single-quoted string, or a double-quoted one with nothing expandable in it. */
function constantString(text: string, i: number): number | undefined {
  const c = text[i];
  if (c !== "'" && c !== '"') return undefined;
  const end = skipGroup(text, i);
  if (end === undefined) return undefined;
  if (c === '"' && /[$`]/.test(text.slice(i + 1, end - 1))) return undefined;
  return end;
}

/**
 * `[Type]`, `[Type[]]` or `[Attribute(constant, Name = constant, Flag)]` at `i` (on `[`): the
 * index after it, or undefined when it names anything not known to resolve.
 */
function bracketed(text: string, i: number): { end: number; attribute: boolean } | undefined {
  let j = blanks(text, i + 1);
  const name = at(DOTTED, text, j);
  if (!name) return undefined;
  j = blanks(text, j + name.length);
  if (text[j] === '(') {
    if (!knownAttribute(name)) return undefined;
    j = blanks(text, j + 1);
    while (text[j] !== ')') {
      const end = constant(text, j) ?? namedArgument(text, j);
      if (end === undefined) return undefined;
      j = blanks(text, end);
      if (text[j] === ',') j = blanks(text, j + 1);
      else if (text[j] !== ')') return undefined;
    }
    j = blanks(text, j + 1);
    return text[j] === ']' ? { end: j + 1, attribute: true } : undefined;
  }
  if (!knownType(name)) return undefined;
  if (text[j] === '[') {
    j = blanks(text, j + 1);
    if (text[j] !== ']') return undefined;
    j = blanks(text, j + 1);
  }
  return text[j] === ']' ? { end: j + 1, attribute: false } : undefined;
}

/** `Name`, `Name = constant` inside an attribute's arguments. */
function namedArgument(text: string, i: number): number | undefined {
  const name = at(WORD, text, i);
  if (!name) return undefined;
  const j = blanks(text, i + name.length);
  if (text[j] !== '=') return i + name.length;
  return constant(text, blanks(text, j + 1));
}

/** A constant attribute argument: a string, a number, `$true`/`$false`/`$null`, `[KnownType]`, `[KnownType]::Member`. */
function constant(text: string, i: number): number | undefined {
  const s = constantString(text, i);
  if (s !== undefined) return s;
  const n = at(NUMBER, text, i);
  if (n) return i + n.length;
  const v = /\$(?:true|false|null)\b/iy;
  v.lastIndex = i;
  if (v.test(text)) return v.lastIndex;
  if (text[i] === '[') {
    const t = bracketed(text, i);
    if (!t || t.attribute) return undefined;
    if (text.slice(t.end, t.end + 2) !== '::') return t.end;
    const member = at(WORD, text, t.end + 2);
    return member ? t.end + 2 + member.length : undefined;
  }
  return undefined;
}

/** The end of a default value: the `,` or `)` that ends it (not included), or undefined. */
function defaultEnd(text: string, i: number): number | undefined {
  let square = 0;
  while (i < text.length) {
    const c = text[i];
    if (square === 0 && (c === ',' || c === ')')) return i;
    if (c === '[') square += 1;
    else if (c === ']') square -= 1;
    else if (c === '}' || c === ')') return undefined;
    const end = skipGroup(text, i);
    if (end === undefined) return undefined;
    i = end;
  }
  return undefined;
}

/**
 * The parameter list whose contents start at `i` (after `(`): the parts to keep (defaults cut
 * out) and the index after its `)`, or undefined when a declaration is not static.
 */
function parameterList(text: string, i: number): { parts: string[]; end: number } | undefined {
  const parts: string[] = [];
  let from = i;
  let j = blanks(text, i);
  while (text[j] !== ')') {
    while (text[j] === '[') {
      const b = bracketed(text, j);
      if (!b) return undefined;
      j = blanks(text, b.end);
    }
    const name = text[j] === '$' ? at(WORD, text, j + 1) : undefined;
    if (!name) return undefined;
    const afterName = j + 1 + name.length;
    j = blanks(text, afterName);
    if (text[j] === '=') {
      const end = defaultEnd(text, j + 1);
      if (end === undefined) return undefined;
      parts.push(text.slice(from, afterName));
      // Keep the blanks after the default, so the lines stay as written.
      let back = end;
      while (back > j && /\s/.test(text[back - 1] ?? '')) back -= 1;
      from = back;
      j = end;
    }
    if (text[j] === ',') j = blanks(text, j + 1);
    else if (text[j] !== ')') return undefined;
  }
  parts.push(text.slice(from, j));
  return { parts, end: j + 1 };
}

/**
 * The parameter declarations of the function statement that starts at `start` (on `function` or
 * `filter`), ready for a stub; undefined when they are not static (a type or attribute not known
 * to resolve, a script block in an attribute, a `dynamicparam` block, text the scan does not
 * follow).
 */
export function staticParams(text: string, start: number): StaticParams | undefined {
  const head = /(?:function|filter)\s+(?:(?:global|script|local|private):)?[^\s({]+\s*/iy;
  head.lastIndex = start;
  if (!head.test(text)) return undefined;
  let i = head.lastIndex;
  let header: StaticParams | undefined;
  if (text[i] === '(') {
    const list = parameterList(text, i + 1);
    if (!list) return undefined;
    const body = list.parts.join('');
    header = { advanced: /\[\s*Parameter\b/i.test(body), text: `param(${body})` };
    i = blanks(text, list.end);
  }
  if (text[i] !== '{') return undefined;
  const bodyEnd = blockEnd(text, i + 1, '}');
  if (bodyEnd === undefined) return undefined;
  if (/(?:^|[\s;{}])(?:dynamicparam|clean)\s*\{/i.test(text.slice(i, bodyEnd))) return undefined;
  if (header) return header;

  const open = blanks(text, i + 1);
  let j = open;
  let advanced = false;
  while (text[j] === '[') {
    const b = bracketed(text, j);
    if (!b || !b.attribute) return undefined;
    j = blanks(text, b.end);
  }
  const keyword = /param\s*\(/iy;
  keyword.lastIndex = j;
  if (!keyword.test(text)) return j === open ? { advanced: false, text: '' } : undefined;
  const list = parameterList(text, keyword.lastIndex);
  if (!list) return undefined;
  const declared = text.slice(open, keyword.lastIndex) + list.parts.join('') + ')';
  advanced = /\[\s*(?:System\.Management\.Automation\.)?(?:CmdletBinding|Parameter)(?:Attribute)?\b/i.test(declared);
  return { advanced, text: declared };
}
