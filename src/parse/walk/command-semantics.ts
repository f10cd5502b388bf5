/**
 * What command calls mean: which define a symbol (`Set-Alias`, `Set-Item Function:X`, definer
 * helpers), which probe for one (`Get-Command X`, `Test-Path Function:X`), which run a script
 * block at once (`ForEach-Object`), which dot-source a file, and which load-time side effect a
 * call has.
 */
import type { DotSource, LoaderSpec, ScopeQualifier, SideEffect } from '../../core/types.js';
import { diagnostic } from '../../core/diagnostics.js';
import type { Context, FunctionScope, Walk } from './context.js';
import { oneLine } from './context.js';
import { loaderCallRequest, loaderCandidate } from './loader-calls.js';
import { argumentFor, bindArguments, commandParts } from './command-args.js';
import { isBuiltinAlias, isVerbNoun } from './known-names.js';
import { dotSourceRequest, evaluate, isTestPathGuarded } from './dot-source-paths.js';
import { isWildcard, staticString, staticStrings } from './literals.js';
import { looksLikeProviderPath, parseProviderPath } from './names.js';
import type { SyntaxNode } from '../tree/syntax-tree.js';

/** Default aliases the semantics below care about, to the command they stand for (Maps: any command name is looked up). */
const ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    sal: 'set-alias',
    nal: 'new-alias',
    ipmo: 'import-module',
    gcm: 'get-command',
    '%': 'foreach-object',
    foreach: 'foreach-object',
    '?': 'where-object',
    where: 'where-object',
    iex: 'invoke-expression',
    echo: 'write-output',
    write: 'write-output',
    cd: 'set-location',
    chdir: 'set-location',
    sl: 'set-location',
    pushd: 'push-location',
    popd: 'pop-location',
    si: 'set-item',
    ni: 'new-item',
    sv: 'set-variable',
    set: 'set-variable',
    nv: 'new-variable',
    gv: 'get-variable',
    gmo: 'get-module',
    ndr: 'new-psdrive',
    mount: 'new-psdrive',
    icm: 'invoke-command',
    gal: 'get-alias',
    gci: 'get-childitem',
    ls: 'get-childitem',
    dir: 'get-childitem',
    gc: 'get-content',
    cat: 'get-content',
    type: 'get-content',
    gi: 'get-item',
    select: 'select-object',
    sort: 'sort-object',
    measure: 'measure-object',
    group: 'group-object',
  }),
);

/** Side-effect kinds of specific commands. */
const EFFECTS: ReadonlyMap<string, SideEffect['kind']> = new Map(
  Object.entries({
    'import-module': 'module-import',
    'set-psreadlineoption': 'psreadline',
    'set-psreadlinekeyhandler': 'psreadline',
    'remove-psreadlinekeyhandler': 'psreadline',
    'register-argumentcompleter': 'argument-completer',
    'register-engineevent': 'engine-event',
    'register-objectevent': 'engine-event',
    'invoke-expression': 'invoke-expression',
    'write-host': 'output',
    'write-output': 'output',
    'out-host': 'output',
    'set-location': 'location-change',
    'push-location': 'location-change',
    'pop-location': 'location-change',
  }),
);

/** Verbs of cmdlets that only read: calling them at load time changes nothing. */
const READ_ONLY_VERBS = new Set([
  'get',
  'test',
  'join',
  'split',
  'resolve',
  'select',
  'sort',
  'where',
  'foreach',
  'measure',
  'convertto',
  'convertfrom',
  'compare',
  'group',
]);
const READ_ONLY_COMMANDS = new Set(['out-null', 'out-string', 'write-verbose', 'write-debug', 'invoke-command']);

/** Commands whose script-block arguments run at once: in the caller's scope, per item. */
const EACH_COMMANDS = new Set(['foreach-object', 'where-object']);
/** Commands whose script-block arguments run at once in a child scope. */
const CHILD_COMMANDS = new Set(['invoke-command', 'measure-command']);

