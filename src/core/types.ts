/**
 * The data that flows between fragbundle's stages. Types only: no stage logic lives here.
 *
 *   load  -> Fragment[]
 *   parse -> FragmentSymbols[]
 *   graph -> DependencyGraph
 *   bundle-> BundlePlan -> string
 *   report-> { output, exitCode }
 *
 * Every position is 1-based, line and column alike. Columns count UTF-16 code units from the
 * start of the line, which is what PowerShell's own AST (`IScriptExtent.StartColumnNumber`)
 * reports for the text it read.
 *
 * Everything is `readonly`: a stage never mutates what an earlier stage handed it.
 */

/** A place in a file. `file` is the fragment's `path` (relative to the analysed folder). */
export interface Span {
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
}

/**
 * A stretch of a fragment's `text`: UTF-16 offsets (JavaScript string indices), `end` exclusive.
 * Lets the bundle stage cut and rewrite fragment text without a syntax tree.
 */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A line and column inside a fragment (the file is implied by the fragment). */
export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
}

/** How a fragment's bytes were decoded. PowerShell reads all of these. */
export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'utf16be-bom';

/** One `.ps1` file of the profile, read and decoded by the load stage. */
export interface Fragment {
  /**
   * The name other fragments use for it in `# Dependencies:` headers: the file name without
   * `.ps1`, as written. Compared case-insensitively, like every PowerShell name.
   */
  readonly id: string;
  /** Path relative to the analysed folder, with `/` separators (e.g. `10-git.ps1`, `sub/x.ps1`). */
  readonly path: string;
  /** Absolute path on disk, native separators. Only the load stage and the CLI read it. */
  readonly absolutePath: string;
  /** The decoded text, byte-order mark removed, line endings as in the file. */
  readonly text: string;
  /** Position in the baseline order (0-based): lexical by file name unless configured. */
  readonly order: number;
  /** Lower-case hex SHA-256 of the file's bytes as read. */
  readonly hash: string;
  readonly encoding: TextEncoding;
  /**
   * The file's size in bytes and modification time (nanoseconds since the Unix epoch, decimal)
   * as stat gave them just before the read: the bundle's stale guard compares them at start-up.
   * Absent for fragments made in memory; never part of any content hash.
   */
  readonly stamp?: FileStamp;
}

/** A file's size and modification time, as stat reports them. */
export interface FileStamp {
  readonly size: number;
  /** Nanoseconds since the Unix epoch, as a decimal string (it needs more than 53 bits). */
  readonly modified: string;
}

/** What a symbol is. Compared together with the name; `class` also covers `enum`. */
export type SymbolKind = 'function' | 'alias' | 'variable' | 'env' | 'drive' | 'module' | 'class';

/**
 * What a reference names. `command` is a command call or probe by name: it resolves to a
 * `function` or an `alias` definition (or to nothing the profile defines: a cmdlet or program).
 */
export type RefKind = SymbolKind | 'command';

/** When code runs: while the profile loads, or only later (a function body, a stored block). */
export type Phase = 'load' | 'deferred';

/** How a reference uses the symbol. `probe` is an existence test: `Get-Command X`, `Test-Path Function:X`. */
export type Access = 'read' | 'write' | 'call' | 'probe';

/** PowerShell scope qualifier written on a definition, when one was. */
export type ScopeQualifier = 'global' | 'script' | 'local' | 'private';

/** Something a fragment defines. */
export interface SymbolDef {
  readonly kind: SymbolKind;
  /** The name as written (without scope qualifier or `$`). */
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly phase: Phase;
  /** True when made under an `if`/`switch`/loop/`try`/`&&`, so it may not happen. */
  readonly conditional: boolean;
  /** Scope qualifier written on the definition, if any. */
  readonly scope?: ScopeQualifier;
  /** The command that made the definition, when it is not a plain `function`/assignment (e.g. `Set-Alias`). */
  readonly via?: string;
  /** For aliases: the command they point to, when static. */
  readonly target?: string;
  /** The sub-file it stands in, when not the fragment itself (see SubFileLoad); `line`/`column` are in it. */
  readonly file?: string;
  /**
   * Set on a variable a call of a name-built helper sets (NameBuiltAccess: `Set-FragmentLoaded
   * 'git'` sets `$gitLoaded`): the helper's name template (`{FragmentName}Loaded`).
   */
  readonly template?: string;
}

