/**
 * Write the bundle text: pure string building from the fragments, their symbols, the graph's
 * load order and the plan. Deterministic: the same input gives byte-identical text. Generated
 * code uses `\n`; a fragment's own text is embedded byte for byte (its line breaks included: a
 * here-string's value must not change).
 *
 * Layout:
 *   header (header.ts)                     what it was built from + the line table
 *   runtime helpers (runtime.ps1)          compile, report, [lazy loader with the lazy texts], [timings],
 *                                          [sub-file loader and table], [stale guard], [deferral]
 *   the fragment table, per fragment in load order (columns: table-layout.ts):
 *     # --- <path> (eager|lazy|deferred): <reason>
 *     <rel>, <path>, '<text, lazy functions replaced by stubs>', [mode], [size, ticks, hash],
 *   [the stale guard's call]
 *   the loop that loads them, and in its `finally` the removal of the load helpers and the loop's
 *   variables (runtime.ps1 sections table-close and loop)
 */
import path from 'node:path';
import type {
  BundlePlan,
  DependencyGraph,
  FileStamp,
  Fragment,
  FragmentSymbols,
  FunctionShape,
  PlanEntry,
} from '../core/types.js';
import {
  blankRanges,
  countLineBreaks,
  fragmentEdits,
  functionTextStart,
  keepRanges,
  sliceWithEdits,
  type TextEdit,
} from './fragment-text.js';
import { LineIndex } from '../text/line-index.js';
import { computeInputHash, formatHeader, HEADER_LINES, HeaderMemory, makeHeader, type LineMapping } from './header.js';
import { knownStubBlocker, recoveredLines } from '../text/extent-check.js';
import { type BundleOptions } from './plan-bundle.js';
import { commentText, quotePs } from '../text/quote.js';
import {
  runtimeContext,
  runtimeNames,
  sharedStubBody,
  sharedStubStatement,
  stubText,
  subFileDotSource,
  exitRewrite,
  subExitRewrite,
  subFileEntry,
  ticksOf,
  type EntryStamp,
  type GuardSpec,
  type RuntimeNames,
} from './runtime.js';
import { declaredStubText, deferNames, installList } from './defer-runtime.js';
import { untrustedParse } from './defer-plan.js';
import { stubSignatures } from './defer-stubs.js';
import { DEFERRED_LAYOUT, fragmentLayout, LAZY_LAYOUT, tableRow, type LayoutSwitches } from './table-layout.js';
import { renderSection, type RenderContext } from './template.js';

/** Everything emitBundle needs; the CLI fills it from the earlier stages. */
export interface EmitInput {
  /** In baseline order (as the load stage gives them): hashed in this order. */
  readonly fragments: readonly Fragment[];
  readonly symbols: readonly FragmentSymbols[];
  readonly graph: DependencyGraph;
  readonly plan: BundlePlan;
  readonly options: BundleOptions;
  /** Path of the fragments folder relative to the bundle file's folder, '/' separators, e.g. 'profile.d' or '.' or '../dotfiles/profile.d'. */
  readonly fragmentsDirFromBundle: string;
  readonly toolVersion: string;
  /**
   * The files the fragments dot-source that were followed, with their own symbols (as parsed):
   * embedded in the sub-file table, in this order. Absent or empty: no sub-file loader.
   */
  readonly subFiles?: readonly { readonly file: Fragment; readonly symbols: FragmentSymbols }[];
  /** The configured loader helpers' names: the dot-sources in their bodies go through the sub-file loader. */
  readonly loaders?: readonly string[];
  /** What the stale guard knows besides the fragments (default: no set-aside files, `*.ps1`, plain `fragbundle build`). */
  readonly guard?: StaleGuardInput;
}

/** The stale guard's view of how the bundle was built: plain data from the load stage and the CLI. */
export interface StaleGuardInput {
  /** Paths the include and exclude patterns matched that are not in the bundle (LoadResult.setAside, environment-filtered). */
  readonly setAside: readonly string[];
  /** .NET regular expressions over top-level file names: what the include patterns take, what exclude leaves out. */
  readonly include: string;
  readonly exclude: string;
  /** A .NET wildcard that takes exactly what include and exclude do, when there is one (topLevelNamePattern). */
  readonly wildcard?: string;
  /** The config file the build used, relative to the bundle's folder, `/` separators. */
  readonly configFromBundle?: string;
  /** Further arguments the rebuild command needs (`--env work`), each one word as the shell takes it. */
  readonly flags: readonly string[];
}

const DEFAULT_GUARD: StaleGuardInput = {
  setAside: [],
  include: '(?i)^[^/]*\\.ps1$',
  exclude: '(?!)',
  wildcard: '*.ps1',
  flags: [],
};

/** The bundle, its input hash (also in its header) and its line table (also in its header). */
export interface EmittedBundle {
  /** The bundle as text (made from `bytes` when first read). */
  readonly text: string;
  /**
   * The bundle as UTF-8, in pieces in order (a writer takes them as they are, `writev`). Pieces
   * an EmitCache keeps are shared with it: they hold this bundle's bytes until the next
   * emitBundle call with that cache.
   */
  readonly bytes: readonly Buffer[];
  readonly inputHash: string;
  readonly lineTable: readonly LineMapping[];
}

/** One lazily loaded function: where its text is, and the stub that stands in for it. */
interface LazyFunction {
  readonly fragment: number;
  readonly shape: FunctionShape;
  readonly index: number;
  readonly relLiteral: string;
  /** Where `text` starts in the fragment. */
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** The body of the shared stub it may take (sharedBodyOf), when its fragment allows shared stubs. */
  readonly sharedBody: string | undefined;
  /** Which shared stub stands in for it (an index into the shared stubs), when its stub is shared. */
  shared?: number;
}

