/**
 * Attribution of sub-files: a file a fragment dot-sources at load time runs as part of that
 * fragment, so what it defines, uses and does is the fragment's, each item keeping the sub-file's
 * own path, line and column. Pure: the files are already read and parsed; this walks the
 * dot-sources from each fragment, depth first, in the order they run, and merges.
 *
 * - A chain of sub-files belongs to the fragment at its top; a dot-source under a condition makes
 *   everything below it conditional.
 * - A cycle of dot-sources is reported (DOT_SOURCE_CYCLE) and not followed round.
 * - A sub-file loaded by two fragments belongs to the first in the baseline order (SUB_FILE_SHARED
 *   on the other dot-source): an edge to the first is what a one-by-one load needs anyway.
 * - A dot-source of a top-level fragment is no sub-file: that fragment is its own.
 */
import { diagnostic } from '../core/diagnostics.js';
import type {
  Diagnostic,
  DotSource,
  DotSourceGap,
  FolderWalk,
  FragmentSymbols,
  SideEffect,
  SubFileLoad,
  SymbolDef,
  SymbolRef,
} from '../core/types.js';

/** What attachSubFiles knows about the files fragments reach. */
export interface ReachedFiles {
  /** A sub-file's parsed symbols, with its content hash; undefined when it could not be read. */
  symbols(path: string): { readonly symbols: FragmentSymbols; readonly hash: string } | undefined;
  /** Why a sub-file could not be read (missing, a folder, ...), with whether it is missing. */
  failure(path: string): { readonly missing: boolean; readonly reason: string } | undefined;
  /** The files a folder walk loads, in order, or why the folder could not be listed. */
  walk(walk: FolderWalk): { readonly files: readonly string[]; readonly error?: string };
}

/** The targets of a load-time dot-source, in the order it loads them. */
export function dotSourceTargets(d: DotSource, reached: Pick<ReachedFiles, 'walk'>): readonly string[] {
  if (d.phase !== 'load') return [];
  if (d.targets) return d.targets;
  return d.walk ? reached.walk(d.walk).files : [];
}

