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
  DeferredStub,
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
import { computeInputHash, HEADER_LINES, headerAround, HeaderMemory, type LineMapping } from './header.js';
import { at } from '../core/at.js';
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
import { numberSignatures, stubDeclarations } from './defer-stubs.js';
import type { StaticParams } from '../text/static-params.js';
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
  /** The build took hidden files (`includeHidden`); else a name starting with a dot is never a fragment. */
  readonly includeHidden?: boolean;
  /** The config file the build used, relative to the bundle's folder, `/` separators. */
  readonly configFromBundle?: string;
  /** Further arguments the rebuild command needs (`--env work`), each one word as the shell takes it. */
  readonly flags: readonly string[];
}

const DEFAULT_GUARD: StaleGuardInput = {
  setAside: [],
  include: '(?i)^(?!\\.)[^/]*\\.ps1$',
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
  readonly shared?: number;
}

/**
 * Which stub every lazy function gets, over the whole bundle (shareStubs): each section's first
 * index in the lazy table, and per function its shared stub's number or -1.
 */
interface LazyLayout {
  /** The prepared fragments it was worked out for, per section. */
  readonly prepared: readonly Prepared[];
  readonly base: readonly number[];
  readonly shared: readonly (readonly number[])[];
  /** The shared stubs' bodies, in number order. */
  readonly texts: readonly string[];
  /** The functions whose stub is shared: quoted name and lazy-table index. */
  readonly lookup: readonly { readonly literal: string; readonly index: number }[];
  readonly total: number;
}

/** A sub-file's table entry as last rendered, with what decided it. */
interface SubRecord {
  readonly symbols: FragmentSymbols;
  readonly hash: string;
  readonly context: string;
  readonly literal: string;
  readonly chunk: Chunk | undefined;
}

/**
 * What emitBundle may keep between calls for the next one (`build --watch`): each fragment's
 * prepared text (line index, edits, lazy functions) with its table entries as rendered, each
 * sub-file's entry, the lazy functions' stubs, the generated text's bytes, the header's listed
 * files; each kept with (or keyed by) everything that decides it. What a build does not use is
 * dropped at its end. The bundle is a function of the input alone: a cache only saves rendering
 * what is unchanged, and a build with a cache gives the same bytes as one without
 * (test/bundle/incremental-emit.test.ts).
 */
export class EmitCache {
  /** Each fragment's prepared text by its path, with what decided it; `used`: the build that last used it. */
  private readonly prepared = new Map<string, PreparedRecord>();
  private build = 0;
  private used = 0;
  private subs = new Map<string, SubRecord>();
  private nextSubs = new Map<string, SubRecord>();
  private pieces = new Map<string, Piece>();
  private nextPieces = new Map<string, Piece>();
  /** The last build's lazy layout. */
  layout: LazyLayout | undefined;
  /** Lists the runtime joins by identity (runtime.ts), handed on as the same array while their items are. */
  private readonly lists = new Map<string, readonly string[]>();
  /** The header's listed files, as JSON. */
  readonly header = new HeaderMemory();
  /** The header's line table as last written. */
  readonly lines = new LineTableMemory();
  private index: { readonly paths: readonly string[]; readonly index: ReadonlyMap<string, number> } | undefined;

  /** The line table's file numbers for these paths (the later of two equal paths wins), the same map while the paths are the same. */
  fileIndex(paths: readonly string[]): ReadonlyMap<string, number> {
    const last = this.index;
    if (last?.paths.length === paths.length && last.paths.every((p, i) => p === paths[i])) return last.index;
    const index = new Map<string, number>();
    paths.forEach((p, i) => index.set(p, i));
    this.index = { paths, index };
    return index;
  }

  /**
   * The prepared fragment for a plan entry: the one its path got last while the fragment's
   * symbols (the same object), hash, the entry's stubs and `context` are the same, else made now.
   */
  prepare(entry: PlanEntry, fragment: Fragment, sym: FragmentSymbols, context: string, make: () => Prepared): Prepared {
    const kept = this.prepared.get(fragment.path);
    if (
      kept?.sym === sym &&
      kept.hash === fragment.hash &&
      kept.context === context &&
      (kept.stubs === entry.stubs ||
        (kept.stubs.length === entry.stubs.length && kept.stubs.every((n, i) => n === entry.stubs[i])))
    ) {
      if (kept.used !== this.build) this.used++;
      kept.used = this.build;
      return kept.prepared;
    }
    const prepared = make();
    // Until its first build, a new prepared text knows its path's last one: rows it renders alike are taken as those.
    if (kept) prepared.previous = kept.prepared;
    if (kept?.used !== this.build) this.used++;
    this.prepared.set(fragment.path, {
      sym,
      hash: fragment.hash,
      context,
      stubs: entry.stubs,
      prepared,
      used: this.build,
    });
    return prepared;
  }

  /** A sub-file's record, kept for the next build, when its symbols (the same object), hash and `context` are the same. */
  sub(path: string, symbols: FragmentSymbols, hash: string, context: string): SubRecord | undefined {
    const kept = this.subs.get(path);
    return kept?.symbols === symbols && kept.hash === hash && kept.context === context ? kept : undefined;
  }

  keepSub(path: string, record: SubRecord): void {
    this.nextSubs.set(path, record);
  }

  /** Generated text as bytes with id gaps, and its line breaks: encoded once while the text is the same. */
  piece(text: string, slot: string | undefined): Piece {
    let p = this.nextPieces.get(text) ?? this.pieces.get(text);
    if (p === undefined || p.slot !== slot) p = { ...encodeChunk(text, slot), breaks: countLineBreaks(text), slot };
    this.nextPieces.set(text, p);
    return p;
  }

