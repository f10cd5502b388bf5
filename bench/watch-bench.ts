/**
 * `build --watch` on the generated profile: how long a rebuild takes after one fragment changes,
 * from the file event to the renamed bundle (the watch's own figure), where that time goes (its
 * phases, timestamped by the watch), and the floor under it on this disk: writing a file of the
 * bundle's size, flushing it and renaming it over the bundle, as every rebuild must. Two kinds of
 * edit, alternating: a line appended to a fragment (its definitions stay where they were: the
 * graph and the plan are kept) and a line inserted at its top (every position moves: the graph
 * is kept with its lines mapped, the plan's kept answers are checked). The watch runs in this process (dist/src, as tsc compiles it), so
 * that its phases can be read; its first build is a cold one. Also the two event sources the
 * watch could use, side by side on the same folder: `fs.watch` as the watch uses it
 * (src/io/watch-tree.ts) and chokidar
 * (only when it can be imported: `FRAGBUNDLE_CHOKIDAR=/path/to/chokidar/index.js` or an
 * installed `chokidar`; fragbundle does not depend on it).
 *
 *   node dist/bench/watch-bench.js [--quick]      (also run by `npm run bench`)
 *
 * Prints medians; never a test.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startWatch } from '../src/cli/commands/watch.js';
import { writeFileAtomic } from '../src/io/write-atomic.js';
import { watchTree } from '../src/io/watch-tree.js';
import { generateProfile } from './generate-profile.js';
import { median } from './stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');

/** Median ms per phase, from the first event to the end of each (the watch's marks). */
export type Phases = readonly (readonly [string, number])[];

export interface WatchFigures {
  readonly fragments: number;
  readonly rounds: number;
  readonly bundleBytes: number;
  /** Median ms from the file event to the renamed bundle, as the watch measures it, per kind of edit. */
  readonly appended: number;
  readonly inserted: number;
  /** Median ms from the bench's write to the rebuild line (what a user waits), both kinds. */
  readonly writeToLine: number;
  /**
   * Median CPU ms the process spent (every thread, user and system) from the bench's write to the
   * rebuild line, per kind of edit: the work itself, less inflated than wall time by other
   * processes on a busy machine.
   */
  readonly appendedCpu: number;
  readonly insertedCpu: number;
  /** The machine's one-minute load average when the rebuilds started and ended. */
  readonly load: readonly [number, number];
  /** Median end of each phase, per kind of edit. */
  readonly appendedPhases: Phases;
  readonly insertedPhases: Phases;
  /** Median ms of writing, flushing and renaming a file of the bundle's size over it (write-atomic.ts, as the watch writes). */
  readonly writeFloor: number;
  readonly debounceMs: number;
  /** Median ms of the first build the watch makes (nothing in memory, no symbol cache). */
  readonly firstBuild: number;
  /** Event latency (write to callback), median ms, per source; chokidar absent when it cannot be imported. */
  readonly events: { readonly fsWatch: number; readonly chokidar?: number; readonly rounds: number };
}

