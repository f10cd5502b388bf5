/**
 * Write the bundle text: pure string building from the fragments, their symbols, the graph's
 * load order and the plan. Deterministic: the same input gives byte-identical text. Generated
 * code uses `\n`; a fragment's own text is embedded byte for byte (its line breaks included: a
 * here-string's value must not change).
 *
 * Layout:
 *   header (header.ts)                     what it was built from + the line table
 *   runtime helpers (runtime.ts)           compile, report, [lazy loader with the lazy texts], [timings]
 *   the fragment table, per fragment in load order:
 *     # --- <path> (eager|lazy): <reason>
 *     <rel>, <path>, '<text, lazy functions replaced by stubs>', [mode], [size, ticks, hash],
 *   [the stale guard (runtime.ts staleGuardStatement)]
 *   the loop that loads them (runtime.ts fragmentLoop), and in its `finally` the removal of the
 *   load helpers and the loop's variables
 */
import path from 'node:path';
import type {
  BundlePlan,
  DependencyGraph,
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
import { computeInputHash, formatHeader, HEADER_LINES, makeHeader, type LineMapping } from './header.js';
import { knownStubBlocker, recoveredLines } from '../text/extent-check.js';
import { type BundleOptions } from './plan-bundle.js';
import { commentText, quotePs } from '../text/quote.js';
import {
  SUB_FILE_TABLE_CLOSE,
  subFileDotSource,
  subFileEntry,
  subFileHelper,
  subFileTableOpen,
  cleanupStatement,
  failHelper,
  entryStride,
  FRAGMENT_TABLE_CLOSE,
  fragmentEntry,
  fragmentLoop,
  fragmentTableOpen,
  invocationHelper,
  invocationsStatement,
  lazyEntry,
  lazyTableClose,
  lazyTableOpen,
  loadHelper,
  runtimeNames,
  sharedStubBody,
  sharedStubStatement,
  staleGuardHelper,
  staleGuardStatement,
  stubsHelper,
  stubsStatement,
  stubText,
  ticksOf,
  timingHelpers,
  variablesCleanupStatement,
  type EntryStamp,
  type GuardSpec,
  type RuntimeNames,
} from './runtime.js';
import { at } from '../core/at.js';
import {
  deferEntry,
  deferNames,
  deferRunClose,
  deferRunOpen,
  deferSetup,
  deferInstallStatement,
  stubList,
  type DeferNames,
} from './defer-runtime.js';

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
  /** The config file the build used, relative to the bundle's folder, `/` separators. */
  readonly configFromBundle?: string;
  /** Further arguments the rebuild command needs (`--env work`), each one word as the shell takes it. */
  readonly flags: readonly string[];
}

const DEFAULT_GUARD: StaleGuardInput = { setAside: [], include: '(?i)^[^/]*\\.ps1$', exclude: '(?!)', flags: [] };

/** The bundle, its input hash (also in its header) and its line table (also in its header). */
export interface EmittedBundle {
  readonly text: string;
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
  /** Which shared stub stands in for it (an index into the shared stubs), when its stub is shared. */
  shared?: number;
}