  /** `items`, or the array given under `name` last time when it holds the same items (runtime.ts joins a list once). */
  list(name: string, items: readonly string[]): readonly string[] {
    const last = this.lists.get(name);
    if (last?.length === items.length && last.every((x, i) => x === items[i])) return last;
    this.lists.set(name, items);
    return items;
  }

  /** `make()`, made again only when `list` (a kept list, EmitCache.list) or the strings `also` differ from the last call's. */
  derived<T>(list: readonly string[], also: readonly string[], make: () => T): T {
    const last = this.lastDerived as { list: readonly string[]; also: readonly string[]; value: T } | undefined;
    if (last?.list === list && last.also.length === also.length && last.also.every((x, i) => x === also[i]))
      return last.value;
    const value = make();
    this.lastDerived = { list, also, value };
    return value;
  }

  private lastDerived: unknown;

  /** End of a build: what it did not use is forgotten. */
  settle(): void {
    if (this.used < this.prepared.size)
      for (const [path, r] of this.prepared) if (r.used !== this.build) this.prepared.delete(path);
    this.build++;
    this.used = 0;
    this.subs = this.nextSubs;
    this.nextSubs = new Map();
    this.pieces = this.nextPieces;
    this.nextPieces = new Map();
  }
}

/** A path's prepared fragment, and what decided it. */
interface PreparedRecord {
  readonly sym: FragmentSymbols;
  readonly hash: string;
  readonly context: string;
  readonly stubs: readonly string[];
  readonly prepared: Prepared;
  used: number;
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

/** What emitBundle works out once per fragment text: the same for the same fragment, symbols, entry and context. */
interface Prepared {
  readonly lines: LineIndex;
  readonly edits: readonly TextEdit[];
  /** Its path relative to the bundle's folder, quoted. */
  readonly rel: string;
  /** The functions the plan stubs that can be cut out, with their lazy text. */
  readonly lazy: readonly Omit<LazyFunction, 'index'>[];
  /** Their names in lower case. */
  readonly lower: readonly string[];
  /** The fragment's own text (stubbed functions aside) names `MyInvocation`. */
  readonly invocation: boolean;
  /** Its load-time exits are left for pwsh's parser to find at start-up (the `exit` column). */
  readonly exitSearch: boolean;
  /** Its text or path holds ID_SLOT. */
  readonly slotted: boolean;
  /** Its rows as last rendered (each valid for this prepared text; the entry's further inputs kept with it). */
  lazyRows?: Chunk;
  deferredRow?: Chunk;
  entryRow?: EntryRecord;
  /** As a deferred fragment: its stubs' declarations (stubDeclarations) and its install list, with what decided them besides the prepared text. */
  deferral?: DeferralRecord;
  /** Until its first build: the prepared fragment its path had before it. */
  previous?: Prepared | undefined;
}

/** What a deferred fragment's runtime entries were made from, besides its prepared text. */
interface DeferralRecord {
  readonly stubs: readonly DeferredStub[];
  /** The texts of the sub-files it loads, in its symbols' order (undefined where not embedded). */
  readonly subTexts: readonly (string | undefined)[];
  readonly declarations: readonly (StaticParams | undefined)[];
  install?: { readonly numbers: readonly number[]; readonly aliasTarget: string; readonly text: string };
}

/** A deferred section's stubs' declarations, kept on its prepared text while its stubs and its sub-files' texts are the same. */
function deferredDeclarations(
  sec: Section,
  subTexts: ReadonlyMap<string, string> | undefined,
): readonly (StaticParams | undefined)[] {
  const p = sec.prepared;
  const stubs = sec.entry.deferredStubs ?? [];
  const texts = (sec.sym.subFiles ?? []).map((l) => subTexts?.get(l.path));
  const kept = p.deferral;
  if (
    kept &&
    (kept.stubs === stubs ||
      (kept.stubs.length === stubs.length &&
        kept.stubs.every((x, i) => x.name === at(stubs, i).name && x.kind === at(stubs, i).kind))) &&
    kept.subTexts.length === texts.length &&
    kept.subTexts.every((x, i) => x === texts[i])
  )
    return kept.declarations;
  const declarations = stubDeclarations({
    text: sec.fragment.text,
    sym: sec.sym,
    lines: sec.lines,
    stubs,
    subFiles: new Map(
      (sec.sym.subFiles ?? []).flatMap((l, i) => {
        const text = texts[i];
        return text === undefined ? [] : [[l.path, { text, lines: new LineIndex(text) }] as const];
      }),
    ),
  });
  p.deferral = { stubs, subTexts: texts, declarations };
  return declarations;
}

/** A deferred section's install list (defer-runtime.ts installList), kept with its declarations while their numbers are the same. */
function deferredInstall(sec: Section, numbers: readonly number[], aliasTarget: string): string {
  const record = sec.prepared.deferral;
  const kept = record?.install;
  if (
    kept?.aliasTarget === aliasTarget &&
    kept.numbers.length === numbers.length &&
    kept.numbers.every((n, i) => n === numbers[i])
  )
    return kept.text;
  const text = installList(sec.entry.deferredStubs ?? [], numbers, aliasTarget);
  if (record) record.install = { numbers, aliasTarget, text };
  return text;
}

/** A fragment-table entry as last rendered, with what decided it besides its prepared text. */
interface EntryRecord {
  /** Its row in the deferred table, or -1. */
  readonly k: number;
  /** The plan's reason, in its comment line. */
  readonly reason: string;
  readonly timed: boolean;
  readonly guarded: boolean;
  readonly size: number | undefined;
  readonly modified: string | undefined;
  /** The first lazy index, when a function's own stub names its index (else -1). */
  readonly base: number;
  /** Per function its shared stub's number or -1. */
  readonly shared: readonly number[];
  readonly chunk: Chunk;
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
  const entries = input.plan.entries;
  // By id, unless the plan, the fragments and their symbols come in the same order (the usual case).
  const byId = <T>(list: readonly T[], id: (x: T) => string): ((i: number, fragment: string) => T | undefined) => {
    let map: Map<string, T> | undefined;
    return (i, fragment) => {
      const x = list[i];
      if (x !== undefined && id(x) === fragment) return x;
      map ??= new Map(list.map((y) => [id(y), y]));
      return map.get(fragment);
    };
  };
  const fragmentOf = byId(input.fragments, (f) => f.id);
  const symbolsOf = byId(input.symbols, (s) => s.fragment);
  const subFiles = input.subFiles ?? [];
  const names = runtimeNames(slot);
  const loaders = new Set((input.loaders ?? []).map((l) => l.toLowerCase()));
  // What every fragment's preparation depends on besides its own fragment, symbols and entry.
  const context = JSON.stringify([input.fragmentsDirFromBundle, subFiles.length > 0, [...loaders].sort(), slot]);
  const sections: Section[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = at(entries, i);
    const fragment = fragmentOf(i, entry.fragment);
    const sym = symbolsOf(i, entry.fragment);
    if (!fragment || !sym)
      throw new Error(`emitBundle: plan names fragment '${entry.fragment}' that is not in the input`);
    const prepared = cache.prepare(entry, fragment, sym, context, () =>
      prepare(fragment, sym, entry, input.fragmentsDirFromBundle, subFiles.length > 0, loaders, names),
    );
    if (slotted && prepared.slotted) return undefined;
    const previous = prepared.previous;
    if (previous) prepared.previous = undefined;
    sections.push({
      entry,
      fragment,
      sym,
      prepared,
      lines: prepared.lines,
      edits: prepared.edits,
      rel: prepared.rel,
      previousRows: previous?.lazyRows,
    });
  }
  if (slotted && subFiles.some((s) => s.file.text.includes(SLOT_CHAR) || s.file.path.includes(SLOT_CHAR)))
    return undefined;

