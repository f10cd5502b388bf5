/**
 * `fragbundle build --watch`: a resident build. It builds once, then rebuilds whenever a file in
 * the fragments folder (sub-folders included) or a config file changes, and prints one line per
 * rebuild with its time. Between rebuilds it keeps what a new process would have to redo: the
 * grammar and parser (loaded once per process), every fragment's symbols (in memory, by content)
 * and every file's read (by path; only the files the events name are read again).
 *
 * Events come from `fs.watch` (io/watch-tree.ts: one inotify watch per directory on Linux,
 * ReadDirectoryChangesW on Windows, FSEvents on macOS): no polling. Measured against chokidar in bench/watch-bench.ts.
 * Events are debounced (an editor's save is several events): a bundle is written only once the
 * files have been quiet for the debounce time since the last event, but the build runs during
 * that quiet time rather than after it (an event before the write throws the build away and
 * starts another). A rebuild never overlaps another. The bundle is written as `build` writes it
 * (write-atomic.ts), and only when its bytes change.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmitCache } from '../../bundle/emit-bundle.js';
import { PlanMemory } from '../../bundle/plan-bundle.js';
import { readBundleHeader } from '../../bundle/header.js';
import { fileState } from '../../cache/result-memo.js';
import {
  CONFIG_FILE,
  ConfigError,
  LOADER_CONFIG_FILE,
  resolveConfig,
  type ResolvedConfig,
} from '../../config/load-config.js';
import { formatDiagnostic } from '../../core/diagnostics.js';
import type { Analysis } from '../../core/analysis.js';
import { watchTree, type TreeWatch } from '../../io/watch-tree.js';
import { describeWriteError, tempStem, writeFileAtomic } from '../../io/write-atomic.js';
import { listingStillValid, LoadError, type FileRead, type Listing } from '../../load/load-fragments.js';
import {
  analyzeLoaded,
  displayPath,
  loadProfile,
  SymbolMemory,
  type GraphMemory,
  type SubFileMemory,
} from '../../pipeline/analyze.js';
import { bundleBytes } from '../../pipeline/bundle-text.js';
import { summaryLine } from '../../report/text.js';
import { analyzeOptions, fileShower, findingsFor, type ProfileArgs } from '../run.js';

/** Where a watch session prints: stdout for the rebuild lines, stderr for findings and failures. */
export interface WatchOutput {
  out(line: string): void;
  err(text: string): void;
  /** Per rebuild that wrote or found the bundle up to date: ms from the first event to the end of each phase, in order (benchmarks). */
  phases?(marks: readonly (readonly [string, number])[]): void;
  /** Per rebuild that analysed the profile: the analysis and how its graph was had (tests). */
  analysed?(info: { readonly analysis: Analysis; readonly graph: GraphMemory['outcome'] }): void;
}

export interface WatchArgs extends ProfileArgs {
  /** Quiet time after the last event before a rebuild is written, in ms (default 10). */
  readonly debounceMs?: number;
}

/** A running watch: `closed` settles once it has stopped (`stop()`, Ctrl-C or stdin closing). */
export interface WatchSession {
  stop(): void;
  readonly closed: Promise<void>;
}

const DEFAULT_DEBOUNCE_MS = 10;

/**
 * Start watching. The first build runs at once (with the symbol cache, as `build` does); later
 * ones use what this process holds. Failures (a bad config, an empty folder, error findings, an
 * unwritable bundle) are printed and the watch goes on: the next save may fix them.
 */
