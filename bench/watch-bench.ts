/**
 * `build --watch` on the generated profile: how long a rebuild takes after one fragment changes,
 * from the file event to the renamed bundle (the watch process's own figure, in its line) and from
 * the bench's write to that line (what a user waits). Also the two event sources the watch could
 * use, side by side on the same folder: Node's recursive `fs.watch` and chokidar (only when it can
 * be imported: `FRAGBUNDLE_CHOKIDAR=/path/to/chokidar/index.js` or an installed `chokidar`;
 * fragbundle does not depend on it).
 *
 *   node dist/bench/watch-bench.js [--quick]      (also run by `npm run bench`)
 *
 * Prints medians; never a test.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { generateProfile } from './generate-profile.js';
import { median } from './stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const cli = path.join(repo, 'dist', 'fragbundle.mjs');

export interface WatchFigures {
  readonly fragments: number;
  readonly rounds: number;
  /** Median ms from the file event to the renamed bundle, as the watch process measures it. */
  readonly eventToRename: number;
  /** Median ms from the bench's write to the rebuild line it reads. */
  readonly writeToLine: number;
  /** Median ms of the first build the watch makes (symbol cache cold). */
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

/** Rebuild latency of `build --watch` after `rounds` one-fragment edits. */
async function watchRebuilds(dir: string, bundle: string, cacheDir: string, rounds: number) {
  const child = spawn(process.execPath, [cli, 'build', dir, '--output', bundle, '--cache-dir', cacheDir, '--watch'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const nextLine = () => new Promise<string>((resolve) => waiting.push(resolve));
  const first = await nextLine();
  const inside: number[] = [];
  const outside: number[] = [];
  const targets = generatedFragments(dir);
  for (let i = 0; i < rounds; i++) {
    await sleep(150);
    const file = targets[(i * 7) % targets.length];
    if (file === undefined) throw new Error(`no fragments in ${dir}`);
    const line = nextLine();
    const t0 = performance.now();
    appendFileSync(file, `# edit ${i}\n`);
    const text = await line;
    outside.push(performance.now() - t0);
    const m = / in ([0-9.]+) ms/.exec(text);
    if (!m || !text.includes('wrote')) throw new Error(`unexpected watch line: ${text}`);
    inside.push(Number(m[1]));
  }
  child.stdin.end();
  await new Promise((r) => child.once('exit', r));
  const firstMs = Number(/ in ([0-9.]+) ms/.exec(first)?.[1] ?? NaN);
  return { inside, outside, firstMs };
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

const fsWatchSource: Subscribe = (dir, onEvent) => {
  const w = watch(dir, { recursive: true }, () => {
    onEvent();
  });
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
  const cacheDir = path.join(work, 'watch', 'cache');
  rmSync(cacheDir, { recursive: true, force: true });
  const rounds = quick ? 8 : 25;
  const { inside, outside, firstMs } = await watchRebuilds(dir, bundle, cacheDir, rounds);
  const events = await eventLatency(dir, quick ? 8 : 20);
  return {
    fragments,
    rounds,
    eventToRename: median(inside),
    writeToLine: median(outside),
    firstBuild: firstMs,
    events,
  };
}

/** The figures as markdown lines for docs/benchmarks.md. */
export function watchSection(f: WatchFigures): string {
  const chokidar =
    f.events.chokidar !== undefined
      ? `chokidar ${f.events.chokidar.toFixed(1)} ms`
      : 'chokidar not measured (not importable in this run)';
  return [
    `### build --watch (generated profile, ${f.fragments} fragments)`,
    '',
    `One fragment edited ${f.rounds} times (a line appended), the watch process running; medians:`,
    '',
    '| what | ms |',
    '| --- | ---: |',
    `| file event to renamed bundle (the watch's own figure) | ${f.eventToRename.toFixed(1)} |`,
    `| bench's write to the rebuild line read (what a user waits) | ${f.writeToLine.toFixed(1)} |`,
    `| the watch's first build (empty symbol cache) | ${f.firstBuild.toFixed(0)} |`,
    '',
    `Event latency, write to callback, ${f.events.rounds} rounds alternating: fs.watch (recursive) ${f.events.fsWatch.toFixed(1)} ms; ${chokidar}.`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const work = path.join(repo, 'bench', 'out');
  mkdirSync(work, { recursive: true });
  const figures = await runWatchBench(work, process.argv.includes('--quick'));
  console.log(watchSection(figures));
}