/** The fragments' symbols with their sub-files attached, and the findings about the dot-sources. */
export function attachSubFiles(
  fragments: readonly FragmentSymbols[],
  reached: ReachedFiles,
): { symbols: FragmentSymbols[]; diagnostics: Diagnostic[] } {
  let paths: Set<string> | undefined;
  const fragmentPaths = () => (paths ??= new Set(fragments.map((f) => f.path)));
  const owner = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  const shared = new Set<string>();
  // Per fragment: its dot-sources whose code is not all attached to it (whole-fragment deferral reads them).
  const gaps = fragments.map((): DotSourceGap[] => []);
  const alsoBy = new Map<string, string>();
  // Fragments with nothing to attach and no gap to record (the common case: no per-fragment closures).
  const plain = fragments.map((f) => f.subFiles === undefined && !hasLoadDotSource(f));
  const symbols = fragments.map((fragment, index) => {
    if (plain[index]) return fragment;
    const loads: { load: SubFileLoad; symbols: FragmentSymbols; at: DotSource }[] = [];
    const gap = (at: { file: string; line: number; column: number }, why: string) => gaps[index]?.push({ ...at, why });
    const visit = (
      file: FragmentSymbols,
      chain: readonly string[],
      conditional: boolean,
      via: string | undefined,
    ): void => {
      for (const d of file.directives.dotSources) {
        if (d.phase !== 'load') continue;
        const at = { file: file.path, line: d.line, column: d.column };
        if (!d.targets && !d.walk)
          gap(at, `it dot-sources ${d.raw}, whose path is not known before it runs (${d.dynamic ?? 'not static'})`);
        if (d.walk) {
          const listed = reached.walk(d.walk);
          if (listed.error !== undefined) {
            gap(at, `it walks ${d.walk.folder}, which cannot be listed`);
            diagnostics.push(
              diagnostic('DOT_SOURCE_MISSING', `walks ${d.walk.folder}, which cannot be listed: ${listed.error}`, at),
            );
          } else if (d.walk.sort === 'none') {
            diagnostics.push(
              diagnostic(
                'FOLDER_WALK_ORDER',
                `dot-sources the files of ${d.walk.folder} in the order the file system lists them (no Sort-Object); fragbundle takes name order: ${listed.files.join(', ') || 'no files'}`,
                at,
              ),
            );
          }
        }
        for (const target of dotSourceTargets(d, reached)) {
          if (fragmentPaths().has(target)) {
            gap(at, `it dot-sources the fragment ${target}, which runs again there`);
            continue;
          }
          if (chain.includes(target)) {
            gap(at, `it dot-sources ${target}, which is already loading (a cycle)`);
            diagnostics.push(
              diagnostic(
                'DOT_SOURCE_CYCLE',
                `dot-sources ${target}, which is already loading: ${[...chain, target].join(' -> ')}`,
                at,
              ),
            );
            continue;
          }
          const failure = reached.failure(target);
          if (failure) {
            const d2 = diagnostic(
              'DOT_SOURCE_MISSING',
              d.guarded
                ? `dot-sources ${target} under a Test-Path guard, and ${failure.reason}: it is skipped, as at run time`
                : `dot-sources ${target}, and ${failure.reason}: loading fails here`,
              at,
            );
            diagnostics.push(d.guarded && failure.missing ? { ...d2, severity: 'info' } : d2);
            // A guarded missing file is skipped whenever the fragment runs; anything else fails differently.
            if (!(d.guarded && failure.missing)) gap(at, `it dot-sources ${target}, and ${failure.reason}`);
            continue;
          }
          const sub = reached.symbols(target);
          if (!sub) {
            gap(at, `it dot-sources ${target}, which was not read`);
            continue;
          }
          const first = owner.get(target);
          if (first !== undefined) {
            if (first !== index) {
              gap(at, `it dot-sources ${target}, which ${fragments[first]?.path ?? 'another fragment'} loads first`);
              if (!alsoBy.has(target)) alsoBy.set(target, fragment.path);
            }
            const key = `${index}\0${target}`;
            if (first !== index && !shared.has(key)) {
              shared.add(key);
              diagnostics.push(
                diagnostic(
                  'SUB_FILE_SHARED',
                  `dot-sources ${target}, which ${fragments[first]?.path ?? 'another fragment'} loads first; its definitions are counted there, and it runs again here`,
                  at,
                ),
              );
            }
            continue;
          }
          owner.set(target, index);
          const cond = conditional || d.conditional;
          const helper = via ?? d.via;
          loads.push({
            load: {
              path: target,
              hash: sub.hash,
              from: file.path,
              line: d.line,
              column: d.column,
              conditional: cond,
              ...(helper === undefined ? {} : { via: helper }),
            },
            symbols: sub.symbols,
            at: d,
          });
          visit(sub.symbols, [...chain, target], cond, helper);
        }
      }
    };
    visit(fragment, [fragment.path], false, undefined);
    return loads.length === 0 ? fragment : merged(fragment, loads);
  });
  return {
    symbols: symbols.map((s, i) => {
      if (plain[i]) return s;
      // The first loader of a shared sub-file: the other fragment runs that file's code too.
      const own = [
        ...(gaps[i] ?? []),
        ...(s.subFiles ?? []).flatMap((l) => {
          const by = alsoBy.get(l.path);
          return by === undefined
            ? []
            : [
                {
                  file: l.from,
                  line: l.line,
                  column: l.column,
                  why: `it dot-sources ${l.path}, which ${by} also loads`,
                },
              ];
        }),
      ];
      const dotSources = own.length > 0 || s.subFiles !== undefined || hasLoadDotSource(s);
      return dotSources ? withGaps(s, own) : s;
    }),
    diagnostics,
  };
}

/**
 * merge, answered from its last result for the same fragment when the loads are the same (by
 * their fields and their symbols' identity): the same merged object, so a resident process
 * (`build --watch`) can tell by identity what did not change.
 */
function merged(fragment: FragmentSymbols, loads: readonly Load[]): FragmentSymbols {
  const last = lastMerge.get(fragment);
  if (last && sameLoads(last.loads, loads)) return last.result;
  const result = merge(fragment, loads);
  lastMerge.set(fragment, { loads, result });
  return result;
}

const lastMerge = new WeakMap<FragmentSymbols, { loads: readonly Load[]; result: FragmentSymbols }>();

/** The same loads: each load's fields, the same symbols object, the dot-source at the same place. */
function sameLoads(a: readonly Load[], b: readonly Load[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.symbols !== y.symbols || x.at.line !== y.at.line || x.at.column !== y.at.column) return false;
    for (const k of LOAD_FIELDS) if (x.load[k] !== y.load[k]) return false;
  }
  return true;
}

/** Every field of SubFileLoad (the compiler checks none is missing). */
const LOAD_FIELDS = ['path', 'hash', 'from', 'line', 'column', 'conditional', 'via'] as const;
/** Compiles only while LOAD_FIELDS names every field of SubFileLoad. */
export const LOAD_FIELDS_COMPLETE: Exclude<keyof SubFileLoad, (typeof LOAD_FIELDS)[number]> extends never
  ? true
  : never = true;