/**
 * What emitBundle may keep between calls for the next one (`build --watch`): each fragment's
 * prepared text (line index, edits, lazy functions) and each table entry as rendered, keyed by
 * everything that decides them. Entries not used by a build are dropped at its end. The bundle
 * is a function of the input alone: a cache only saves rendering what is unchanged, and a build
 * with a cache gives the same bytes as one without (test/bundle/incremental-emit.test.ts).
 */
export class EmitCache {
  private prepared = new Map<string, Prepared>();
  private chunks = new Map<string, Chunk>();
  private nextPrepared = new Map<string, Prepared>();
  private nextChunks = new Map<string, Chunk>();
  private readonly ids = new WeakMap<object, number>();
  private lastId = 0;

  private readonly keys = new WeakMap<object, Map<string, { readonly tag: string; readonly key: string }>>();
  /** The header's listed files, as JSON. */
  readonly header = new HeaderMemory();

  /**
   * The key `make` gives for `owner` (immutable) and `tag`, made once while both are the same: a
   * kept key is the same string, whose hash the maps above have already computed, so an
   * unchanged fragment costs no key text per build.
   */
  keyOf(owner: object, kind: string, tag: string, make: () => string): string {
    let kinds = this.keys.get(owner);
    if (kinds === undefined)
      this.keys.set(owner, (kinds = new Map<string, { readonly tag: string; readonly key: string }>()));
    const kept = kinds.get(kind);
    if (kept?.tag === tag) return kept.key;
    const key = make();
    kinds.set(kind, { tag, key });
    return key;
  }

  /** A number for an object, the same as long as it lives: symbols are compared by identity. */
  identity(o: object): number {
    let k = this.ids.get(o);
    if (k === undefined) this.ids.set(o, (k = ++this.lastId));
    return k;
  }

  /** The value kept under `key` (or made now), kept for the next build too. */
  prepare(key: string, make: () => Prepared): Prepared {
    let p = this.nextPrepared.get(key) ?? this.prepared.get(key);
    if (p === undefined) p = make();
    this.nextPrepared.set(key, p);
    return p;
  }

  chunk(key: string): Chunk | undefined {
    const c = this.nextChunks.get(key) ?? this.chunks.get(key);
    if (c !== undefined) this.nextChunks.set(key, c);
    return c;
  }

  keep(key: string, c: Chunk): void {
    this.nextChunks.set(key, c);
  }

  /** End of a build: what it did not use is forgotten. */
  settle(): void {
    this.prepared = this.nextPrepared;
    this.chunks = this.nextChunks;
    this.nextPrepared = new Map();
    this.nextChunks = new Map();
  }
}

/**
 * Stands for the bundle's id (8 hex digits of its input hash, which every edit changes) in the
 * text a cache keeps; replaced by the id once the bundle is whole. As long as the id, since the
 * runtime counts its names' lengths. Private-use characters: when any text or name that reaches
 * the bundle holds them, the bundle is rendered with the id itself.
 */
const SLOT_CHAR = '\uE000';
const ID_LENGTH = 8;
const ID_SLOT = SLOT_CHAR.repeat(ID_LENGTH);
/** What a chunk's gap holds until an id is put in (never written out: every gap is filled first). */
const ID_GAP = '0'.repeat(ID_LENGTH);

/** What emitBundle works out once per fragment text: the same for the same fragment, symbols and entry. */
interface Prepared {
  readonly lines: LineIndex;
  readonly edits: readonly TextEdit[];
  /** The functions the plan stubs that can be cut out, with their lazy text. */
  readonly lazy: readonly Omit<LazyFunction, 'fragment' | 'index'>[];
  /** The fragment's own text (stubbed functions aside) names `MyInvocation`. */
  readonly invocation: boolean;
  /** Its load-time exits are left for pwsh's parser to find at start-up (the `exit` column). */
  readonly exitSearch: boolean;
  /** Its text or path holds ID_SLOT. */
  readonly slotted: boolean;
}

/** Build the bundle text. Throws only on inconsistent input (a plan entry without its fragment). */
export function emitBundle(input: EmitInput, cache?: EmitCache): EmittedBundle {
  const subFiles = input.subFiles ?? [];
  const inputHash = computeInputHash(
    input.fragments,
    input.options,
    input.toolVersion,
    subFiles.map((s) => s.file),
  );
  const id = inputHash.slice(0, 8);
  if (cache) {
    const emitted = emitWith(input, inputHash, cache, ID_SLOT);
    // Settled either way: what an abandoned attempt kept is still valid, and nothing piles up.
    cache.settle();
    if (emitted) return emitted;
  }
  const emitted = emitWith(input, inputHash, new EmitCache(), id);
  if (!emitted) throw new Error('emitBundle: the bundle id cannot clash');
  return emitted;
}

/**
 * The bundle, its runtime names made with `slot` (the id, or ID_SLOT, replaced at the end), or
 * undefined when ID_SLOT is used and something that reaches the bundle holds it.
 */
