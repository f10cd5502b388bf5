/**
 * Static values of the path expressions a dot-source names, by constant propagation over the
 * variables a fragment assigns: what `. $p` loads after `$d = Join-Path $PSScriptRoot 'lib'` and
 * `$p = Join-Path $d 'x.ps1'`, what a `foreach` over a literal list loads, and which folder a
 * `Get-ChildItem <folder> -Filter *.ps1 | Sort-Object Name | ForEach-Object { . $_.FullName }`
 * walks. Pure over the syntax tree and the text: the parse stage returns the requests
 * (resolved paths, folder walks, or the expression it could not resolve), and the load stage
 * reads the files.
 *
 * Paths are kept relative to the analysed folder (`/` separators, `..` allowed), so a path built
 * from `$PSScriptRoot` never needs to know where the folder lives.
 */
import path from 'node:path';
import type { FolderWalk } from '../../core/types.js';
import { commandParts } from './command-args.js';
import { staticString } from './literals.js';
import { parseVariable } from './names.js';
import type { SyntaxNode } from '../tree/syntax-tree.js';

/** One possible value of an expression. */
export type PathValue =
  /** A string that is not anchored at the analysed folder (a literal, a relative name). */
  | { readonly kind: 'text'; readonly text: string }
  /** A path relative to the analysed folder, as built (normalize() it before use: `lib/` + `x`). */
  | { readonly kind: 'path'; readonly rel: string }
  /** Each file a folder walk yields (the FileInfo, or its FullName). */
  | { readonly kind: 'walk'; readonly walk: FolderWalk };

/** The values an expression takes, in the order it takes them (a loop variable has several). */
export type Values = readonly PathValue[];

/** What the evaluation needs to know about the place of an expression. */
export interface PathEnv {
  /** The file's path relative to the analysed folder. */
  readonly file: string;
  readonly text: string;
  /** The values of a variable (lower-case name, no qualifier) visible here; undefined when unknown. */
  lookup(name: string): Values | undefined;
  /** True where `$MyInvocation` is the file's own (not inside a function or stored block). */
  readonly fileScope: boolean;
}

/** The outcome of resolving one dot-source's path expression. */
export type DotSourceRequest =
  | { readonly kind: 'files'; readonly targets: readonly string[] }
  | { readonly kind: 'walk'; readonly walk: FolderWalk }
  | { readonly kind: 'dynamic'; readonly why: string };

/** What a dot-source of an expression with these values (undefined: not static) loads. */
export function dotSourceRequest(values: Values | undefined): DotSourceRequest {
  if (values === undefined || values.length === 0) return { kind: 'dynamic', why: 'its value is built at run time' };
  const walks = values.filter((v) => v.kind === 'walk');
  if (walks.length > 0) {
    const only = values.length === 1 ? values[0] : undefined;
    if (only?.kind === 'walk') return { kind: 'walk', walk: only.walk };
    return { kind: 'dynamic', why: 'it mixes a folder walk with other values' };
  }
  const targets: string[] = [];
  for (const v of values) {
    if (v.kind !== 'path') {
      const text = v.kind === 'text' ? v.text : '';
      return {
        kind: 'dynamic',
        why: isRooted(text)
          ? `it names an absolute path (${text}), outside the profile`
          : `it is relative to the current location, not to the file (${text})`,
      };
    }
    targets.push(normalize(v.rel));
  }
  return { kind: 'files', targets };
}

/** Nesting deeper than this is no path expression anyone writes: not static (and no deep recursion). */
const MAX_DEPTH = 64;
let depth = 0;

/** The values of an expression node; undefined when any part is not static. */
export function evaluate(node: SyntaxNode, env: PathEnv): Values | undefined {
  if (depth >= MAX_DEPTH) return undefined;
  depth++;
  try {
    return evaluateNode(node, env);
  } finally {
    depth--;
  }
}

