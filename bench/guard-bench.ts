/**
 * What the bundle's stale guard costs at start-up: a generated profile of 150 fragments, built
 * with the guard and with `--no-stale-guard`, each loaded in fresh pwsh processes, alternating.
 * The guarded bundle runs with a Stopwatch around the guard's statement (a copy of the bundle,
 * one line added before and after it), so every run gives both the guard's own time and the
 * whole load's, timed inside pwsh; the unguarded bundle's load is the paired comparison.
 *
 *   node dist/bench/guard-bench.js [--quick]      (also run by `npm run bench`)
 *
 * The lazy bundle (the cheaper load, so the larger share for the guard), tools installed (stubs
 * on PATH, as bench/run.ts does). Prints medians; never a test.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProfile, TOOLS } from './generate-profile.js';
import { median } from './stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const cli = path.join(repo, 'dist', 'fragbundle.mjs');

export interface GuardFigures {
  readonly files: number;
  readonly rounds: number;
  /** Median ms of the guard statement alone, its first run in the process. */
  readonly guardMs: number;
  /** Median ms of the guard statement run a second time in the same process. */
  readonly warmGuardMs: number;
  /** Median of the paired differences, guarded load minus unguarded load, round by round. */
  readonly pairedDiffMs: number;
  /** Median ms of the guarded bundle's whole load, timed inside pwsh. */
  readonly loadMs: number;
  /** Median ms of the unguarded bundle's load. */
  readonly unguardedMs: number;
  /** Median of guard / load, run by run. */
  readonly share: number;
}

function findPwsh(): string | undefined {
  for (const dir of [
    ...(process.env.PATH ?? '').split(path.delimiter),
    path.join(process.env.HOME ?? '', '.dotnet', 'tools'),
  ]) {
    const p = path.join(dir, 'pwsh');
    if (existsSync(p)) return p;
  }
  return undefined;
}

function psQuote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * A copy of `bundle` that records the guard's own time in `$global:fbBenchGuardMs`; with `warm`,
 * the guard runs a second time right after the first and that second run's time is recorded
 * instead: its cost without the first use of the PowerShell machinery it calls (which a bundle
 * without the guard pays later, at its first use there).
 */
function instrumented(bundle: string, to: string, warm: boolean): void {
  const lines = readFileSync(bundle, 'utf8').split('\n');
  const at = lines.findIndex((l) => /^\$__fragbundle_t_[0-9a-f]+ = __fragbundle_guard_/.test(l));
  if (at < 0) throw new Error(`${bundle}: no stale guard statement`);
  const statement = lines[at] ?? '';
  const timed = [
    '$fbBenchG = [System.Diagnostics.Stopwatch]::StartNew()',
    statement,
    '$global:fbBenchGuardMs = $fbBenchG.Elapsed.TotalMilliseconds',
  ];
  lines.splice(at, 1, ...(warm ? [statement, ...timed] : timed));
  writeFileSync(to, lines.join('\n'));
}

/** Load `bundle` in a fresh pwsh; the load's ms (inside) and the guard's, when recorded. */
function load(pwsh: string, bundle: string, env: NodeJS.ProcessEnv): { loadMs: number; guardMs?: number } {
  const command = `$fbT = [System.Diagnostics.Stopwatch]::StartNew(); . ${psQuote(bundle)} *> $null; $ms = $fbT.Elapsed.TotalMilliseconds; $inv = [System.Globalization.CultureInfo]::InvariantCulture; 'load ' + $ms.ToString($inv); if ($null -ne $global:fbBenchGuardMs) { 'guard ' + $global:fbBenchGuardMs.ToString($inv) }`;
  const r = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', command], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pwsh exited ${r.status}: ${r.stderr}`);
  const loadMs = Number(/load ([0-9.]+)/.exec(r.stdout)?.[1]);
  const guard = /guard ([0-9.]+)/.exec(r.stdout)?.[1];
  return { loadMs, ...(guard !== undefined ? { guardMs: Number(guard) } : {}) };
}