function emitWith(input: EmitInput, inputHash: string, cache: EmitCache, slot: string): EmittedBundle | undefined {
  const id = inputHash.slice(0, 8);
  const slotted = slot !== id;
  if (slotted && [input.fragmentsDirFromBundle, JSON.stringify(input.guard ?? '')].some((t) => t.includes(SLOT_CHAR)))
    return undefined;
  const fragments = new Map(input.fragments.map((f) => [f.id, f]));
  const symbols = new Map(input.symbols.map((s) => [s.fragment, s]));
  const entries = input.plan.entries;
  const subFiles = input.subFiles ?? [];
  const names = runtimeNames(slot);
  const loaders = new Set((input.loaders ?? []).map((l) => l.toLowerCase()));
  // What every fragment's preparation depends on besides its own fragment, symbols and entry.
  const context = JSON.stringify([input.fragmentsDirFromBundle, subFiles.length > 0, [...loaders].sort(), slot]);
  const sections = entries.map((entry): Section => {
    const fragment = fragments.get(entry.fragment);
    const sym = symbols.get(entry.fragment);
    if (!fragment || !sym)
      throw new Error(`emitBundle: plan names fragment '${entry.fragment}' that is not in the input`);
    const rel = quotePs(bundleRelativePath(input.fragmentsDirFromBundle, fragment.path));
    const tag = `${context}\0${cache.identity(sym)}\0${fragment.path}\0${fragment.hash}`;
    const key = cache.keyOf(entry, 'section', tag, () =>
      JSON.stringify([context, cache.identity(sym), fragment.path, fragment.hash, entry]),
    );
    const prepared = cache.prepare(key, () => prepare(fragment, sym, entry, rel, subFiles.length > 0, loaders, names));
    return { entry, fragment, sym, rel, key, tag, prepared, lines: prepared.lines, edits: prepared.edits };
  });
  if (slotted && sections.some((s) => s.prepared.slotted)) return undefined;
  if (slotted && subFiles.some((s) => s.file.text.includes(SLOT_CHAR) || s.file.path.includes(SLOT_CHAR)))
    return undefined;

  const lazy: LazyFunction[] = [];
  const lazyBySection = sections.map((sec, i) =>
    sec.prepared.lazy.map((f) => {
      const full: LazyFunction = { ...f, fragment: i, index: lazy.length };
      lazy.push(full);
      return full;
    }),
  );

  const sharedTexts = shareStubs(lazy);
  const guarded = input.options.staleGuard ?? true;
  const layout: LayoutSwitches = { timed: input.options.timings, guarded };
  const deferred = deferredIndex(sections);
  // The sub-file loader outlives start-up while a deferred fragment may still load its sub-files
  // through it (with the invocation helper it calls); the table keeps only those files' texts.
  const deferredSubs = new Set(
    sections.filter((_, i) => deferred.has(i)).flatMap((sec) => (sec.sym.subFiles ?? []).map((l) => l.path)),
  );
  const keepsub = subFiles.some((f) => deferredSubs.has(f.file.path));
  const subKey = (file: Fragment) =>
    quotePs(path.posix.normalize(bundleRelativePath(input.fragmentsDirFromBundle, file.path)));
  const guard = guarded ? guardSpec(input, sections) : undefined;
  const switches = {
    ...layout,
    lazy: lazy.length > 0,
    shared: sharedTexts.length > 0,
    sub: subFiles.length > 0,
    deferred: deferred.size > 0,
    keepsub,
    wildcard: guard?.wildcardLiteral !== undefined,
    aside: (guard?.topAsideLiterals.length ?? 0) > 0,
  };
  const deferredSections = sections.filter((_, i) => deferred.has(i));
  const subTexts = new Map(subFiles.map(({ file }) => [file.path, file.text]));
  const signatures = stubSignatures(
    deferredSections.map((sec) => ({
      text: sec.fragment.text,
      sym: sec.sym,
      lines: sec.lines,
      stubs: sec.entry.deferredStubs ?? [],
      subFiles: new Map(
        (sec.sym.subFiles ?? []).flatMap((l) => {
          const text = subTexts.get(l.path);
          return text === undefined ? [] : [[l.path, { text, lines: new LineIndex(text) }] as const];
        }),
      ),
    })),
  );
  const ctx = runtimeContext({
    id: slot,
    switches,
    subPrune: keepsub ? subFiles.filter((f) => !deferredSubs.has(f.file.path)).map((f) => subKey(f.file)) : [],
    sharedLookup: lazy
      .filter((f) => f.shared !== undefined)
      .map((f) => ({ literal: quotePs(f.shape.name), index: f.index })),
    stubTexts: sharedTexts.map(quotePs),
    deferInstall: deferredSections.map((sec, k) =>
      installList(sec.entry.deferredStubs ?? [], signatures.perFragment[k] ?? [], deferNames(slot).aliasTarget),
    ),
    deferDeclared: signatures.declarations.map((p) => quotePs(declaredStubText(slot, p.text, p.advanced, switches))),
    ...(guard ? { guard } : {}),
  });
  const render = (name: string): string => renderSection(name, ctx);
  const w = new BundleWriter(HEADER_LINES + 1, slotted ? slot : undefined);
  w.generated(render('load') + render('fail') + render('invocation'));
  if (lazy.length > 0) {
    w.generated(render('lazy-open'));
    sections.forEach((sec, i) => {
      const own = lazyBySection[i] ?? [];
      if (own.length === 0) return;
      w.chunk(
        cache,
        cache.keyOf(sec.entry, 'lazy', sec.tag, () => `lazy\0${sec.key}`),
        (c) => {
          for (const f of own) {
            const { head, tail } = tableRow(LAZY_LAYOUT, { rel: f.relLiteral, line: f.line, column: f.column });
            c.generated(head, { file: sec.fragment.path, line: f.line });
            c.source(quotePs(f.text), sec.fragment.path, f.line);
            c.generated(`${tail}\n`);
          }
        },
      );
    });
    w.generated(render('lazy-close'));
  }
  if (sharedTexts.length > 0) w.generated(render('stubs'));
  if (input.options.timings) w.generated(render('timings'));
  if (subFiles.length > 0) {
    w.generated(render('sub-open'));
    for (const { file, symbols } of subFiles) {
      const key = JSON.stringify([context, 'sub', cache.identity(symbols), file.path, file.hash]);
      w.chunk(cache, key, (c) => {
        const own = withEdits(fragmentEdits(file, symbols), dotSourceEdits(file.text, symbols, loaders, names));
        const trusted = untrustedParse(symbols) === undefined;
        const edits = trusted ? subExitEdits(file.text, symbols, names, own) : own;
        const rel = path.posix.normalize(bundleRelativePath(input.fragmentsDirFromBundle, file.path));
        // Where the grammar read part of the text only as tokens, the sub-file loader finds its exits with pwsh's parser.
        const { head, tail } = subFileEntry(quotePs(rel), !trusted && /exit/i.test(file.text));
        const at = { file: file.path, line: 1 };
        c.generated(`# --- ${commentText(file.path)} (dot-sourced)\n`, at);
        c.generated(head, at);
        c.source(quotePs(sliceWithEdits(file.text, 0, file.text.length, edits)), file.path, 1);
        c.generated(tail);
      });
    }
    w.generated(render('sub-close'));
  }
  if (guarded) w.generated(render('guard'));
  if (deferred.size > 0) emitDeferredTable(w, cache, sections, deferred, ctx);
  w.generated(render('table-open'));
  sections.forEach((sec, i) => {
    const k = deferred.get(i);
    const own = lazyBySection[i] ?? [];
    const rest = JSON.stringify([k ?? -1, layout, entryStamp(sec.fragment), own.map((f) => [f.index, f.shared ?? -1])]);
    const key = cache.keyOf(sec.entry, 'entry', `${sec.tag}\0${rest}`, () => JSON.stringify(['entry', sec.key, rest]));
    w.chunk(cache, key, (c) => {
      if (k !== undefined) emitInstaller(c, k, sec, layout);
      else emitFragment(c, sec, own, layout, names);
    });
  });
  w.generated(render('table-close'));
  w.generated(render('loop'));

  const lineTable = w.lineTable();
  const header = makeHeader({
    version: input.toolVersion,
    inputHash,
    options: input.options,
    fragmentsDir: input.fragmentsDirFromBundle,
    fragments: sections.map((s, i) => ({
      path: s.fragment.path,
      hash: s.fragment.hash,
      mode: deferred.has(i)
        ? ('deferred' as const)
        : (lazyBySection[i] ?? []).length > 0
          ? ('lazy' as const)
          : ('eager' as const),
      ...(guarded && s.fragment.stamp ? { stamp: s.fragment.stamp } : {}),
    })),
    ...(subFiles.length > 0
      ? {
          subFiles: subFiles.map((s) => ({
            path: s.file.path,
            hash: s.file.hash,
            ...(guarded && s.file.stamp ? { stamp: s.file.stamp } : {}),
          })),
        }
      : {}),
    lineTable,
  });
  const bytes = [Buffer.from(formatHeader(header, cache.header), 'utf8'), ...w.bytes(id)];
  let text: string | undefined;
  return {
    get text() {
      return (text ??= Buffer.concat(bytes).toString('utf8'));
    },
    bytes,
    inputHash,
    lineTable,
  };
}