/** Something a fragment uses. */
export interface SymbolRef {
  readonly kind: RefKind;
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly phase: Phase;
  readonly access: Access;
  /** True when the use happens only under a condition. */
  readonly conditional: boolean;
  /**
   * A call that runs only when the command exists: under `if (Get-Command X -ea 0)` or
   * `if (Test-Path Function:X)`, or after `if (-not (Get-Command X)) { return }`. Without its
   * definer loaded first it silently does nothing rather than failing.
   */
  readonly guarded?: true;
  /**
   * A load-time read of a top-level variable that the fragment itself has assigned on every path
   * before it: it reads its own value, not one another fragment left in the session.
   */
  readonly afterOwnWrite?: true;
  /** The sub-file it stands in, when not the fragment itself (see SubFileLoad); `line`/`column` are in it. */
  readonly file?: string;
  /** Set on a variable a call of a name-built helper reads (see SymbolDef.template): the helper's name template. */
  readonly template?: string;
}

/** Kinds of load-time side effect that keep a fragment eager and in place. */
export type SideEffectKind =
  | 'module-import'
  | 'psreadline'
  | 'argument-completer'
  | 'engine-event'
  | 'external-program'
  | 'invoke-expression'
  | 'output'
  | 'location-change'
  /** A dot-source whose file is not known statically (a followed file brings its own effects). */
  | 'dot-source'
  | 'other-command';

/** A load-phase action with effects beyond defining names. */
export interface SideEffect {
  readonly kind: SideEffectKind;
  /** The command (or program) that causes it, as written. */
  readonly command: string;
  readonly line: number;
  readonly column: number;
  /** The sub-file it stands in, when not the fragment itself (see SubFileLoad); `line`/`column` are in it. */
  readonly file?: string;
}

/**
 * A function whose body sets or reads a variable named from its own parameters and literal text
 * (`function Set-FragmentLoaded($FragmentName) { Set-Variable -Name "${FragmentName}Loaded"
 * -Scope Global ... }`): the name is unknown inside the body, and known at each call that passes
 * literal arguments (`Set-FragmentLoaded 'git'` sets `$global:gitLoaded`). The parse stage learns
 * it from the body; the calls, in any fragment, are resolved after parsing
 * (src/pipeline/resolve-name-built.ts).
 */
export interface NameBuiltAccess extends Position {
  /** The function, as written without scope qualifier (compared case-insensitively). */
  readonly command: string;
  /** `write`: a call sets the variable; `read`: a call reads it. */
  readonly access: 'write' | 'read';
  /** The variable name, each `{P}` standing for the value of parameter P (as declared), e.g. `{FragmentName}Loaded`. */
  readonly template: string;
  /** The scope written on the access (`-Scope Global`, `variable:global:`), if any. */
  readonly scope?: ScopeQualifier;
  /** The function's parameters in declaration order (named arguments bind to them by name or unique prefix). */
  readonly parameters: readonly string[];
  /** Its `[switch]` parameters (they take no value argument), when it has any. */
  readonly switches?: readonly string[];
  /**
   * How an advanced function (`[CmdletBinding()]` or a `[Parameter()]` attribute) binds positional
   * arguments. Absent: a simple function, binding them to `parameters` in order, switches skipped,
   * extra ones left to `$args`.
   */
  readonly positional?: PositionalBinding;
}

