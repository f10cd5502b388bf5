/**
 * The orchestrator: runs load -> parse -> graph -> plan in order and applies the user's policy to
 * every finding. Each stage is a plain function over plain data; this is the only module that
 * knows them all (dependency-cruiser's `cruise`: extract -> analyze -> report).
 */
import path from 'node:path';
import type { Analysis } from '../core/analysis.js';
import { planBundle, type BundleOptions, type PlanMemory } from '../bundle/plan-bundle.js';
import { cacheSalt, openSymbolCache, runningParseCode, type SymbolCache } from '../cache/symbol-cache.js';
import type { ResolvedConfig } from '../config/load-config.js';
import { unknownFragment } from '../core/diagnostics.js';
import { withSideEffectOutcome } from '../bundle/side-effect-findings.js';
import { buildGraph, fragmentResolver } from '../graph/build-graph.js';
import { journaled, type JournalEntry } from '../io/input-journal.js';
import { loadFragments, type LoadOptions, type LoadResult } from '../load/load-fragments.js';
import { listFolderWalk, readSubFile, type SubFileRead } from '../load/load-sub-files.js';
import { attachSubFiles, dotSourceTargets, type ReachedFiles } from './attach-sub-files.js';
import { nameBuiltHelpers, resolveNameBuiltCalls } from './resolve-name-built.js';
import { BUILTIN_DEFINERS, type DefinerSpec } from '../parse/walk/definers.js';
import { grammarPath } from '../parse/tree/grammar-path.js';
import { dropStandbyWorker } from '../parse/workers/standby.js';
import { parseStageFiles } from '../io/package-root.js';
import { applyPolicy } from './policy.js';
import type { DependencyGraph, Diagnostic, FolderWalk, Fragment, FragmentSymbols } from '../core/types.js';
import { movedLines } from '../core/graph-view.js';
import { remapGraphLines, type MovedFragment } from '../graph/remap-lines.js';
import { TOOL_VERSION } from '../io/version.js';
import { at } from '../core/at.js';

export interface AnalyzeOptions {
  /** The working folder, for naming the fragments folder relative to it in reports. */
  readonly cwd: string;
  /** The symbol cache folder (symbol-cache.ts); none: parse every fragment. */
  readonly cacheDir?: string;
  /** Called once the fragments are read, then as fragments are parsed (not for cache hits). */
  readonly progress?: ParseProgress;
  /**
   * Symbols kept in memory between analyses of one process (`build --watch`), looked up before
   * the symbol cache and filled with every fragment's symbols. Valid for one set of definers:
   * the caller empties it when the config changes.
   */
  readonly symbolMemory?: SymbolMemory;
  /**
   * Sub-file reads and folder listings kept between analyses of one process (`build --watch`),
   * for files and folders inside the analysed folder only (whose changes its file events name).
   * The caller forgets what changed.
   */
  readonly subFileMemory?: SubFileMemory;
  /** The graph and the plan's per-fragment results kept between analyses of one process (`build --watch`). */
  readonly graphMemory?: GraphMemory;
  readonly planMemory?: PlanMemory;
}

/**
 * AnalyzeOptions.graphMemory: the last graph and what it was built from. buildGraph is pure over
 * the symbols' graph view (GraphSymbols) and the options, so when every fragment's view is the
 * same (the same object, or an equal one) the last graph is the answer.
 */
export interface GraphMemory {
  last?: { readonly symbols: readonly FragmentSymbols[]; readonly first: string; readonly graph: DependencyGraph };
  /** How the last analysis got its graph: the last one as it was, the last one with moved lines mapped, or built. */
  outcome?: 'same' | 'moved' | 'built';
}

/** AnalyzeOptions.subFileMemory: reads by path relative to the analysed folder, with the file's absolute path; listings by the walked folder's absolute path. */
export interface SubFileMemory {
  readonly reads: Map<string, { readonly absolutePath: string; readonly read: SubFileRead }>;
  readonly walks: Map<string, { key: string; listed: { files: string[]; error?: string } }[]>;
}

/**
 * AnalyzeOptions.symbolMemory: each file's symbols by what they are a function of besides the
 * definers, its id, path and content hash. Looked up by the hash first: the hash string of an
 * unchanged file is the same string every rebuild (its read is reused), so no key is built.
 */
export class SymbolMemory {
  readonly #byHash = new Map<
    string,
    { readonly id: string; readonly path: string; readonly symbols: FragmentSymbols }[]
  >();
  #size = 0;

