/**
 * Build FragmentSymbols in memory for graph tests, without the parser (as esbuild's tests feed
 * files as strings). Symbols are written compactly: `function:Foo@3` (load phase, line 3),
 * `~variable:x@5` (deferred), `?command:git@2` (probe), `!variable:x@4` (conditional),
 * `^command:X@3` (a call guarded by a probe of X), `=variable:x@6` (a read after the fragment's own write).
 */
import type {
  Directives,
  FragmentSymbols,
  Phase,
  RefKind,
  SymbolDef,
  SymbolKind,
  SymbolRef,
} from '../../src/core/types.js';
import { at } from '../../src/core/at.js';

interface Parsed {
  kind: string;
  name: string;
  line: number;
  phase: Phase;
  probe: boolean;
  conditional: boolean;
  guarded: boolean;
  afterOwnWrite: boolean;
}

function parse(spec: string): Parsed {
  const m = /^([~?!^=]*)(\w+):([^@]+)@(\d+)$/.exec(spec);
  if (!m) throw new Error(`bad symbol spec ${spec}`);
  return {
    kind: at(m, 2),
    name: at(m, 3),
    line: Number(m[4]),
    phase: at(m, 1).includes('~') ? 'deferred' : 'load',
    probe: at(m, 1).includes('?'),
    conditional: at(m, 1).includes('!'),
    guarded: at(m, 1).includes('^'),
    afterOwnWrite: at(m, 1).includes('='),
  };
}

export interface FragmentSpec {
  readonly defines?: readonly string[];
  readonly uses?: readonly string[];
  readonly dependencies?: readonly string[];
  readonly requires?: readonly string[];
  readonly exits?: readonly number[];
  readonly sideEffects?: readonly string[];
}

const emptyDirectives: Directives = {
  dependencies: [],
  requiresFragments: [],
  environments: [],
  requires: [],
  usings: [],
  returns: [],
  exits: [],
  loopExits: [],
  scriptPathUses: [],
  dotSources: [],
  hasParamBlock: false,
  suppressions: [],
};

/** One fragment `<id>.ps1` from a compact spec. */
export function fragment(id: string, spec: FragmentSpec = {}): FragmentSymbols {
  const defines: SymbolDef[] = (spec.defines ?? []).map((s) => {
    const p = parse(s);
    return {
      kind: p.kind as SymbolKind,
      name: p.name,
      line: p.line,
      column: 1,
      phase: p.phase,
      conditional: p.conditional,
    };
  });
  const references: SymbolRef[] = (spec.uses ?? []).map((s) => {
    const p = parse(s);
    const access = p.probe ? 'probe' : p.kind === 'command' ? 'call' : 'read';
    return {
      kind: p.kind as RefKind,
      name: p.name,
      line: p.line,
      column: 1,
      phase: p.phase,
      access,
      conditional: p.conditional,
      ...(p.guarded ? { guarded: true as const } : {}),
      ...(p.afterOwnWrite ? { afterOwnWrite: true as const } : {}),
    };
  });
  return {
    fragment: id,
    path: `${id}.ps1`,
    defines,
    references,
    sideEffects: (spec.sideEffects ?? []).map((command) => ({
      kind: 'module-import' as const,
      command,
      line: 1,
      column: 1,
    })),
    directives: {
      ...emptyDirectives,
      dependencies: (spec.dependencies ?? []).map((name) => ({ name, line: 1, column: 17 })),
      requires: (spec.requires ?? []).map((text) => ({
        text,
        line: 1,
        column: 1,
        range: { start: 0, end: text.length },
      })),
      exits: (spec.exits ?? []).map((line) => ({ line, column: 1, keyword: { start: 0, end: 4 }, statement: 0 })),
    },
    statements: [],
    hasSyntaxErrors: false,
    diagnostics: [],
  };
}