/** A fragment's text as the bundle cuts it: its edits, its lazy functions, whether it names `MyInvocation`. */
function prepare(
  fragment: Fragment,
  sym: FragmentSymbols,
  entry: PlanEntry,
  rel: string,
  followed: boolean,
  loaders: ReadonlySet<string>,
  names: RuntimeNames,
): Prepared {
  const lines = new LineIndex(fragment.text);
  let edits: readonly TextEdit[] = fragmentEdits(fragment, sym);
  // Followed dot-sources go through the sub-file loader: in fragments (and their lazy functions) and in sub-files.
  if (followed) edits = withEdits(edits, dotSourceEdits(fragment.text, sym, loaders, names));
  // Where the grammar read part of the text only as tokens, its exits may not be all there are:
  // start-up finds them with pwsh's parser instead (the trust deferral puts in the same parse).
  const trusted = untrustedParse(sym) === undefined;
  const exitSearch = !trusted && /exit/i.test(fragment.text);
  if (trusted) edits = withEdits(edits, exitEdits(sym, names));
  const base = { fragment, sym, lines, edits, rel };
  const shapes = stubbedFunctions(entry, sym, fragment.text, lines);
  const canShare = shapes.length > 0 && canShareIn(fragment, sym);
  const lazy = shapes.map((shape) => ({
    ...lazyFunction(shape, base),
    sharedBody: canShare ? sharedBodyOf(shape, fragment.text, lines, names) : undefined,
  }));
  const own = blankRanges(
    fragment.text,
    shapes.map((f) => f.range),
    [],
  );
  return {
    lines,
    edits,
    lazy,
    invocation: /MyInvocation/i.test(own),
    exitSearch,
    slotted: fragment.text.includes(SLOT_CHAR) || fragment.path.includes(SLOT_CHAR),
  };
}

/** What the stale guard compares, quoted. */
function guardSpec(input: EmitInput, sections: readonly Section[]): GuardSpec {
  const g = input.guard ?? DEFAULT_GUARD;
  const flags = g.flags.map((f) => ` ${f}`).join('');
  const subs = (input.subFiles ?? []).map((s) => s.file);
  const subLiterals = subs.map((f) =>
    quotePs(path.posix.normalize(bundleRelativePath(input.fragmentsDirFromBundle, f.path))),
  );
  const stamps = [...sections.map((s) => s.fragment), ...subs].map(entryStamp);
  const topLevel = (paths: readonly string[]) => paths.filter((p) => !p.includes('/'));
  const topAside = topLevel(g.setAside);
  return {
    dirLiteral: quotePs(input.fragmentsDirFromBundle),
    pathLiterals: [...sections.map((s) => s.rel), ...subLiterals],
    subLiterals,
    subInfoLiterals: subs.flatMap((f) => [quotePs(f.path), quotePs(f.hash)]),
    stampsLiteral: quotePs(`${stamps.map((s) => s.size).join('/')};${stamps.map((s) => s.ticks).join('/')}`),
    topLevelCount: new Set([...topLevel(sections.map((s) => s.fragment.path)), ...topAside]).size,
    setAsideLiterals: g.setAside.map(quotePs),
    topAsideLiterals: topAside.map((p) => quotePs(bundleRelativePath(input.fragmentsDirFromBundle, p))),
    includeLiteral: quotePs(g.include),
    excludeLiteral: quotePs(g.exclude),
    ...(g.wildcard !== undefined ? { wildcardLiteral: quotePs(g.wildcard) } : {}),
    configLiteral: quotePs(g.configFromBundle ?? ''),
    flagsLiteral: quotePs(flags),
  };
}