/**
 * An advanced function's positional binding, as pwsh 7.6 does it: `order`, the parameters that
 * take positional arguments in turn (those with `Position=N` by N when any has one, else all but
 * switches in declaration order; with `PositionalBinding=$false` only those with a Position), a
 * call with more failing; or `unknown`, why that cannot be told statically (parameter sets,
 * remaining arguments, a Position that is not a literal): a call with any is not resolved.
 */
export type PositionalBinding = { readonly order: readonly string[] } | { readonly unknown: string };

/** A named fragment in a metadata comment (`# Dependencies: a, b`, `#Requires -Fragment 'a'`). */
export interface NamedAt extends Position {
  readonly name: string;
}

/**
 * A folder a dot-source walks: `Get-ChildItem <folder> -Filter *.ps1 | Sort-Object Name |
 * ForEach-Object { . $_.FullName }`. The load stage lists it (the parse stage never reads the disk).
 */
export interface FolderWalk {
  /** The folder, relative to the analysed folder (`/` separators, `..` allowed). */
  readonly folder: string;
  /** The `-Filter` wildcard, matched against file names without regard to case (as pwsh does); absent: every file. */
  readonly filter?: string;
  /** `name`: `Sort-Object Name` (or `FullName`); `none`: no sort, the order the file system lists the files in. */
  readonly sort: 'name' | 'none';
  /** `Sort-Object -Descending`. */
  readonly descending: boolean;
  /** `-Force`: hidden files (on Unix, names starting with `.`) are listed too. */
  readonly hidden: boolean;
}

/**
 * A loader helper: a function of the profile that dot-sources the files its callers name
 * (`Import-FragmentModule -FragmentRoot $PSScriptRoot -ModulePath @('files', 'LaTeX.ps1')`),
 * declared in the `loaders` configuration. Parameter names are written without `-`.
 */
export interface LoaderSpec {
  /** The command name, compared case-insensitively. */
  readonly command: string;
  /** The parameter holding the folder the path is relative to (`FragmentRoot`); absent: the path is whole. */
  readonly rootParameter?: string;
  /** The parameter holding the path: one string, or an array of segments joined in order. */
  readonly pathParameter?: string;
  /** The parameter holding a list of hashtables, each naming one file under `pathKey` (`-Modules @( @{ ModulePath = ... } )`). */
  readonly listParameter?: string;
  /** The hashtable key holding the path (segments) in each `listParameter` entry. */
  readonly pathKey?: string;
}

/**
 * A dot-source of another file: `. "$PSScriptRoot/x.ps1"`, `. $p` after `$p = Join-Path ...`.
 * The parse stage's request to the load stage: the files (or the folder walk) it names, or why
 * it could not tell.
 */
export interface DotSource extends Position {
  /** The whole dot-source statement (`. <path>`). */
  readonly range: TextRange;
  /** The path expression (after the `.`): what a bundle hands to its sub-file loader. */
  readonly pathRange: TextRange;
  /** The path expression as written. */
  readonly raw: string;
  readonly phase: Phase;
  /** True under `if`/loop/`try`/...: it may not run. */
  readonly conditional: boolean;
  /**
   * The files it loads, relative to the analysed folder (`/` separators, `..` allowed), in the
   * order it loads them (a loop over a literal list loads several). Absent when not static.
   */
  readonly targets?: readonly string[];
  /** The folder it walks, when it dot-sources each file of a `Get-ChildItem`. */
  readonly walk?: FolderWalk;
  /** True under `if (Test-Path <the same path>)`: a missing file is skipped, not an error. */
  readonly guarded: boolean;
  /** Why the path cannot be resolved statically (when neither `targets` nor `walk` is set). */
  readonly dynamic?: string;
  /**
   * Set for a call of a loader helper (the command): it loads `targets` inside the helper's own
   * function scope, where what they define without `global:` vanishes when the helper returns.
   */
  readonly via?: string;
  /** The function whose body holds the dot-source, when one does (deferred). */
  readonly function?: string;
  /** For a dot-source in a function that builds the path from its parameters: the `loaders` entry that would follow its calls. */
  readonly suggestedLoader?: LoaderSpec;
}