  const lazy = (cache.layout = lazyLayout(sections, cache.layout));
  const guarded = input.options.staleGuard ?? true;
  const layout: LayoutSwitches = { timed: input.options.timings, guarded };
  const deferred = deferredIndex(sections);
  const deferredSections = deferred.size === 0 ? [] : sections.filter((_, i) => deferred.has(i));
  // The sub-file loader outlives start-up while a deferred fragment may still load its sub-files
  // through it (with the invocation helper it calls); the table keeps only those files' texts.
  const deferredSubs = new Set(deferredSections.flatMap((sec) => (sec.sym.subFiles ?? []).map((l) => l.path)));
  const keepsub = deferredSubs.size > 0 && subFiles.some((f) => deferredSubs.has(f.file.path));
  const subRecords = subFiles.map(({ file, symbols: subSymbols }): SubRecord => {
    const kept = cache.sub(file.path, subSymbols, file.hash, context);
    const record = kept ?? {
      symbols: subSymbols,
      hash: file.hash,
      context,
      literal: quotePs(path.posix.normalize(bundleRelativePath(input.fragmentsDirFromBundle, file.path))),
      chunk: undefined,
    };
    cache.keepSub(file.path, record);
    return record;
  });
  const guard = guarded ? guardSpec(input, sections, subRecords, cache) : undefined;
  const switches = {
    ...layout,
    lazy: lazy.total > 0,
    shared: lazy.texts.length > 0,
    sub: subFiles.length > 0,
    deferred: deferred.size > 0,
    keepsub,
    wildcard: guard?.wildcardLiteral !== undefined,
    aside: (guard?.topAsideLiterals.length ?? 0) > 0,
  };
  const subTexts = deferred.size === 0 ? undefined : new Map(subFiles.map(({ file }) => [file.path, file.text]));
  const signatures = numberSignatures(deferredSections.map((sec) => deferredDeclarations(sec, subTexts)));
  const aliasTarget = deferNames(slot).aliasTarget;
  const ctx = runtimeContext({
    id: slot,
    switches,
    subPrune: keepsub
      ? subRecords.filter((_, i) => !deferredSubs.has(at(subFiles, i).file.path)).map((r) => r.literal)
      : [],
    sharedLookup: lazy.lookup,
    stubTexts: lazy.texts,
    deferInstall: deferredSections.map((sec, k) => deferredInstall(sec, at(signatures.perFragment, k), aliasTarget)),
    deferDeclared: signatures.declarations.map((p) => quotePs(declaredStubText(slot, p.text, p.advanced, switches))),
    ...(guard ? { guard } : {}),
  });
  const render = (name: string): string => renderSection(name, ctx);
  const w = new BundleWriter(HEADER_LINES + 1, slotted ? slot : undefined, cache);
  w.generated(render('load') + render('fail') + render('invocation'));
  if (lazy.total > 0) {
    w.generated(render('lazy-open'));
    for (const sec of sections) {
      const p = sec.prepared;
      if (p.lazy.length === 0 || (p.lazyRows && w.reuse(p.lazyRows))) continue;
      p.lazyRows = w.chunk(
        p.lazyRows,
        (c) => {
          for (const f of p.lazy) {
            const { head, tail } = tableRow(LAZY_LAYOUT, { rel: f.relLiteral, line: f.line, column: f.column });
            c.generated(head, { file: sec.fragment.path, line: f.line });
            c.source(quotePs(f.text), sec.fragment.path, f.line);
            c.generated(`${tail}\n`);
          }
        },
        sec.previousRows,
      );
    }
    w.generated(render('lazy-close'));
  }
  if (lazy.texts.length > 0) w.generated(render('stubs'));
  if (input.options.timings) w.generated(render('timings'));
  if (subFiles.length > 0) {
    w.generated(render('sub-open'));
    subFiles.forEach(({ file, symbols: subSymbols }, i) => {
      const record = at(subRecords, i);
      const chunk = w.chunk(record.chunk, (c) => {
        const own = withEdits(fragmentEdits(file, subSymbols), dotSourceEdits(file.text, subSymbols, loaders, names));
        const trusted = untrustedParse(subSymbols) === undefined;
        const rewritten = trusted ? subExitEdits(file.text, subSymbols, names, own) : undefined;
        const edits = rewritten ?? own;
        const rel = path.posix.normalize(bundleRelativePath(input.fragmentsDirFromBundle, file.path));
        // Where the grammar read part of the text only as tokens, or its exits cannot be rewritten, the
        // sub-file loader finds its exits with pwsh's parser (and loads a file it cannot rewrite from disk).
        const { head, tail } = subFileEntry(quotePs(rel), rewritten === undefined && /exit/i.test(file.text));
        const first = { file: file.path, line: 1 };
        c.generated(`# --- ${commentText(file.path)} (dot-sourced)\n`, first);
        c.generated(head, first);
        c.source(quotePs(sliceWithEdits(file.text, 0, file.text.length, edits)), file.path, 1);
        c.generated(tail);
      });
      if (chunk !== record.chunk) cache.keepSub(file.path, { ...record, chunk });
    });
    w.generated(render('sub-close'));
  }
  if (guarded) w.generated(render('guard'));
  if (deferred.size > 0) emitDeferredTable(w, sections, deferred, ctx);
  w.generated(render('table-open'));
  sections.forEach((sec, i) => {
    entryChunk(w, sec, deferred.get(i) ?? -1, lazy, i, layout, names);
  });
  w.generated(render('table-close'));
  w.generated(render('loop'));