function evaluateNode(node: SyntaxNode, env: PathEnv): Values | undefined {
  switch (node.type) {
    case 'variable':
      return variableValue(node, env);
    case 'member_access':
      return memberValue(node, env);
    case 'expandable_string_literal':
    case 'expandable_here_string_literal':
      return node.children.length === 0 ? literal(node, env) : expandable(node, env);
    case 'path_command_name':
      return bareword(node, env);
    case 'parenthesized_expression':
    case 'sub_expression':
    case 'array_expression':
    case 'pipeline': {
      const only = single(node);
      return only ? evaluate(only, env) : undefined;
    }
    case 'statement_list':
      return concatLists(node.children.map((c) => evaluate(c, env)));
    case 'pipeline_chain': {
      const only = single(node);
      return only ? evaluate(only, env) : chainValue(node.children, env);
    }
    case 'command':
      return chainValue([node], env);
    case 'invokation_expression':
      return pathMethod(node, env);
    case 'additive_expression':
      return additive(node, env);
    case 'array_literal_expression':
      return concatLists(node.children.map((c) => evaluate(c, env)));
    default:
      return literal(node, env);
  }
}

/** The only child of a node, if it has exactly one. */
function single(node: SyntaxNode): SyntaxNode | undefined {
  return node.children.length === 1 ? node.children.at(0) : undefined;
}

function literal(node: SyntaxNode, env: PathEnv): Values | undefined {
  const s = staticString(node, env.text);
  return s === undefined ? undefined : [{ kind: 'text', text: s }];
}

function concatLists(lists: readonly (Values | undefined)[]): Values | undefined {
  const out: PathValue[] = [];
  for (const l of lists) {
    if (l === undefined) return undefined;
    out.push(...l);
  }
  return out;
}

const PSITEM = new Set(['_', 'psitem']);

function variableValue(node: SyntaxNode, env: PathEnv): Values | undefined {
  const v = parseVariable(env.text.slice(node.start, node.end));
  if (v.drive || v.splat || v.qualifier === 'using') return undefined;
  const name = v.name.toLowerCase();
  if (!v.qualifier) {
    if (name === 'psscriptroot') return [{ kind: 'path', rel: normalize(path.posix.dirname(env.file)) }];
    if (name === 'pscommandpath') return [{ kind: 'path', rel: normalize(env.file) }];
    if (PSITEM.has(name)) return pipelineItem(node, env);
  }
  return env.lookup(name);
}

/** `$MyInvocation.MyCommand.Path` at file scope; `<file>.FullName` / `.PSPath` of a walk's files. */
function memberValue(node: SyntaxNode, env: PathEnv): Values | undefined {
  const raw = env.text.slice(node.start, node.end).replace(/\s+/g, '');
  if (/^\$(\{MyInvocation\}|MyInvocation)\.MyCommand\.(Path|Definition|Source)$/i.test(raw)) {
    return env.fileScope ? [{ kind: 'path', rel: normalize(env.file) }] : undefined;
  }
  const [object, member] = node.children;
  if (!object || !member || member.type !== 'simple_name') return undefined;
  if (!/^(FullName|PSPath)$/i.test(env.text.slice(member.start, member.end))) return undefined;
  const of = evaluate(object, env);
  return of?.every((v) => v.kind === 'walk') ? of : undefined;
}

/** `"$PSScriptRoot/lib/$name.ps1"`: the text pieces and the values between them, concatenated. */
function expandable(node: SyntaxNode, env: PathEnv): Values | undefined {
  const text = env.text;
  const open = text.startsWith('@"', node.start) ? text.indexOf('\n', node.start) + 1 : node.start + 1;
  const close = text.startsWith('"@', node.end - 2) ? node.end - 2 : node.end - 1;
  const pieces: Values[] = [];
  let at = open;
  for (const c of node.children) {
    pieces.push([{ kind: 'text', text: unescape(text.slice(at, c.start)) }]);
    const v = c.type === 'variable' ? variableValue(c, env) : evaluate(c, env);
    if (v === undefined) return undefined;
    pieces.push(v);
    at = c.end;
  }
  pieces.push([{ kind: 'text', text: unescape(text.slice(at, Math.max(at, close))) }]);
  return concatPieces(pieces);
}