/** Run the guard benchmark in `work`. */
export function runGuardBench(work: string, quick: boolean): GuardFigures | undefined {
  const pwsh = findPwsh();
  if (!pwsh) return undefined;
  const files = 150;
  const root = path.join(work, 'guard');
  const dir = path.join(root, 'profile.d');
  rmSync(root, { recursive: true, force: true });
  for (const [rel, text] of generateProfile({ fragments: files, targetBytes: 1_500_000 })) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  const bin = path.join(root, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const tool of TOOLS) {
    writeFileSync(path.join(bin, tool), '#!/bin/sh\nexit 0\n');
    chmodSync(path.join(bin, tool), 0o755);
  }
  const env = {
    ...process.env,
    POWERSHELL_TELEMETRY_OPTOUT: '1',
    POWERSHELL_UPDATECHECK: 'Off',
    PATH: `${process.env.PATH ?? ''}${path.delimiter}${bin}`,
  };
  const guarded = path.join(root, 'guarded.ps1');
  const unguarded = path.join(root, 'unguarded.ps1');
  const cache = path.join(root, 'cache');
  for (const [out, extra] of [
    [guarded, []],
    [unguarded, ['--no-stale-guard']],
  ] as const) {
    const r = spawnSync(
      process.execPath,
      [cli, 'build', dir, '--output', out, '--cache-dir', cache, '--quiet', ...extra],
      {
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  }
  const timed = path.join(root, 'guarded-timed.ps1');
  instrumented(guarded, timed, false);
  const warmTimed = path.join(root, 'guarded-warm.ps1');
  instrumented(guarded, warmTimed, true);
  const rounds = quick ? 3 : 9;
  load(pwsh, timed, env);
  load(pwsh, unguarded, env);
  const guard: number[] = [];
  const loads: number[] = [];
  const plain: number[] = [];
  const shares: number[] = [];
  const warm: number[] = [];
  const diffs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const g = load(pwsh, timed, env);
    const u = load(pwsh, unguarded, env);
    const w = load(pwsh, warmTimed, env);
    if (g.guardMs === undefined || w.guardMs === undefined) throw new Error('the guard did not record its time');
    guard.push(g.guardMs);
    loads.push(g.loadMs);
    plain.push(u.loadMs);
    shares.push(g.guardMs / g.loadMs);
    warm.push(w.guardMs);
    diffs.push(g.loadMs - u.loadMs);
  }
  return {
    files,
    rounds,
    guardMs: median(guard),
    warmGuardMs: median(warm),
    pairedDiffMs: median(diffs),
    loadMs: median(loads),
    unguardedMs: median(plain),
    share: median(shares),
  };
}

/** The figures as markdown for docs/benchmarks.md. */
export function guardSection(f: GuardFigures | undefined): string {
  if (!f) return '### Stale guard\n\nNot measured: pwsh is not installed.';
  return [
    `### Stale guard (generated profile, ${f.files} fragments, lazy bundle, tools installed)`,
    '',
    `Fresh pwsh processes, ${f.rounds} rounds alternating, timed inside pwsh; medians:`,
    '',
    '| what | ms |',
    '| --- | ---: |',
    `| the guard statement alone, its first run (one stat per fragment and sub-file, one folder listing) | ${f.guardMs.toFixed(2)} |`,
    `| the guard statement run again in the same process | ${f.warmGuardMs.toFixed(2)} |`,
    `| the guarded bundle's whole load | ${f.loadMs.toFixed(1)} |`,
    `| the same bundle built with --no-stale-guard | ${f.unguardedMs.toFixed(1)} |`,
    `| guarded minus unguarded load, paired round by round | ${f.pairedDiffMs.toFixed(1)} |`,
    '',
    `The guard's first run / the bundle's own load time, run by run: **${(100 * f.share).toFixed(2)}%**; run again: ${((100 * f.warmGuardMs) / f.loadMs).toFixed(2)}%; the paired difference of whole loads: ${((100 * f.pairedDiffMs) / f.unguardedMs).toFixed(2)}% (target < 5%). The first run also pays the first use of what it calls in PowerShell (the method binder, type conversion, member enumeration), part of which a bundle without the guard pays later; the paired difference is what the guard adds, and the noise of a shared machine is in it.`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const work = path.join(repo, 'bench', 'out');
  mkdirSync(work, { recursive: true });
  console.log(guardSection(runGuardBench(work, process.argv.includes('--quick'))));
}