/** A `using` statement: must be hoisted to the very top of a bundle. */
export interface UsingStatement extends Position {
  /** The whole statement text, e.g. `using namespace System.Text`. */
  readonly text: string;
  readonly range: TextRange;
}

/**
 * An `exit` that runs while the fragment loads: at its top level, in a statement block, or in a
 * script block run at once (`& { }`, `. { }`, ForEach-Object, Where-Object, `.ForEach()`...),
 * never in a function or a stored block. The bundle makes each set `$LASTEXITCODE` at once.
 */
export interface ExitStatement extends Position {
  /** The `exit` keyword. */
  readonly keyword: TextRange;
  /** Its value (`7` in `exit 7`), when it has one. */
  readonly value?: TextRange;
  /**
   * Where the file's top-level statement that holds it starts (its label, if it has one), 0-based;
   * in a file with a top-level `trap`, where its first statement after any `using` starts (a trap
   * covers its whole block and resumes after the statement that failed: a loop the sub-file exit
   * rewrite puts around the statements must hold them all).
   */
  readonly statement: number;
  /** Present when it stands in a `finally` block, which flow control may not leave (so no `break` can replace it). */
  readonly inFinally?: true;
  /** Present when it stands in the script's own `begin`/`process`/`end` block, which no loop can hold. */
  readonly inNamedBlock?: true;
}

/**
 * A `break` or `continue` that leaves the file while it loads: dot-sourced by a loader's loop, it
 * ends or skips the loader's loop (pwsh 7.6.9). One that runs at load time (also in `& { }`,
 * `. { }`, ForEach-Object, `.ForEach()`, Invoke-Command blocks, through which it passes) with no
 * loop or `switch` of the file around it that takes it (any, or the one its label names, labels
 * case-insensitive), and not in a `trap` block (which takes both: `continue` resumes, `break`
 * rethrows).
 */
export interface LoopExit extends Position {
  readonly keyword: 'break' | 'continue';
  /** The label it names (`break outer`), as written, when it names one. */
  readonly label?: string;
}

/** A `#Requires` line: applies to a whole script wherever it stands. */
export interface RequiresDirective extends Position {
  /** The comment text, e.g. `#Requires -Version 7.2` (also `#Requires -Fragment 'a'`). */
  readonly text: string;
  /** The comment, from `#` to the end of the line (line break excluded). */
  readonly range: TextRange;
}

/** Uses of the variables whose meaning changes when a fragment is bundled. */
export interface ScriptPathUse extends Position {
  readonly name: 'PSScriptRoot' | 'PSCommandPath' | 'MyInvocation';
  readonly phase: Phase;
  /** The variable token (`$PSScriptRoot`, `${PSScriptRoot}`, `$MyInvocation`). */
  readonly range: TextRange;
  /** True inside an expandable string or here-string: a rewrite must use `$(...)` there. */
  readonly inString: boolean;
  /** Member chain directly after the variable, e.g. `MyCommand.Path` for `$MyInvocation.MyCommand.Path`. */
  readonly members?: string;
  /** The variable plus that member chain. */
  readonly fullRange?: TextRange;
}

/** `# fragbundle-ignore CODE[, CODE]` on a line, or at the top of the file for the whole file. */
export interface Suppression {
  readonly codes: readonly string[];
  /** The line the comment stands on. */
  readonly line: number;
  /** True when it stands before the first statement: it then applies to the whole file. */
  readonly wholeFile: boolean;
}