  get(f: SymbolSource): FragmentSymbols | undefined {
    const list = this.#byHash.get(f.hash);
    if (list === undefined) return undefined;
    // Indexed: this runs per file per rebuild, mostly before V8 optimises it.
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (e.id === f.id && e.path === f.path) return e.symbols;
    }
    return undefined;
  }

  set(f: SymbolSource, symbols: FragmentSymbols): void {
    const was = this.#byHash.get(f.hash) ?? [];
    const list = was.filter((e) => e.id !== f.id || e.path !== f.path);
    this.#size -= was.length;
    list.push({ id: f.id, path: f.path, symbols });
    this.#byHash.set(f.hash, list);
    this.#size += list.length;
  }

  clear(): void {
    this.#byHash.clear();
    this.#size = 0;
  }

  /** Entries held (for tests and pruning). */
  get size(): number {
    return this.#size;
  }

  /**
   * Forget the symbols of files no longer there, so a long session does not grow. Each edit
   * leaves one stale entry: pruned once they are as many as the live ones, so the pass costs
   * nothing per rebuild.
   */
  prune(live: readonly SymbolSource[]): void {
    if (this.#size <= 2 * live.length) return;
    const keep = new Map<string, SymbolSource[]>();
    for (const f of live) keep.set(f.hash, [...(keep.get(f.hash) ?? []), f]);
    for (const [hash, list] of this.#byHash) {
      const wanted = keep.get(hash) ?? [];
      const kept = list.filter((e) => wanted.some((f) => f.id === e.id && f.path === e.path));
      if (kept.length === 0) this.#byHash.delete(hash);
      else this.#byHash.set(hash, kept);
    }
    this.#size = 0;
    for (const list of this.#byHash.values()) this.#size += list.length;
  }
}

/** What a file's symbols are a function of, besides the definers. */
type SymbolSource = Pick<Fragment, 'id' | 'path' | 'hash'>;

/** Progress of the parse stage, for a progress line. */
export interface ParseProgress {
  start(toParse: number, cached: number): void;
  parsed(count: number): void;
}

/** The definer helpers in force: the built-ins (unless turned off) and the configured ones. */
export function effectiveDefiners(config: ResolvedConfig): DefinerSpec[] {
  const configured = config.definers.map((d) => ({ ...d }));
  if (!config.builtinDefiners) return configured;
  const overridden = new Set(configured.map((d) => d.command.toLowerCase()));
  return [...BUILTIN_DEFINERS.filter((d) => !overridden.has(d.command.toLowerCase())), ...configured];
}

/** The bundle options a config asks for. */
export function bundleOptions(config: ResolvedConfig): BundleOptions {
  return { lazy: config.lazy, timings: config.timings, staleGuard: config.staleGuard, deferral: config.deferral };
}

/** The fragments a config selects, read and decoded, in baseline order (the load stage). */
export function loadProfile(
  config: ResolvedConfig,
  reuse?: LoadOptions['reuse'],
  listing?: LoadOptions['listing'],
): LoadResult {
  return loadFragments(config.fragmentsDir, {
    ...(reuse ? { reuse } : {}),
    ...(listing ? { listing } : {}),
    include: config.include,
    exclude: config.exclude,
    includeHidden: config.includeHidden,
    disabled: config.disabled,
    baseline: config.baseline,
    ignorePaths: [config.output],
    listFiles: { disabled: config.loaderConfigPath, baseline: config.baselineFrom },
  });
}

/**
 * Analyse the profile the config points at. Throws LoadError (folder missing or empty) and
 * ConfigError; every other problem is a finding in the result.
 */
export async function analyzeProfile(config: ResolvedConfig, options: AnalyzeOptions): Promise<Analysis> {
  return analyzeLoaded(config, loadProfile(config), options);
}

/** `analyzeProfile` for fragments already loaded with `loadProfile(config)`. */
export async function analyzeLoaded(
  config: ResolvedConfig,
  loaded: LoadResult,
  options: AnalyzeOptions,
): Promise<Analysis> {
  const definers = effectiveDefiners(config);
  const parsed = await parseWithCache(loaded.fragments, config, definers, options);
  const { fragments, symbols: own } = selectEnvironment(loaded.fragments, parsed, config.environment);
  const reach = await reachSubFiles(
    loaded.root,
    own,
    (files) => parseWithCache(files, config, definers, { ...options, progress: undefined }),
    options.subFileMemory,
  );
  const attached = attachSubFiles(own, reach.reached);
  // Calls of helpers that name a variable from their arguments (learned from any file, or configured).
  // Made when a call needs it: most profiles have no such helper.
  let texts: Map<string, string> | undefined;
  const symbols = resolveNameBuiltCalls(
    attached.symbols,
    nameBuiltHelpers([...own, ...reach.symbols], config.deferral.guards),
    (p) => (texts ??= new Map([...fragments, ...reach.files].map((f) => [f.path, f.text]))).get(p),
  );
  const graph = memoGraph(symbols, config.first, options.graphMemory);
  const plan = planBundle(
    symbols,
    graph,
    bundleOptions(config),
    fragments,
    reach.files.flatMap((file, i) => {
      const s = reach.symbols[i];
      return s ? [{ file, symbols: s }] : [];
    }),
    options.planMemory,
  );
  const all: Diagnostic[] = [
    ...loaded.diagnostics,
    ...unknownNames(loaded, config),
    ...ownDiagnostics(symbols),
    ...attached.diagnostics,
    ...graph.diagnostics,
    ...withSideEffectOutcome(graph.hazards, symbols, plan),
    ...plan.diagnostics,
  ];
  return {
    root: displayPath(options.cwd, loaded.root),
    fragments,
    symbols,
    subFiles: reach.files,
    subFileSymbols: reach.symbols,
    subFileJournal: reach.journal,
    graph,
    plan,
    diagnostics: applyPolicy(all, [...symbols, ...reach.symbols], config.severity),
  };
}

/** Every fragment's own findings, in order (a loop: it runs per rebuild over every fragment). */
function ownDiagnostics(symbols: readonly FragmentSymbols[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let i = 0; i < symbols.length; i++) {
    const list = symbols[i]!.diagnostics;
    for (let k = 0; k < list.length; k++) out.push(list[k]!);
  }
  return out;
}

/** buildGraph, answered by `memory` when no fragment's graph view changed. */
function memoGraph(
  symbols: readonly FragmentSymbols[],
  firstNames: readonly string[],
  memory: GraphMemory | undefined,
): DependencyGraph {
  const first = JSON.stringify(firstNames);
  const last = memory?.last;
  if (memory && last && last.first === first && last.symbols.length === symbols.length) {
    const moved = movedFragments(last.symbols, symbols);
    const graph = moved && remapGraphLines(last.graph, moved);
    if (graph) {
      memory.last = { symbols, first, graph };
      memory.outcome = moved.length === 0 ? 'same' : 'moved';
      return graph;
    }
  }
  const graph = buildGraph(symbols, { first: firstNames });
  if (memory) {
    memory.last = { symbols, first, graph };
    memory.outcome = 'built';
  }
  return graph;
}

/**
 * The fragments whose graph view differs from the last one's only by moved lines, with how they
 * moved; undefined when any other change reaches the graph (or a path another path extends with
 * `:`, which a message could not tell apart).
 */
function movedFragments(
  last: readonly FragmentSymbols[],
  symbols: readonly FragmentSymbols[],
): MovedFragment[] | undefined {
  const moved: MovedFragment[] = [];
  for (let i = 0; i < symbols.length; i++) {
    const s = at(symbols, i);
    const was = at(last, i);
    if (was === s) continue;
    // movedLines compares the whole graph view (all but offsets): an equal view maps every line to itself.
    const lines = s.fragment === was.fragment && s.path === was.path ? movedLines(was, s) : undefined;
    if (!lines) return undefined;
    if ([...lines].some(([from, to]) => from !== to)) moved.push({ fragment: s.fragment, path: s.path, lines });
  }
  if (moved.length === 0) return moved;
  for (const m of moved) {
    const prefix = `${m.path}:`;
    const extends_ = (p: string) => p !== m.path && p.includes(prefix);
    for (const s of symbols) {
      if (extends_(s.path)) return undefined;
      for (const l of s.subFiles ?? []) if (extends_(l.path)) return undefined;
    }
  }
  return moved;
}

/**
 * Read and parse, round by round, every file the fragments dot-source at load time (and the
 * files those dot-source), each once: the parse stage names them, the load stage reads them
 * (src/load/load-sub-files.ts), until a round names nothing new. Which fragment a file belongs
 * to is attachSubFiles' business; this only gathers.
 */
async function reachSubFiles(
  root: string,
  fragments: readonly FragmentSymbols[],
  parse: (files: readonly Fragment[]) => Promise<FragmentSymbols[]>,
  memory?: SubFileMemory,
): Promise<{ reached: ReachedFiles; files: Fragment[]; symbols: FragmentSymbols[]; journal: JournalEntry[] }> {
  let paths: Set<string> | undefined;
  const isFragment = (t: string) => (paths ??= new Set(fragments.map((f) => f.path))).has(t);
  const files = new Map<string, { file: Fragment; symbols: FragmentSymbols }>();
  const failures = new Map<string, { missing: boolean; reason: string }>();
  const walks = new Map<string, { files: string[]; error?: string }>();
  const journal: JournalEntry[] = [];
  const inside = (abs: string) => {
    const rel = path.relative(root, abs);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  const walk = (w: FolderWalk) => {
    const key = JSON.stringify(w);
    let listed = walks.get(key);
    if (!listed) {
      const folder = path.resolve(root, ...w.folder.split('/'));
      const kept = memory && (folder === root || inside(folder)) ? memory.walks.get(folder) : undefined;
      listed = kept?.find((k) => k.key === key)?.listed;
      if (!listed) {
        const { value, journal: j } = journaled(() => listFolderWalk(root, w));
        journal.push(...j.entries);
        listed = value;
        if (memory && (folder === root || inside(folder)))
          memory.walks.set(folder, [...(memory.walks.get(folder) ?? []), { key, listed }]);
      }
      walks.set(key, listed);
    }
    return listed;
  };
  const readOne = (t: string): SubFileRead => {
    const kept = memory?.reads.get(t);
    if (kept) return kept.read;
    const r = readSubFile(root, t);
    const absolutePath = path.resolve(root, ...t.split('/'));
    if (memory && inside(absolutePath)) memory.reads.set(t, { absolutePath, read: r });
    return r;
  };
  let frontier: readonly FragmentSymbols[] = fragments;
  while (frontier.length > 0) {
    const wanted = new Set<string>();
    // Indexed: the first round goes over every fragment, most with no dot-source.
    for (let i = 0; i < frontier.length; i++) {
      const dotSources = frontier[i]!.directives.dotSources;
      for (let k = 0; k < dotSources.length; k++) {
        for (const t of dotSourceTargets(dotSources[k]!, { walk })) {
          if (!isFragment(t) && !files.has(t) && !failures.has(t)) wanted.add(t);
        }
      }
    }
    const { value: read, journal: j } = journaled(() => [...wanted].map((t) => ({ t, r: readOne(t) })));
    journal.push(...j.entries);
    const ok: Fragment[] = [];
    for (const { t, r } of read) {
      if (r.ok) ok.push(r.file);
      else failures.set(t, { missing: r.missing, reason: r.reason });
    }
    const parsed = ok.length > 0 ? await parse(ok) : [];
    ok.forEach((file, i) => {
      const symbols = parsed[i];
      if (symbols) files.set(file.path, { file, symbols });
    });
    frontier = parsed;
  }
  const reached: ReachedFiles = {
    symbols: (p) => {
      const f = files.get(p);
      return f && { symbols: f.symbols, hash: f.file.hash };
    },
    failure: (p) => failures.get(p),
    walk,
  };
  const all = [...files.values()];
  return { reached, files: all.map((f) => f.file), symbols: all.map((f) => f.symbols), journal };
}

/**
 * Every fragment's symbols, in input order: from the cache when its id, path and bytes are
 * unchanged, else parsed. The parser (and its grammar) is loaded only when something is parsed,
 * so a build where nothing changed never starts tree-sitter.
 */
async function parseWithCache(
  fragments: readonly Fragment[],
  config: ResolvedConfig,
  definers: readonly DefinerSpec[],
  options: AnalyzeOptions,
): Promise<FragmentSymbols[]> {
  const memory = options.symbolMemory;
  let cache: SymbolCache | undefined;
  if (options.cacheDir !== undefined && !(memory && fragments.every((f) => memory.get(f) !== undefined))) {
    const salt = cacheSalt({
      toolVersion: TOOL_VERSION,
      parseCode: runningParseCode(() => ({ grammarFile: grammarPath(), codeFiles: parseStageFiles() })),
      // Loaders change what the parse stage reports; an empty list keeps the salt as it was.
      definers: config.loaders.length > 0 ? { definers, loaders: config.loaders } : definers,
    });
    cache = openSymbolCache(options.cacheDir, config.fragmentsDir, salt);
  }
  // One indexed pass: it runs per rebuild over every fragment.
  const remembered: (FragmentSymbols | undefined)[] = new Array<FragmentSymbols | undefined>(fragments.length);
  const results: (FragmentSymbols | undefined)[] = new Array<FragmentSymbols | undefined>(fragments.length);
  const missing: Fragment[] = [];
  let unremembered = false;
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i]!;
    const r = memory?.get(f);
    remembered[i] = r;
    if (r === undefined) unremembered = true;
    results[i] = r ?? cache?.lookup(f);
    if (results[i] === undefined) missing.push(f);
  }
  options.progress?.start(missing.length, fragments.length - missing.length);
  if (missing.length > 0) {
    const { parseFragments } = await (parseStage ??= import('../parse/index.js'));
    const parsed = await parseFragments(missing, { definers, loaders: config.loaders }, (n) =>
      options.progress?.parsed(n),
    );
    let next = 0;
    fragments.forEach((f, i) => {
      if (results[i] !== undefined) return;
      const symbols = at(parsed, next++);
      results[i] = symbols;
      cache?.store(f, symbols);
    });
  } else {
    dropStandbyWorker();
  }
  cache?.save();
  if (memory && unremembered) {
    fragments.forEach((f, i) => {
      if (remembered[i] === undefined) memory.set(f, results[i]!);
    });
  }
  return results as FragmentSymbols[];
}