/** `{ ...s, dotSourceGaps }`, the same object as last time for the same symbols and equal gaps (see merged). */
function withGaps(s: FragmentSymbols, gaps: readonly DotSourceGap[]): FragmentSymbols {
  const last = lastGaps.get(s);
  if (last && sameGaps(last.gaps, gaps)) return last.result;
  const result = { ...s, dotSourceGaps: gaps };
  lastGaps.set(s, { gaps, result });
  return result;
}

const lastGaps = new WeakMap<FragmentSymbols, { gaps: readonly DotSourceGap[]; result: FragmentSymbols }>();

function sameGaps(a: readonly DotSourceGap[], b: readonly DotSourceGap[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) for (const k of GAP_FIELDS) if (a[i]![k] !== b[i]![k]) return false;
  return true;
}

/** Every field of DotSourceGap (the compiler checks none is missing). */
const GAP_FIELDS = ['file', 'line', 'column', 'why'] as const;
/** Compiles only while GAP_FIELDS names every field of DotSourceGap. */
export const GAP_FIELDS_COMPLETE: Exclude<keyof DotSourceGap, (typeof GAP_FIELDS)[number]> extends never
  ? true
  : never = true;
interface Load {
  readonly load: SubFileLoad;
  readonly symbols: FragmentSymbols;
  readonly at: DotSource;
}

/**
 * The fragment's items with each sub-file's spliced in where its dot-source runs, so "the last
 * definition in a fragment" stays the one that runs last. Sub-file items get `file`, and the
 * condition of the dot-source that loads them.
 */
function merge(fragment: FragmentSymbols, loads: readonly Load[]): FragmentSymbols {
  const byFrom = new Map<string, Load[]>();
  for (const l of loads) {
    const list = byFrom.get(l.load.from);
    if (list) list.push(l);
    else byFrom.set(l.load.from, [l]);
  }
  const spliced = <T extends { line: number; column: number }>(
    file: FragmentSymbols,
    own: (s: FragmentSymbols) => readonly T[],
    mark: (item: T, path: string, load: SubFileLoad) => T | undefined,
    load: SubFileLoad | undefined,
  ): T[] => {
    const out: T[] = [];
    const items = own(file).flatMap((item) => {
      if (!load) return [item];
      const marked = mark(item, file.path, load);
      return marked === undefined ? [] : [marked];
    });
    const subs = byFrom.get(file.path) ?? [];
    let i = 0;
    for (const l of subs) {
      for (let item = items.at(i); item !== undefined && before(item, l.at); item = items.at(++i)) out.push(item);
      out.push(...spliced(l.symbols, own, mark, l.load));
    }
    out.push(...items.slice(i));
    return out;
  };
  const markDef = (d: SymbolDef, file: string, load: SubFileLoad): SymbolDef | undefined =>
    load.via !== undefined && !outlivesHelper(d)
      ? undefined
      : { ...d, file, conditional: d.conditional || load.conditional };
  const markRef = (r: SymbolRef, file: string, load: SubFileLoad): SymbolRef => ({
    ...r,
    file,
    conditional: r.conditional || load.conditional,
  });
  const markEffect = (e: SideEffect, file: string): SideEffect => ({ ...e, file });
  return {
    ...fragment,
    defines: spliced(fragment, (s) => s.defines, markDef, undefined),
    references: spliced(fragment, (s) => s.references, markRef, undefined),
    sideEffects: spliced(fragment, (s) => s.sideEffects, markEffect, undefined),
    diagnostics: [...fragment.diagnostics, ...loads.flatMap((l) => l.symbols.diagnostics)],
    subFiles: loads.map((l) => l.load),
  };
}

function hasLoadDotSource(s: FragmentSymbols): boolean {
  const list = s.directives.dotSources;
  for (let i = 0; i < list.length; i++) if (list[i]!.phase === 'load') return true;
  return false;
}

/** Commands that define in the scope they run in (unless told `-Scope Global`). */
const SCOPED_DEFINERS = new Set([
  'set-alias',
  'new-alias',
  'sal',
  'nal',
  'set-item',
  'new-item',
  'si',
  'ni',
  'set-variable',
  'new-variable',
  'sv',
  'set',
  'nv',
  'new-psdrive',
  'ndr',
  'mount',
]);

/**
 * True when a definition in a file a loader helper dot-sources outlives the helper's call: made
 * globally (`global:`, `$script:` of the profile, `-Scope Global`, a definer helper), or an
 * environment variable or module. Uses and side effects happen either way.
 */
function outlivesHelper(item: SymbolDef): boolean {
  if (item.kind === 'env' || item.kind === 'module') return true;
  if (item.scope === 'global' || item.scope === 'script') return true;
  return item.via !== undefined && !SCOPED_DEFINERS.has(item.via.toLowerCase());
}

function before(item: { line: number; column: number }, at: { line: number; column: number }): boolean {
  return item.line < at.line || (item.line === at.line && item.column < at.column);
}