/** Facts about a fragment that are not symbols. */
export interface Directives {
  /** `# Dependencies: a, b` (anywhere, also inside `<# #>`). */
  readonly dependencies: readonly NamedAt[];
  /** `#Requires -Fragment 'a'` (not valid PowerShell: fragbundle reads and removes it). */
  readonly requiresFragments: readonly NamedAt[];
  /** `# Tier: core|essential|standard|optional`. */
  readonly tier?: string;
  /** `# Environment: a, b`. */
  readonly environments: readonly string[];
  readonly requires: readonly RequiresDirective[];
  readonly usings: readonly UsingStatement[];
  /** Top-level `return` statements (load phase, outside any function). */
  readonly returns: readonly Position[];
  /** `exit` statements that run while the fragment loads (not in a function or a stored block). */
  readonly exits: readonly ExitStatement[];
  /** `break` and `continue` statements that leave the file while it loads. */
  readonly loopExits: readonly LoopExit[];
  readonly scriptPathUses: readonly ScriptPathUse[];
  readonly dotSources: readonly DotSource[];
  /** True when the fragment starts with a `param()` block (possibly with `[CmdletBinding()]`). */
  readonly hasParamBlock: boolean;
  readonly suppressions: readonly Suppression[];
}

// The diagnostic types live with the catalogue that defines the codes.
export type { Diagnostic, RelatedLocation, Severity } from './diagnostics.js';
import type { Diagnostic } from './diagnostics.js';

/**
 * A file a fragment dot-sources at load time (directly or through another sub-file), followed by
 * fragbundle: what it defines, uses and does belongs to the fragment, each with the sub-file's
 * own path, line and column (`file` on SymbolDef, SymbolRef, SideEffect).
 */
export interface SubFileLoad {
  /** The sub-file, relative to the analysed folder (`/` separators, `..` allowed). */
  readonly path: string;
  /** Lower-case hex SHA-256 of its bytes. */
  readonly hash: string;
  /** The file whose dot-source loads it: the fragment or another sub-file. */
  readonly from: string;
  /** The dot-source in `from`. */
  readonly line: number;
  readonly column: number;
  /** True when that dot-source (or one on the way to it) may not run. */
  readonly conditional: boolean;
  /**
   * The loader helper whose call loads it (on the way to it), when one does: it then runs in the
   * helper's function scope, and only what it defines globally (or through a definer helper)
   * outlives the call, so only that is attached.
   */
  readonly via?: string;
}

/** The parse stage's result for one fragment. Pure data; no syntax tree escapes the parse stage. */
export interface FragmentSymbols {
  /** The fragment's `id`. */
  readonly fragment: string;
  /** The fragment's `path`. */
  readonly path: string;
  readonly defines: readonly SymbolDef[];
  readonly references: readonly SymbolRef[];
  readonly sideEffects: readonly SideEffect[];
  readonly directives: Directives;
  /** The fragment's top-level statements, classified (comments and blank lines excluded). */
  readonly statements: readonly TopLevelStatement[];
  /** True when the grammar reported errors; symbols inside were recovered as far as possible. */
  readonly hasSyntaxErrors: boolean;
  /** The name-built helpers its functions are (NameBuiltAccess), in source order; absent when none. */
  readonly nameBuilt?: readonly NameBuiltAccess[];
  readonly diagnostics: readonly Diagnostic[];
  /**
   * The sub-files it loads, in the order it first loads them, once attached (src/attach-sub-files.ts);
   * absent straight from the parse stage.
   */
  readonly subFiles?: readonly SubFileLoad[];
  /**
   * The load-time dot-sources of the fragment and its sub-files whose code is not (all) attached
   * to it, each with why (a path not resolved, a file not read, a fragment, a cycle, a file another
   * fragment also loads); set once attached, absent straight from the parse stage.
   */
  readonly dotSourceGaps?: readonly DotSourceGap[];
}

/** A load-time dot-source whose code is not all analysed as the fragment's own (FragmentSymbols.dotSourceGaps). */
export interface DotSourceGap extends Position {
  /** The file that holds the dot-source: the fragment or one of its sub-files. */
  readonly file: string;
  readonly why: string;
}

/**
 * The part of a fragment's symbols the graph stage reads (buildGraph takes only these, so the
 * compiler holds it to them): equal views give an equal graph, which lets a resident build skip
 * the stage when an edit left them unchanged.
 */
