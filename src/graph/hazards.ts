/**
 * Hazards: what is dangerous in a profile even when an order exists. Each finding has a stable
 * code from src/core/diagnostics.ts and points at the place to change.
 */
import { diagnostic } from '../core/diagnostics.js';
import type { Diagnostic, FragmentSymbols, RelatedLocation, SymbolDef, SymbolRef } from '../core/types.js';
import type { DefinitionIndex, Located, Misordered } from './resolve.js';
import { at } from '../core/at.js';

const KIND_LABEL: Readonly<Record<string, string>> = {
  function: 'function',
  alias: 'alias',
  variable: 'variable',
  env: 'environment variable',
  drive: 'drive',
  module: 'module',
  class: 'class',
  command: 'command',
};

/** `$x`, `$env:X`, `Foo`: a symbol as a user writes it. */
function spell(kind: string, name: string): string {
  if (kind === 'variable') return `$${name}`;
  if (kind === 'env') return `$env:${name}`;
  return name;
}

/** Everything that is a hazard, in no particular order (the caller sorts). */
export function findHazards(
  symbols: readonly FragmentSymbols[],
  defs: DefinitionIndex,
  misordered: readonly Misordered[],
): Diagnostic[] {
  return [
    ...misorderedUses(symbols, misordered),
    ...duplicateDefinitions(symbols, defs),
    ...sharedVariables(symbols, defs),
    ...sharedEnvironment(symbols, defs),
    ...scriptWideDirectives(symbols),
    ...sideEffects(symbols),
  ];
}

function site(symbols: readonly FragmentSymbols[], index: number, pos: { line: number; column: number }) {
  return { file: at(symbols, index).path, line: pos.line, column: pos.column };
}

function related(symbols: readonly FragmentSymbols[], d: Located<SymbolDef>, message: string): RelatedLocation {
  return { ...site(symbols, d.index, d.item), message };
}

function misorderedUses(symbols: readonly FragmentSymbols[], misordered: readonly Misordered[]): Diagnostic[] {
  return misordered.map(({ user, ref, definer, def }) => {
    const name = spell(def.kind, ref.name);
    const where = `${at(symbols, definer).path}:${def.line}`;
    const rel = [{ ...site(symbols, definer, def), message: `${name} is defined here` }];
    if (ref.access === 'probe') {
      return diagnostic(
        'PROBE_BEFORE_DEFINE',
        `this probe of ${name} runs before ${where} defines it: in the baseline order it is always false at load time`,
        site(symbols, user, ref),
        rel,
      );
    }
    return diagnostic(
      'ORDER_VIOLATION',
      `${name} is used at load time but only defined later, by ${where}; the bundle loads that fragment first`,
      site(symbols, user, ref),
      rel,
    );
  });
}

/** Load-phase definers of one key, one entry per fragment (the last definition in it). */
function perFragment(list: readonly Located<SymbolDef>[]): Located<SymbolDef>[] {
  const byFragment = new Map<number, Located<SymbolDef>>();
  for (const d of list) byFragment.set(d.index, d);
  return [...byFragment.values()].sort((a, b) => a.index - b.index);
}

function duplicateDefinitions(symbols: readonly FragmentSymbols[], defs: DefinitionIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const list of defs.load.values()) {
    const kind = at(list, 0).item.kind;
    if (kind !== 'function' && kind !== 'alias' && kind !== 'class') continue;
    const definers = perFragment(list);
    if (definers.length < 2) continue;
    const winner = definers.at(-1)!;
    const name = winner.item.name;
    const others = definers.slice(0, -1);
    out.push(
      diagnostic(
        'DUPLICATE_DEFINITION',
        `${KIND_LABEL[kind]} ${name} is also defined by ${others.map((d) => at(symbols, d.index).path).join(', ')}; this definition loads last and wins`,
        site(symbols, winner.index, winner.item),
        others.map((d) => related(symbols, d, `earlier definition of ${name}, overridden`)),
      ),
    );
  }
  return out;
}