export function startWatch(args: WatchArgs, output: WatchOutput): WatchSession {
  const cwd = args.cwd ?? process.cwd();
  const options = analyzeOptions(args, cwd);
  const debounceMs = args.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const symbolMemory = new SymbolMemory();
  const emitCache = new EmitCache();
  const subFileMemory: SubFileMemory = { reads: new Map(), walks: new Map() };
  const graphMemory: GraphMemory = {};
  const planMemory = new PlanMemory();
  let reads = new Map<string, FileRead>();
  /** The fragments folder's last walk, taken again while the events show no file added or removed. */
  let listing: Listing | undefined;
  let config: ResolvedConfig | undefined;
  let configKey = '';
  let watchers: FSWatcher[] = [];
  let trees: TreeWatch[] = [];
  let watched = '';
  let first = true;
  let lastFindings = '';
  /** The output this session wrote: no longer checked for being someone else's file. */
  let ownOutput: string | undefined;
  /** Absolute paths named by events not yet taken by a build; `all` when one named none. */
  let dirty = new Set<string>();
  let dirtyAll = false;
  /** When the first event not yet answered by a written bundle arrived, and when the last one did. */
  let firstEventAt: number | undefined;
  let lastEventAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = false;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));

  /** Stopped meanwhile (stop() runs between the rebuild's awaits). */
  const isStopped = (): boolean => stopped;

  /** Events arrived during the build (set by onEvent, which runs between its awaits). */
  const eventsWaiting = (): boolean => dirtyAll || dirty.size > 0;

  /**
   * One rebuild: build from what the events named, and commit it (print, write) only once the
   * files have been quiet for the debounce time since the last event. The build itself runs in
   * that quiet time instead of after it: an event that arrives before the commit (the rest of an
   * editor's save) throws the build away and starts another, so what is written is always built
   * from files that had been quiet for the debounce time, as if the build had waited.
   */
  const rebuild = async (): Promise<void> => {
    running = true;
    const startedAt = firstEventAt ?? performance.now();
    const changed = new Set<string>();
    let all = false;
    try {
      for (;;) {
        const taken = dirty;
        const takenAll = dirtyAll;
        dirty = new Set();
        dirtyAll = false;
        for (const p of taken) changed.add(p);
        all ||= takenAll;
        // A failure (a config or folder caught mid-save) waits for the quiet time like a bundle.
        const built = await buildOnce(taken, takenAll, startedAt).catch((error: unknown): Built => ({
          kind: 'failed',
          error,
        }));
        // Let file events that came during the build reach onEvent before deciding.
        await new Promise((resolve) => setImmediate(resolve));
        if (isStopped()) return;
        if (eventsWaiting()) continue;
        const quiet = lastEventAt + debounceMs - performance.now();
        if (quiet > 0) {
          await new Promise((resolve) => setTimeout(resolve, quiet));
          // Timers run before file events are read: let those already waiting in.
          await new Promise((resolve) => setImmediate(resolve));
          if (isStopped()) return;
          if (eventsWaiting()) continue;
        }
        firstEventAt = undefined;
        commit(built, changed, all, startedAt);
        return;
      }
    } catch (error) {
      firstEventAt = undefined;
      report(error);
    } finally {
      running = false;
      if (stopped) finish();
      else if (eventsWaiting()) schedule();
    }
  };

  /** What one build made, for commit to print and write once the files have been quiet. */
  type Built =
    | { readonly kind: 'failed'; readonly error: unknown }
    | {
        readonly kind: 'errors';
        readonly analysis: Analysis;
        readonly graph: GraphMemory['outcome'];
        readonly config: ResolvedConfig;
        readonly findings: string;
      }
    | {
        readonly kind: 'bundle';
        readonly analysis: Analysis;
        readonly graph: GraphMemory['outcome'];
        readonly config: ResolvedConfig;
        readonly findings: string;
        readonly bytes: readonly Buffer[];
        readonly marks: [string, number][];
      };

  /** Build from the files as they are: forget what the events in `changed` named, analyse, emit. Prints and writes nothing. */
  const buildOnce = async (changed: ReadonlySet<string>, all: boolean, startedAt: number): Promise<Built> => {
    const next = resolveConfig({ ...args, cwd });
    const key = JSON.stringify(next);
    if (key !== configKey) {
      // Definers, patterns or paths may differ: nothing read or parsed before can be trusted.
      symbolMemory.clear();
      reads = new Map();
      forgetSubFiles(subFileMemory, undefined);
      listing = undefined;
      configKey = key;
    } else if (all) {
      reads = new Map();
      forgetSubFiles(subFileMemory, undefined);
      listing = undefined;
    } else {
      if (listing && !listingStillValid(listing, changed)) listing = undefined;
      for (const p of changed) reads.delete(p);
      forgetSubFiles(subFileMemory, changed);
    }
    config = next;
    watchFolders(next);
    const marks: [string, number][] = [];
    const mark = (name: string) => marks.push([name, performance.now() - startedAt]);
    mark('config');
    const loaded = loadProfile(next, reads, listing);
    mark('load');
    reads = new Map(loaded.reads);
    listing = loaded.listing;
    const analysis = await analyzeLoaded(next, loaded, {
      ...options,
      // The first build may take symbols from the cache folder; after it, memory holds them all.
      ...(first ? {} : { cacheDir: undefined }),
      symbolMemory,
      subFileMemory,
      graphMemory,
      planMemory,
      progress: undefined,
    });
    first = false;
    mark('analyze');
    const graph = graphMemory.outcome;
    symbolMemory.prune([...analysis.fragments, ...analysis.subFiles]);
    const findings = findingsFor(analysis.diagnostics, args.quiet ?? false, fileShower(cwd, next.fragmentsDir));
    if (analysis.diagnostics.some((d) => d.severity === 'error'))
      return { kind: 'errors', analysis, graph, config: next, findings };
    const bytes = bundleBytes(
      analysis,
      next,
      {
        loaded,
        overrides: { env: args.env, lazy: args.lazy, timings: args.timings, staleGuard: args.staleGuard },
      },
      emitCache,
    );
    mark('emit');
    return { kind: 'bundle', analysis, graph, config: next, findings, bytes, marks };
  };

  /** Say what a build found and write its bundle: the files have been quiet since it read them. */
  const commit = (built: Built, changed: ReadonlySet<string>, all: boolean, startedAt: number): void => {
    if (built.kind === 'failed') {
      // A config that cannot be read leaves nothing watched yet: watch the working folder, where
      // the fix (a config file saved again) will show; before saying so, so no save is missed.
      if (watchers.length === 0 && trees.length === 0) watchFallback();
      report(built.error);
      return;
    }
    const next = built.config;
    output.analysed?.({ analysis: built.analysis, graph: built.graph });
    const out = displayPath(cwd, next.output);
    if (built.findings !== lastFindings) output.err(built.findings);
    lastFindings = built.findings;
    if (built.kind === 'errors') {
      output.out(`fragbundle: not writing ${out}: ${summaryLine(built.analysis.diagnostics)}`);
      return;
    }
    const { marks } = built;
    marks.push(['quiet', performance.now() - startedAt]);
    const foreign = ownOutput === next.output ? undefined : foreignOutput(next.output);
    if (foreign) {
      output.out(`fragbundle: not overwriting ${out}: ${foreign}; move it away or choose another --output`);
      return;
    }
    let outcome: 'written' | 'unchanged';
    try {
      outcome = writeFileAtomic(next.output, built.bytes);
    } catch (error) {
      output.out(`fragbundle: cannot write ${out}: ${describeWriteError(error)}`);
      return;
    }
    ownOutput = next.output;
    marks.push(['write', performance.now() - startedAt]);
    output.phases?.(marks);
    const ms = (performance.now() - startedAt).toFixed(1);
    const names = [...changed].map((p) => displayPath(next.fragmentsDir, p)).sort();
    const why = all
      ? ''
      : names.length > 0
        ? ` after ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', ...' : ''}`
        : '';
    const verb = outcome === 'written' ? 'wrote' : 'up to date:';
    output.out(`fragbundle: ${verb} ${out} in ${ms} ms${why} (${built.analysis.fragments.length} fragments)`);
  };

  /** The bundle's own file and its temporary files are written by the rebuild: never a cause for one. */
  const ignored = (abs: string): boolean => {
    if (!config) return false;
    const output = path.resolve(config.output);
    if (abs === output) return true;
    const stem = tempStem(path.basename(output));
    return path.dirname(abs) === path.dirname(output) && path.basename(abs).startsWith(`.${stem}.`);
  };

  const onEvent = (dir: string, filename: string | null, configOnly: boolean): void => {
    if (stopped) return;
    if (filename === null) {
      dirtyAll = true;
    } else {
      const abs = path.resolve(dir, filename);
      if (ignored(abs)) return;
      if (configOnly && path.basename(abs) !== CONFIG_FILE && path.basename(abs) !== LOADER_CONFIG_FILE) return;
      dirty.add(abs);
    }
    const now = performance.now();
    firstEventAt ??= now;
    lastEventAt = now;
    // A running rebuild sees the event before it commits, and builds again.
    if (!running) schedule();
  };

  /** Start a rebuild once the events already queued have been delivered (the rest of a burst). */
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!running && !stopped) void rebuild();
    }, 0);
  };

  /** Watch the fragments folder (recursively) and the config file's folder; again when they move. */
  const watchFolders = (c: ResolvedConfig): void => {
    const configDir = c.configPath ? path.dirname(c.configPath) : cwd;
    const key = `${c.fragmentsDir}\0${configDir}`;
    if (key === watched) return;
    closeWatchers();
    watched = key;
    try {
      trees.push(
        watchTree(
          c.fragmentsDir,
          (f) => {
            onEvent(c.fragmentsDir, f, false);
          },
          report,
        ),
      );
    } catch (error) {
      report(error);
    }
    if (
      path.relative(c.fragmentsDir, configDir).startsWith('..') ||
      path.isAbsolute(path.relative(c.fragmentsDir, configDir))
    ) {
      try {
        watchers.push(
          watch(configDir, (_e, f) => {
            onEvent(configDir, f, true);
          }),
        );
      } catch (error) {
        report(error);
      }
    }
    for (const w of watchers)
      w.on('error', (error) => {
        report(error);
      });
  };

  const watchFallback = (): void => {
    watched = '';
    try {
      watchers.push(
        watch(cwd, (_e, f) => {
          onEvent(cwd, f, false);
        }),
      );
    } catch (error) {
      report(error);
    }
  };

  const closeWatchers = (): void => {
    for (const w of watchers) w.close();
    for (const w of trees) w.close();
    watchers = [];
    trees = [];
  };

  const report = (error: unknown): void => {
    if (error instanceof ConfigError || error instanceof LoadError) {
      output.err(`${error.diagnostics.map(formatDiagnostic).join('\n')}\n`);
    } else {
      output.err(`fragbundle: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    lastFindings = '';
  };

  const finish = (): void => {
    closeWatchers();
    resolveClosed();
  };

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    if (timer) clearTimeout(timer);
    if (!running) finish();
  };

  void rebuild();
  return { stop, closed };
}

/** Forget the sub-file reads and folder listings the changed paths touch (all of them without paths). */
function forgetSubFiles(memory: SubFileMemory, changed: ReadonlySet<string> | undefined): void {
  if (!changed) {
    memory.reads.clear();
    memory.walks.clear();
    return;
  }
  for (const [rel, kept] of memory.reads) if (changed.has(kept.absolutePath)) memory.reads.delete(rel);
  // A file added, removed or renamed changes its folder's listing; a folder's own event, its parent's and its own.
  for (const p of changed) {
    memory.walks.delete(path.dirname(p));
    memory.walks.delete(p);
  }
}

/** Why the output must not be replaced (build.ts notABundle), or undefined. */
function foreignOutput(file: string): string | undefined {
  const { bytes } = fileState(file);
  if (bytes === undefined) return undefined;
  const text = bytes.toString('utf8');
  if (text.trim() === '' || readBundleHeader(text)) return undefined;
  return 'it exists and is not a bundle fragbundle wrote (no fragbundle header)';
}

/**
 * `fragbundle build --watch` as the CLI runs it: prints to the process's streams and stops on
 * Ctrl-C (SIGINT), SIGTERM, or when standard input closes (a parent that goes away).
 */
export async function runWatch(args: WatchArgs): Promise<void> {
  const session = startWatch(args, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (text) => {
      if (text) process.stderr.write(text);
    },
  });
  const stop = () => {
    session.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdin.once('end', stop);
  process.stdin.once('close', stop);
  process.stdin.resume();
  await session.closed;
  process.stdin.pause();
  process.stdin.destroy();
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
}