/** Build the bundle text. Throws only on inconsistent input (a plan entry without its fragment). */
export function emitBundle(input: EmitInput): EmittedBundle {
  const fragments = new Map(input.fragments.map((f) => [f.id, f]));
  const symbols = new Map(input.symbols.map((s) => [s.fragment, s]));
  const entries = input.plan.entries;
  const sections = entries.map((entry) => {
    const fragment = fragments.get(entry.fragment);
    const sym = symbols.get(entry.fragment);
    if (!fragment || !sym)
      throw new Error(`emitBundle: plan names fragment '${entry.fragment}' that is not in the input`);
    const section: Section = {
      entry,
      fragment,
      sym,
      lines: new LineIndex(fragment.text),
      edits: fragmentEdits(fragment, sym),
      rel: quotePs(bundleRelativePath(input.fragmentsDirFromBundle, fragment.path)),
    };
    return section;
  });
  const subFiles = input.subFiles ?? [];
  const inputHash = computeInputHash(
    input.fragments,
    input.options,
    input.toolVersion,
    subFiles.map((s) => s.file),
  );
  const names = runtimeNames(inputHash.slice(0, 8));
  if (subFiles.length > 0) {
    // Followed dot-sources go through the sub-file loader: in fragments (and their lazy functions) and in sub-files.
    const loaders = new Set((input.loaders ?? []).map((l) => l.toLowerCase()));
    for (const sec of sections)
      sec.edits = withEdits(sec.edits, dotSourceEdits(sec.fragment.text, sec.sym, loaders, names));
  }
  const lazy: LazyFunction[] = [];
  const lazyBySection = sections.map((sec, i) =>
    stubbedFunctions(sec.entry, sec.sym, sec.fragment.text, sec.lines).map((shape) => {
      const f = lazyFunction(i, shape, lazy.length, sec);
      lazy.push(f);
      return f;
    }),
  );

  const sharedTexts = shareStubs(lazy, sections, names);
  const w = new BundleWriter(HEADER_LINES + 1);
  w.generated(`${loadHelper(names)}\n${failHelper(names)}\n${invocationHelper(names)}\n`);
  if (lazy.length > 0) {
    w.generated(lazyTableOpen(names));
    for (const f of lazy) {
      const { head, tail } = lazyEntry(f.relLiteral, f.line, f.column);
      w.generated(head, { fragment: f.fragment, line: f.line });
      w.source(quotePs(f.text), f.fragment, f.line);
      w.generated(tail);
    }
    w.generated(
      lazyTableClose(
        lazy.filter((f) => f.shared !== undefined).map((f) => ({ literal: quotePs(f.shape.name), index: f.index })),
      ),
    );
  }
  if (sharedTexts.length > 0)
    w.generated(`${stubsHelper(names)}\n${stubsStatement(sharedTexts.map(quotePs), names)}\n`);
  if (input.options.timings) w.generated(`${timingHelpers(names)}\n`);
  if (subFiles.length > 0) {
    const loaders = new Set((input.loaders ?? []).map((l) => l.toLowerCase()));
    w.generated(`${subFileHelper(names)}\n${subFileTableOpen(names)}`);
    subFiles.forEach(({ file, symbols }, j) => {
      const edits = withEdits(fragmentEdits(file, symbols), dotSourceEdits(file.text, symbols, loaders, names));
      const key = path.posix.normalize(bundleRelativePath(input.fragmentsDirFromBundle, file.path));
      const { head, tail } = subFileEntry(quotePs(key));
      const at = { fragment: sections.length + j, line: 1 };
      w.generated(`# --- ${commentText(file.path)} (dot-sourced)\n`, at);
      w.generated(head, at);
      w.source(quotePs(sliceWithEdits(file.text, 0, file.text.length, edits)), sections.length + j, 1);
      w.generated(tail);
    });
    w.generated(SUB_FILE_TABLE_CLOSE);
  }
  const guarded = input.options.staleGuard ?? true;
  if (guarded) w.generated(`${staleGuardHelper(names)}\n`);
  const deferred = emitDeferredTable(w, sections, inputHash.slice(0, 8), names);
  // Which fragments name `MyInvocation` in their own text, stubbed functions aside.
  const invocations: number[] = [];
  const stride = entryStride(input.options.timings, guarded);
  sections.forEach((sec, i) => {
    const own = blankRanges(
      sec.fragment.text,
      (lazyBySection[i] ?? []).map((f) => f.shape.range),
      [],
    );
    if (/MyInvocation/i.test(own)) invocations.push(i * stride);
  });
  w.generated(`${invocationsStatement(invocations, names)}\n`);
  w.generated(fragmentTableOpen(names));
  sections.forEach((sec, i) => {
    const k = deferred.index.get(i);
    if (k !== undefined) emitInstaller(w, i, k, sec, input.options.timings, guarded);
    else emitFragment(w, i, sec, lazyBySection[i] ?? [], input.options.timings, guarded, names);
  });
  w.generated(FRAGMENT_TABLE_CLOSE);
  if (guarded) w.generated(staleGuardStatement(guardSpec(input, sections), input.options.timings, names));

  const helpers: string[] = [names.load, names.fail, names.invocation];
  if (subFiles.length > 0) helpers.push(names.sub);
  if (guarded) helpers.push(names.guard, names.guardFull);
  if (sharedTexts.length > 0) helpers.push(names.stubs);
  if (input.options.timings) helpers.push(names.timeStart, names.timeStop);
  const loopVariables = [names.table, names.index, names.ast, names.errors, names.state, names.loop, names.invocations];
  if (subFiles.length > 0) loopVariables.push(names.subTable);
  if (sharedTexts.length > 0) loopVariables.push(names.stubs);
  w.generated(
    fragmentLoop(
      input.options.timings,
      guarded,
      names,
      `${cleanupStatement(helpers)}\n${variablesCleanupStatement(loopVariables)}`,
      deferred.index.size > 0 ? (k, v) => deferInstallStatement(deferred.names, k, v) : undefined,
    ),
  );

  const lineTable = w.lineTable([...entries.map((e) => e.path), ...subFiles.map((s) => s.file.path)]);
  const header = makeHeader({
    version: input.toolVersion,
    inputHash,
    options: input.options,
    fragmentsDir: input.fragmentsDirFromBundle,
    fragments: sections.map((s, i) => ({
      path: s.fragment.path,
      hash: s.fragment.hash,
      mode: deferred.index.has(i)
        ? ('deferred' as const)
        : (lazyBySection[i] ?? []).length > 0
          ? ('lazy' as const)
          : ('eager' as const),
      ...(guarded && s.fragment.stamp ? { stamp: s.fragment.stamp } : {}),
    })),
    ...(subFiles.length > 0 ? { subFiles: subFiles.map((s) => ({ path: s.file.path, hash: s.file.hash })) } : {}),
    lineTable,
  });
  return { text: formatHeader(header) + w.text(), inputHash, lineTable };
}