/** The parse stage, loaded the first time something is parsed (a build with nothing to parse never loads tree-sitter). */
let parseStage: Promise<typeof import('../parse/index.js')> | undefined;

/**
 * UNKNOWN_FRAGMENT for names in the lists the load stage does not see: the selected environment's
 * (matched by environmentNames, as selectEnvironment matches them; disabled
 * fragments count as known) and `first` (resolved as the graph resolves it). A typo there leaves
 * the fragment it meant out of the environment, or not first.
 */
function unknownNames(loaded: LoadResult, config: ResolvedConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unknown = (list: string, name: string, file: string | undefined) =>
    out.push(unknownFragment(list, name, file ?? loaded.root));
  const disabled = new Set(config.disabled.map((n) => n.toLowerCase()));
  const environment = config.environment;
  if (environment?.fragments) {
    const known = new Set(disabled);
    for (const f of loaded.fragments) for (const n of environmentNames(f)) known.add(n);
    for (const name of new Set(environment.fragments)) {
      if (!known.has(name.toLowerCase())) unknown(`environment "${environment.name}"`, name, config.loaderConfigPath);
    }
  }
  if (config.first.length === 0) return out;
  const resolve = fragmentResolver(loaded.fragments.map((f) => f.id));
  for (const name of new Set(config.first)) {
    if (resolve(name) === undefined && !disabled.has(name.toLowerCase())) unknown('first', name, config.configPath);
  }
  return out;
}