function writeProfile(dir: string, files: ReadonlyMap<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const DEBOUNCE_MS = 10;

/** Rebuild latency of `build --watch` after `rounds` one-fragment edits of each kind, alternating, with the write floor between them. */
async function watchRebuilds(dir: string, bundle: string, rounds: number) {
  const waiting: ((line: string) => void)[] = [];
  let phases: Phases = [];
  const session = startWatch(
    { cwd: path.dirname(dir), dir, output: bundle, cache: false, debounceMs: DEBOUNCE_MS },
    {
      out: (line) => waiting.shift()?.(line),
      err: () => undefined,
      phases: (marks) => (phases = marks),
    },
  );
  const nextLine = () => new Promise<string>((resolve) => waiting.push(resolve));
  const first = await nextLine();
  const figures = {
    appended: [] as number[],
    inserted: [] as number[],
    outside: [] as number[],
    floor: [] as number[],
    appendedCpu: [] as number[],
    insertedCpu: [] as number[],
  };
  const loadAtStart = loadavg()[0] ?? NaN;
  const phaseRuns: { appended: Phases[]; inserted: Phases[] } = { appended: [], inserted: [] };
  const targets = generatedFragments(dir);
  const floorFile = `${bundle}.floor`;
  for (let i = 0; i < rounds * 2; i++) {
    await sleep(150);
    const kind = i % 2 === 0 ? 'appended' : 'inserted';
    const file = targets[(i * 7) % targets.length];
    if (file === undefined) throw new Error(`no fragments in ${dir}`);
    const text = readFileSync(file, 'utf8');
    const line = nextLine();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    writeFileSync(file, kind === 'appended' ? `${text}# edit ${i}\n` : `# edit ${i}\n${text}`);
    const said = await line;
    figures.outside.push(performance.now() - t0);
    const cpu = process.cpuUsage(c0);
    figures[`${kind}Cpu`].push((cpu.user + cpu.system) / 1000);
    const m = / in ([0-9.]+) ms/.exec(said);
    if (!m || !said.includes('wrote')) throw new Error(`unexpected watch line: ${said}`);
    figures[kind].push(Number(m[1]));
    phaseRuns[kind].push(phases);
    // The floor, alternating with the rebuilds: the same bytes but one, written as the watch writes them.
    await sleep(50);
    const bytes = readFileSync(bundle);
    bytes[bytes.length - 2] = 0x20 + (i % 64);
    const f0 = performance.now();
    writeFileAtomic(floorFile, bytes);
    figures.floor.push(performance.now() - f0);
  }
  const loadAtEnd = loadavg()[0] ?? NaN;
  session.stop();
  await session.closed;
  rmSync(floorFile, { force: true });
  const firstMs = Number(/ in ([0-9.]+) ms/.exec(first)?.[1] ?? NaN);
  return {
    ...figures,
    phaseRuns,
    firstMs,
    bundleBytes: readFileSync(bundle).length,
    load: [loadAtStart, loadAtEnd] as const,
  };
}

/** The median end of each phase over runs that name the same phases. */
function medianPhases(runs: readonly Phases[]): Phases {
  const names = runs[0]?.map(([n]) => n) ?? [];
  return names.map((n, k) => [n, median(runs.map((r) => r[k]?.[1] ?? NaN))] as const);
}

/** The generated fragments past the bootstrap and env ones, in a fixed order. */
function generatedFragments(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.ps1'))
    .sort()
    .slice(2)
    .map((n) => path.join(dir, n));
}

type Subscribe = (dir: string, onEvent: () => void) => Promise<() => Promise<void> | void>;

/** What the watch uses: fs.watch per folder on Linux, the platform's recursive watch elsewhere. */
const fsWatchSource: Subscribe = (dir, onEvent) => {
  const w = watchTree(
    dir,
    () => {
      onEvent();
    },
    (error) => {
      throw error;
    },
  );
  return Promise.resolve(() => {
    w.close();
  });
};

async function chokidarSource(): Promise<Subscribe | undefined> {
  const spec = process.env.FRAGBUNDLE_CHOKIDAR ?? 'chokidar';
  let mod: { watch: (dir: string, opts: object) => { on(e: string, f: () => void): void; close(): Promise<void> } };
  try {
    mod = (await import(spec)) as typeof mod;
  } catch {
    return undefined;
  }
  return async (dir, onEvent) => {
    const w = mod.watch(dir, { ignoreInitial: true, persistent: true });
    await new Promise<void>((resolve) => {
      w.on('ready', resolve);
    });
    w.on('all', () => {
      onEvent();
    });
    return () => w.close();
  };
}

/** Write-to-callback latency of each source on `dir`, the sources alternating round by round. */
async function eventLatency(dir: string, rounds: number) {
  const chokidar = await chokidarSource();
  const sources: [string, Subscribe][] = [
    ['fs.watch', fsWatchSource],
    ...(chokidar ? [['chokidar', chokidar] as [string, Subscribe]] : []),
  ];
  const samples = new Map<string, number[]>(sources.map(([n]) => [n, []]));
  const file = path.join(dir, 'lib', 'bench-event.ps1');
  mkdirSync(path.dirname(file), { recursive: true });
  for (let i = 0; i < rounds; i++) {
    for (const [name, subscribe] of sources) {
      let resolveEvent!: (t: number) => void;
      const event = new Promise<number>((r) => (resolveEvent = r));
      const close = await subscribe(dir, () => {
        resolveEvent(performance.now());
      });
      await sleep(50);
      const t0 = performance.now();
      writeFileSync(file, `# ${name} ${i}\n`);
      const t1 = await Promise.race([event, sleep(2000).then(() => NaN)]);
      await close();
      samples.get(name)!.push(t1 - t0);
    }
  }
  rmSync(file, { force: true });
  const fsWatch = median(samples.get('fs.watch')!);
  const chokidarMs = chokidar ? median(samples.get('chokidar')!) : undefined;
  return { fsWatch, ...(chokidarMs !== undefined ? { chokidar: chokidarMs } : {}), rounds };
}

/** Run the watch benchmark on a generated profile in `work`. */
export async function runWatchBench(work: string, quick: boolean): Promise<WatchFigures> {
  const fragments = quick ? 100 : 400;
  const dir = path.join(work, 'watch', 'profile.d');
  writeProfile(dir, generateProfile({ fragments, targetBytes: quick ? 1_000_000 : 4_000_000 }));
  const bundle = path.join(work, 'watch', 'profile.bundle.ps1');
  const rounds = quick ? 6 : 15;
  const r = await watchRebuilds(dir, bundle, rounds);
  const events = await eventLatency(dir, quick ? 8 : 20);
  return {
    fragments,
    rounds,
    bundleBytes: r.bundleBytes,
    appended: median(r.appended),
    inserted: median(r.inserted),
    writeToLine: median(r.outside),
    appendedCpu: median(r.appendedCpu),
    insertedCpu: median(r.insertedCpu),
    load: r.load,
    appendedPhases: medianPhases(r.phaseRuns.appended),
    insertedPhases: medianPhases(r.phaseRuns.inserted),
    writeFloor: median(r.floor),
    debounceMs: DEBOUNCE_MS,
    firstBuild: r.firstMs,
    events,
  };
}

const PHASE_NAMES: Record<string, string> = {
  config: 'first event to config read (the build starts at once)',
  load: 'list the folder, read the changed file',
  analyze: 'parse it, reach sub-files, graph, plan, findings',
  emit: 'the bundle text',
  quiet: 'what is left of the debounce (10 ms quiet after the last event)',
  write: 'write, flush, rename',
};

/** The figures as markdown lines for docs/benchmarks.md. */
export function watchSection(f: WatchFigures): string {
  const chokidar =
    f.events.chokidar !== undefined
      ? `chokidar ${f.events.chokidar.toFixed(1)} ms`
      : 'chokidar not measured (not importable in this run)';
  const phaseRows = f.appendedPhases.map(([name, end], k) => {
    const startA = k === 0 ? 0 : (f.appendedPhases[k - 1]?.[1] ?? 0);
    const endI = f.insertedPhases[k]?.[1] ?? NaN;
    const startI = k === 0 ? 0 : (f.insertedPhases[k - 1]?.[1] ?? 0);
    return `| ${PHASE_NAMES[name] ?? name} | ${(end - startA).toFixed(1)} | ${(endI - startI).toFixed(1)} |`;
  });
  const floor = f.writeFloor + f.debounceMs;
  return [
    `### build --watch (generated profile, ${f.fragments} fragments)`,
    '',
    `One fragment edited ${f.rounds} times each way, alternating: a line appended (its definitions stay where they were) and a line inserted at its top (every position in it moves). The watch runs in the bench's process; medians of its own timestamps, from the first file event:`,
    '',
    '| what | appended (ms) | inserted at the top (ms) |',
    '| --- | ---: | ---: |',
    `| **file event to renamed bundle** (the watch's own figure) | **${f.appended.toFixed(1)}** | **${f.inserted.toFixed(1)}** |`,
    ...phaseRows,
    `| CPU time of the process, write to rebuild line (every thread) | ${f.appendedCpu.toFixed(1)} | ${f.insertedCpu.toFixed(1)} |`,
    '',
    `Load average (one minute) ${f.load[0].toFixed(1)} when the rebuilds started, ${f.load[1].toFixed(1)} when they ended, on ${cpus().length} cores.`,
    '',
    `The floor under any rebuild on this disk: the ${f.debounceMs} ms debounce (no bundle is written sooner after the last event; the build runs inside it), plus writing a file of the bundle's size (${(f.bundleBytes / 1e6).toFixed(2)} MB), flushing it and renaming it over the bundle as the watch does (write-atomic.ts), measured between the rebuilds: ${f.writeFloor.toFixed(1)} ms; together ${floor.toFixed(1)} ms. The bench's write to the rebuild line it reads (what a user waits): ${f.writeToLine.toFixed(1)} ms. The watch's first build (nothing in memory, no symbol cache): ${f.firstBuild.toFixed(0)} ms.`,
    '',
    `Event latency, write to callback, ${f.events.rounds} rounds alternating: fs.watch (io/watch-tree.ts) ${f.events.fsWatch.toFixed(1)} ms; ${chokidar}.`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const work = path.join(repo, 'bench', 'out');
  mkdirSync(work, { recursive: true });
  const figures = await runWatchBench(work, process.argv.includes('--quick'));
  console.log(watchSection(figures));
}