/** The guard statement's arguments, quoted. */
function guardSpec(input: EmitInput, sections: readonly Section[]): GuardSpec {
  const g = input.guard ?? DEFAULT_GUARD;
  const flags = g.flags.map((f) => ` ${f}`).join('');
  const stamps = sections.map((s) => entryStamp(s.fragment));
  const topLevel = [...sections.map((s) => s.fragment.path), ...g.setAside].filter((p) => !p.includes('/'));
  const names = [...new Set(topLevel)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    dirLiteral: quotePs(input.fragmentsDirFromBundle),
    relLiterals: sections.map((s) => s.rel),
    stampsLiteral: quotePs(`${stamps.map((s) => s.size).join('/')};${stamps.map((s) => s.ticks).join('/')}`),
    namesLiteral: quotePs(names.join('/')),
    setAsideLiterals: g.setAside.map(quotePs),
    includeLiteral: quotePs(g.include),
    excludeLiteral: quotePs(g.exclude),
    configLiteral: quotePs(g.configFromBundle ?? ''),
    flagsLiteral: quotePs(flags),
  };
}

/** What the guard compares for a fragment; a fragment made without a stamp never matches (its hash decides). */
function entryStamp(fragment: Fragment): EntryStamp {
  return {
    size: fragment.stamp?.size ?? -1,
    ticks: fragment.stamp ? ticksOf(fragment.stamp.modified) : '0',
    hash: fragment.hash,
  };
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
function lazyFunction(fragment: number, shape: FunctionShape, index: number, sec: Section): LazyFunction {
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
    return { fragment, shape, index, relLiteral, line: 1, column: 1, text };
  }
  const at = sec.lines.position(start);
  return {
    fragment,
    shape,
    index,
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
function shareStubs(lazy: LazyFunction[], sections: readonly Section[], names: RuntimeNames): string[] {
  const count = new Map<string, number>();
  for (const f of lazy) count.set(f.shape.name.toLowerCase(), (count.get(f.shape.name.toLowerCase()) ?? 0) + 1);
  const bodies = new Map<string, number>();
  // canShareIn reads the whole fragment: once per fragment, not once per function.
  const shareable = new Map<number, boolean>();
  for (const f of lazy) {
    const sec = at(sections, f.fragment);
    if (count.get(f.shape.name.toLowerCase()) !== 1) continue;
    let canShare = shareable.get(f.fragment);
    if (canShare === undefined) shareable.set(f.fragment, (canShare = canShareIn(sec)));
    if (!canShare) continue;
    const params = stubParams(f.shape, sec.fragment.text, sec.lines);
    if (params && /\$(?:\{)?(?:PSScriptRoot|PSCommandPath|MyInvocation)\b/i.test(params.text)) continue;
    // `[Alias()]` makes its aliases only when a `function` statement defines the function.
    if (params && /\[\s*(?:System\.Management\.Automation\.)?Alias(?:Attribute)?\s*\(/i.test(params.text)) continue;
    const body = sharedStubBody(f.shape.isAdvanced, params?.text, names);
    let k = bodies.get(body);
    if (k === undefined) {
      k = bodies.size;
      bodies.set(body, k);
    }
    f.shared = k;
  }
  return [...bodies.keys()];
}

/** True when a fragment's stubs may be compiled outside it (shareStubs). */
function canShareIn(sec: Section): boolean {
  if (sec.sym.directives.usings.length > 0) return false;
  if (sec.sym.defines.some((d) => d.kind === 'class')) return false;
  return !/(?:^|[\s;{(])(?:class|enum)\s+[\p{L}_]/imu.test(sec.fragment.text);
}

/** One fragment as the emitter sees it. */
interface Section {
  readonly entry: PlanEntry;
  readonly fragment: Fragment;
  readonly sym: FragmentSymbols;
  readonly lines: LineIndex;
  edits: readonly TextEdit[];
  /** Quoted path relative to the bundle's folder. */
  readonly rel: string;
}

/**
 * The deferred fragments' table and the runtime that runs them (defer-runtime.ts), before the
 * fragment table. Returns each deferred section's row number (by section index) and the names.
 */
function emitDeferredTable(
  w: BundleWriter,
  sections: readonly Section[],
  id: string,
  names: RuntimeNames,
): { index: Map<number, number>; names: DeferNames } {
  const d = deferNames(id);
  const index = new Map<number, number>();
  sections.forEach((sec, i) => {
    if (sec.entry.mode === 'deferred') index.set(i, index.size);
  });
  if (index.size === 0) return { index, names: d };
  w.generated(
    deferSetup(
      d,
      sections.filter((_, i) => index.has(i)).map((sec) => stubList(sec.entry.deferredStubs ?? [])),
    ),
  );
  w.generated(`${failHelper({ ...names, fail: d.fail })}\n`);
  w.generated(deferRunOpen(d));
  sections.forEach((sec, i) => {
    if (!index.has(i)) return;
    const { head, tail } = deferEntry(sec.rel, quotePs(sec.fragment.path));
    w.generated(head, { fragment: i, line: 1 });
    const text = sec.fragment.text;
    w.source(quotePs(sliceWithEdits(text, 0, text.length, sec.edits)), i, 1);
    w.generated(tail);
  });
  w.generated(deferRunClose(d));
  return { index, names: d };
}

/**
 * A deferred fragment's entry in the fragment table: its number in the deferred table instead of
 * its text; the fragment loop installs its stubs there (defer-runtime.ts deferInstallStatement).
 */
function emitInstaller(
  w: BundleWriter,
  index: number,
  k: number,
  sec: Section,
  timed: boolean,
  guarded: boolean,
): void {
  const { entry, fragment } = sec;
  const first = { fragment: index, line: 1 };
  w.generated(`# --- ${commentText(fragment.path)} (deferred): ${commentText(entry.reason)}\n`, first);
  // A stamp like an eager entry's: a deferred fragment edited since the build loads from disk.
  const stamp = guarded ? entryStamp(fragment) : undefined;
  const parts = fragmentEntry(sec.rel, quotePs(fragment.path), timed ? 'deferred' : undefined, stamp);
  w.generated(`${parts.head}${k}${parts.tail}\n`, first);
}

function emitFragment(
  w: BundleWriter,
  index: number,
  sec: Section,
  lazy: readonly LazyFunction[],
  timed: boolean,
  guarded: boolean,
  names: RuntimeNames,
): void {
  const { entry, fragment } = sec;
  const text = fragment.text;
  const show = quotePs(fragment.path);
  const first = { fragment: index, line: 1 };
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
  const stamp = guarded ? entryStamp(fragment) : undefined;
  const parts = fragmentEntry(sec.rel, show, timed ? mode : undefined, stamp);
  w.generated(parts.head, first);
  const bodyBreaks = w.source(quotePs(body), index, 1);
  // The entry's last line stands for the fragment's last line. Quoting adds no line break, so
  // when nothing was edited the body's count is the text's; else the index answers without
  // another pass over the text.
  const textBreaks = body === text ? bodyBreaks : sec.lines.breaksIn(0, text.length);
  w.generated(`${parts.tail}\n`, { fragment: index, line: 1 + textBreaks });
}

interface LineOrigin {
  readonly fragment: number;
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

/**
 * Accumulates the bundle body and remembers, for every bundle line, which fragment line it stands
 * for. It keeps segments, not one record per line (a large profile has over 100,000 lines): text
 * is only ever appended, so every line before the current one is settled, and only the current
 * line can have been attributed by an earlier call that ended in the middle of it.
 */
class BundleWriter {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private line: number;

  constructor(firstLine: number) {
    this.line = firstLine;
  }

  /** Text fragbundle wrote; lines not yet attributed are attributed to `at` (generated), if given. */
  generated(text: string, at?: { fragment: number; line: number }): void {
    this.parts.push(text);
    const breaks = countLineBreaks(text);
    if (at) {
      // A line break at the very end opens the next line without writing on it yet.
      const last = this.line + breaks - (endsWithBreak(text) ? 1 : 0);
      const first = this.currentAttributed() ? this.line + 1 : this.line;
      if (first <= last) this.segments.push({ first, count: last - first + 1, origin: { ...at, generated: true } });
    }
    this.line += breaks;
  }

  /**
   * A fragment's own text starting at fragment line `line`: its lines map one to one. Returns
   * the line breaks in `text`.
   */
  source(text: string, fragment: number, line: number): number {
    this.parts.push(text);
    const breaks = countLineBreaks(text);
    if (this.currentAttributed()) {
      const tail = this.segments.at(-1)!;
      tail.count -= 1;
      if (tail.count === 0) this.segments.pop();
    }
    const count = breaks + 1 - (endsWithBreak(text) ? 1 : 0);
    this.segments.push({ first: this.line, count, origin: { fragment, line, generated: false } });
    this.line += breaks;
    return breaks;
  }

  text(): string {
    return this.parts.join('');
  }

  /** The line table as runs, naming fragments by `paths[fragment]`. */
  lineTable(paths: readonly string[]): LineMapping[] {
    const runs: LineMapping[] = [];
    let run: { bundleLine: number; lines: number; origin: LineOrigin } | undefined;
    const flush = () => {
      if (run)
        runs.push({
          bundleLine: run.bundleLine,
          lines: run.lines,
          path: at(paths, run.origin.fragment),
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
  if (first.fragment !== next.fragment || first.generated !== next.generated) return false;
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