export type GraphSymbols = Pick<
  FragmentSymbols,
  'fragment' | 'path' | 'defines' | 'references' | 'sideEffects' | 'directives' | 'subFiles'
>;

/** How a function definition looks, for lazy stubs that must bind parameters like the real one. */
export interface FunctionShape {
  readonly name: string;
  readonly scope?: ScopeQualifier;
  /** `filter X {}` rather than `function X {}`. */
  readonly isFilter: boolean;
  /** The whole `function X ... { ... }` statement. */
  readonly range: TextRange;
  /** The `{ ... }` body, braces included. */
  readonly body: TextRange;
  /** `function X($a, $b)`: the parenthesised list, parentheses included. */
  readonly headerParams?: TextRange;
  /** `[CmdletBinding()] param(...)` at the top of the body: attributes and block included. */
  readonly paramBlock?: TextRange;
  /** True for an advanced function: `[CmdletBinding()]` or any `[Parameter()]` attribute. */
  readonly isAdvanced: boolean;
  /** Named blocks present in the body (`begin`, `process`, `end`, `dynamicparam`, `clean`). */
  readonly namedBlocks: readonly string[];
  /**
   * Whether the text lets this function be cut out and replaced by a stub (src/text/extent-check.ts
   * `stubBlocker`: its extent and parameter declarations confirmed by a lexical scan): `null`
   * when it does, else why not. The parse stage decides it, so that it is cached with the
   * symbols; absent from a shape made without it, for which the bundle stage decides.
   */
  readonly stubBlocker?: string | null;
}

/** Classification of a fragment's top-level statements, in source order. */
export type TopLevelStatement =
  /** A function/filter definition with a static name. */
  | (StatementAt & { readonly kind: 'function'; readonly function: FunctionShape })
  /**
   * `definition`: a statement that only defines a name (Set-Alias, `$x = literal`,
   * `${function:X} = {}`); `other`: anything else.
   */
  | (StatementAt & { readonly kind: 'definition' | 'other'; readonly function?: never });

interface StatementAt {
  readonly range: TextRange;
  /** 1-based line of the statement's start. */
  readonly line: number;
}

/** A symbol that causes an edge, located at the use in the dependent fragment. */
export interface EdgeVia {
  readonly kind: RefKind;
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly access: Access;
  /** A probe, or a call it guards (SymbolRef.guarded): without `from` first it silently does nothing. */
  readonly guarded?: true;
  /** The sub-file the use stands in, when not the dependent fragment itself. */
  readonly file?: string;
}

/** `to` needs `from` loaded first. */
export interface Edge {
  readonly from: string;
  readonly to: string;
  /** Why: the uses in `to` of what `from` defines. Empty for purely declared edges. */
  readonly via: readonly EdgeVia[];
  /** True when a `# Dependencies:`/`#Requires -Fragment` header declares this edge. */
  readonly declared: boolean;
  /** True when a load-phase use needs it (false: declared only). */
  readonly inferred: boolean;
  /**
   * A soft edge: only guarded uses need it (probes, and calls they guard). It orders like any
   * other edge, since without it the guard is silently false; reported so that a reader knows.
   */
  readonly guarded?: true;
}

/** One step of a cycle: `from` must precede `to` because of `via` (or a header). */
export interface CycleStep {
  readonly from: string;
  readonly to: string;
  readonly via: readonly EdgeVia[];
  readonly declared: boolean;
}

export interface Cycle {
  /** Fragment ids on the cycle, in cycle order, starting from the smallest in baseline order. */
  readonly fragments: readonly string[];
  readonly steps: readonly CycleStep[];
}

/** A deferred (run-time) use of another fragment's symbol: not an ordering edge. */
export interface RuntimeUse {
  readonly from: string;
  readonly to: string;
  readonly via: readonly EdgeVia[];
}