/** Per lower-cased variable name, each fragment's first reference to it, in fragment order. */
function firstVariableUses(symbols: readonly FragmentSymbols[]): Map<string, { index: number; ref: SymbolRef }[]> {
  const uses = new Map<string, { index: number; ref: SymbolRef }[]>();
  symbols.forEach((s, index) => {
    for (const ref of s.references) {
      if (ref.kind !== 'variable') continue;
      const lower = ref.name.toLowerCase();
      let list = uses.get(lower);
      if (!list) uses.set(lower, (list = []));
      if (list.at(-1)?.index !== index) list.push({ index, ref });
    }
  });
  return uses;
}

function sharedVariables(symbols: readonly FragmentSymbols[], defs: DefinitionIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  // One pass over every reference, not one per variable: 10,000 fragments took seconds.
  const uses = firstVariableUses(symbols);
  for (const [key, list] of defs.load) {
    const first = at(list, 0);
    if (first.item.kind !== 'variable') continue;
    const name = first.item.name;
    const lower = name.toLowerCase();
    const rel: RelatedLocation[] = [];
    for (const d of perFragment(defs.any.get(key) ?? list)) {
      if (d.index !== first.index) rel.push(related(symbols, d, `${at(symbols, d.index).path} writes $${name}`));
    }
    for (const { index, ref } of uses.get(lower) ?? []) {
      if (index !== first.index)
        rel.push({ ...site(symbols, index, ref), message: `${at(symbols, index).path} reads $${name}` });
    }
    if (rel.length === 0) continue;
    const users = [...new Set(rel.map((r) => r.file))];
    out.push(
      diagnostic(
        'SHARED_VARIABLE',
        `$${name} is set at the top level, so it leaks into the session, and ${users.join(', ')} ${users.length === 1 ? 'uses' : 'use'} it too`,
        site(symbols, first.index, first.item),
        rel.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
      ),
    );
  }
  return out;
}

function sharedEnvironment(symbols: readonly FragmentSymbols[], defs: DefinitionIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const list of defs.load.values()) {
    if (at(list, 0).item.kind !== 'env') continue;
    const writers = perFragment(list);
    if (writers.length < 2) continue;
    const last = writers.at(-1)!;
    out.push(
      diagnostic(
        'SHARED_ENV',
        `$env:${last.item.name} is written by ${writers.length} fragments (${writers.map((w) => at(symbols, w.index).path).join(', ')}); their order decides its value`,
        site(symbols, last.index, last.item),
        writers.slice(0, -1).map((w) => related(symbols, w, `earlier write of $env:${last.item.name}`)),
      ),
    );
  }
  return out;
}

function scriptWideDirectives(symbols: readonly FragmentSymbols[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  symbols.forEach((s, index) => {
    for (const r of s.directives.requires) {
      if (/^#requires\s+-fragment\b/i.test(r.text.trim())) continue;
      out.push(
        diagnostic(
          'REQUIRES_GATES_ALL',
          `"${r.text.trim()}" applies to the whole script it stands in; in a bundle it would gate every fragment, so fragbundle checks it for this fragment only`,
          site(symbols, index, r),
        ),
      );
    }
    for (const e of s.directives.exits) {
      out.push(
        diagnostic(
          'TOP_LEVEL_EXIT',
          '`exit` at the top level ends the whole profile, not just this fragment',
          site(symbols, index, e),
        ),
      );
    }
  });
  return out;
}

function sideEffects(symbols: readonly FragmentSymbols[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  symbols.forEach((s, index) => {
    const effects = s.sideEffects;
    if (effects.length === 0) return;
    const kinds = [...new Set(effects.map((e) => e.kind))].sort();
    const commands = [...new Set(effects.map((e) => e.command))].slice(0, 5);
    out.push(
      diagnostic(
        'LOAD_SIDE_EFFECT',
        `runs ${kinds.join(', ')} at load time (${commands.join(', ')}${effects.length > commands.length ? ', ...' : ''}); it stays eager`,
        site(symbols, index, at(effects, 0)),
      ),
    );
  });
  return out;
}
