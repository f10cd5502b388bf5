/**
 * The walk over the compact syntax tree that finds what a fragment defines and uses. One
 * explicit stack, no recursion: every node is visited once, with a context that says when its
 * code runs (phase), whether it may not run (conditional) and which variables are local there.
 *
 * Scoping model (the same one test/pwsh/ast-facts.ps1 applies to PowerShell's own AST):
 * - the file scope is the fragment's top level plus everything run in it: top-level statement
 *   blocks, `. { }`, ForEach-Object/Where-Object/.ForEach()/.Where() blocks;
 * - a function body, a class method, a stored script block and `& { }` each open a new scope;
 * - inside a new scope, a variable is local when it is a parameter of that scope or of an
 *   enclosing one, or was assigned (or was a foreach variable) earlier in one of them. Local
 *   variables are neither definitions nor references; `$global:`/`$script:` ones always are.
 */
import type {
  NameBuiltAccess,
  Position,
  ScopeQualifier,
  ScriptPathUse,
  SideEffect,
  SymbolDef,
  SymbolRef,
} from '../../core/types.js';
import { diagnostic } from '../../core/diagnostics.js';
import type { BlockRole, SyntaxNode } from '../tree/syntax-tree.js';
import type { NodeType } from '../tree/node-types.js';
import { isAutomaticVariable, isBuiltinTypeName } from './known-names.js';
import { parseProviderPath, parseVariable, splitFunctionScope } from './names.js';
import { declaredParameters } from './parameters.js';
import { analyzeCommand, isNumberCommand } from './command-semantics.js';
import { recoverError } from './recover.js';
import {
  oneLine,
  type Context,
  type Facts,
  type FunctionScope,
  type ProbeSink,
  type Scope,
  type Source,
  type Walk,
} from './context.js';
import { at } from '../../core/at.js';
import { evaluate, type PathEnv, type Values } from './dot-source-paths.js';

const SCRIPT_PATH_VARIABLES = new Map<string, ScriptPathUse['name']>([
  ['psscriptroot', 'PSScriptRoot'],
  ['pscommandpath', 'PSCommandPath'],
  ['myinvocation', 'MyInvocation'],
]);