/** The graph stage's result. Serialisable: no graphology object escapes src/graph. */
export interface DependencyGraph {
  /** Fragment ids in baseline order. */
  readonly fragments: readonly string[];
  readonly edges: readonly Edge[];
  readonly runtimeUses: readonly RuntimeUse[];
  /** Load order: stable topological order, as close to the baseline as the edges allow. */
  readonly order: readonly string[];
  /** `topologicalGenerations`: fragments in one level do not depend on each other. */
  readonly levels: readonly (readonly string[])[];
  readonly cycles: readonly Cycle[];
  /** Hazard findings (stable codes). */
  readonly hazards: readonly Diagnostic[];
  /** Other graph findings (cycles, missing declared dependencies, header mismatches). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A helper whose call reads (a guard: `Test-FragmentLoaded 'git'`) or sets (a "mark loaded"
 * helper: `Set-FragmentLoaded 'git'`) the global named by `reads` or `sets`, `{name}` replaced by
 * its name argument. At least one of the two is given. Such helpers are also learned from their
 * bodies (NameBuiltAccess); an entry here wins over what was learned for the same command.
 */
export interface GuardSpec {
  /** The command, compared case-insensitively. */
  readonly command: string;
  /** The variable it reads, `{name}` standing for the name argument (e.g. `{name}Loaded`). */
  readonly reads?: string;
  /** The variable it sets (globally), `{name}` standing for the name argument. */
  readonly sets?: string;
  /** The parameter carrying the name (default `FragmentName`); it is also taken as the first positional argument. */
  readonly nameParameter?: string;
}

/** What the config says about helpers a deferred fragment may call at load time. */
export interface DeferralOptions {
  /** Helpers whose calls do not stop a fragment from being deferred (registration, markers, record-only). */
  readonly calls: readonly string[];
  readonly guards: readonly GuardSpec[];
  /**
   * Helpers whose load-time calls must happen at start-up: a fragment that makes one is not
   * deferred, even when `calls` lists the helper (e.g. the missing-tool register, so that the
   * profile's summary of missing tools is complete at start-up). Absent: none.
   */
  readonly startupCalls?: readonly string[];
}

/** A name a deferred fragment defines, given a stub that runs the whole fragment on first call. */
export interface DeferredStub {
  readonly name: string;
  /** `alias`: the stub is an alias (to a helper function), so it wins over a built-in alias of the name. */
  readonly kind: 'function' | 'alias';
}

/** Where and why a fragment must run at start-up (whole-fragment deferral). */
export interface EagerBecause {
  /** The file the statement is in (the fragment, or a sub-file it loads). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly why: string;
}

/**
 * How one fragment is bundled: eager (its text as is, no stubs), lazy (stubs for some functions),
 * or deferred (not run at start-up; stubs for its names run it whole on first use).
 */
export type PlanEntry =
  | (PlanEntryBase & { readonly mode: 'eager'; readonly stubs: readonly [] })
  | (PlanEntryBase & {
      readonly mode: 'lazy';
      /** Functions given a stub. */
      readonly stubs: readonly string[];
    })
  | (PlanEntryBase & {
      readonly mode: 'deferred';
      readonly stubs: readonly [];
      readonly deferredStubs: readonly DeferredStub[];
    });

interface PlanEntryBase {
  readonly fragment: string;
  readonly path: string;
  /** A short human reason for the mode. */
  readonly reason: string;
  /** Functions that stay eager in a fragment whose other code allowed stubs, each with why (bundle stage). */
  readonly eagerFunctions?: readonly { readonly name: string; readonly reason: string }[];
  /** Deferred only: the names given a stub. */
  readonly deferredStubs?: readonly DeferredStub[];
  /** With whole-fragment deferral on: the statement that keeps this fragment at start-up. */
  readonly keptEagerBy?: EagerBecause;
}

export interface BundlePlan {
  readonly entries: readonly PlanEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

/** What a reporter returns. Reporters never print. */
export interface ReportOutput {
  readonly output: string;
  readonly exitCode: 0 | 1 | 2;
}
