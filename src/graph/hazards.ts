/**
 * Hazards: what is dangerous in a profile even when an order exists. Each finding has a stable
 * code from src/core/diagnostics.ts and points at the place to change.
 */
import { diagnostic } from '../core/diagnostics.js';
import type { Diagnostic, GraphSymbols, RelatedLocation, SymbolDef, SymbolRef } from '../core/types.js';
import { runsAt, runsBefore, type DefinitionIndex, type Located, type Misordered } from './resolve.js';
import { at, last } from '../core/at.js';

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
  symbols: readonly GraphSymbols[],
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

/** Where an item is: its sub-file when it stands in one, else its fragment. */
function site(symbols: readonly GraphSymbols[], index: number, pos: { line: number; column: number; file?: string }) {
  return { file: pos.file ?? at(symbols, index).path, line: pos.line, column: pos.column };
}

function related(symbols: readonly GraphSymbols[], d: Located<SymbolDef>, message: string): RelatedLocation {
  return { ...site(symbols, d.index, d.item), message };
}

function misorderedUses(symbols: readonly GraphSymbols[], misordered: readonly Misordered[]): Diagnostic[] {
  // A guarded call does not fail when misordered, it silently does not run: the probe that
  // guards it, misordered too, is the one finding (PROBE_BEFORE_DEFINE).
  return misordered
    .filter(({ ref }) => !ref.guarded)
    .map(({ user, ref, definer, def }) => {
      const name = spell(def.kind, ref.name);
      const where = `${def.file ?? at(symbols, definer).path}:${def.line}`;
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

function duplicateDefinitions(symbols: readonly GraphSymbols[], defs: DefinitionIndex): Diagnostic[] {
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

/** How one fragment reads one variable (or environment variable). */
interface ReadSummary {
  /** Its first load-time read. */
  first?: SymbolRef;
  /** Its first load-time read of a value it did not assign itself (variables: not `afterOwnWrite`). */
  inherited?: SymbolRef;
  /** Its first read at run time (in a function body or stored block): it sees the session's final value. */
  deferred?: SymbolRef;
  /** Load-time reads, in order (environment variables: which writes keep the value they found). */
  readonly reads: SymbolRef[];
}

/** Per kind and lower-cased name, per fragment index, how the fragment reads it: one pass over every reference. */
function readSummaries(
  symbols: readonly GraphSymbols[],
  kind: 'variable' | 'env',
): Map<string, Map<number, ReadSummary>> {
  const out = new Map<string, Map<number, ReadSummary>>();
  symbols.forEach((s, index) => {
    for (const ref of s.references) {
      if (ref.kind !== kind || (ref.access !== 'read' && ref.access !== 'probe')) continue;
      const lower = ref.name.toLowerCase();
      let byFragment = out.get(lower);
      if (!byFragment) out.set(lower, (byFragment = new Map<number, ReadSummary>()));
      let r = byFragment.get(index);
      if (!r) byFragment.set(index, (r = { reads: [] }));
      if (ref.phase === 'deferred') {
        r.deferred ??= ref;
        continue;
      }
      r.first ??= ref;
      r.reads.push(ref);
      if (!ref.afterOwnWrite) r.inherited ??= ref;
    }
  });
  return out;
}

/**
 * SHARED_VARIABLE (warning) where the order of fragments decides what a reader sees: a fragment
 * reads, at load time, a top-level variable before assigning it itself while another fragment
 * writes it, or reads it at run time while another fragment writes it. Otherwise a variable that
 * several fragments assign, each before reading it (a temporary like `$modules`), only leaks:
 * LEAKED_VARIABLE (info), with the fix.
 */
function sharedVariables(symbols: readonly GraphSymbols[], defs: DefinitionIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  // One pass over every reference, not one per variable: 10,000 fragments took seconds.
  const reads = readSummaries(symbols, 'variable');
  for (const [key, list] of defs.load) {
    const first = at(list, 0);
    if (first.item.kind !== 'variable') continue;
    const name = first.item.name;
    const writers = perFragment(defs.any.get(key) ?? list);
    const writerSet = new Set(writers.map((w) => w.index));
    const byFragment: ReadonlyMap<number, ReadSummary> =
      reads.get(name.toLowerCase()) ?? new Map<number, ReadSummary>();
    const involved = new Set([...writerSet, ...byFragment.keys()]);
    if (involved.size < 2) continue;
    const writesElsewhere = (index: number) => writers.some((w) => w.index !== index);
    const rel: RelatedLocation[] = [];
    const before: string[] = [];
    const runTime: string[] = [];
    for (const d of writers) {
      if (d.index !== first.index) rel.push(related(symbols, d, `${at(symbols, d.index).path} writes $${name}`));
    }
    for (const [index, r] of [...byFragment].sort((a, b) => a[0] - b[0])) {
      const path = at(symbols, index).path;
      if (r.inherited && writesElsewhere(index)) {
        before.push(path);
        rel.push({ ...site(symbols, index, r.inherited), message: `${path} reads $${name} before assigning it` });
      } else if (r.deferred && writesElsewhere(index)) {
        runTime.push(path);
        rel.push({ ...site(symbols, index, r.deferred), message: `${path} reads $${name} at run time` });
      } else if (index !== first.index && r.first) {
        rel.push({ ...site(symbols, index, r.first), message: `${path} reads $${name} after assigning it` });
      }
    }
    rel.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    // Written for the session (`$global:X`) by two or more: the last one loaded is what it keeps.
    const forSession = writers.length > 1 && list.some((d) => d.item.scope === 'global' || d.item.scope === 'script');
    if (before.length + runTime.length > 0 || forSession) {
      const readers = [
        before.length > 0
          ? `${before.join(', ')} ${before.length === 1 ? 'reads' : 'read'} it before assigning it`
          : '',
        runTime.length > 0 ? `${runTime.join(', ')} ${runTime.length === 1 ? 'reads' : 'read'} it at run time` : '',
        forSession && before.length + runTime.length === 0
          ? `${writers.map((w) => at(symbols, w.index).path).join(', ')} all set it for the session`
          : '',
      ].filter(Boolean);
      out.push(
        diagnostic(
          'SHARED_VARIABLE',
          `$${name} is set at the top level, so it leaks into the session, and ${readers.join('; ')}: ${before.length + runTime.length === 0 ? 'the value it keeps' : before.length + runTime.length === 1 ? 'what it reads' : 'what they read'} depends on the fragments' order`,
          site(symbols, first.index, first.item),
          rel,
        ),
      );
      continue;
    }
    const paths = writers.map((w) => at(symbols, w.index).path);
    out.push(
      diagnostic(
        'LEAKED_VARIABLE',
        `$${name} is assigned at the top level by ${paths.join(', ')}, none reading a value another left, so no fragment depends on another; it still leaks into the session: keep it inside a script block (\`& { ... }\`) or end with \`Remove-Variable ${name}\``,
        site(symbols, first.index, first.item),
        rel,
      ),
    );
  }
  return out;
}

/**
 * Environment variables written by several fragments. Writes that keep what they found
 * (`$env:PATH = "$HOME/bin;$env:PATH"`, `+=`: the fragment reads it on or before the line it
 * writes it) only add up: SHARED_ENV (info). A write that reads nothing first discards what an
 * earlier fragment wrote: ENV_OVERWRITTEN (warning), since the order decides the value.
 */
function sharedEnvironment(symbols: readonly GraphSymbols[], defs: DefinitionIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reads = readSummaries(symbols, 'env');
  for (const list of defs.load.values()) {
    if (at(list, 0).item.kind !== 'env') continue;
    const writers = perFragment(list);
    if (writers.length < 2) continue;
    const name = last(writers).item.name;
    const byFragment = reads.get(name.toLowerCase());
    // A read on the write's line or before it; in another file of the fragment, one that runs before it.
    const keeps = (d: Located<SymbolDef>) =>
      (byFragment?.get(d.index)?.reads ?? []).some((r) =>
        r.file === d.item.file
          ? r.line <= d.item.line
          : runsBefore(runsAt(at(symbols, d.index), r), runsAt(at(symbols, d.index), d.item)),
      );
    const overwrite = list.find((d) => d.index !== at(writers, 0).index && !keeps(d));
    if (overwrite) {
      const earlier = writers.filter((w) => w.index < overwrite.index);
      out.push(
        diagnostic(
          'ENV_OVERWRITTEN',
          `$env:${name} is overwritten here, discarding what ${earlier.map((w) => at(symbols, w.index).path).join(', ')} wrote; the fragments' order decides its value`,
          site(symbols, overwrite.index, overwrite.item),
          earlier.map((w) => related(symbols, w, `earlier write of $env:${name}, discarded`)),
        ),
      );
      continue;
    }
    const final = last(writers);
    out.push(
      diagnostic(
        'SHARED_ENV',
        `$env:${final.item.name} is written by ${writers.length} fragments (${writers.map((w) => at(symbols, w.index).path).join(', ')}), each keeping what it found; their order decides only the order of the parts`,
        site(symbols, final.index, final.item),
        writers.slice(0, -1).map((w) => related(symbols, w, `earlier write of $env:${final.item.name}`)),
      ),
    );
  }
  return out;
}

function scriptWideDirectives(symbols: readonly GraphSymbols[]): Diagnostic[] {
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
          '`exit` at the top level ends this fragment and sets $LASTEXITCODE at once; later fragments still load, as one by one',
          site(symbols, index, e),
        ),
      );
    }
  });
  return out;
}

function sideEffects(symbols: readonly GraphSymbols[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  symbols.forEach((s, index) => {
    const effects = s.sideEffects;
    if (effects.length === 0) return;
    const kinds = [...new Set(effects.map((e) => e.kind))].sort();
    const commands = [...new Set(effects.map((e) => e.command))].slice(0, 5);
    out.push(
      diagnostic(
        'LOAD_SIDE_EFFECT',
        // What the bundle does with it depends on the plan, which adds it (bundle/side-effect-findings.ts).
        `runs ${kinds.join(', ')} at load time (${commands.join(', ')}${effects.length > commands.length ? ', ...' : ''})`,
        site(symbols, index, at(effects, 0)),
      ),
    );
  });
  return out;
}