/**
 * With `--env NAME`: keep the fragments that environment enables (`.profile-fragments.json`
 * `environments`), and drop fragments whose `# Environment:` header does not name it.
 * Baseline positions are renumbered so they stay 0..n-1.
 */
function selectEnvironment(
  fragments: readonly Fragment[],
  symbols: readonly FragmentSymbols[],
  environment: ResolvedConfig['environment'],
): { fragments: Fragment[]; symbols: FragmentSymbols[] } {
  if (!environment) return { fragments: [...fragments], symbols: [...symbols] };
  const wanted = environment.name.toLowerCase();
  const listed = environment.fragments ? new Set(environment.fragments.map((n) => n.toLowerCase())) : undefined;
  const keep = fragments.map((f, i) => {
    const envs = at(symbols, i).directives.environments.map((e) => e.toLowerCase());
    const byList = !listed || environmentNames(f).some((n) => listed.has(n));
    const byHeader = envs.length === 0 || envs.includes(wanted);
    return byList && byHeader;
  });
  const kept = fragments.filter((_, i) => keep[i]).map((f, order) => ({ ...f, order }));
  return { fragments: kept, symbols: symbols.filter((_, i) => keep[i]) };
}

/** The names an environment's list may give a fragment: its id, or its id without the number prefix (lower case). */
function environmentNames(f: Fragment): string[] {
  const id = f.id.toLowerCase();
  return [id, id.replace(/^\d+[-_. ]*/, '')];
}

/** A folder as the user would write it: relative when inside the working folder, `/` separators. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute);
  const shown = rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? absolute : rel;
  return shown.split(path.sep).join('/');
}