  // Line table indexes run over the fragments, then the sub-files.
  const index = cache.fileIndex([...sections.map((s) => s.fragment.path), ...subFiles.map((s) => s.file.path)]);
  const memory = cache.header;
  const listedFragments = sections.map((s, i) =>
    memory.listed(
      s.fragment.path,
      s.fragment.hash,
      deferred.has(i) ? 'deferred' : s.prepared.lazy.length > 0 ? 'lazy' : 'eager',
      guarded ? s.fragment.stamp : undefined,
    ),
  );
  const listedSubs = subFiles.map((s) =>
    memory.listed(s.file.path, s.file.hash, undefined, guarded ? s.file.stamp : undefined),
  );
  memory.settle();
  const { before, after } = headerAround(
    {
      version: input.toolVersion,
      inputHash,
      options: input.options,
      fragmentsDir: input.fragmentsDirFromBundle,
      fragments: sections,
    },
    `[${listedFragments.join(',')}]`,
    subFiles.length > 0 ? `[${listedSubs.join(',')}]` : undefined,
  );
  const bytes = [
    Buffer.from(before, 'utf8'),
    w.linesBytes(index, cache.lines),
    Buffer.from(after, 'utf8'),
    ...w.bytes(id),
  ];
  let text: string | undefined;
  let lineTable: LineMapping[] | undefined;
  return {
    get text() {
      return (text ??= Buffer.concat(bytes).toString('utf8'));
    },
    bytes,
    inputHash,
    get lineTable() {
      return (lineTable ??= w.lineTable());
    },
  };
}

/**
 * Which stub each lazy function gets (shareStubs): `last` again when every section's lazy
 * functions have the same names and shared-stub bodies as the sections it was worked out for.
 */
function lazyLayout(sections: readonly Section[], last: LazyLayout | undefined): LazyLayout {
  const prepared = sections.map((s) => s.prepared);
  if (
    last?.prepared.length === prepared.length &&
    prepared.every((p, i) => {
      const q = at(last.prepared, i);
      return p === q || sameLazy(p.lazy, q.lazy);
    })
  )
    return { ...last, prepared };
  return shareStubs(prepared);
}

/** The same names (as written) and shared-stub bodies, in the same order. */
function sameLazy(a: Prepared['lazy'], b: Prepared['lazy']): boolean {
  return (
    a.length === b.length &&
    a.every((f, i) => {
      const g = at(b, i);
      return f.shape.name === g.shape.name && f.sharedBody === g.sharedBody;
    })
  );
}

/** A fragment's text as the bundle cuts it: its edits, its lazy functions, whether it names `MyInvocation`. */
function prepare(
  fragment: Fragment,
  sym: FragmentSymbols,
  entry: PlanEntry,
  fragmentsDirFromBundle: string,
  followed: boolean,
  loaders: ReadonlySet<string>,
  names: RuntimeNames,
): Prepared {
  const rel = quotePs(bundleRelativePath(fragmentsDirFromBundle, fragment.path));
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
    rel,
    lazy,
    lower: lazy.map((f) => f.shape.name.toLowerCase()),
    invocation: /MyInvocation/i.test(own),
    exitSearch,
    slotted: fragment.text.includes(SLOT_CHAR) || fragment.path.includes(SLOT_CHAR),
  };
}

