/**
 * Commands that define a symbol when called: the helper functions large profiles write to define
 * functions and aliases (`Set-AgentModeAlias -Name ss -Target Find-Thing`). They differ from repo
 * to repo, so the list is configuration; these are the built-ins.
 */
import type { SymbolKind } from '../../core/types.js';

/** How one helper command defines a symbol. Parameter names are written without `-`. */
export interface DefinerSpec {
  /** The command name, compared case-insensitively. */
  readonly command: string;
  /** What the named symbol is. */
  readonly kind: SymbolKind;
  /** The parameter that carries the name (e.g. `Name`). */
  readonly nameParameter: string;
  /**
   * 0-based position of the name among positional arguments, when the helper accepts it
   * positionally. The next positional argument is then the target (when `targetParameter` is set).
   */
  readonly namePosition?: number;
  /** The parameter naming what an alias points to (`Target`), recorded as the alias `target`. */
  readonly targetParameter?: string;
  /** The parameter holding the body script block: analysed as deferred code. */
  readonly bodyParameter?: string;
  /** A parameter that also defines an alias for the defined function (`-Alias gs`). */
  readonly aliasParameter?: string;
}

/** The helpers recognised without configuration. */
export const BUILTIN_DEFINERS: readonly DefinerSpec[] = [
  { command: 'Set-AgentModeAlias', kind: 'alias', nameParameter: 'Name', namePosition: 0, targetParameter: 'Target' },
  { command: 'Set-AgentModeFunction', kind: 'function', nameParameter: 'Name', namePosition: 0, bodyParameter: 'Body' },
  {
    command: 'Register-LazyFunction',
    kind: 'function',
    nameParameter: 'Name',
    namePosition: 0,
    bodyParameter: 'Initializer',
    aliasParameter: 'Alias',
  },
  { command: 'Register-ToolWrapper', kind: 'function', nameParameter: 'FunctionName', targetParameter: 'CommandName' },
  { command: 'Set-ProfileFunction', kind: 'function', nameParameter: 'Name', namePosition: 0, bodyParameter: 'Body' },
  { command: 'Set-ProfileAlias', kind: 'alias', nameParameter: 'Name', namePosition: 0, targetParameter: 'Target' },
];