/** The loop label after `break` or `continue` (`break outer`), as repair.ts's rule 'loop label' reads it. */
const LABEL_AFTER = /^[ \t]+([A-Za-z_]\w*)(?=[ \t]*(?:[;}\r\n#]|$))/;

/** A script's named blocks, which the grammar reads as commands at the top level (command-semantics.ts isKeywordBlock). */
const NAMED_BLOCK = /^(?:begin|process|end|clean|dynamicparam)$/i;

/** Drives whose variables (`$function:X`) name symbols. */
const DRIVE_KINDS = new Map<string, 'function' | 'alias' | 'variable' | 'env'>([
  ['function', 'function'],
  ['alias', 'alias'],
  ['variable', 'variable'],
  ['env', 'env'],
]);

/**
 * Walks one fragment's compact syntax tree and collects its facts. Used once per fragment by
 * extractSymbols; its methods are also the toolkit of command-semantics.ts and recover.ts.
 */
export class Analyzer implements Walk {
  readonly facts: Facts = {
    defines: [],
    references: [],
    sideEffects: [],
    returns: [],
    exits: [],
    loopExits: [],
    scriptPathUses: [],
    dotSources: [],
    usings: [],
    diagnostics: [],
    externalCandidates: [],
    nameBuilt: [],
  };
  /** Nodes to visit, and actions to run once everything pushed after them was visited. */
  private readonly stack: ({ node: SyntaxNode; ctx: Context } | { then: () => void })[] = [];
  /** Commands whose output is piped into Invoke-Expression (`& starship init | iex`). */
  readonly feedsInvokeExpression = new Set<SyntaxNode>();
  /**
   * The static path values of variables, per scope, as far as the walk has come (source order):
   * undefined for a variable last assigned something not static. For resolving dot-sources.
   */
  private readonly pathValues = new WeakMap<Scope, Map<string, Values | undefined>>();
  private fileScope: Scope | undefined;
  /**
   * In function bodies: which parameters each local variable's value is built from (`P`, items
   * `P[]`, item keys `P[].Key`), as far as the walk has come. For recognising loader helpers.
   */
  private readonly sources = new WeakMap<Scope, Map<string, Set<string>>>();

  constructor(readonly source: Source) {}

  /** Walk the whole tree from `root`. */
  run(root: SyntaxNode): void {
    const fileScope: Scope = { parent: null, names: new Set(), file: true };
    this.fileScope = fileScope;
    this.stack.push({
      node: root,
      ctx: {
        phase: 'load',
        conditional: false,
        scope: fileScope,
        inString: false,
        returnable: true,
        exitable: true,
        loops: [],
        inTrap: false,
        guards: [new Set()],
        assigned: [new Set()],
      },
    });
    for (let item = this.stack.pop(); item; item = this.stack.pop()) {
      if ('then' in item) item.then();
      else this.visit(item.node, item.ctx);
    }
  }

  /** Queue children for visiting, so that they are visited in source order. */
  push(nodes: readonly SyntaxNode[], ctx: Context): void {
    for (let i = nodes.length - 1; i >= 0; i--) this.stack.push({ node: at(nodes, i), ctx });
  }

  /** Queue one node. Nodes queued one by one in one handler must be queued last-first. */
  pushOne(node: SyntaxNode, ctx: Context): void {
    this.stack.push({ node, ctx });
  }

  pos(offset: number): Position {
    return this.source.lines.position(offset);
  }

  text(node: { start: number; end: number }): string {
    return this.source.text.slice(node.start, node.end);
  }

  /** What the path evaluation (dot-source-paths.ts) sees at a place: the variables assigned so far. */
  pathEnv(ctx: Context): PathEnv {
    const values = this.pathValues;
    return {
      file: this.source.path,
      text: this.source.text,
      fileScope: ctx.scope.file && ctx.phase === 'load',
      lookup(name: string): Values | undefined {
        for (let s: Scope | null = ctx.scope; s; s = s.parent) {
          const map = values.get(s);
          if (map?.has(name)) return map.get(name);
        }
        return undefined;
      },
    };
  }

  /**
   * The parameters of the enclosing function that the value of `node` is built from: `P` for a
   * parameter, `P[]` for an item of one (a foreach variable over it), `P[].Key` for a key of such
   * an item, and whatever local variables read were built from.
   */
  sourcesOf(node: SyntaxNode, ctx: Context): Set<string> {
    const out = new Set<string>();
    const fn = ctx.scope.function ?? enclosingFunction(ctx.scope);
    if (!fn) return out;
    const stack = [node];
    for (let n = stack.pop(); n; n = stack.pop()) {
      if (n.type === 'member_access') {
        const [object, member] = n.children;
        if (object?.type === 'variable' && member?.type === 'simple_name') {
          const of = this.variableSources(object, ctx, fn);
          for (const s of of) out.add(s.endsWith('[]') ? `${s}.${this.text(member)}` : s);
          continue;
        }
      }
      if (n.type === 'variable') for (const s of this.variableSources(n, ctx, fn)) out.add(s);
      for (const c of n.children) stack.push(c);
    }
    return out;
  }

  private variableSources(node: SyntaxNode, ctx: Context, fn: FunctionScope): Set<string> {
    const v = parseVariable(this.text(node));
    if (v.drive || (v.qualifier && v.qualifier !== 'local')) return new Set();
    const lower = v.name.toLowerCase();
    for (let s: Scope | null = ctx.scope; s && !s.file; s = s.parent) {
      const known = this.sources.get(s)?.get(lower);
      if (known) return known;
    }
    return fn.declared.some((p) => p.toLowerCase() === lower) && !fn.reassigned.has(lower)
      ? new Set([lower])
      : new Set();
  }

  private setSources(variable: SyntaxNode, ctx: Context, sources: Set<string>, add: boolean): void {
    if (ctx.scope.file) return;
    const v = parseVariable(this.text(variable));
    if (v.drive || (v.qualifier && v.qualifier !== 'local')) return;
    let map = this.sources.get(ctx.scope);
    if (!map) this.sources.set(ctx.scope, (map = new Map<string, Set<string>>()));
    const lower = v.name.toLowerCase();
    const before = add ? (map.get(lower) ?? new Set<string>()) : new Set<string>();
    map.set(lower, new Set([...before, ...sources]));
  }

  /** Record the static value (or its absence) of a variable assigned at `ctx`. */
  private setPathValue(variable: SyntaxNode, ctx: Context, value: Values | undefined): void {
    const v = parseVariable(this.text(variable));
    if (v.drive || v.splat) return;
    const scope = v.qualifier === 'global' || v.qualifier === 'script' ? this.fileScope : ctx.scope;
    if (!scope) return;
    let map = this.pathValues.get(scope);
    if (!map) this.pathValues.set(scope, (map = new Map<string, Values | undefined>()));
    map.set(v.name.toLowerCase(), value);
  }

  // ---- facts ---------------------------------------------------------------------------------

  define(
    kind: SymbolDef['kind'],
    name: string,
    at: number,
    ctx: Context,
    extra: { scope?: ScopeQualifier | undefined; via?: string | undefined; target?: string | undefined } = {},
  ): void {
    const def: { -readonly [K in keyof SymbolDef]: SymbolDef[K] } = {
      kind,
      name,
      ...this.pos(at),
      phase: ctx.phase,
      conditional: ctx.conditional,
    };
    if (extra.scope) def.scope = extra.scope;
    if (extra.via) def.via = extra.via;
    if (extra.target !== undefined) def.target = extra.target;
    this.facts.defines.push(def);
  }

  reference(kind: SymbolRef['kind'], name: string, at: number, ctx: Context, access: SymbolRef['access']): void {
    const ref: { -readonly [K in keyof SymbolRef]: SymbolRef[K] } = {
      kind,
      name,
      ...this.pos(at),
      phase: ctx.phase,
      access,
      conditional: ctx.conditional,
    };
    const lower = name.toLowerCase();
    if (access === 'call' && kind === 'command' && ctx.guards.some((g) => g.has(lower))) ref.guarded = true;
    if (access === 'probe' && ctx.probeSink && (kind === 'command' || kind === 'function' || kind === 'alias')) {
      const sink = ctx.probeSink;
      if (!sink.uncertain) (sink.negated ? sink.absent : sink.present).add(lower);
    }
    if (kind === 'variable' && access === 'read' && ctx.scope.file && ctx.assigned.some((s) => s.has(lower))) {
      ref.afterOwnWrite = true;
    }
    this.facts.references.push(ref);
  }

  sideEffect(kind: SideEffect['kind'], command: string, at: number): SideEffect {
    const effect = { kind, command, ...this.pos(at) };
    this.facts.sideEffects.push(effect);
    return effect;
  }

  /**
   * Report a name built at run time, unless the name is exactly a parameter of the enclosing
   * function (`function Set-ProfileAlias { param($Name) Set-Alias -Name $Name ... }`,
   * `Set-Item "Function:global:$Name"`): a function that defines whatever name its caller passes
   * is a definer helper (built in, configured, or recognised by that very shape), and the name
   * is known at each call site, where a definer call is resolved (or reported) in its turn.
   */
  dynamicName(what: string, node: SyntaxNode, ctx: Context): void {
    if (this.isDefinerParameter(node, ctx)) return;
    const p = this.pos(node.start);
    this.facts.diagnostics.push(
      diagnostic(
        'DYNAMIC_NAME',
        `${what} is built at run time (${oneLine(this.text(node))}); it cannot be resolved statically`,
        {
          file: this.source.path,
          ...p,
        },
      ),
    );
  }

  nameBuilt(
    access: NameBuiltAccess['access'],
    node: SyntaxNode,
    ctx: Context,
    scope: ScopeQualifier | undefined,
    provider = false,
  ): boolean {
    const fn = ctx.scope.function;
    if (!fn?.name) return false;
    let template = this.nameTemplate(node, fn);
    if (template === undefined) return false;
    if (provider) {
      const path = parseProviderPath(template);
      if (path?.drive !== 'variable') return false;
      template = path.name;
      scope = path.qualifier;
    }
    // Only a placeholder, with literal text if any, and never a drive or scope built at run time.
    if (!/\{\w+\}/.test(template) || /:/.test(template)) return false;
    // A write without a scope sets the function's own local, gone when it returns: nothing to learn.
    if (access === 'write' && scope !== 'global' && scope !== 'script') return false;
    const entry: { -readonly [K in keyof NameBuiltAccess]: NameBuiltAccess[K] } = {
      command: fn.name,
      access,
      template,
      parameters: [...fn.declared],
      ...this.pos(node.start),
    };
    if (scope) entry.scope = scope;
    if (fn.switches && fn.switches.length > 0) entry.switches = [...fn.switches];
    if (fn.positional) entry.positional = fn.positional;
    this.facts.nameBuilt.push(entry);
    const shown = scope && scope !== 'local' ? `$${scope}:${template}` : `the variable ${template}`;
    const params = [...template.matchAll(/\{(\w+)\}/g)].map((m) => `-${m[1] ?? ''}`);
    const verb = access === 'write' ? 'sets' : 'reads';
    this.facts.diagnostics.push(
      diagnostic(
        'NAME_BUILT_HELPER',
        `${fn.name} ${verb} ${shown}, named from its parameters: a call with a literal ${params.join(' and ')} ${verb} that variable, and a call with any other argument is reported there`,
        { file: this.source.path, ...this.pos(node.start) },
      ),
    );
    return true;
  }

  /**
   * The name a node spells, each parameter of `fn` in it written `{P}` (as declared): a parameter
   * (`$P`), or a double-quoted string of literal text and parameters (`"${P}Loaded"`, `"x$($P)"`).
   * Undefined when anything else (a local, a reassigned parameter, an expression, an escape) is in it.
   */
  private nameTemplate(node: SyntaxNode, fn: FunctionScope): string | undefined {
    const param = (n: SyntaxNode): string | undefined => {
      // `$P`, `${P}`, or `$($P)` inside a string.
      const written =
        n.type === 'variable'
          ? this.text(n)
          : n.type === 'sub_expression'
            ? /^\$\(\s*(\$\w+|\$\{\w+\})\s*\)$/.exec(this.text(n))?.[1]
            : undefined;
      if (written === undefined) return undefined;
      const p = parseVariable(written);
      if (p.drive || p.splat || (p.qualifier && p.qualifier !== 'local')) return undefined;
      return this.declaredParameter(p.name, fn);
    };
    if (node.type === 'variable') {
      const p = param(node);
      return p === undefined ? undefined : `{${p}}`;
    }
    if (node.type !== 'expandable_string_literal') return undefined;
    const raw = this.text(node);
    if (!raw.startsWith('"') || !raw.endsWith('"')) return undefined;
    let out = '';
    let at = node.start + 1;
    for (const c of node.children) {
      const literal = this.source.text.slice(at, c.start);
      const p = param(c);
      if (p === undefined || /[`${}"]/.test(literal)) return undefined;
      out += `${literal}{${p}}`;
      at = c.end;
    }
    const tail = this.source.text.slice(at, node.end - 1);
    if (/[`${}"]/.test(tail)) return undefined;
    return out + tail;
  }

  /** The parameter as `fn` declares it, when `name` is one the body has not reassigned. */
  private declaredParameter(name: string, fn: FunctionScope): string | undefined {
    const lower = name.toLowerCase();
    if (fn.reassigned.has(lower)) return undefined;
    return fn.declared.find((d) => d.toLowerCase() === lower);
  }

  /** True when a name argument is exactly a parameter of the function whose body `ctx` is in. */
  private isDefinerParameter(node: SyntaxNode, ctx: Context): boolean {
    const fn = ctx.scope.function;
    if (!fn) return false;
    let variable = node;
    if (node.type === 'expandable_string_literal') {
      // "$Name", "Function:global:$Name", "Alias:\$Name": one variable, nothing else in the name.
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type !== 'variable') return false;
      const before = this.source.text.slice(node.start + 1, only.start);
      const after = this.source.text.slice(only.end, node.end - 1);
      if (after !== '' || (before !== '' && parseProviderPath(`${before}x`)?.name !== 'x')) return false;
      variable = only;
    }
    if (variable.type !== 'variable') return false;
    const v = parseVariable(this.text(variable));
    if (v.drive || v.splat || (v.qualifier && v.qualifier !== 'local')) return false;
    const lower = v.name.toLowerCase();
    return fn.parameters.has(lower) && !fn.reassigned.has(lower);
  }

  // ---- contexts ------------------------------------------------------------------------------

  /** Context for code that may not run: a branch of its own, where assignments may not happen. */
  conditional(ctx: Context): Context {
    return { ...ctx, conditional: true, assigned: [...ctx.assigned, new Set()] };
  }

  /** Context for code that runs only when `names` exist (sets filled later, see Context.guards). */
  private guardedBy(ctx: Context, names: Set<string>): Context {
    return { ...ctx, guards: [...ctx.guards, names] };
  }

  /** Context for a function body or class method: deferred, own scope. */
  deferredScope(ctx: Context, fn?: FunctionScope): Context {
    return {
      phase: 'deferred',
      conditional: false,
      scope: fn
        ? { parent: ctx.scope, names: new Set(), file: false, function: fn }
        : { parent: ctx.scope, names: new Set(), file: false },
      inString: false,
      returnable: false,
      exitable: false,
      loops: [],
      inTrap: false,
      guards: [new Set()],
      assigned: [new Set()],
    };
  }

  private blockContext(role: BlockRole, ctx: Context): Context {
    switch (role) {
      case 'stored':
        return this.deferredScope(ctx);
      case 'child':
        return {
          ...ctx,
          scope: { parent: ctx.scope, names: new Set(), file: false },
          inString: false,
          returnable: false,
        };
      case 'dot':
        return { ...ctx, inString: false, returnable: false };
      case 'each':
        return { ...this.conditional(ctx), inString: false, returnable: false };
    }
  }

  /** True when `name` is local to a non-file scope at this point. */
  isLocal(scope: Scope, name: string): boolean {
    const lower = name.toLowerCase();
    for (let s: Scope | null = scope; s && !s.file; s = s.parent) if (s.names.has(lower)) return true;
    return false;
  }

  // ---- nodes ---------------------------------------------------------------------------------

  private visit(node: SyntaxNode, ctx: Context): void {
    switch (node.type) {
      case 'function_statement': {
        this.functionStatement(node, ctx);
        return;
      }
      case 'param_block':
      case 'function_parameter_declaration':
      case 'parameter_list': {
        this.push(node.children, ctx);
        return;
      }
      case 'script_parameter':
      case 'class_method_parameter': {
        this.parameter(node, ctx);
        return;
      }
      case 'script_block_expression': {
        this.push(node.children, this.blockContext(node.role ?? 'stored', ctx));
        return;
      }
      case 'if_statement': {
        this.ifStatement(node, ctx);
        return;
      }
      case 'switch_statement': {
        this.firstUnconditional(node, this.loop(node, ctx), 'switch_condition');
        return;
      }
      case 'foreach_statement': {
        this.foreachStatement(node, this.loop(node, ctx));
        return;
      }
      case 'for_statement': {
        this.firstUnconditional(node, this.loop(node, ctx), 'for_initializer');
        return;
      }
      case 'while_statement': {
        this.firstUnconditional(node, this.loop(node, ctx), 'while_condition');
        return;
      }
      case 'do_statement': {
        this.push(node.children, this.conditional(this.loop(node, ctx)));
        return;
      }
      case 'trap_statement': {
        this.push(node.children, { ...this.conditional(ctx), inTrap: true });
        return;
      }
      case 'catch_clauses': {
        this.push(node.children, this.conditional(ctx));
        return;
      }
      case 'try_statement': {
        this.tryStatement(node, ctx);
        return;
      }
      case 'flow_control_statement': {
        this.flowControl(node, ctx);
        return;
      }
      case 'pipeline': {
        this.pipeline(node, ctx);
        return;
      }
      case 'pipeline_chain': {
        this.pipelineChain(node, ctx);
        return;
      }
      case 'assignment_expression': {
        this.assignment(node, ctx);
        return;
      }
      case 'command': {
        analyzeCommand(this, node, ctx);
        return;
      }
      case 'ERROR': {
        recoverError(this, node, ctx);
        return;
      }
      case 'variable': {
        this.readVariable(node, ctx);
        return;
      }
      case 'expandable_string_literal':
      case 'expandable_here_string_literal': {
        this.push(node.children, ctx.inString ? ctx : { ...ctx, inString: true });
        return;
      }
      case 'sub_expression':
      case 'array_expression':
      case 'parenthesized_expression': {
        this.push(node.children, ctx.inString ? { ...ctx, inString: false } : ctx);
        return;
      }
      case 'invokation_expression': {
        this.invocation(node, ctx);
        return;
      }
      case 'invokation_foreach_expression':
        for (const c of node.children) if (c.type === 'script_block_expression') c.role = 'each';
        {
          this.push(node.children, ctx);
          return;
        }
      case 'type_literal': {
        this.typeLiteral(node, ctx);
        return;
      }
      case 'cast_expression': {
        this.castExpression(node, ctx);
        return;
      }
      case 'class_statement': {
        this.classStatement(node, ctx);
        return;
      }
      case 'enum_statement': {
        this.enumStatement(node, ctx);
        return;
      }
      case 'class_property_definition': {
        this.push(
          node.children.filter((c) => c.type !== 'variable'),
          this.deferredScope(ctx),
        );
        return;
      }
      case 'class_method_definition': {
        this.push(node.children, this.deferredScope(ctx));
        return;
      }
      case 'attribute_name':
      case 'simple_name':
      case 'generic_token':
      case 'command_parameter':
      case 'verbatim_string_characters':
      case 'verbatim_here_string_characters':
        return;
      default: {
        this.push(node.children, ctx);
        return;
      }
    }
  }

  private functionStatement(node: SyntaxNode, ctx: Context): void {
    const nameNode = node.children.find((c) => c.type === 'function_name');
    if (nameNode) {
      const written = this.text(nameNode);
      if (written.includes('$') || written.includes('(')) {
        this.dynamicName('function name', nameNode, ctx);
      } else {
        const { scope, name } = splitFunctionScope(written);
        this.define('function', name, node.start, ctx, { scope });
      }
    }
    const fnName = nameNode ? this.text(nameNode).replace(/^(global|script|local|private):/i, '') : undefined;
    const { declared, switches, positional } = declaredParameters(
      node.children.filter((c) => c.type === 'function_parameter_declaration' || c.type === 'script_block'),
      this.source.text,
    );
    const body = this.deferredScope(ctx, {
      ...(fnName && !/[$(]/.test(fnName) ? { name: fnName } : {}),
      declared,
      ...(switches.length > 0 ? { switches } : {}),
      ...(positional ? { positional } : {}),
      parameters: new Set(),
      reassigned: new Set(),
    });
    this.push(
      node.children.filter((c) => c.type === 'function_parameter_declaration' || c.type === 'script_block'),
      body,
    );
  }

  private parameter(node: SyntaxNode, ctx: Context): void {
    const v = node.children.find((c) => c.type === 'variable');
    if (v && !ctx.scope.file) {
      const name = parseVariable(this.text(v)).name.toLowerCase();
      ctx.scope.names.add(name);
      ctx.scope.function?.parameters.add(name);
    }
    this.push(
      node.children.filter((c) => c !== v),
      ctx,
    );
  }

  /**
   * `if (cond) { A } elseif ... else { B }`: each branch may not run, and may not assign. When the
   * condition probes a command (`Get-Command X -ea 0`, `Test-Path Function:X`), a call to X in the
   * branch that runs only when X exists is guarded; `if (-not (Get-Command X)) { return }` guards
   * the rest of the block it stands in.
   */
  private ifStatement(node: SyntaxNode, ctx: Context): void {
    const first = node.children.at(0);
    const rest = node.children.slice(1);
    const condition = first ? this.text(first) : '';
    const sink: ProbeSink = {
      present: new Set(),
      absent: new Set(),
      negated: /^\s*(-not\b|!)|^\s*\$null\s+-eq\b|-eq\s+\$null\s*$/i.test(condition),
      uncertain: /-(x?or)\b|\|\|/i.test(condition),
    };
    const thenBlock = rest.find((c) => c.type === 'statement_block');
    const hasElse = rest.some((c) => c.type === 'else_clause' || c.type === 'elseif_clauses');
    if (thenBlock && !hasElse && /^\{\s*return\s*;?\s*\}$/i.test(this.text(thenBlock))) {
      const block = ctx.guards.at(-1);
      if (block) {
        this.stack.push({
          then: () => {
            for (const n of sink.absent) block.add(n);
          },
        });
      }
    }
    for (const c of [...rest].reverse()) {
      const branch = this.conditional(ctx);
      if (c === thenBlock) this.pushOne(c, this.guardedBy(branch, sink.present));
      else if (c.type === 'else_clause') this.pushOne(c, this.guardedBy(branch, sink.absent));
      else if (c.type === 'elseif_clauses') this.push(c.children, branch);
      else this.pushOne(c, branch);
    }
    if (first) this.pushOne(first, { ...ctx, probeSink: sink });
  }

  /** Visit the child of type `first` unconditionally and the rest conditionally. */
  private firstUnconditional(node: SyntaxNode, ctx: Context, first: NodeType): void {
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = at(node.children, i);
      this.pushOne(c, c.type === first ? ctx : this.conditional(ctx));
    }
  }

  private foreachStatement(node: SyntaxNode, ctx: Context): void {
    const cond = this.conditional(ctx);
    const variable = node.children.find((c) => c.type === 'variable');
    const collection = node.children.find(
      (c) => c !== variable && c.type !== 'foreach_parameter' && c.type !== 'statement_block',
    );
    const body = node.children.filter((c) => c.type === 'statement_block');
    this.push(body, cond);
    if (variable) this.assignTarget(variable, cond, false);
    if (variable) this.setPathValue(variable, ctx, collection ? evaluate(collection, this.pathEnv(ctx)) : undefined);
    if (variable && collection) {
      const items = [...this.sourcesOf(collection, ctx)].map((s) => (s.includes('[]') ? s : `${s}[]`));
      this.setSources(variable, ctx, new Set(items), false);
    }
    // `foreach ($a in $Alias) { Set-Alias $a ... }` in a definer helper: each name is what the caller passed.
    const fn = ctx.scope.function;
    const source = collection && unwrapPipeline(collection);
    if (fn && variable && source?.type === 'variable' && this.isDefinerParameter(source, ctx)) {
      const name = parseVariable(this.text(variable)).name.toLowerCase();
      fn.parameters.add(name);
      fn.reassigned.delete(name);
    }
    if (collection) this.pushOne(collection, ctx);
  }

  private tryStatement(node: SyntaxNode, ctx: Context): void {
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = at(node.children, i);
      this.pushOne(c, c.type === 'finally_clause' ? ctx : this.conditional(ctx));
    }
  }

  /** True when `node` stands in a script's own `begin { }`-style block (which the grammar reads as a command). */
  private inNamedBlock(node: SyntaxNode): boolean {
    for (let p = node.parent; p; p = p.parent) {
      if (p.type !== 'script_block_expression' || p.role !== 'dot') continue;
      const command = p.parent?.type === 'command_elements' ? p.parent.parent : p.parent;
      const name = command?.type === 'command' ? command.children[0] : undefined;
      if (name?.type === 'command_name' && NAMED_BLOCK.test(this.text(name))) return true;
    }
    return false;
  }

  /** Context for a loop or `switch` statement: a `break` or `continue` in it stops there. */
  private loop(node: SyntaxNode, ctx: Context): Context {
    const siblings = node.parent?.children;
    const before = siblings?.[siblings.indexOf(node) - 1];
    const label = before?.type === 'label' ? this.text(before).slice(1).toLowerCase() : '';
    return { ...ctx, loops: [...ctx.loops, label] };
  }

  private flowControl(node: SyntaxNode, ctx: Context): void {
    const keyword = /^[A-Za-z]+/.exec(this.text(node))?.[0]?.toLowerCase();
    if (keyword === 'return' && ctx.returnable) this.facts.returns.push(this.pos(node.start));
    if ((keyword === 'break' || keyword === 'continue') && ctx.exitable && ctx.phase === 'load' && !ctx.inTrap) {
      // The grammar takes no label (repair.ts blanks it): read it from the text.
      const label = LABEL_AFTER.exec(this.source.text.slice(node.start + keyword.length, node.start + 200))?.[1];
      const stops = label === undefined ? ctx.loops.length > 0 : ctx.loops.includes(label.toLowerCase());
      if (!stops) this.facts.loopExits.push({ ...this.pos(node.start), keyword, ...(label ? { label } : {}) });
    }
    if (keyword === 'exit' && ctx.exitable && ctx.phase === 'load') {
      // Anonymous tokens are not in the compact tree: the children are the value's pipeline.
      const first = node.children.at(0);
      const last = node.children.at(-1);
      this.facts.exits.push({
        ...this.pos(node.start),
        keyword: { start: node.start, end: node.start + keyword.length },
        ...(first && last ? { value: { start: first.start, end: last.end } } : {}),
        statement: topStatementStart(node),
        ...(inFinally(node) ? { inFinally: true as const } : {}),
        ...(this.inNamedBlock(node) ? { inNamedBlock: true as const } : {}),
      });
    }
    this.push(node.children, ctx);
  }

  private pipeline(node: SyntaxNode, ctx: Context): void {
    // `a && b || c`: every chain after the first runs only depending on the one before.
    let seenTail = false;
    const items: { node: SyntaxNode; ctx: Context }[] = [];
    for (const c of node.children) {
      if (c.type === 'pipeline_chain_tail') {
        seenTail = true;
        continue;
      }
      items.push({ node: c, ctx: seenTail ? this.conditional(ctx) : ctx });
    }
    for (let i = items.length - 1; i >= 0; i--) {
      const item = at(items, i);
      this.pushOne(item.node, item.ctx);
    }
    this.outputCheck(node, ctx);
  }

  /** A bare expression statement at load time prints its value. */
  private outputCheck(pipeline: SyntaxNode, ctx: Context): void {
    if (ctx.phase !== 'load' || pipeline.parent?.type !== 'statement_list' || !reachesTopLevel(pipeline)) return;
    for (const chain of pipeline.children) {
      if (chain.type !== 'pipeline_chain') continue;
      if (chain.children.some((c) => c.type === 'command' && !isNumberCommand(c, this.source.text))) continue;
      if (chain.children.some((c) => redirectsOutput(c, this.source.text))) continue;
      const expr = chain.children.at(0);
      if (!expr || isSilentExpression(expr, this.source.text)) continue;
      const what = oneLine(this.text(expr)).slice(0, 60);
      // A method that returns nothing prints nothing; it still runs at load time.
      if (chain.children.length === 1 && isVoidMethodCall(expr, this.source.text)) {
        this.sideEffect('other-command', what, expr.start);
        continue;
      }
      this.sideEffect('output', what, expr.start);
    }
  }

  private pipelineChain(node: SyntaxNode, ctx: Context): void {
    const commands = node.children.filter((c) => c.type === 'command');
    const last = commands.at(-1);
    if (last && commands.length > 1) {
      const name = this.text(last.children.find((c) => c.type === 'command_name') ?? last).toLowerCase();
      if (name === 'invoke-expression' || name === 'iex') {
        for (const c of commands.slice(0, -1)) this.feedsInvokeExpression.add(c);
      }
    }
    this.push(node.children, ctx);
  }

  private assignment(node: SyntaxNode, ctx: Context): void {
    const left = node.children.at(0);
    const op = node.children.at(1);
    const values = node.children.slice(2);
    const compound = op ? this.text(op).trim() !== '=' : false;
    if (!left) {
      this.push(values, ctx);
      return;
    }
    const target =
      left.type === 'left_assignment_expression' && left.children.length === 1 ? at(left.children, 0) : left;
    const targets = target.type === 'array_literal_expression' ? target.children : [target];
    const others: SyntaxNode[] = [];
    const marks: string[] = [];
    for (const t of targets) {
      const variable = assignedVariable(t);
      if (!variable) {
        others.push(t);
        continue;
      }
      if (variable !== t) others.push(...t.children.filter((c) => c.type === 'type_literal'));
      this.assignTarget(variable, ctx, compound, marks);
      const single = !compound && targets.length === 1 && values.length === 1 ? values[0] : undefined;
      this.setPathValue(variable, ctx, single ? evaluate(single, this.pathEnv(ctx)) : undefined);
      // `$p = Join-Path $p $segment` in a loop builds on what $p was built from.
      const built = new Set(values.flatMap((value) => [...this.sourcesOf(value, ctx)]));
      this.setSources(variable, ctx, built, true);
    }
    // The value is read before the variable holds it: `$x = $x + 1` reads the old `$x`.
    if (marks.length > 0) {
      this.stack.push({
        then: () => {
          this.markAssigned(ctx, marks);
        },
      });
    }
    this.push(values, ctx);
    this.push(others, ctx);
  }

  /** Record file-scope variables as assigned from here on, in the innermost branch. */
  private markAssigned(ctx: Context, names: readonly string[]): void {
    const set = ctx.assigned.at(-1);
    if (set) for (const n of names) set.add(n);
  }

  /**
   * A variable being assigned (or a foreach variable): a definition or a local. A file-scope
   * variable's name goes into `marks` when given (the caller marks it assigned once the value
   * is read), else it counts as assigned at once.
   */
  assignTarget(variable: SyntaxNode, ctx: Context, compound: boolean, marks?: string[]): void {
    const v = parseVariable(this.text(variable));
    const drive = v.drive ? DRIVE_KINDS.get(v.drive) : undefined;
    if (v.drive) {
      if (!drive) return;
      const scope = v.qualifier === 'using' ? undefined : v.qualifier;
      if (compound) this.reference(drive, v.name, variable.start, ctx, 'read');
      this.define(drive, v.name, variable.start, ctx, { scope });
      return;
    }
    if (isAutomaticVariable(v.name)) return;
    const lower = v.name.toLowerCase();
    if (v.qualifier === 'global' || v.qualifier === 'script') {
      if (compound) this.reference('variable', v.name, variable.start, ctx, 'read');
      this.define('variable', v.name, variable.start, ctx, { scope: v.qualifier });
      if (marks) marks.push(lower);
      else this.markAssigned(ctx, [lower]);
      return;
    }
    if (!ctx.scope.file) {
      if (compound && !this.isLocal(ctx.scope, v.name)) this.reference('variable', v.name, variable.start, ctx, 'read');
      ctx.scope.names.add(v.name.toLowerCase());
      ctx.scope.function?.reassigned.add(v.name.toLowerCase());
      return;
    }
    if (compound) this.reference('variable', v.name, variable.start, ctx, 'read');
    const scope = v.qualifier === 'local' || v.qualifier === 'private' ? v.qualifier : undefined;
    this.define('variable', v.name, variable.start, ctx, { scope });
    if (marks) marks.push(lower);
    else this.markAssigned(ctx, [lower]);
  }

  /** A variable read (or a use of a drive-qualified one): a reference unless local or automatic. */
  readVariable(node: SyntaxNode, ctx: Context): void {
    const v = parseVariable(this.text(node));
    if (!v.drive && !v.qualifier) this.scriptPathUse(node, v.name, ctx);
    if (v.drive) {
      const kind = DRIVE_KINDS.get(v.drive);
      if (kind) this.reference(kind, v.name, node.start, ctx, 'read');
      return;
    }
    if (isAutomaticVariable(v.name)) return;
    if (v.qualifier !== 'global' && v.qualifier !== 'script' && this.isLocal(ctx.scope, v.name)) return;
    this.reference('variable', v.name, node.start, ctx, 'read');
  }

  private scriptPathUse(node: SyntaxNode, name: string, ctx: Context): void {
    const which = SCRIPT_PATH_VARIABLES.get(name.toLowerCase());
    if (!which) return;
    const use: { -readonly [K in keyof ScriptPathUse]: ScriptPathUse[K] } = {
      name: which,
      ...this.pos(node.start),
      phase: ctx.phase,
      range: { start: node.start, end: node.end },
      inString: ctx.inString,
    };
    const members: string[] = [];
    let end = node.end;
    for (let cur = node; cur.parent?.type === 'member_access' && cur.parent.children[0] === cur; cur = cur.parent) {
      const member = cur.parent.children.at(1);
      if (
        !member ||
        member.type !== 'simple_name' ||
        this.text(cur.parent)
          .slice(cur.end - cur.parent.start)
          .startsWith('::')
      ) {
        break;
      }
      members.push(this.text(member));
      end = cur.parent.end;
    }
    if (members.length > 0) {
      use.members = members.join('.');
      use.fullRange = { start: node.start, end };
    }
    this.facts.scriptPathUses.push(use);
  }

  private invocation(node: SyntaxNode, ctx: Context): void {
    const object = node.children.at(0);
    const member = node.children.at(1);
    const args = node.children.at(2);
    if (object && member && args?.type === 'argument_list') {
      const method = this.text(member).toLowerCase();
      const isStatic = this.source.text.slice(object.end, member.start).includes('::');
      const argNodes = args.children.flatMap((c) => (c.type === 'argument_expression_list' ? c.children : [c]));
      if (!isStatic && (method === 'foreach' || method === 'where')) {
        for (const a of argNodes) if (a.type === 'script_block_expression') a.role = 'each';
      }
      // `$ExecutionContext.SessionState.PSVariable.GetValue("${P}Loaded")` reads the variable it names.
      const first = argNodes.at(0);
      if (
        first &&
        !isStatic &&
        (method === 'getvalue' || method === 'get') &&
        /^\$ExecutionContext\.SessionState\.PSVariable$/i.test(this.text(object))
      )
        this.nameBuilt('read', first, ctx, undefined);
      if (
        isStatic &&
        method === 'setenvironmentvariable' &&
        /^\[\s*(System\.)?Environment\s*\]$/i.test(this.text(object))
      ) {
        const first = argNodes.at(0);
        const name = first ? staticArgument(first, this.source.text) : undefined;
        if (first && name !== undefined)
          this.define('env', name, first.start, ctx, { via: '[Environment]::SetEnvironmentVariable' });
        else if (first) this.dynamicName('environment variable name', first, ctx);
      }
    }
    this.push(node.children, ctx);
  }

  private typeLiteral(node: SyntaxNode, ctx: Context): void {
    // `[Flags()]` read as a type: an attribute names an attribute class, never a profile's own.
    if (isAttributeText(this.text(node))) return;
    const spec = node.children.at(0);
    const typeName = spec?.type === 'type_spec' ? spec.children.at(0) : undefined;
    const id = typeName?.type === 'type_name' && typeName.children.length === 1 ? typeName.children[0] : undefined;
    if (id?.type === 'type_identifier') {
      const name = this.text(id);
      if (!isBuiltinTypeName(name)) this.reference('class', name, id.start, ctx, 'read');
    }
  }

  private classStatement(node: SyntaxNode, ctx: Context): void {
    const names = node.children.filter((c) => c.type === 'simple_name');
    const own = names.at(0);
    const bases = names.slice(1);
    if (own) this.define('class', this.text(own), node.start, ctx);
    for (const b of bases) {
      const name = this.text(b);
      if (!isBuiltinTypeName(name)) this.reference('class', name, b.start, ctx, 'read');
    }
    this.push(
      node.children.filter((c) => c.type === 'class_property_definition' || c.type === 'class_method_definition'),
      ctx,
    );
  }

  /**
   * `[Flags()] enum X { A = 1 }` on one line: the grammar reads a cast of an ERROR (` enum X`)
   * and a script block. It is an attributed declaration: define the type, and for an enum leave
   * the members alone (they are not commands).
   */
  private castExpression(node: SyntaxNode, ctx: Context): void {
    const [first, second] = node.children;
    if (first?.type === 'type_literal' && second?.type === 'ERROR' && isAttributeText(this.text(first))) {
      const m = /^(\s*)(enum|class)\s+([A-Za-z_]\w*)/i.exec(this.text(second));
      if (m) {
        const [, indent = '', keyword = '', name = ''] = m;
        this.define('class', name, second.start + indent.length, ctx);
        if (keyword.toLowerCase() === 'enum') return;
        this.push(node.children.slice(2), ctx);
        return;
      }
    }
    this.push(node.children, ctx);
  }

  private enumStatement(node: SyntaxNode, ctx: Context): void {
    const own = node.children.find((c) => c.type === 'simple_name');
    if (own) this.define('class', this.text(own), node.start, ctx);
  }
}

/** The function whose body a scope is, or encloses it. */
function enclosingFunction(scope: Scope): FunctionScope | undefined {
  for (let s: Scope | null = scope; s && !s.file; s = s.parent) if (s.function) return s.function;
  return undefined;
}

/** The variable assigned by an assignment target, if it is one (`$x`, `[int]$x`). */
function assignedVariable(target: SyntaxNode): SyntaxNode | undefined {
  if (target.type === 'variable') return target;
  let t = target;
  if (t.type === 'expression_with_unary_operator' && t.children.length === 1) t = t.children[0]!;
  if (t.type === 'cast_expression') {
    const last = t.children.at(-1);
    if (last) return assignedVariable(last);
  }
  return undefined;
}

/** The expression a one-element pipeline consists of (`$x` in `foreach ($a in $x)`). */
function unwrapPipeline(node: SyntaxNode): SyntaxNode {
  let n = node;
  while ((n.type === 'pipeline' || n.type === 'pipeline_chain') && n.children.length === 1) n = n.children[0]!;
  return n;
}

/** A static string argument of a method call (`'X'`). */
function staticArgument(node: SyntaxNode, text: string): string | undefined {
  const raw = text.slice(node.start, node.end);
  if (node.type === 'verbatim_string_characters') return raw.slice(1, -1).replace(/''/g, "'");
  if (node.type === 'expandable_string_literal' && node.children.length === 0 && !raw.includes('$'))
    return raw.slice(1, -1);
  return undefined;
}

/** Statements whose output goes to the host: only control flow between them and the file's top. */
const OUTPUT_PASSES_THROUGH = new Set([
  'statement_list',
  'statement_block',
  'if_statement',
  'elseif_clauses',
  'elseif_clause',
  'else_clause',
  'foreach_statement',
  'for_statement',
  'while_statement',
  'do_statement',
  'switch_statement',
  'switch_body',
  'switch_clauses',
  'switch_clause',
  'try_statement',
  'catch_clauses',
  'catch_clause',
  'finally_clause',
  'trap_statement',
]);

/** True when `node` stands in a `finally` block (at any depth). */
function inFinally(node: SyntaxNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'finally_clause') return true;
  return false;
}

/** Where the top-level statement holding `node` starts, with the label written before it. */
function topStatementStart(node: SyntaxNode): number {
  let n = node;
  while (n.parent && !(n.parent.type === 'statement_list' && n.parent.parent?.type === 'program')) n = n.parent;
  const list = n.parent?.children ?? [];
  const before = list[list.indexOf(n) - 1];
  return before?.type === 'label' ? before.start : n.start;
}

/**
 * True when a statement's output reaches the host: it stands at the top level, in top-level
 * control flow, or in a `& { }` / `. { }` block that is itself such a statement (not piped or
 * assigned). Output of other blocks, sub-expressions and functions goes to their caller.
 */
function reachesTopLevel(statement: SyntaxNode): boolean {
  for (let p = statement.parent; p; p = p.parent) {
    if (p.type === 'program') return true;
    if (p.type === 'script_block' && p.parent?.type === 'script_block_expression') {
      const block = p.parent;
      if (block.role !== 'child' && block.role !== 'dot') return false;
      const command = block.parent?.type === 'command_name_expr' ? block.parent.parent : block.parent;
      const chain = command?.parent;
      const pipeline = chain?.parent;
      if (command?.type !== 'command' || chain?.type !== 'pipeline_chain' || chain.children.length !== 1) return false;
      if (pipeline?.type !== 'pipeline' || pipeline.parent?.type !== 'statement_list') return false;
      p = pipeline;
      continue;
    }
    if (!OUTPUT_PASSES_THROUGH.has(p.type)) return false;
  }
  return false;
}

/**
 * Expressions known to print nothing: `[void]` casts, `++`/`--`, SetEnvironmentVariable(), and
 * attributes the grammar read as an expression (`[Flags()]` before `enum`, `[CmdletBinding()]`
 * before a `param()` that follows `using`): pwsh prints nothing for an attributed declaration.
 */
function isSilentExpression(expr: SyntaxNode, text: string): boolean {
  if (/^(pre|post)_(in|de)crement_expression$/.test(expr.type)) return true;
  const raw = text.slice(expr.start, expr.end);
  return (
    /^\[\s*void\s*\]/i.test(raw) ||
    /^\[\s*(System\.)?Environment\s*\]::SetEnvironmentVariable\s*\(/i.test(raw) ||
    isAttributeText(raw)
  );
}

/**
 * Methods that return nothing (void) on every .NET type that commonly has them, so a statement
 * calling one prints nothing (checked with pwsh, test/parse/method-output.test.ts). `Add` and
 * `Remove` are not here: `List.Add` is void, but `ArrayList.Add` prints an index and
 * `HashSet.Add` a Boolean, and the receiver's type is not known statically.
 */
const VOID_METHODS = new Set([
  'clear',
  'addrange',
  'insert',
  'insertrange',
  'removeat',
  'removerange',
  'dispose',
  'close',
  'flush',
  'flushinputbuffer',
  'collect',
  'sleep',
  'writealltext',
  'writealllines',
  'writeallbytes',
  'appendalltext',
  'appendalllines',
]);

/** Receivers whose `Add`/`Remove` return nothing: `$PSDefaultParameterValues` (a Hashtable). */
const VOID_ADD_RECEIVERS = /^\$(global:)?PSDefaultParameterValues$/i;

/** True for a statement that only calls a method returning nothing: `$list.Clear()`, `[GC]::Collect()`. */
function isVoidMethodCall(expr: SyntaxNode, text: string): boolean {
  if (expr.type !== 'invokation_expression') return false;
  const [object, member, args] = expr.children;
  if (!object || member?.type !== 'simple_name' || args?.type !== 'argument_list') return false;
  const method = text.slice(member.start, member.end).toLowerCase();
  if (VOID_METHODS.has(method)) return true;
  return (method === 'add' || method === 'remove') && VOID_ADD_RECEIVERS.test(text.slice(object.start, object.end));
}

/** `[Name(...)]`: an attribute (a type literal never has `(` inside its brackets). */
function isAttributeText(raw: string): boolean {
  return /^\[\s*[\w.]+\s*\(/.test(raw);
}

/**
 * True when a statement's redirections take its success stream away from the host: `> $null`,
 * `1>`, `*>`, `>>`. `2> $null` only moves errors, and `2>&1` adds them to the output.
 */
function redirectsOutput(node: SyntaxNode, text: string): boolean {
  if (node.type !== 'redirections' && node.type !== 'redirection') return false;
  const stack = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === 'file_redirection_operator' && /^(\*|1)?>>?$/.test(text.slice(n.start, n.end).trim())) return true;
    for (const c of n.children) stack.push(c);
  }
  return false;
}