/** Invoke-Command's parameters (names and aliases) in its InProcess set, the one that runs the block here. */
export const INVOKE_COMMAND_HERE = ['scriptblock', 'command', 'nonewscope', 'inputobject', 'argumentlist', 'args'];
/** Its other parameters (pwsh 7.6): each selects a remoting set, running the block in another runspace or process. */
export const INVOKE_COMMAND_ELSEWHERE = [
  ...['session', 'throttlelimit', 'asjob', 'hidecomputername', 'hcn', 'jobname', 'remotedebug', 'filepath', 'pspath'],
  ...['computername', 'cn', 'credential', 'port', 'usessl', 'configurationname', 'applicationname'],
  ...['indisconnectedsession', 'disconnected', 'sessionname', 'sessionoption', 'authentication'],
  ...['enablenetworkaccess', 'certificatethumbprint', 'connectionuri', 'uri', 'cu', 'allowredirection'],
  ...['vmid', 'vmguid', 'vmname', 'hostname', 'username', 'keyfilepath', 'identityfilepath', 'subsystem'],
  ...['connectingtimeout', 'sshtransport', 'options', 'containerid', 'runasadministrator', 'sshconnection'],
];
/** The common parameters, names and aliases. */
const COMMON_PARAMETERS = [
  ...['verbose', 'vb', 'debug', 'db', 'erroraction', 'ea', 'warningaction', 'wa', 'informationaction', 'infa'],
  ...['progressaction', 'proga', 'errorvariable', 'ev', 'warningvariable', 'wv', 'informationvariable', 'iv'],
  ...['outvariable', 'ov', 'outbuffer', 'ob', 'pipelinevariable', 'pv'],
];
const INVOKE_COMMAND_ANY = [...INVOKE_COMMAND_HERE, ...INVOKE_COMMAND_ELSEWHERE, ...COMMON_PARAMETERS];

/**
 * Where an Invoke-Command call runs its block: `elsewhere` with a parameter of a remoting set
 * (`-Session`, `-ComputerName`, `-AsJob`, `-HostName`...: another runspace or process, or a job)
 * or one pwsh rejects (ambiguous or unknown: the block never runs); else here, in the caller's
 * scope with `-NoNewScope` (`dot`), in a child scope otherwise. A parameter is matched as pwsh
 * does: by name or alias, else by a prefix of them.
 */
function invokeCommandRole(a: Walk, elements: readonly SyntaxNode[]): 'child' | 'dot' | 'elsewhere' {
  const here = new Set([...INVOKE_COMMAND_HERE, ...COMMON_PARAMETERS]);
  let role: 'child' | 'dot' = 'child';
  for (const e of elements) {
    if (e.type !== 'command_parameter') continue;
    const raw = a.text(e);
    const written = raw.replace(/^-/, '').replace(/:$/, '').toLowerCase();
    const matches = INVOKE_COMMAND_ANY.includes(written)
      ? [written]
      : INVOKE_COMMAND_ANY.filter((p) => p.startsWith(written));
    if (matches.length === 0 || matches.some((p) => !here.has(p))) return 'elsewhere';
    // `-NoNewScope:$value` is left a child scope: the value is not read.
    const colon = raw.endsWith(':') || a.source.text[e.end] === ':';
    if (matches.every((p) => p === 'nonewscope') && !colon) role = 'dot';
  }
  return role;
}

/** The canonical lower-case name of a command as written (module qualifier and aliases resolved). */
export function canonicalCommand(name: string): string {
  let lower = name.toLowerCase();
  const qualified = lower.includes('\\') ? /^[\w.]+\\([A-Za-z]+-\w+)$/.exec(lower) : null;
  if (qualified) lower = qualified[1]!;
  return ALIASES.get(lower) ?? lower;
}

const NAMED_BLOCKS = new Set(['begin', 'process', 'end', 'clean', 'dynamicparam']);