/** What the guard compares for a fragment; a fragment made without a stamp never matches (its hash decides). */
function entryStamp(fragment: Fragment): EntryStamp {
  return {
    size: fragment.stamp?.size ?? -1,
    ticks: fragment.stamp ? stampTicks(fragment.stamp) : '0',
    hash: fragment.hash,
  };
}

/** Ticks by stamp object: a stamp is immutable, and a resident build hands an unchanged file's stamp on as is. */
const TICKS = new WeakMap<FileStamp, string>();

function stampTicks(stamp: FileStamp): string {
  let ticks = TICKS.get(stamp);
  if (ticks === undefined) TICKS.set(stamp, (ticks = ticksOf(stamp.modified)));
  return ticks;
}

/** `dir/path` relative to the bundle's folder. */
export function bundleRelativePath(fragmentsDirFromBundle: string, fragmentPath: string): string {
  const dir = fragmentsDirFromBundle.replace(/\\/g, '/').replace(/\/+$/, '');
  return dir === '' || dir === '.' ? fragmentPath : `${dir}/${fragmentPath}`;
}

/**
 * The shapes of the functions the plan stubs, in source order, less any the text does not let
 * be cut out (a plan made without the fragments' text could not check): those stay as written,
 * since cutting at a wrong range would break the whole fragment.
 */
function stubbedFunctions(entry: PlanEntry, sym: FragmentSymbols, text: string, lines: LineIndex): FunctionShape[] {
  if (entry.stubs.length === 0) return [];
  const names = new Set(entry.stubs.map((n) => n.toLowerCase()));
  const recovered = recoveredLines(sym.diagnostics);
  const shapes: FunctionShape[] = [];
  for (const st of sym.statements) {
    if (st.kind !== 'function') continue;
    const f = st.function;
    if (names.has(f.name.toLowerCase()) && knownStubBlocker(text, f, recovered, lines) === undefined) shapes.push(f);
  }
  return shapes;
}

/**
 * A lazy function's text: from the end of the previous statement (its help comment comes along)
 * to its closing brace. When the fragment has `using` statements they come along at their own
 * lines (everything else blanked), so the function parses with the same type names in scope.
 */
function lazyFunction(
  shape: FunctionShape,
  sec: Pick<Section, 'fragment' | 'sym' | 'edits' | 'rel' | 'lines'>,
): Omit<LazyFunction, 'fragment' | 'index' | 'sharedBody'> {
  const { fragment: f, sym, edits, rel: relLiteral } = sec;
  const start = functionTextStart(
    f.text,
    shape.range.start,
    sym.statements.map((s) => s.range.end),
    sym.directives.hasParamBlock,
  );
  const usings = sym.directives.usings.map((u) => u.range).filter((r) => r.end <= start);
  if (usings.length > 0) {
    const text = keepRanges(f.text, [...usings, { start, end: shape.range.end }], shape.range.end, edits);
    return { shape, relLiteral, line: 1, column: 1, text };
  }
  const at = sec.lines.position(start);
  return {
    shape,
    relLiteral,
    line: at.line,
    column: at.column,
    text: sliceWithEdits(f.text, start, shape.range.end, edits),
  };
}

/** The parameter declarations a stub copies (a header's `($a)` becomes `param($a)`), and the line breaks before them in the function. */
function stubParams(
  shape: FunctionShape,
  text: string,
  lines: LineIndex,
): { text: string; breaksBefore: number } | undefined {
  const range = shape.paramBlock ?? shape.headerParams;
  if (!range) return undefined;
  return {
    text: (shape.paramBlock ? '' : 'param') + text.slice(range.start, range.end),
    breaksBefore: lines.line(range.start) - lines.line(shape.range.start),
  };
}

/** The stub that replaces `f.shape` in its fragment's text, spanning the same lines. */
function stubFor(f: LazyFunction, text: string, lines: LineIndex, names: RuntimeNames): string {
  const shape = f.shape;
  const breaks = lines.breaksIn(shape.range.start, shape.range.end);
  const scope = shape.scope === 'global' ? 'global:' : '';
  if (f.shared !== undefined) return sharedStubStatement(shape.name, scope, f.shared, breaks, names);
  const params = stubParams(shape, text, lines);
  return stubText(
    {
      name: shape.name,
      scope,
      index: f.index,
      advanced: shape.isAdvanced,
      breaks,
      ...(params ? { params } : {}),
    },
    names,
  );
}

/**
 * Decide which stubs are shared (runtime.ts sharedStubBody): one compiled script block per
 * distinct stub body, assigned to every function that has it. Sets `shared` on those functions
 * and returns the bodies. A shared stub is compiled in the bundle, not in its fragment, so it is
 * used only where that cannot change how its parameters bind:
 * - not in a fragment with `using` statements or a class or enum (its parameter types could need them);
 * - not when the declarations name `$PSScriptRoot`, `$PSCommandPath` or `$MyInvocation` (defaults,
 *   validation and completer scripts would see the bundle's);
 * - not when they carry `[Alias()]`: `${function:X} = ...` makes no alias, a `function` statement
 *   does (checked in pwsh), and the alias must exist from start-up;
 * - not for a name stubbed more than once in the bundle (the loader finds a shared stub's entry by name).
 */
function shareStubs(lazy: LazyFunction[]): string[] {
  const count = new Map<string, number>();
  for (const f of lazy) count.set(f.shape.name.toLowerCase(), (count.get(f.shape.name.toLowerCase()) ?? 0) + 1);
  const bodies = new Map<string, number>();
  for (const f of lazy) {
    if (count.get(f.shape.name.toLowerCase()) !== 1) continue;
    const body = f.sharedBody;
    if (body === undefined) continue;
    let k = bodies.get(body);
    if (k === undefined) {
      k = bodies.size;
      bodies.set(body, k);
    }
    f.shared = k;
  }
  return [...bodies.keys()];
}