/** What the stale guard compares, quoted. */
function guardSpec(
  input: EmitInput,
  sections: readonly Section[],
  subs: readonly SubRecord[],
  cache: EmitCache,
): GuardSpec {
  const g = input.guard ?? DEFAULT_GUARD;
  const flags = g.flags.map((f) => ` ${f}`).join('');
  const files = (input.subFiles ?? []).map((s) => s.file);
  const subLiterals = cache.list(
    'subs',
    subs.map((s) => s.literal),
  );
  const sizes: number[] = [];
  const ticks: string[] = [];
  const stamp = (f: Fragment) => {
    sizes.push(f.stamp?.size ?? -1);
    ticks.push(f.stamp ? stampTicks(f.stamp) : '0');
  };
  for (const s of sections) stamp(s.fragment);
  for (const f of files) stamp(f);
  const topLevel = (paths: readonly string[]) => paths.filter((p) => !p.includes('/'));
  // Without includeHidden the quick check counts no hidden name, so it neither counts nor looks for those set aside.
  const topAside = topLevel(g.setAside).filter((p) => g.includeHidden === true || !p.startsWith('.'));
  const paths = cache.list(
    'fragments',
    sections.map((s) => s.fragment.path),
  );
  return {
    dirLiteral: quotePs(input.fragmentsDirFromBundle),
    pathLiterals: cache.list('paths', [...sections.map((s) => s.rel), ...subLiterals]),
    subLiterals,
    subInfoLiterals: cache.list(
      'subinfo',
      files.flatMap((f) => [quotePs(f.path), quotePs(f.hash)]),
    ),
    stampsLiteral: quotePs(`${sizes.join('/')};${ticks.join('/')}`),
    topLevelCount: cache.derived(paths, topAside, () => new Set([...topLevel(paths), ...topAside]).size),
    setAsideLiterals: g.setAside.map(quotePs),
    topAsideLiterals: topAside.map((p) => quotePs(bundleRelativePath(input.fragmentsDirFromBundle, p))),
    includeLiteral: quotePs(g.include),
    excludeLiteral: quotePs(g.exclude),
    ...(g.wildcard !== undefined ? { wildcardLiteral: quotePs(g.wildcard) } : {}),
    // 2 is FileAttributes.Hidden (a number converts as cheaply as the 0 beside it): on Unix .NET
    // calls a dot name hidden, as the build does; on Windows hidden is an attribute the build ignores.
    skipLiteral: g.includeHidden === true ? '0' : 'if ($IsWindows) { 0 } else { 2 }',
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
 * distinct stub body, assigned to every function that has it. A shared stub is compiled in the
 * bundle, not in its fragment, so it is used only where that cannot change how its parameters bind:
 * - not in a fragment with `using` statements or a class or enum (its parameter types could need them);
 * - not when the declarations name `$PSScriptRoot`, `$PSCommandPath` or `$MyInvocation` (defaults,
 *   validation and completer scripts would see the bundle's);
 * - not when they carry `[Alias()]`: `${function:X} = ...` makes no alias, a `function` statement
 *   does (checked in pwsh), and the alias must exist from start-up;
 * - not for a name stubbed more than once in the bundle (the loader finds a shared stub's entry by name).
 */
function shareStubs(prepared: readonly Prepared[]): LazyLayout {
  const count = new Map<string, number>();
  for (const p of prepared) for (const name of p.lower) count.set(name, (count.get(name) ?? 0) + 1);
  const bodies = new Map<string, number>();
  const base: number[] = [];
  const lookup: { literal: string; index: number }[] = [];
  let total = 0;
  const shared = prepared.map((p) => {
    base.push(total);
    return p.lazy.map((f, j) => {
      const index = total++;
      const body = f.sharedBody;
      if (count.get(at(p.lower, j)) !== 1 || body === undefined) return -1;
      let k = bodies.get(body);
      if (k === undefined) {
        k = bodies.size;
        bodies.set(body, k);
      }
      lookup.push({ literal: quotePs(f.shape.name), index });
      return k;
    });
  });
  return { prepared, base, shared, texts: [...bodies.keys()].map(quotePs), lookup, total };
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
  readonly prepared: Prepared;
  /** The lazy rows of the prepared fragment its path had before this one, if it is new. */
  readonly previousRows: Chunk | undefined;
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
    sec.prepared.deferredRow = w.chunk(sec.prepared.deferredRow, (c) => {
      const text = sliceWithEdits(sec.fragment.text, 0, sec.fragment.text.length, sec.edits);
      // Whether the text it runs names MyInvocation, as the fragment table's column says for eager text.
      const inv = /MyInvocation/i.test(text) ? '$true' : '$false';
      const { head, tail } = tableRow(DEFERRED_LAYOUT, { rel: sec.rel, show: quotePs(sec.fragment.path), inv });
      c.generated(head, { file: sec.fragment.path, line: 1 });
      c.source(quotePs(text), sec.fragment.path, 1);
      c.generated(`${tail}\n`);
    });
  });
  w.generated(renderSection('defer-close', ctx));
}

/**
 * A section's entry in the fragment table (its row `k` in the deferred table, or -1): as last
 * rendered from its prepared text while its row number, layout, stamp and its functions' stubs
 * (shared stub numbers; lazy indices where a stub of its own names one) are the same.
 */
function entryChunk(
  w: BundleWriter,
  sec: Section,
  k: number,
  lazy: LazyLayout,
  i: number,
  layout: LayoutSwitches,
  names: RuntimeNames,
): void {
  const p = sec.prepared;
  const shared = at(lazy.shared, i);
  const base = k === -1 && shared.includes(-1) ? at(lazy.base, i) : -1;
  const stamp = sec.fragment.stamp;
  const kept = p.entryRow;
  const same =
    kept !== undefined &&
    kept.k === k &&
    kept.reason === sec.entry.reason &&
    kept.timed === layout.timed &&
    kept.guarded === layout.guarded &&
    kept.size === stamp?.size &&
    kept.modified === stamp?.modified &&
    kept.base === base &&
    (kept.shared === shared || (kept.shared.length === shared.length && kept.shared.every((n, j) => n === shared[j])));
  if (same && w.reuse(kept.chunk)) return;
  const chunk = w.chunk(undefined, (c) => {
    if (k !== -1) emitInstaller(c, k, sec, layout);
    else {
      const own = p.lazy.map((f, j): LazyFunction => {
        const n = at(shared, j);
        return { ...f, index: at(lazy.base, i) + j, ...(n >= 0 ? { shared: n } : {}) };
      });
      emitFragment(c, sec, own, layout, names);
    }
  });
  if (chunk && chunk !== kept?.chunk)
    p.entryRow = {
      k,
      reason: sec.entry.reason,
      timed: layout.timed,
      guarded: layout.guarded,
      size: stamp?.size,
      modified: stamp?.modified,
      base,
      shared,
      chunk,
    };
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

/** Text as UTF-8, encoded once, with a gap of the id's length (8 ASCII bytes) wherever the id's placeholder stood. */
interface Piece {
  /** The id of the bundle being written is put in the gaps (fillSlots). */
  readonly bytes: Buffer;
  /** Where the gaps start, in bytes. */
  readonly slots: readonly number[];
  /** Line breaks in the text. */
  readonly breaks: number;
  /** The placeholder it was cut at. */
  readonly slot?: string | undefined;
}

/** Rendered text that starts at the start of a line and ends with a line break, with its line-table runs counted from its first line (0). */
interface Chunk extends Piece {
  /** Its segments merged as the line table merges them (lineTable). */
  readonly runs: readonly Segment[];
  /** The file every run is of, when they are all of one. */
  readonly file: string | undefined;
  /** Its runs' tails as the header's JSON writes them, for the file number they were last written with. */
  tails?: RunTails;
}

/** A chunk's runs as the line table writes them, but the opening bracket and first line of each. */
interface RunTails {
  /** The file number they were made for. */
  readonly index: number;
  readonly bytes: Buffer;
  /** Each run's first line in the chunk, and where its tail ends in `bytes`. */
  readonly firsts: Int32Array;
  readonly ends: Int32Array;
}

/** The line table as last written (BundleWriter.linesBytes): its bytes, and per chunk placed where and with which file number. */
class LineTableMemory {
  buffer = Buffer.allocUnsafe(1 << 16);
  index: ReadonlyMap<string, number> | undefined;
  readonly chunks: Chunk[] = [];
  readonly firsts: number[] = [];
  readonly files: number[] = [];
  /** Where each chunk's runs end in `buffer`. */
  readonly ends: number[] = [];
}

/** A chunk where it landed in the bundle. */
interface Placed {
  readonly chunk: Chunk;
  readonly first: number;
}

/** A piece's bytes from its text, cut where `slot` stands (no cut without one). */
function encodeChunk(text: string, slot: string | undefined): Pick<Piece, 'bytes' | 'slots'> {
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

/** The piece's bytes with `id` (ASCII, ID_LENGTH bytes) in its gaps (in place: a kept piece holds the id of the last bundle it went into). */
function fillSlots(c: Piece, id: Buffer): Buffer {
  const b = c.bytes;
  for (const at of c.slots) for (let k = 0; k < ID_LENGTH; k++) b[at + k] = id[k]!;
  return b;
}

/** True when a run ending at bundle line `end` (exclusive) with `origin` and `length` lines is continued by `next` starting at `first`. */
function continuesAt(end: number, origin: LineOrigin, length: number, first: number, next: LineOrigin): boolean {
  return end === first && continues(origin, length, next);
}

/**
 * Accumulates the bundle body and remembers, for every bundle line, which fragment line it stands
 * for. It keeps segments, not one record per line (a large profile has over 100,000 lines): text
 * is only ever appended, so every line before the current one is settled, and only the current
 * line can have been attributed by an earlier call that ended in the middle of it. A chunk it
 * takes stays one item, whose runs are the chunk's own, moved.
 */
class BundleWriter {
  private readonly parts: (string | Piece)[] = [];
  private readonly items: (Segment | Placed)[] = [];
  /** The chunks among the items. */
  private readonly placed: Placed[] = [];
  /** Segments written outside chunks, or a chunk's first run continuing the run before it: the line table is merged afresh. */
  private merged = false;
  /** The last run of the chunks so far: the line after it, its origin and length. */
  private lastEnd = -1;
  private lastOrigin: LineOrigin | undefined;
  private lastCount = 0;
  private line: number;
  /** Nothing is written on the current line yet (the text so far ends with a line break). */
  private lineStart = true;

  /**
   * `slot`: what stands for the bundle's id in the text written, if anything does; `cache`: where
   * generated text's bytes are kept.
   */
  constructor(
    firstLine: number,
    private readonly slot?: string,
    private readonly cache?: EmitCache,
  ) {
    this.line = firstLine;
  }

  /** Text fragbundle wrote; lines not yet attributed are attributed to `at` (generated), if given. */
  generated(text: string, at?: { file: string; line: number }): void {
    let breaks: number;
    if (this.cache && at === undefined) {
      const piece = this.cache.piece(text, this.slot);
      this.parts.push(piece);
      breaks = piece.breaks;
    } else {
      this.parts.push(text);
      breaks = countLineBreaks(text);
    }
    if (at) {
      // A line break at the very end opens the next line without writing on it yet.
      const last = this.line + breaks - (endsWithBreak(text) ? 1 : 0);
      const first = this.currentAttributed() ? this.line + 1 : this.line;
      if (first <= last) {
        this.items.push({ first, count: last - first + 1, origin: { ...at, generated: true } });
        this.merged = true;
      }
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
      const tail = this.items.at(-1) as Segment;
      tail.count -= 1;
      if (tail.count === 0) this.items.pop();
    }
    const count = breaks + 1 - (endsWithBreak(text) ? 1 : 0);
    this.items.push({ first: this.line, count, origin: { file, line, generated: false } });
    this.merged = true;
    this.line += breaks;
    if (text !== '') this.lineStart = endsWithBreak(text);
    return breaks;
  }

  /**
   * What `render` writes: `kept` when given, else rendered now. Returns the chunk to keep, which
   * is whole lines (a chunk starts at a line start and ends with a line break), so that a kept
   * chunk's lines and their origins are the same wherever it lands; undefined when what was
   * written is not (then it was written as it came).
   */
  chunk(kept: Chunk | undefined, render: (w: BundleWriter) => void, previous?: Chunk): Chunk | undefined {
    if (!this.lineStart) {
      render(this);
      return undefined;
    }
    let c = kept;
    if (c === undefined) {
      const w = new BundleWriter(0);
      render(w);
      const runs = w.runs();
      const file = runs[0]?.origin.file;
      c = {
        ...encodeChunk(w.text(''), this.slot),
        breaks: w.line,
        runs,
        file: runs.every((r) => r.origin.file === file) ? file : undefined,
      };
      if (!w.lineStart) {
        this.append(c);
        this.lineStart = false;
        return undefined;
      }
      // The same as `previous`: that one again, so that what is kept by chunk (the line table) stays.
      if (previous && sameChunk(previous, c)) c = previous;
    }
    this.append(c);
    return c;
  }

  /** Takes `c` as it is, when a chunk can be taken here (at a line's start); false when not. */
  reuse(c: Chunk): boolean {
    if (!this.lineStart) return false;
    this.append(c);
    return true;
  }

  private append(c: Chunk): void {
    this.parts.push(c);
    const placed = { chunk: c, first: this.line };
    this.items.push(placed);
    this.placed.push(placed);
    const head = c.runs[0];
    const tail = c.runs.at(-1);
    if (head && tail) {
      const before = this.lastOrigin;
      if (before && continuesAt(this.lastEnd, before, this.lastCount, this.line + head.first, head.origin))
        this.merged = true;
      this.lastEnd = this.line + tail.first + tail.count;
      this.lastOrigin = tail.origin;
      this.lastCount = tail.count;
    }
    this.line += c.breaks;
  }

  /** The text, with `id` wherever the slot stands. */
  text(id: string): string {
    const slot = this.slot;
    const ascii = Buffer.from(id, 'latin1');
    const out: string[] = [];
    for (const p of this.parts) {
      if (typeof p !== 'string') out.push(fillSlots(p, ascii).toString('utf8'));
      else out.push(slot === undefined ? p : p.replaceAll(slot, id));
    }
    return out.join('');
  }

  /**
   * The text as UTF-8 pieces, with `id` wherever the slot stands: text written as it came encoded
   * now, each kept piece's bytes as kept (its gaps filled in place), so that unchanged text is
   * neither joined nor encoded again.
   */
  bytes(id: string): Buffer[] {
    const slot = this.slot;
    const ascii = Buffer.from(id, 'latin1');
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
        out.push(fillSlots(p, ascii));
      }
    }
    flush();
    return out;
  }

  /** The segments, chunks' runs moved to where they landed. */
  private segments(): Segment[] {
    const all: Segment[] = [];
    for (const it of this.items) {
      if ('chunk' in it) {
        for (const s of it.chunk.runs) all.push({ first: s.first + it.first, count: s.count, origin: s.origin });
      } else all.push(it);
    }
    return all;
  }

  /** The segments merged into runs: where a segment continues a run, so do all its lines. */
  private runs(): Segment[] {
    const runs: Segment[] = [];
    let run: Segment | undefined;
    for (const s of this.segments()) {
      if (run && continuesAt(run.first + run.count, run.origin, run.count, s.first, s.origin)) {
        run.count += s.count;
        continue;
      }
      runs.push((run = { first: s.first, count: s.count, origin: s.origin }));
    }
    return runs;
  }

  /** The line table as runs. */
  lineTable(): LineMapping[] {
    return this.runs().map((r) => ({
      bundleLine: r.first,
      lines: r.count,
      path: r.origin.file,
      line: r.origin.line,
      generated: r.origin.generated,
    }));
  }

  /**
   * The line table as the header's JSON writes its runs (headerAround), files numbered by
   * `index`, in `memory`'s buffer: the runs of the chunks that land where they did last time
   * (the same chunks, lines and file numbers, from the first on) are there already; only the
   * rest is written, each chunk's runs from its first lines and its runs' other members as bytes.
   */
  linesBytes(index: ReadonlyMap<string, number>, memory: LineTableMemory): Buffer {
    if (this.merged) {
      memory.chunks.length = 0;
      return Buffer.from(
        this.runs()
          .map((r) => `[${r.first}${runTail(r, index.get(r.origin.file) ?? -1)}`)
          .join(','),
        'latin1',
      );
    }
    const placed = this.placed;
    const m = memory;
    const sameIndex = m.index === index;
    let k = 0;
    for (; k < placed.length && k < m.chunks.length; k++) {
      const p = at(placed, k);
      const c = p.chunk;
      if (c !== m.chunks[k] || p.first !== m.firsts[k] || c.file === undefined) break;
      if (!sameIndex && (index.get(c.file) ?? -1) !== m.files[k]) break;
    }
    let len = k === 0 ? 0 : at(m.ends, k - 1);
    m.chunks.length = k;
    m.firsts.length = k;
    m.files.length = k;
    m.ends.length = k;
    m.index = index;
    for (; k < placed.length; k++) {
      const p = at(placed, k);
      const c = p.chunk;
      const n = c.file === undefined ? -2 : (index.get(c.file) ?? -1);
      const tails = c.file !== undefined && c.tails?.index === n ? c.tails : runTails(c, n, index);
      if (c.file !== undefined) c.tails = tails;
      // Each run: a comma, a bracket and its first line (at most 16 digits and a sign) before its tail.
      if (len + tails.bytes.length + 19 * c.runs.length > m.buffer.length) {
        const grown = Buffer.allocUnsafe(Math.max(2 * m.buffer.length, len + tails.bytes.length + 19 * c.runs.length));
        m.buffer.copy(grown, 0, 0, len);
        m.buffer = grown;
      }
      const b = m.buffer;
      const t = tails.bytes;
      const { firsts, ends } = tails;
      let from = 0;
      for (let j = 0; j < firsts.length; j++) {
        if (len > 0) b[len++] = 0x2c;
        b[len++] = 0x5b;
        len = writeNumber(b, len, p.first + firsts[j]!);
        const to = ends[j]!;
        for (let q = from; q < to; q++) b[len++] = t[q]!;
        from = to;
      }
      m.chunks.push(c);
      m.firsts.push(p.first);
      m.files.push(n);
      m.ends.push(len);
    }
    return m.buffer.subarray(0, len);
  }

  /** True when an earlier call already attributed the line now being written. */
  private currentAttributed(): boolean {
    const tail = this.items.at(-1);
    return tail !== undefined && !('chunk' in tail) && tail.first + tail.count - 1 === this.line;
  }
}

/** The same bytes, gaps and runs (`made`, just made, takes the id `kept` holds into its gaps). */
function sameChunk(kept: Chunk, made: Chunk): boolean {
  const a = kept;
  const b = made;
  if (a.breaks !== b.breaks || a.bytes.length !== b.bytes.length || a.slots.length !== b.slots.length) return false;
  if (!a.slots.every((x, i) => x === b.slots[i])) return false;
  for (const x of a.slots) a.bytes.copy(b.bytes, x, x, x + ID_LENGTH);
  return (
    a.bytes.equals(b.bytes) &&
    a.runs.length === b.runs.length &&
    a.runs.every((r, i) => {
      const q = at(b.runs, i);
      return (
        r.first === q.first &&
        r.count === q.count &&
        r.origin.file === q.origin.file &&
        r.origin.line === q.origin.line &&
        r.origin.generated === q.origin.generated
      );
    })
  );
}

/** Writes a non-negative integer's decimal digits at `at`; returns where they end. */
function writeNumber(b: Buffer, at: number, n: number): number {
  const start = at;
  do {
    b[at++] = 0x30 + (n % 10);
    n = Math.floor(n / 10);
  } while (n > 0);
  for (let i = start, j = at - 1; i < j; i++, j--) {
    const d = b[i]!;
    b[i] = b[j]!;
    b[j] = d;
  }
  return at;
}

/** A chunk's runs' tails (runTail) for file number `n` (or each run's own, -2), as bytes, and where each ends. */
function runTails(c: Chunk, n: number, index: ReadonlyMap<string, number>): RunTails {
  const tails = c.runs.map((r) => runTail(r, n === -2 ? (index.get(r.origin.file) ?? -1) : n));
  const ends = new Int32Array(tails.length);
  let end = 0;
  tails.forEach((t, j) => (ends[j] = end += t.length));
  return {
    index: n,
    bytes: Buffer.from(tails.join(''), 'latin1'),
    firsts: Int32Array.from(c.runs, (r) => r.first),
    ends,
  };
}

/** A run as the header's line table writes it, `[bundleLine,lines,file,line,generated]`, but its opening bracket and first line. */
function runTail(r: Segment, file: number): string {
  return `,${r.count},${file},${r.origin.line},${r.origin.generated ? 1 : 0}]`;
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
 * Undefined when no loop can hold them: pwsh rejects a `break` out of a `finally` block, a
 * script's named blocks cannot stand in a loop, and a loop would stop the file's own loop exits
 * (the sub-file loader then loads the file from disk).
 */
function subExitEdits(
  text: string,
  symbols: FragmentSymbols,
  names: RuntimeNames,
  others: readonly TextEdit[],
): readonly TextEdit[] | undefined {
  const exits = symbols.directives.exits;
  if (exits.length === 0) return others;
  if (exits.some((e) => e.inFinally || e.inNamedBlock)) return undefined;
  // The loop would take an unlabelled break or continue that leaves the file for its caller's loop.
  if (symbols.directives.loopExits.some((l) => l.label === undefined)) return undefined;
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