/**
 * True for `else { }` / `elseif (..) { }` read as commands, and for `begin { }`-style named blocks
 * at the top level of a script (the grammar knows named blocks only inside functions).
 */
function isKeywordBlock(name: string, command: SyntaxNode, elements: readonly SyntaxNode[]): boolean {
  const keyword = name.toLowerCase();
  const last = elements.at(-1);
  if (last?.type !== 'script_block_expression') return false;
  if (keyword === 'else') return elements.length === 1;
  if (keyword === 'elseif') return elements.length === 2 && elements[0]?.type === 'parenthesized_expression';
  if (!NAMED_BLOCKS.has(keyword) || elements.length !== 1) return false;
  const statement = command.parent?.parent;
  return statement?.type === 'pipeline' && statement.parent?.parent?.type === 'program';
}

/** `param(...)` as a top-level statement of the file: the script's parameter block. */
function isScriptParamBlock(name: string, command: SyntaxNode, elements: readonly SyntaxNode[]): boolean {
  if (name.toLowerCase() !== 'param' || elements.length !== 1 || elements[0]?.type !== 'parenthesized_expression') {
    return false;
  }
  const statement = command.parent?.parent;
  return statement?.type === 'pipeline' && statement.parent?.parent?.type === 'program';
}

/**
 * A PowerShell number literal, as its tokenizer reads one in command position (checked against
 * pwsh's parser): decimal with optional fraction and exponent, hex or binary, then an optional
 * type suffix and multiplier, all in any case; `0..3` ranges too. `1.5e`, `1kbx`, `1_000` are commands.
 */
const NUMBER_LITERAL =
  /^(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|0x[\da-f]+|0b[01]+)(?:u[lsy]|[ldnusy])?(?:[kmgtp]b)?(?:\.\.\d+)?$/i;

/** True when a command name as written is a number literal to PowerShell. */
export function isNumberLiteral(name: string): boolean {
  return NUMBER_LITERAL.test(name);
}

/** True for a `command` node the grammar made of a number (`1KB`), which PowerShell reads as an expression. */
export function isNumberCommand(command: SyntaxNode, text: string): boolean {
  const parts = commandParts(command, text);
  if (!parts || parts.operator || parts.nameNode.type !== 'command_name') return false;
  return isNumberLiteral(text.slice(parts.nameNode.start, parts.nameNode.end));
}

/** The values of the assignments the grammar reads in a misread `param(...)`: the parameters' defaults. */
function parameterDefaults(list: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const stack = [list];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === 'assignment_expression') {
      // `$a = 1, $b = 2` reads as `$a = (1, $b = 2)`: the array's last element is the next parameter.
      for (const value of n.children.slice(2)) {
        const only = value.type === 'pipeline' && value.children.length === 1 ? value.children.at(0) : undefined;
        const inner = only ?? value;
        if (inner.type !== 'assignment_expression') {
          out.push(value);
          continue;
        }
        const left = inner.children[0];
        const list = left?.type === 'left_assignment_expression' ? left.children[0] : left;
        if (list?.type === 'array_literal_expression') out.push(...list.children.slice(0, -1));
        stack.push(inner);
      }
      continue;
    }
    if (n.type === 'pipeline' || n.type === 'pipeline_chain' || n.type === 'parenthesized_expression') {
      stack.push(...[...n.children].reverse());
    }
  }
  return out;
}