/** `. $PSScriptRoot\lib\x.ps1` written as a bareword; `$_.FullName` is a member access there. */
function bareword(node: SyntaxNode, env: PathEnv): Values | undefined {
  const text = env.text;
  const [first, second] = node.children;
  if (node.children.length === 2 && first?.type === 'variable' && second?.type === 'path_command_name_token') {
    const member = /^\.(FullName|PSPath)$/i.exec(text.slice(second.start, second.end));
    if (member) {
      const of = variableValue(first, env);
      return of?.every((v) => v.kind === 'walk') ? of : undefined;
    }
  }
  const pieces: Values[] = [];
  for (const c of node.children) {
    if (c.type === 'path_command_name_token')
      pieces.push([{ kind: 'text', text: unescape(text.slice(c.start, c.end)) }]);
    else {
      const v = c.type === 'variable' ? variableValue(c, env) : evaluate(c, env);
      if (v === undefined) return undefined;
      pieces.push(v);
    }
  }
  return concatPieces(pieces);
}

function additive(node: SyntaxNode, env: PathEnv): Values | undefined {
  const [left, right] = node.children;
  if (node.children.length !== 2 || !left || !right) return undefined;
  if (env.text.slice(left.end, right.start).trim() !== '+') return undefined;
  const l = evaluate(left, env);
  const r = evaluate(right, env);
  return l && r ? concatPieces([l, r]) : undefined;
}

/** Every combination of the pieces' values, concatenated as strings. */
function concatPieces(pieces: readonly Values[]): Values | undefined {
  let acc: PathValue[] = [{ kind: 'text', text: '' }];
  for (const piece of pieces) {
    const next: PathValue[] = [];
    for (const a of acc) {
      for (const b of piece) {
        const v = concat(a, b);
        if (v === undefined) return undefined;
        next.push(v);
      }
    }
    acc = next;
  }
  return acc;
}

function concat(a: PathValue, b: PathValue): PathValue | undefined {
  if (a.kind === 'text' && a.text === '') return b;
  if (b.kind === 'text' && b.text === '') return a;
  if (a.kind === 'text' && b.kind === 'text') return { kind: 'text', text: a.text + b.text };
  // Text appended to a path extends its last name, unless that name is `.` or `..`: the real
  // folder's name is not known (`"$PSScriptRoot.bak"` for a fragment at the top).
  if (a.kind === 'path' && b.kind === 'text' && (/^[\\/]/.test(b.text) || !/(^|[\\/])\.\.?$/.test(a.rel))) {
    return { kind: 'path', rel: a.rel + b.text };
  }
  return undefined;
}

/** `Join-Path a b`: b appended to a with one separator (PowerShell trims the ones between). */
function join(a: PathValue, b: PathValue): PathValue | undefined {
  if (b.kind !== 'text') return undefined;
  const child = b.text.replace(/^[\\/]+/, '');
  if (a.kind === 'path') return { kind: 'path', rel: `${a.rel.replace(/[\\/]+$/, '')}/${child}` };
  if (a.kind === 'text' && a.text !== '') return { kind: 'text', text: `${a.text.replace(/[\\/]+$/, '')}/${child}` };
  return undefined;
}

/** `[IO.Path]::Combine(a, b)`: a rooted b replaces a. */
function combine(a: PathValue, b: PathValue): PathValue | undefined {
  if (b.kind === 'text' && isRooted(b.text)) return b;
  return join(a, b);
}

function parent(a: PathValue): PathValue | undefined {
  if (a.kind === 'path') return { kind: 'path', rel: normalize(`${a.rel}/..`) };
  if (a.kind === 'text' && /[\\/]/.test(a.text.replace(/[\\/]+$/, ''))) {
    return { kind: 'text', text: a.text.replace(/[\\/]+$/, '').replace(/[\\/][^\\/]*$/, '') };
  }
  return undefined;
}

function isRooted(s: string): boolean {
  return /^([\\/]|[A-Za-z]:|~)/.test(s);
}

function normalized(v: PathValue): PathValue {
  return v.kind === 'path' ? { kind: 'path', rel: normalize(v.rel) } : v;
}

/** `a/./b/../c` -> `a/c`, `\` -> `/`, no trailing `/`; `.` for the folder itself. */
export function normalize(p: string): string {
  const n = path.posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
  return n === '' ? '.' : n;
}