/** The shared stub body a function of a fragment where stubs may be shared would take (shareStubs), or undefined when its own declarations forbid it. */
function sharedBodyOf(shape: FunctionShape, text: string, lines: LineIndex, names: RuntimeNames): string | undefined {
  const params = stubParams(shape, text, lines);
  if (params && /\$(?:\{)?(?:PSScriptRoot|PSCommandPath|MyInvocation)\b/i.test(params.text)) return undefined;
  // `[Alias()]` makes its aliases only when a `function` statement defines the function.
  if (params && /\[\s*(?:System\.Management\.Automation\.)?Alias(?:Attribute)?\s*\(/i.test(params.text))
    return undefined;
  return sharedStubBody(shape.isAdvanced, params?.text, names);
}

/** True when a fragment's stubs may be compiled outside it (shareStubs). */
function canShareIn(fragment: Fragment, sym: FragmentSymbols): boolean {
  if (sym.directives.usings.length > 0) return false;
  if (sym.defines.some((d) => d.kind === 'class')) return false;
  return !/(?:^|[\s;{(])(?:class|enum)\s+[\p{L}_]/imu.test(fragment.text);
}

/** One fragment as the emitter sees it. */
interface Section {
  readonly entry: PlanEntry;
  readonly fragment: Fragment;
  readonly sym: FragmentSymbols;
  readonly lines: LineIndex;
  readonly edits: readonly TextEdit[];
  /** Quoted path relative to the bundle's folder. */
  readonly rel: string;
  /** Its key in the EmitCache: everything its preparation depends on. */
  readonly key: string;
  /** What its key depends on besides its plan entry (the key is kept with the entry while this is the same). */
  readonly tag: string;
  readonly prepared: Prepared;
}

/** Each deferred section's row in the deferred table, by section index. */
function deferredIndex(sections: readonly Section[]): Map<number, number> {
  const index = new Map<number, number>();
  sections.forEach((sec, i) => {
    if (sec.entry.mode === 'deferred') index.set(i, index.size);
  });
  return index;
}

/**
 * The deferred fragments' table and the runtime that runs them (runtime.ps1, sections
 * defer-setup, defer-open and defer-close), before the fragment table.
 */
function emitDeferredTable(
  w: BundleWriter,
  cache: EmitCache,
  sections: readonly Section[],
  index: ReadonlyMap<number, number>,
  ctx: RenderContext,
): void {
  w.generated(renderSection('defer-setup', ctx));
  // The deferral's own copy of the fail helper: the fragment loop's is removed once the bundle has loaded.
  w.generated(renderSection('fail', { ...ctx, rename: { fail: 'dfail' } }));
  w.generated(renderSection('defer-open', ctx));
  sections.forEach((sec, i) => {
    if (!index.has(i)) return;
    w.chunk(
      cache,
      cache.keyOf(sec.entry, 'deferred', sec.tag, () => `deferred\0${sec.key}`),
      (c) => {
        const text = sliceWithEdits(sec.fragment.text, 0, sec.fragment.text.length, sec.edits);
        // Whether the text it runs names MyInvocation, as the fragment table's column says for eager text.
        const inv = /MyInvocation/i.test(text) ? '$true' : '$false';
        const { head, tail } = tableRow(DEFERRED_LAYOUT, { rel: sec.rel, show: quotePs(sec.fragment.path), inv });
        c.generated(head, { file: sec.fragment.path, line: 1 });
        c.source(quotePs(text), sec.fragment.path, 1);
        c.generated(`${tail}\n`);
      },
    );
  });
  w.generated(renderSection('defer-close', ctx));
}

/**
 * A deferred fragment's entry in the fragment table: its number in the deferred table instead of
 * its text; the fragment loop installs its stubs there (runtime.ps1, section loop).
 */
function emitInstaller(w: BundleWriter, k: number, sec: Section, layout: LayoutSwitches): void {
  const { entry, fragment } = sec;
  const first = { file: fragment.path, line: 1 };
  w.generated(`# --- ${commentText(fragment.path)} (deferred): ${commentText(entry.reason)}\n`, first);
  // A stamp like an eager entry's: a deferred fragment edited since the build loads from disk.
  const parts = fragmentRow(sec, 'deferred', layout);
  w.generated(`${parts.head}${k}${parts.tail}\n`, first);
}

function emitFragment(
  w: BundleWriter,
  sec: Section,
  lazy: readonly LazyFunction[],
  layout: LayoutSwitches,
  names: RuntimeNames,
): void {
  const { entry, fragment } = sec;
  const text = fragment.text;
  const first = { file: fragment.path, line: 1 };
  const mode = lazy.length > 0 ? 'lazy' : 'eager';
  const dropped = entry.stubs.length - lazy.length;
  const note = dropped > 0 ? ` (${dropped} kept eager: not confirmed by the text)` : '';
  w.generated(`# --- ${commentText(fragment.path)} (${mode}): ${commentText(entry.reason)}${note}\n`, first);
  const stubs: TextEdit[] = lazy.map((f) => ({
    start: f.shape.range.start,
    end: f.shape.range.end,
    text: stubFor(f, text, sec.lines, names),
  }));
  const outside = sec.edits.filter((e) => !stubs.some((s) => e.start < s.end && e.end > s.start));
  const body = sliceWithEdits(
    text,
    0,
    text.length,
    [...outside, ...stubs].sort((a, b) => a.start - b.start),
  );
  const parts = fragmentRow(sec, mode, layout);
  w.generated(parts.head, first);
  const bodyBreaks = w.source(quotePs(body), fragment.path, 1);
  // The entry's last line stands for the fragment's last line. Quoting adds no line break, so
  // when nothing was edited the body's count is the text's; else the index answers without
  // another pass over the text.
  const textBreaks = body === text ? bodyBreaks : sec.lines.breaksIn(0, text.length);
  w.generated(`${parts.tail}\n`, { file: fragment.path, line: 1 + textBreaks });
}

/** A fragment's row in the fragment table, in two parts around its text (or deferred number). */
function fragmentRow(
  sec: Section,
  mode: 'eager' | 'lazy' | 'deferred',
  layout: LayoutSwitches,
): { head: string; tail: string } {
  const stamp = entryStamp(sec.fragment);
  return tableRow(fragmentLayout(layout), {
    rel: sec.rel,
    show: quotePs(sec.fragment.path),
    inv: sec.prepared.invocation ? '$true' : '$false',
    exit: sec.prepared.exitSearch ? '$true' : '$false',
    mode: `'${mode}'`,
    size: stamp.size,
    ticks: stamp.ticks,
    hash: `'${stamp.hash}'`,
  });
}

interface LineOrigin {
  /** The fragment's or sub-file's path (unique among them). */
  readonly file: string;
  readonly line: number;
  readonly generated: boolean;
}

/**
 * Consecutive bundle lines with one origin rule: a generated segment's lines all stand for
 * `origin.line`, a source segment's line k for `origin.line + k`.
 */
interface Segment {
  readonly first: number;
  count: number;
  readonly origin: LineOrigin;
}

/** Rendered text that starts at the start of a line and ends with a line break, with its segments counted from its first line (0). */
interface Chunk {
  /**
   * Its text as UTF-8, encoded once, with a gap of the id's length (8 ASCII bytes) wherever the
   * id's placeholder stood: the id of the bundle being written is put in the gaps (fillSlots).
   */
  readonly bytes: Buffer;
  /** Where the gaps start, in bytes. */
  readonly slots: readonly number[];
  readonly segments: readonly Segment[];
  readonly breaks: number;
}

/** A chunk's bytes from its text, cut where `slot` stands (no cut without one). */
function encodeChunk(text: string, slot: string | undefined): Pick<Chunk, 'bytes' | 'slots'> {
  if (slot === undefined || !text.includes(slot)) return { bytes: Buffer.from(text, 'utf8'), slots: [] };
  const pieces = text.split(slot);
  const lengths = pieces.map((p) => Buffer.byteLength(p, 'utf8'));
  const bytes = Buffer.allocUnsafe(lengths.reduce((n, l) => n + l, 0) + (pieces.length - 1) * ID_LENGTH);
  const slots: number[] = [];
  let at = 0;
  pieces.forEach((p, i) => {
    if (i > 0) {
      slots.push(at);
      at += bytes.write(ID_GAP, at, 'latin1');
    }
    at += bytes.write(p, at, 'utf8');
  });
  return { bytes, slots };
}

/** The chunk's bytes with `id` in its gaps (in place: a kept chunk holds the id of the last bundle it went into). */
function fillSlots(c: Chunk, id: string): Buffer {
  for (const at of c.slots) c.bytes.write(id, at, 'latin1');
  return c.bytes;
}

/**
 * Accumulates the bundle body and remembers, for every bundle line, which fragment line it stands
 * for. It keeps segments, not one record per line (a large profile has over 100,000 lines): text
 * is only ever appended, so every line before the current one is settled, and only the current
 * line can have been attributed by an earlier call that ended in the middle of it.
 */
class BundleWriter {
  private readonly parts: (string | Chunk)[] = [];
  private readonly segments: Segment[] = [];
  private line: number;
  /** Nothing is written on the current line yet (the text so far ends with a line break). */
  private lineStart = true;

  /** `slot`: what stands for the bundle's id in the text written, if anything does. */
  constructor(
    firstLine: number,
    private readonly slot?: string,
  ) {
    this.line = firstLine;
  }

  /** Text fragbundle wrote; lines not yet attributed are attributed to `at` (generated), if given. */
  generated(text: string, at?: { file: string; line: number }): void {
    this.parts.push(text);
    const breaks = countLineBreaks(text);
    if (at) {
      // A line break at the very end opens the next line without writing on it yet.
      const last = this.line + breaks - (endsWithBreak(text) ? 1 : 0);
      const first = this.currentAttributed() ? this.line + 1 : this.line;
      if (first <= last) this.segments.push({ first, count: last - first + 1, origin: { ...at, generated: true } });
    }
    this.line += breaks;
    if (text !== '') this.lineStart = endsWithBreak(text);
  }

  /**
   * A fragment's own text starting at fragment line `line`: its lines map one to one. Returns
   * the line breaks in `text`.
   */
  source(text: string, file: string, line: number): number {
    this.parts.push(text);
    const breaks = countLineBreaks(text);
    if (this.currentAttributed()) {
      const tail = this.segments.at(-1)!;
      tail.count -= 1;
      if (tail.count === 0) this.segments.pop();
    }
    const count = breaks + 1 - (endsWithBreak(text) ? 1 : 0);
    this.segments.push({ first: this.line, count, origin: { file, line, generated: false } });
    this.line += breaks;
    if (text !== '') this.lineStart = endsWithBreak(text);
    return breaks;
  }

  /**
   * What `render` writes, taken from `cache` under `key` when it is there. Only whole lines are
   * kept (a chunk starts at a line start and ends with a line break), so that a kept chunk's
   * lines and their origins are the same wherever it lands.
   */
  chunk(cache: EmitCache, key: string, render: (w: BundleWriter) => void): void {
    if (!this.lineStart) {
      render(this);
      return;
    }
    let c = cache.chunk(key);
    if (c === undefined) {
      const w = new BundleWriter(0);
      render(w);
      c = { ...encodeChunk(w.text(''), this.slot), segments: w.segments, breaks: w.line };
      if (!w.lineStart) {
        // Not whole lines: written as it comes (nothing is kept).
        this.append(c);
        this.lineStart = false;
        return;
      }
      cache.keep(key, c);
    }
    this.append(c);
  }

  private append(c: Chunk): void {
    this.parts.push(c);
    for (const s of c.segments) this.segments.push({ first: s.first + this.line, count: s.count, origin: s.origin });
    this.line += c.breaks;
  }

  /** The text, with `id` wherever the slot stands. */
  text(id: string): string {
    const slot = this.slot;
    const out: string[] = [];
    for (const p of this.parts) {
      if (typeof p !== 'string') out.push(fillSlots(p, id).toString('utf8'));
      else out.push(slot === undefined ? p : p.replaceAll(slot, id));
    }
    return out.join('');
  }

  /**
   * The text as UTF-8 pieces, with `id` wherever the slot stands: the generated text between
   * chunks encoded now, each chunk's bytes as kept (its gaps filled in place), so that the text
   * of unchanged chunks is neither joined nor encoded again.
   */
  bytes(id: string): Buffer[] {
    const slot = this.slot;
    const out: Buffer[] = [];
    let run: string[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const joined = run.join('');
      out.push(Buffer.from(slot === undefined ? joined : joined.replaceAll(slot, id), 'utf8'));
      run = [];
    };
    for (const p of this.parts) {
      if (typeof p === 'string') run.push(p);
      else {
        flush();
        out.push(fillSlots(p, id));
      }
    }
    flush();
    return out;
  }

  /** The line table as runs. */
  lineTable(): LineMapping[] {
    const runs: LineMapping[] = [];
    let run: { bundleLine: number; lines: number; origin: LineOrigin } | undefined;
    const flush = () => {
      if (run)
        runs.push({
          bundleLine: run.bundleLine,
          lines: run.lines,
          path: run.origin.file,
          line: run.origin.line,
          generated: run.origin.generated,
        });
      run = undefined;
    };
    for (const s of this.segments) {
      // A segment continues a run when its first line would have; then so do all its lines.
      if (run && run.bundleLine + run.lines === s.first && continues(run.origin, run.lines, s.origin)) {
        run.lines += s.count;
        continue;
      }
      flush();
      run = { bundleLine: s.first, lines: s.count, origin: s.origin };
    }
    flush();
    return runs;
  }

  /** True when an earlier call already attributed the line now being written. */
  private currentAttributed(): boolean {
    const tail = this.segments.at(-1);
    return tail !== undefined && tail.first + tail.count - 1 === this.line;
  }
}

function endsWithBreak(text: string): boolean {
  return text.endsWith('\n') || text.endsWith('\r');
}

/** True when `next` extends a run that starts at `first` and already has `length` lines. */
function continues(first: LineOrigin, length: number, next: LineOrigin): boolean {
  if (first.file !== next.file || first.generated !== next.generated) return false;
  return first.generated ? next.line === first.line : next.line === first.line + length;
}

/**
 * The edits that send a file's followed dot-sources through the sub-file loader (runtime.ts
 * subFileDotSource): those with static targets or a folder walk, and the dot-sources in the
 * bodies of configured loader helpers. A dot-source fragbundle could not follow stays as written.
 */
function dotSourceEdits(
  text: string,
  symbols: FragmentSymbols,
  loaders: ReadonlySet<string>,
  names: RuntimeNames,
): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const d of symbols.directives.dotSources) {
    if (d.via !== undefined) continue;
    const followed = d.targets !== undefined || d.walk !== undefined;
    const inLoader = d.function !== undefined && loaders.has(d.function.toLowerCase());
    if (!followed && !inLoader) continue;
    const expression = text.slice(d.pathRange.start, d.pathRange.end);
    edits.push({
      start: d.pathRange.start,
      end: d.pathRange.end,
      text: subFileDotSource(expression, d.phase === 'deferred', names),
    });
  }
  return edits;
}

/**
 * The exits that run while the fragment loads (the parse stage's list: none in a function or a
 * stored block) made to set `$LASTEXITCODE` at once: inserts after the keyword and the value.
 */
function exitEdits(symbols: FragmentSymbols, names: RuntimeNames): TextEdit[] {
  if (symbols.directives.exits.length === 0) return [];
  const r = exitRewrite(names);
  return symbols.directives.exits.flatMap(({ keyword, value }): TextEdit[] =>
    value
      ? [
          { start: keyword.end, end: keyword.end, text: r.head },
          { start: value.end, end: value.end, text: r.tail },
        ]
      : [{ start: keyword.end, end: keyword.end, text: r.none }],
  );
}

/**
 * A sub-file's load-time exits made to end only the sub-file (runtime.ps1, sections sub-exit-*):
 * each becomes a labelled `break` that sets `$LASTEXITCODE`, out of a loop from the first top-level
 * statement that holds one to the end of the text. The opener goes first among edits at its offset.
 */
function subExitEdits(
  text: string,
  symbols: FragmentSymbols,
  names: RuntimeNames,
  others: readonly TextEdit[],
): readonly TextEdit[] {
  const exits = symbols.directives.exits;
  // pwsh rejects a `break` out of a `finally` block: such a sub-file keeps its exits as written.
  if (exits.length === 0 || exits.some((e) => e.inFinally)) return others;
  const r = subExitRewrite(names);
  const first = Math.min(...exits.map((e) => e.statement));
  const rewritten = exits.flatMap(({ keyword, value }): TextEdit[] =>
    value
      ? [
          { start: keyword.start, end: keyword.end, text: r.keyword + r.head },
          { start: value.end, end: value.end, text: r.tail },
        ]
      : [{ start: keyword.start, end: keyword.end, text: r.keyword + r.none }],
  );
  const open = { start: first, end: first, text: r.open };
  const all = withEdits(
    [open],
    [
      ...others,
      ...rewritten,
      { start: text.length, end: text.length, text: (endsWithBreak(text) ? '' : '\n') + r.close },
    ],
  );
  // An edit across the statement's start would drop the opener: then the exits stay as written.
  return all.includes(open) ? all : others;
}

/** Two edit lists as one, sorted; an edit overlapping an earlier one is dropped. */
function withEdits(a: readonly TextEdit[], b: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of [...a, ...b].sort((x, y) => x.start - y.start)) {
    const last = out.at(-1);
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}