/** The static name of the command in a `command` node, or undefined when computed at run time. */
function staticCommandName(nameNode: SyntaxNode, text: string): string | undefined {
  if (nameNode.type === 'command_name') {
    const raw = text.slice(nameNode.start, nameNode.end);
    return /[$"'`]/.test(raw) ? undefined : raw;
  }
  return staticString(nameNode, text);
}

/** Analyse one `command` node and queue its children. */
export function analyzeCommand(a: Walk, node: SyntaxNode, ctx: Context): void {
  const text = a.source.text;
  const parts = commandParts(node, text);
  if (!parts) {
    a.push(node.children, ctx);
    return;
  }
  const { operator, nameNode, elements } = parts;
  const children = node.children.filter((c) => c.type !== 'command_invokation_operator');
  if (nameNode.type === 'script_block_expression') {
    nameNode.role = operator === '.' ? 'dot' : 'child';
    a.push(children, ctx);
    return;
  }
  const name = staticCommandName(nameNode, text);
  // `. Set-Thing` dot-invokes a command; a path (or a computed name) dot-sources a file. What a
  // followed file does at load time comes with its own symbols; a file not known is one effect.
  if (operator === '.' && (name === undefined || /[\\/]|\.ps1$/i.test(name))) {
    const d = dotSource(a, node, nameNode, ctx);
    // A path written as a bare command name is still a command call to PowerShell's AST.
    if (name !== undefined) a.reference('command', name, nameNode.start, ctx, 'call');
    if (d.dynamic !== undefined && ctx.phase === 'load') a.sideEffect('dot-source', oneLine(d.raw), nameNode.start);
    a.push(children, ctx);
    return;
  }
  // The grammar reads an expression statement starting with a number (`0..3 | % {}`, `1KB`,
  // `1.5E+18`: it knows only lower-case suffixes) as a command; PowerShell reads a number there.
  if (!operator && name !== undefined && isNumberLiteral(name)) {
    a.push(elements, ctx);
    return;
  }
  if (name === undefined) {
    // `& $exe args` runs a program chosen at run time.
    if (operator && ctx.phase === 'load') a.sideEffect('external-program', oneLine(a.text(nameNode)), nameNode.start);
    a.push(children, ctx);
    return;
  }
  if (!operator && name.toLowerCase() === 'using') {
    a.facts.usings.push({ text: a.text(node), range: { start: node.start, end: node.end }, ...a.pos(node.start) });
    return;
  }
  if (!operator && isScriptParamBlock(name, node, elements)) {
    // The script's `param( )` after `using` statements, which the grammar reads as a command
    // (with `[Parameter()]` as a cast and `Mandatory` as a command): not a call, prints nothing.
    // Default values still run at load time (`$Name = (Get-Date)`).
    const list = elements.at(0);
    if (list) a.push(parameterDefaults(list), ctx);
    return;
  }
  if (!operator && isKeywordBlock(name, node, elements)) {
    // Not a command: the grammar's reading of `else`/`elseif` after `$x = if (..) { }` on a new
    // line, and of a script's own top-level `begin { }`/`process { }`/`end { }` blocks.
    for (const e of elements) if (e.type === 'script_block_expression') e.role = 'dot';
    const keyword = name.toLowerCase();
    a.push(elements, keyword === 'else' || keyword === 'elseif' ? a.conditional(ctx) : ctx);
    return;
  }
  a.reference('command', name, nameNode.start, ctx, 'call');
  const canonical = canonicalCommand(name);
  const loader = a.source.loaders.get(name.toLowerCase());
  if (loader) loaderCall(a, loader, node, nameNode, elements, ctx);
  const pure = defines(a, canonical, name, elements, ctx) || probes(a, canonical, elements, ctx);
  readsBody(a, canonical, elements, ctx);
  // `ForEach-Object -Parallel` (or `-AsJob`, which needs it) runs its blocks in other runspaces,
  // never in this session's scopes, and so does a remote Invoke-Command: to the fragment they are
  // stored blocks. Sending one elsewhere at load time is the call's own effect.
  const invoked = canonical === 'invoke-command' ? invokeCommandRole(a, elements) : undefined;
  const remote = invoked === 'elsewhere';
  const elsewhere =
    remote ||
    (canonical === 'foreach-object' &&
      elements.some((e) => e.type === 'command_parameter' && /^-(pa|as)/i.test(a.text(e))));
  for (const e of elements) {
    if (e.type !== 'script_block_expression' || elsewhere) continue;
    if (EACH_COMMANDS.has(canonical)) e.role = 'each';
    else if (CHILD_COMMANDS.has(canonical)) e.role = invoked === 'dot' ? 'dot' : 'child';
  }
  if (ctx.phase === 'load' && remote) a.sideEffect('other-command', name, nameNode.start);
  else if (ctx.phase === 'load' && !pure) loadEffect(a, node, nameNode, name, canonical, operator);
  a.push(children, ctx);
}

function loadEffect(
  a: Walk,
  node: SyntaxNode,
  nameNode: SyntaxNode,
  name: string,
  canonical: string,
  operator: '&' | '.' | undefined,
): void {
  const effect = EFFECTS.get(canonical);
  if (effect) {
    if (effect !== 'module-import') a.sideEffect(effect, name, nameNode.start);
    return;
  }
  if (operator === '.') {
    a.sideEffect('other-command', name, nameNode.start);
    return;
  }
  if (/[\\/]/.test(name) || /\.exe$/i.test(name)) {
    a.sideEffect('external-program', name, nameNode.start);
    return;
  }
  const [verb = ''] = canonical.split('-');
  if (READ_ONLY_COMMANDS.has(canonical) || EACH_COMMANDS.has(canonical) || CHILD_COMMANDS.has(canonical)) return;
  if (isVerbNoun(canonical) && READ_ONLY_VERBS.has(verb)) return;
  if (!isVerbNoun(name) && !isBuiltinAlias(name)) {
    // A program unless the fragment itself defines a function or alias of that name.
    a.facts.externalCandidates.push({
      name,
      effect: { kind: 'external-program', command: name, ...a.pos(nameNode.start) },
    });
    return;
  }
  a.sideEffect(a.feedsInvokeExpression.has(node) ? 'external-program' : 'other-command', name, nameNode.start);
}

function scopeOf(node: SyntaxNode | undefined, text: string): ScopeQualifier | undefined {
  const v = node ? staticString(node, text)?.toLowerCase() : undefined;
  return v === 'global' || v === 'script' || v === 'local' || v === 'private' ? v : undefined;
}

/** Handle a command that defines something. Returns true when the call is a pure definition. */
function defines(a: Walk, canonical: string, written: string, elements: readonly SyntaxNode[], ctx: Context): boolean {
  const text = a.source.text;
  switch (canonical) {
    case 'set-alias':
    case 'new-alias': {
      const b = bindArguments(elements, text, ['Name', 'Value', 'Scope', 'Description', 'Option'], ['Name', 'Value']);
      const nameArg = argumentFor(b, 'Name');
      const valueArg = argumentFor(b, 'Value');
      defineNamed(a, 'alias', nameArg, ctx, {
        scope: scopeOf(argumentFor(b, 'Scope'), text),
        via: written,
        target: valueArg ? staticString(valueArg, text) : undefined,
      });
      return true;
    }
    case 'set-item':
    case 'new-item': {
      const positional = canonical === 'set-item' ? ['Path', 'Value'] : ['Path'];
      const b = bindArguments(elements, text, ['Path', 'LiteralPath', 'Value', 'ItemType', 'Name', 'Type'], positional);
      const pathArg = argumentFor(b, 'Path') ?? argumentFor(b, 'LiteralPath');
      if (!pathArg) return false;
      const p = staticString(pathArg, text);
      if (p === undefined) {
        const drive = looksLikeProviderPath(a.text(pathArg));
        if (!drive) return false;
        if (drive !== 'variable' || !a.nameBuilt('write', pathArg, ctx, undefined, true))
          a.dynamicName(`${drive} name`, pathArg, ctx);
        return true;
      }
      const provider = parseProviderPath(p);
      if (!provider) return false;
      const valueArg = argumentFor(b, 'Value');
      const target = provider.drive === 'alias' && valueArg ? staticString(valueArg, text) : undefined;
      a.define(provider.drive, provider.name, pathArg.start, ctx, { scope: provider.qualifier, via: written, target });
      return true;
    }
    case 'set-variable':
    case 'new-variable': {
      const b = bindArguments(
        elements,
        text,
        ['Name', 'Value', 'Scope', 'Option', 'Visibility', 'Description'],
        ['Name', 'Value'],
      );
      const nameArg = argumentFor(b, 'Name');
      const scope = scopeOf(argumentFor(b, 'Scope'), text);
      if (nameArg && staticStrings(nameArg, text) === undefined && a.nameBuilt('write', nameArg, ctx, scope))
        return true;
      defineNamed(a, 'variable', nameArg, ctx, { scope, via: written });
      return true;
    }
    case 'new-psdrive': {
      const b = bindArguments(
        elements,
        text,
        ['Name', 'PSProvider', 'Root', 'Scope', 'Description', 'Credential'],
        ['Name', 'PSProvider', 'Root'],
      );
      defineNamed(a, 'drive', argumentFor(b, 'Name'), ctx, {
        scope: scopeOf(argumentFor(b, 'Scope'), text),
        via: written,
      });
      return true;
    }
    case 'import-module': {
      const b = bindArguments(
        elements,
        text,
        [
          'Name',
          'FullyQualifiedName',
          'Prefix',
          'MinimumVersion',
          'MaximumVersion',
          'RequiredVersion',
          'ArgumentList',
          'Function',
          'Cmdlet',
          'Variable',
          'Alias',
          'Scope',
          'Assembly',
          'ModuleInfo',
        ],
        ['Name'],
      );
      const nameArg = argumentFor(b, 'Name');
      const names = nameArg ? staticStrings(nameArg, text) : undefined;
      if (nameArg && names) {
        for (const n of names) a.define('module', moduleName(n), nameArg.start, ctx, { via: written });
      } else if (nameArg) {
        a.dynamicName('module name', nameArg, ctx);
      }
      if (ctx.phase === 'load') a.sideEffect('module-import', written, nameArg?.start ?? elements.at(0)?.start ?? 0);
      // Not pure, but its side effect is recorded here with the module argument's position.
      return true;
    }
  }
  const spec = a.source.definers.get(written.toLowerCase()) ?? a.source.definers.get(canonical);
  if (!spec) return false;
  const order: string[] = [];
  if (spec.namePosition !== undefined) {
    for (let i = 0; i < spec.namePosition; i++) order.push(`#${i}`);
    order.push(spec.nameParameter);
    if (spec.targetParameter) order.push(spec.targetParameter);
  }
  const params = [spec.nameParameter, spec.targetParameter, spec.bodyParameter, spec.aliasParameter].filter(
    (p): p is string => p !== undefined,
  );
  const b = bindArguments(elements, text, params, order);
  const nameArg = argumentFor(b, spec.nameParameter);
  const targetArg = spec.targetParameter ? argumentFor(b, spec.targetParameter) : undefined;
  const target = spec.kind === 'alias' && targetArg ? staticString(targetArg, text) : undefined;
  const defined = defineNamed(a, spec.kind, nameArg, ctx, { via: written, target });
  const aliasArg = spec.aliasParameter ? argumentFor(b, spec.aliasParameter) : undefined;
  if (aliasArg) {
    const aliases = staticStrings(aliasArg, text);
    if (!aliases) a.dynamicName('alias name', aliasArg, ctx);
    for (const alias of aliases ?? []) a.define('alias', alias, aliasArg.start, ctx, { via: written, target: defined });
  }
  return true;
}

/** Define a symbol named by an argument, or report a dynamic name. Returns the static name. */
function defineNamed(
  a: Walk,
  kind: 'alias' | 'function' | 'variable' | 'drive' | 'env' | 'module' | 'class',
  arg: SyntaxNode | undefined,
  ctx: Context,
  extra: { scope?: ScopeQualifier | undefined; via: string; target?: string | undefined },
): string | undefined {
  if (!arg) return undefined;
  const names = staticStrings(arg, a.source.text);
  if (!names) {
    a.dynamicName(`${kind} name`, arg, ctx);
    return undefined;
  }
  for (const n of names) a.define(kind, n, arg.start, ctx, extra);
  return names[0];
}

/** `Import-Module ./x/Mod.psd1` defines module `Mod`. */
function moduleName(written: string): string {
  const base = written.split(/[\\/]/).pop() ?? written;
  return base.replace(/\.(psd1|psm1|dll)$/i, '');
}

/** Handle an existence probe. Returns true when the call only probes. */
function probes(a: Walk, canonical: string, elements: readonly SyntaxNode[], ctx: Context): boolean {
  const text = a.source.text;
  const probe = (kind: 'command' | 'variable' | 'module' | 'alias', params: string[]): boolean => {
    const b = bindArguments(elements, text, params, ['Name']);
    const arg = argumentFor(b, 'Name');
    if (kind === 'variable' && arg && staticStrings(arg, text) === undefined) {
      a.nameBuilt('read', arg, ctx, scopeOf(argumentFor(b, 'Scope'), text));
      return true;
    }
    for (const n of (arg && staticStrings(arg, text)) ?? []) {
      if (!isWildcard(n)) a.reference(kind, n, arg!.start, ctx, 'probe');
    }
    return true;
  };
  switch (canonical) {
    case 'get-command':
      return probe('command', [
        'Name',
        'CommandType',
        'Module',
        'Noun',
        'Verb',
        'ArgumentList',
        'TotalCount',
        'ParameterName',
        'ParameterType',
      ]);
    case 'get-variable':
      return probe('variable', ['Name', 'Scope', 'Include', 'Exclude']);
    case 'get-module':
      return probe('module', ['Name', 'PSEdition', 'PSSession', 'CimSession']);
    case 'get-alias':
      return probe('alias', ['Name', 'Definition', 'Scope', 'Exclude']);
    case 'test-path': {
      const b = bindArguments(
        elements,
        text,
        ['Path', 'LiteralPath', 'PathType', 'Filter', 'Include', 'Exclude', 'OlderThan', 'NewerThan'],
        ['Path'],
      );
      const arg = argumentFor(b, 'Path') ?? argumentFor(b, 'LiteralPath');
      const p = arg ? staticString(arg, text) : undefined;
      const provider = p === undefined ? undefined : parseProviderPath(p);
      if (arg && provider && !isWildcard(provider.name))
        a.reference(provider.drive, provider.name, arg.start, ctx, 'probe');
      if (arg && p === undefined && looksLikeProviderPath(a.text(arg)) === 'variable')
        a.nameBuilt('read', arg, ctx, undefined, true);
      return true;
    }
  }
  return false;
}

/** Commands that read an item's content given its path: on `Function:X`, the function's body. */
const ITEM_READERS = new Set(['get-item', 'get-content', 'get-childitem', 'copy-item', 'get-itemproperty']);

/**
 * Record `Get-Item function:X` and the like as a read of X's body (a `function` reference with
 * `read` access, as `${function:X}` is): the bundle keeps such a function eager, since a stub's
 * body would be read instead.
 */
function readsBody(a: Walk, canonical: string, elements: readonly SyntaxNode[], ctx: Context): void {
  if (!ITEM_READERS.has(canonical)) return;
  const text = a.source.text;
  const b = bindArguments(
    elements,
    text,
    ['Path', 'LiteralPath', 'Destination', 'Filter', 'Include', 'Exclude'],
    ['Path'],
  );
  const arg = argumentFor(b, 'Path') ?? argumentFor(b, 'LiteralPath');
  const p = arg ? staticString(arg, text) : undefined;
  const provider = p === undefined ? undefined : parseProviderPath(p);
  if (arg && provider?.drive === 'function' && !isWildcard(provider.name))
    a.reference('function', provider.name, arg.start, ctx, 'read');
}

/** Record `. <path>` (not `. { }`): the files it loads, the folder it walks, or why it is not known. */
function dotSource(a: Walk, command: SyntaxNode, pathNode: SyntaxNode, ctx: Context): DotSource {
  const env = a.pathEnv(ctx);
  const values = evaluate(pathNode, env);
  const request = dotSourceRequest(values);
  const d: { -readonly [K in keyof DotSource]: DotSource[K] } = {
    ...a.pos(command.start),
    range: { start: command.start, end: command.end },
    pathRange: { start: pathNode.start, end: pathNode.end },
    raw: a.text(pathNode),
    phase: ctx.phase,
    conditional: ctx.conditional,
    guarded: values !== undefined && isTestPathGuarded(command, values, env),
  };
  if (request.kind === 'files') d.targets = request.targets;
  else if (request.kind === 'walk') d.walk = request.walk;
  else d.dynamic = request.why;
  const fn = enclosingFunctionOf(ctx);
  if (fn?.name !== undefined) d.function = fn.name;
  if (fn?.name !== undefined && d.dynamic !== undefined && !a.source.loaders.has(fn.name.toLowerCase())) {
    const suggested = loaderCandidate(fn.name, a.sourcesOf(pathNode, ctx), fn.declared);
    if (suggested) {
      d.suggestedLoader = suggested;
      a.facts.diagnostics.push(
        diagnostic(
          'LOADER_HELPER',
          `${fn.name} dot-sources a path built from its parameters, so the files its calls name are not followed; add to "loaders" in fragbundle.config.json (fragbundle init does): ${JSON.stringify(suggested)}`,
          { file: a.source.path, line: d.line, column: d.column },
        ),
      );
    }
  }
  a.facts.dotSources.push(d);
  if (d.dynamic !== undefined && ctx.phase === 'load') {
    a.facts.diagnostics.push(
      diagnostic(
        'DYNAMIC_DOT_SOURCE',
        `the dot-sourced path ${oneLine(d.raw)} cannot be followed: ${d.dynamic}; it stays a run-time dot-source, and what that file defines is unknown to fragbundle`,
        { file: a.source.path, line: d.line, column: d.column },
      ),
    );
  }
  return d;
}

/** The function whose body `ctx` is in, if any (through nested blocks). */
function enclosingFunctionOf(ctx: Context): FunctionScope | undefined {
  for (let s: Context['scope'] | null = ctx.scope; s && !s.file; s = s.parent) if (s.function) return s.function;
  return undefined;
}

/** A call of a loader helper: a dot-source of the files it names, run inside the helper's scope. */
function loaderCall(
  a: Walk,
  spec: LoaderSpec,
  command: SyntaxNode,
  nameNode: SyntaxNode,
  elements: readonly SyntaxNode[],
  ctx: Context,
): void {
  const { request, pathNode } = loaderCallRequest(spec, elements, a.pathEnv(ctx));
  const target = pathNode ?? nameNode;
  const d: { -readonly [K in keyof DotSource]: DotSource[K] } = {
    ...a.pos(command.start),
    range: { start: command.start, end: command.end },
    pathRange: { start: target.start, end: target.end },
    raw: oneLine(a.text(command)),
    phase: ctx.phase,
    conditional: ctx.conditional,
    guarded: false,
    via: spec.command,
  };
  if (request.kind === 'files') d.targets = request.targets;
  else if (request.kind === 'walk') d.walk = request.walk;
  else d.dynamic = request.why;
  const fn = enclosingFunctionOf(ctx);
  if (fn?.name !== undefined) d.function = fn.name;
  a.facts.dotSources.push(d);
  if (d.dynamic !== undefined && ctx.phase === 'load') {
    a.facts.diagnostics.push(
      diagnostic(
        'DYNAMIC_DOT_SOURCE',
        `the files this ${spec.command} call loads cannot be followed: ${d.dynamic}; they stay run-time dot-sources, and what they define is unknown to fragbundle`,
        { file: a.source.path, line: d.line, column: d.column },
      ),
    );
  }
}