/** Resolve PowerShell backtick escapes. */
function unescape(s: string): string {
  return s.replace(/`(.)/g, (_m, c: string) => ({ n: '\n', r: '\r', t: '\t', '0': '\0' })[c] ?? c);
}

/** Cross product of value lists through a binary operation (Join-Path with arrays does this too). */
function cross(
  lists: readonly Values[],
  op: (a: PathValue, b: PathValue) => PathValue | undefined,
): Values | undefined {
  let acc: Values | undefined = lists[0];
  for (const next of lists.slice(1)) {
    if (acc === undefined) return undefined;
    const out: PathValue[] = [];
    for (const a of acc) {
      for (const b of next) {
        const v = op(a, b);
        if (v === undefined) return undefined;
        out.push(v);
      }
    }
    acc = out;
  }
  return acc;
}

// ---- commands --------------------------------------------------------------------------------

/** The commands whose values are modelled, by every lower-case spelling (a Map: any command name is looked up). */
const COMMANDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'join-path': 'join-path',
    'split-path': 'split-path',
    'resolve-path': 'resolve-path',
    rvpa: 'resolve-path',
    'convert-path': 'resolve-path',
    cvpa: 'resolve-path',
    'get-childitem': 'get-childitem',
    gci: 'get-childitem',
    ls: 'get-childitem',
    dir: 'get-childitem',
    'sort-object': 'sort-object',
    sort: 'sort-object',
  }),
);

function commandName(command: SyntaxNode, text: string): { name: string; args: readonly SyntaxNode[] } | undefined {
  const parts = commandParts(command, text);
  if (!parts || parts.operator) return undefined;
  const lower = staticString(parts.nameNode, text)?.toLowerCase();
  const written = lower?.includes('\\') ? lower.replace(/^microsoft\.powershell\.\w+\\/, '') : lower;
  const name = written === undefined ? undefined : COMMANDS.get(written);
  return name === undefined ? undefined : { name, args: parts.elements };
}

/** Arguments bound by name (lower-case, prefixes of the known names allowed) and by position. */
interface Bound {
  readonly named: Map<string, SyntaxNode | true>;
  readonly positional: SyntaxNode[];
}

/**
 * Bind a command's arguments: `values` take the next element (or `-Name:value`), `switches` do
 * not; any other parameter makes the call unknown (undefined), since its meaning is not modelled.
 */
function bind(
  args: readonly SyntaxNode[],
  text: string,
  values: readonly string[],
  switches: readonly string[],
): Bound | undefined {
  const named = new Map<string, SyntaxNode | true>();
  const positional: SyntaxNode[] = [];
  const all = [...values, ...switches, 'erroraction', 'ea'];
  for (let i = 0; i < args.length; i++) {
    const e = args.at(i);
    if (!e) break;
    if (e.type !== 'command_parameter') {
      positional.push(e);
      continue;
    }
    const raw = text.slice(e.start, e.end).replace(/^-+/, '');
    const colon = raw.endsWith(':');
    const written = raw.replace(/:$/, '').toLowerCase();
    const matches = all.filter((p) => p.startsWith(written));
    const name = all.includes(written) ? written : matches.length === 1 ? matches[0] : undefined;
    if (name === undefined) return undefined;
    const takesValue = values.includes(name) || name === 'erroraction' || name === 'ea' || colon;
    const next = args[i + 1];
    if (takesValue && next && next.type !== 'command_parameter') {
      named.set(name, next);
      i++;
    } else if (takesValue) {
      return undefined;
    } else {
      named.set(name, true);
    }
  }
  return { named, positional };
}

function valueOf(bound: Bound, name: string): SyntaxNode | undefined {
  const v = bound.named.get(name);
  return v === true ? undefined : v;
}

/** A pipeline's value: `Join-Path`, `Split-Path`, or a folder walk with an optional sort. */
function chainValue(elements: readonly SyntaxNode[], env: PathEnv): Values | undefined {
  const [first, ...rest] = elements;
  if (!first) return undefined;
  let values = first.type === 'command' ? commandValue(first, env) : evaluate(first, env);
  for (const next of rest) {
    if (values === undefined || next.type !== 'command') return undefined;
    const c = commandName(next, env.text);
    if (c?.name !== 'sort-object') return undefined;
    values = sorted(values, c.args, env);
  }
  return values;
}

function commandValue(command: SyntaxNode, env: PathEnv): Values | undefined {
  const c = commandName(command, env.text);
  if (!c) return undefined;
  const text = env.text;
  switch (c.name) {
    case 'join-path': {
      const b = bind(c.args, text, ['path', 'childpath', 'additionalchildpath'], ['resolve']);
      if (!b) return undefined;
      const segments = [valueOf(b, 'path'), valueOf(b, 'childpath')];
      let positional = b.positional;
      if (segments[0] === undefined) [segments[0], ...positional] = positional;
      if (segments[1] === undefined) [segments[1], ...positional] = positional;
      const extra = valueOf(b, 'additionalchildpath');
      const nodes = [...segments, ...positional, ...(extra ? [extra] : [])];
      if (nodes.some((n) => n === undefined) || nodes.length < 2) return undefined;
      const lists = nodes.map((n) => evaluate(n!, env));
      if (lists.some((l) => l === undefined)) return undefined;
      // -AdditionalChildPath a, b is several segments in one argument, not several paths.
      const [base, ...children] = lists as Values[];
      const childSegments = children.flatMap((l, i) => (extra && i === children.length - 1 ? l.map((v) => [v]) : [l]));
      return base ? cross([base, ...childSegments], join) : undefined;
    }
    case 'split-path': {
      const b = bind(c.args, text, ['path', 'literalpath'], ['parent']);
      if (!b) return undefined;
      const target = valueOf(b, 'path') ?? valueOf(b, 'literalpath') ?? b.positional[0];
      if (!target || b.positional.length > (valueOf(b, 'path') || valueOf(b, 'literalpath') ? 0 : 1)) return undefined;
      const of = evaluate(target, env);
      if (!of) return undefined;
      const out: PathValue[] = [];
      for (const v of of) {
        const p = parent(v);
        if (!p) return undefined;
        out.push(p);
      }
      return out;
    }
    case 'resolve-path': {
      const b = bind(c.args, text, ['path', 'literalpath'], []);
      const target = b && (valueOf(b, 'path') ?? valueOf(b, 'literalpath') ?? b.positional[0]);
      const of = target ? evaluate(target, env) : undefined;
      return of?.every((v) => v.kind === 'path') ? of : undefined;
    }
    case 'get-childitem':
      return folderWalk(c.args, env);
  }
  return undefined;
}

/**
 * `Get-ChildItem <folder> [-Filter <pattern>] [-File] [-Force]`: the files of one folder. Other
 * parameters (`-Recurse`, `-Include`, `-Exclude`, ...) are not modelled: the walk stays dynamic.
 */
function folderWalk(args: readonly SyntaxNode[], env: PathEnv): Values | undefined {
  const b = bind(args, env.text, ['path', 'literalpath', 'filter'], ['file', 'force']);
  if (!b || b.positional.length > 2) return undefined;
  const folderNode = valueOf(b, 'path') ?? valueOf(b, 'literalpath') ?? b.positional[0];
  const filterNode =
    valueOf(b, 'filter') ?? (valueOf(b, 'path') || valueOf(b, 'literalpath') ? b.positional[0] : b.positional[1]);
  const folder = folderNode ? evaluate(folderNode, env) : undefined;
  const dir = folder?.length === 1 ? folder.at(0) : undefined;
  if (dir?.kind !== 'path') return undefined;
  let filter: string | undefined;
  if (filterNode) {
    const f = evaluate(filterNode, env);
    const only = f?.length === 1 ? f.at(0) : undefined;
    if (only?.kind !== 'text') return undefined;
    filter = only.text;
  }
  const walk: FolderWalk = {
    folder: normalize(dir.rel),
    ...(filter === undefined ? {} : { filter }),
    sort: 'none',
    descending: false,
    hidden: b.named.has('force'),
  };
  return [{ kind: 'walk', walk }];
}

/** `Sort-Object [Name|FullName] [-Descending]` applied to a walk (or a list of strings). */
function sorted(values: Values, args: readonly SyntaxNode[], env: PathEnv): Values | undefined {
  const b = bind(args, env.text, ['property'], ['descending']);
  if (!b || b.positional.length > 1) return undefined;
  const propertyNode = valueOf(b, 'property') ?? b.positional[0];
  const property = propertyNode ? staticString(propertyNode, env.text)?.toLowerCase() : undefined;
  if (propertyNode && property !== 'name' && property !== 'fullname') return undefined;
  const descending = b.named.has('descending');
  const only = values.length === 1 ? values.at(0) : undefined;
  if (only?.kind === 'walk') {
    return [{ kind: 'walk', walk: { ...only.walk, sort: 'name', descending } }];
  }
  // Strings sort by their text; paths would need the folder's real location: not modelled.
  const texts = values.flatMap((v) => (v.kind === 'text' ? [v.text] : []));
  if (texts.length !== values.length || propertyNode) return undefined;
  const order = [...texts].sort(new Intl.Collator('und', { sensitivity: 'accent' }).compare);
  if (descending) order.reverse();
  return order.map((text) => ({ kind: 'text', text }));
}

/** `[IO.Path]::Combine(a, b, ...)`, `GetFullPath(a)`, `GetDirectoryName(a)`. */
function pathMethod(node: SyntaxNode, env: PathEnv): Values | undefined {
  const [type, member, args] = node.children;
  if (!type || !member || args?.type !== 'argument_list') return undefined;
  if (!/^\[\s*(System\.)?IO\.Path\s*\]$/i.test(env.text.slice(type.start, type.end))) return undefined;
  if (!env.text.slice(type.end, member.start).includes('::')) return undefined;
  const nodes = args.children.flatMap((c) => (c.type === 'argument_expression_list' ? c.children : [c]));
  const lists = nodes.map((n) => evaluate(n, env));
  if (lists.length === 0 || lists.some((l) => l === undefined)) return undefined;
  const values = lists as Values[];
  const first = values.length === 1 ? values.at(0) : undefined;
  switch (env.text.slice(member.start, member.end).toLowerCase()) {
    case 'combine':
      return values.length >= 2 ? cross(values, combine) : undefined;
    case 'getfullpath':
      return first?.every((v) => v.kind === 'path') ? first : undefined;
    case 'getdirectoryname':
      return first ? cross([first, [{ kind: 'text', text: '' }]], (a) => parent(a)) : undefined;
  }
  return undefined;
}

/**
 * `$_` inside a ForEach-Object block: the items of the pipeline before it (a literal list, a
 * variable, or a folder walk with its sort).
 */
function pipelineItem(node: SyntaxNode, env: PathEnv): Values | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'function_statement') return undefined;
    if (p.type !== 'script_block_expression') continue;
    if (p.role !== 'each') return undefined;
    const command = p.parent?.type === 'command_elements' ? p.parent.parent : undefined;
    const chain = command?.parent;
    if (!command || chain?.type !== 'pipeline_chain') return undefined;
    const at = chain.children.indexOf(command);
    const name = commandParts(command, env.text);
    const written = name ? staticString(name.nameNode, env.text)?.toLowerCase() : undefined;
    if (written !== 'foreach-object' && written !== '%' && written !== 'foreach') return undefined;
    return at > 0 ? chainValue(chain.children.slice(0, at), env) : undefined;
  }
  return undefined;
}

/**
 * True when the dot-source `command` stands in the first branch of an `if` whose condition tests
 * `Test-Path` on the same path: a missing file is then skipped at run time, not an error.
 */
export function isTestPathGuarded(command: SyntaxNode, values: Values, env: PathEnv): boolean {
  const key = JSON.stringify(values.map(normalized));
  for (let p: SyntaxNode = command; p.parent; p = p.parent) {
    const parentNode: SyntaxNode = p.parent;
    if (parentNode.type === 'function_statement' || parentNode.type === 'script_block_expression') return false;
    if (parentNode.type !== 'if_statement' || p.type !== 'statement_block') continue;
    if (parentNode.children.find((c) => c.type === 'statement_block') !== p) continue;
    const condition = parentNode.children[0];
    if (!condition) continue;
    const stack = [condition];
    for (let n = stack.pop(); n; n = stack.pop()) {
      if (n.type === 'command') {
        const parts = commandParts(n, env.text);
        const name = parts ? staticString(parts.nameNode, env.text)?.toLowerCase() : undefined;
        if (parts && name === 'test-path') {
          const b = bind(parts.elements, env.text, ['path', 'literalpath', 'pathtype'], []);
          const arg = b && (valueOf(b, 'path') ?? valueOf(b, 'literalpath') ?? b.positional[0]);
          const v = arg ? evaluate(arg, env) : undefined;
          if (v && JSON.stringify(v.map(normalized)) === key) return true;
        }
      }
      stack.push(...n.children);
    }
  }
  return false;
}
