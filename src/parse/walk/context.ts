/**
 * What the fragment walk (analyzer.ts) shares with the command semantics and the error recovery
 * it calls: the context a node runs in, the facts collected, and the walker's toolkit as an
 * interface, so that those modules depend on this one and not on the walker itself.
 */
import type {
  Diagnostic,
  DotSource,
  ExitStatement,
  LoaderSpec,
  LoopExit,
  NameBuiltAccess,
  PositionalBinding,
  Phase,
  Position,
  ScopeQualifier,
  ScriptPathUse,
  SideEffect,
  SymbolDef,
  SymbolRef,
  UsingStatement,
} from '../../core/types.js';
import type { LineIndex } from '../../text/line-index.js';
import type { SyntaxNode } from '../tree/syntax-tree.js';
import type { DefinerSpec } from './definers.js';
import { firstLine } from '../../text/line-breaks.js';
import type { PathEnv } from './dot-source-paths.js';

/** A variable scope opened by a function, class method, stored block or `& { }`. */
export interface Scope {
  readonly parent: Scope | null;
  /** Lower-case names declared so far (parameters, assignments, foreach variables). */
  readonly names: Set<string>;
  /** The fragment's own scope: declarations there are definitions. */
  readonly file: boolean;
  /** Set for a function body: what DYNAMIC_NAME needs to know about the function's parameters. */
  readonly function?: FunctionScope;
}

/**
 * The parameters of a function whose body is a scope, for telling a definer helper's own
 * `Set-Alias -Name $Name` (its purpose, not a finding) from a name built at run time.
 */
export interface FunctionScope {
  /** The function's name as written (without scope qualifier), when static. */
  readonly name?: string;
  /** Its declared parameters as written, in declaration order. */
  readonly declared: string[];
  /** Those of its declared parameters typed `[switch]`, as written. */
  readonly switches?: readonly string[];
  /** How it binds positional arguments, when it is an advanced function (NameBuiltAccess.positional). */
  readonly positional?: PositionalBinding;
  /** Lower-case names of its parameters, and of foreach variables over a parameter (`foreach ($a in $Alias)`). */
  readonly parameters: Set<string>;
  /** Lower-case names of parameters assigned earlier in the body: no longer what the caller passed. */
  readonly reassigned: Set<string>;
}

/** Where a node's code runs. Shared between nodes; a new one is made only when something changes. */
export interface Context {
  readonly phase: Phase;
  readonly conditional: boolean;
  readonly scope: Scope;
  /** Inside an expandable string (not inside a `$( )` within it). */
  readonly inString: boolean;
  /** A `return` here ends the fragment: not inside any function or script block. */
  readonly returnable: boolean;
  /** An `exit` here runs while the profile loads: not inside a function or a stored block. */
  readonly exitable: boolean;
  /**
   * The loops and `switch` statements of the file around here that a `break` or `continue` stops
   * at, innermost last: their labels in lower case, '' for one without. A block run at once
   * (`& { }`, ForEach-Object) keeps them: pwsh looks for the loop at run time, through calls.
   */
  readonly loops: readonly string[];
  /** Inside a `trap` block, where `break` and `continue` are the trap's own. */
  readonly inTrap: boolean;
  /**
   * Lower-case names of commands probed by an enclosing `if (Get-Command X)` (or, after
   * `if (-not (Get-Command X)) { return }`, by that guard): a call to one runs only when it
   * exists. The sets are filled as the walk reaches the probes, before the code they guard.
   */
  readonly guards: readonly Set<string>[];
  /**
   * Lower-case names of file-scope variables assigned on every path to here: one set per
   * enclosing conditional branch, outermost first; an assignment goes into the last.
   */
  readonly assigned: readonly Set<string>[];
  /** Inside an `if` condition: where its probes are collected for the branches. */
  readonly probeSink?: ProbeSink;
}

/** The commands an `if` condition probes, for the branch that runs when they exist. */
export interface ProbeSink {
  /** The names whose existence the condition tests, when the `if` branch runs only if they exist. */
  readonly present: Set<string>;
  /** The names, when the condition is negated (`-not (Get-Command X)`): the `else` branch needs them. */
  readonly absent: Set<string>;
  readonly negated: boolean;
  /** `-or` in the condition: no probe is certain to have succeeded. */
  readonly uncertain: boolean;
}

/** Everything the walk collects. Arrays are in visit order; the caller sorts. */
export interface Facts {
  readonly defines: SymbolDef[];
  readonly references: SymbolRef[];
  readonly sideEffects: SideEffect[];
  readonly returns: Position[];
  readonly exits: ExitStatement[];
  readonly loopExits: LoopExit[];
  readonly scriptPathUses: ScriptPathUse[];
  readonly dotSources: DotSource[];
  readonly usings: UsingStatement[];
  readonly diagnostics: Diagnostic[];
  /** Load-phase commands that look like external programs unless the fragment defines them. */
  readonly externalCandidates: { readonly effect: SideEffect; readonly name: string }[];
  /** Functions that set or read a variable named from their parameters. */
  readonly nameBuilt: NameBuiltAccess[];
}

/** What the walk needs to know about the fragment. */
export interface Source {
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly definers: ReadonlyMap<string, DefinerSpec>;
  /** Loader helpers by lower-case command name. */
  readonly loaders: ReadonlyMap<string, LoaderSpec>;
}

/** The walker's toolkit, as command-semantics.ts and recover.ts use it. */
export interface Walk {
  readonly facts: Facts;
  readonly source: Source;
  /** Pipelines whose output feeds Invoke-Expression (their commands' output is code, not output). */
  readonly feedsInvokeExpression: Set<SyntaxNode>;
  /** Visit these nodes (in order) in this context. */
  push(nodes: readonly SyntaxNode[], ctx: Context): void;
  pos(offset: number): Position;
  text(node: { start: number; end: number }): string;
  define(
    kind: SymbolDef['kind'],
    name: string,
    at: number,
    ctx: Context,
    extra?: { scope?: ScopeQualifier | undefined; via?: string | undefined; target?: string | undefined },
  ): void;
  reference(kind: SymbolRef['kind'], name: string, at: number, ctx: Context, access: SymbolRef['access']): void;
  sideEffect(kind: SideEffect['kind'], command: string, at: number): SideEffect;
  dynamicName(what: string, node: SyntaxNode, ctx: Context): void;
  /**
   * When `node` (a variable name, or a `variable:` path when `provider`) is built only from the
   * enclosing function's parameters and literal text, record the function as a name-built helper
   * (NameBuiltAccess) and return true; else false, and nothing is recorded.
   */
  nameBuilt(
    access: NameBuiltAccess['access'],
    node: SyntaxNode,
    ctx: Context,
    scope: ScopeQualifier | undefined,
    provider?: boolean,
  ): boolean;
  conditional(ctx: Context): Context;
  deferredScope(ctx: Context, fn?: FunctionScope): Context;
  assignTarget(variable: SyntaxNode, ctx: Context, compound: boolean, marks?: string[]): void;
  readVariable(node: SyntaxNode, ctx: Context): void;
  /** What the path evaluation (dot-source-paths.ts) sees at a place: the variables assigned so far. */
  pathEnv(ctx: Context): PathEnv;
  /** The parameters of the enclosing function that a value is built from (analyzer.ts sourcesOf). */
  sourcesOf(node: SyntaxNode, ctx: Context): Set<string>;
}

/** First line of a snippet, trimmed, for messages. */
export function oneLine(s: string): string {
  const line = firstLine(s).trim();
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
