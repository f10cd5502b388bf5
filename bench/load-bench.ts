/**
 * Load-time benchmark of the bundle stage, self-contained: `node dist/bench/load-bench.js [dir...]`.
 *
 * For each profile (examples/profile.d when it exists, a synthetic profile of ~300 fragments
 * generated in a temp folder, and any folders given) it times, in fresh `pwsh -NoProfile`
 * processes, alternating variants each round, median of ROUNDS (default 5):
 *   exit        pwsh -NoProfile -Command exit (pwsh's own start)
 *   sequential  dot-sourcing the fragments one by one (try/catch each), as a profile loader does
 *   eager       the bundle with lazy loading off
 *   lazy        the bundle with lazy stubs
 * and, inside one process, how long a first call takes to load a few lazy functions.
 *
 * Symbols come from the real parse stage when it is built (dist/src/parse), else from pwsh's own
 * parser (test/pwsh/dump-symbols.ps1). Prints a table; never asserts (speed is not a test).
 * Wall time and, where /usr/bin/time exists, CPU time (user + system, much steadier on a busy
 * machine) are both reported.
 * Environment: ROUNDS, FRAGMENTS (synthetic size), KEEP=1 keeps the temp folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { emitBundle } from '../src/bundle/emit-bundle.js';
import { planBundle, type BundleOptions } from '../src/bundle/plan-bundle.js';
import { quotePs } from '../src/text/quote.js';
import type { DependencyGraph, Fragment, FragmentSymbols } from '../src/core/types.js';
import { median } from './stats.js';
import { at } from '../src/core/at.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const PWSH = [
  path.join(homedir(), '.dotnet', 'tools', 'pwsh'),
  ...(process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'pwsh')),
].find((p) => existsSync(p));
const ENV = {
  ...process.env,
  POWERSHELL_TELEMETRY_OPTOUT: '1',
  POWERSHELL_UPDATECHECK: 'Off',
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
};

/** mulberry32: the same profile every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic profile: a bootstrap of helpers called at load, some tool fragments with load-time
 * work (env, aliases through a helper, completers, guards with `return`), and mostly function
 * libraries (advanced functions with param blocks and help, simple ones, filters, aliases).
 */
function synthesise(dir: string, count: number): void {
  const rand = prng(11);
  const pick = <T>(xs: readonly T[]): T => at(xs, Math.floor(rand() * xs.length));
  const verbs = ['Get', 'Set', 'New', 'Remove', 'Invoke', 'Test', 'Update', 'Show', 'Find', 'Convert'];
  const nouns = ['Branch', 'Container', 'Pod', 'Secret', 'Path', 'Config', 'Cache', 'Log', 'Token', 'Repo', 'Build'];
  writeFileSync(
    path.join(dir, '000-bootstrap.ps1'),
    'function Set-ProfileAlias { param([string]$Name, [string]$Target) Set-Alias -Name $Name -Value $Target -Scope Global }\n$global:ProfileRoot = $PSScriptRoot\n',
  );
  for (let i = 1; i < count; i++) {
    const name = `${String(i * 10).padStart(4, '0')}-lib-${i}.ps1`;
    const parts: string[] = [`# library ${i}`];
    if (i % 10 === 0)
      parts.push(
        `if ($global:Loaded${i}) { return }`,
        `$global:Loaded${i} = $true`,
        `$env:TOOL_${i}_HOME = Join-Path $HOME '.tool${i}'`,
      );
    const fns = 3 + Math.floor(rand() * 6);
    for (let k = 0; k < fns; k++) {
      const fn = `${pick(verbs)}-${pick(nouns)}${i}x${k}`;
      const body: string[] = [];
      const lines = 4 + Math.floor(rand() * 30);
      for (let l = 0; l < lines; l++) {
        body.push(
          pick([
            `    $items = @(Get-ChildItem -Path $Path -Filter '*.${k}' -ErrorAction SilentlyContinue | Where-Object { $_.Length -gt ${l} })`,
            `    if ($Force -and $Name -match '^[a-z]+${l}$') { Write-Verbose "matched $Name" }`,
            `    $map = @{ Key = '${fn}'; Index = ${l}; When = [datetime]::Now.Ticks }`,
            `    foreach ($n in 1..${1 + (l % 4)}) { $acc += ('{0}-{1}' -f $Name, $n) }`,
            `    switch -Regex ($Name) { '^a' { $mode = 'a' } default { $mode = 'other' } }`,
            `    $text = ($Name + '${l}').ToUpperInvariant().Replace('A', 'b')`,
          ]),
        );
      }
      if (rand() < 0.6) {
        parts.push(
          `<#\n.SYNOPSIS\n    ${fn}: generated.\n#>\nfunction ${fn} {\n    [CmdletBinding()]\n    param(\n        [Parameter(Position = 0, ValueFromPipeline)] [string] $Name = 'x',\n        [string] $Path = '.',\n        [switch] $Force\n    )\n    process {\n    $acc = @()\n${body.join('\n')}\n    $acc\n    }\n}`,
        );
      } else if (rand() < 0.8) {
        parts.push(
          `function ${fn}($Name = 'x', [switch] $Force) {\n    $Path = '.'; $acc = @()\n${body.join('\n')}\n    $acc\n}`,
        );
      } else {
        parts.push(`filter ${fn} { "$_-${k}" }`);
      }
      if (rand() < 0.5)
        parts.push(
          `Set-Alias -Name ${fn
            .toLowerCase()
            .replace(/[^a-z0-9]/g, '')
            .slice(0, 6)}${i}${k} -Value ${fn}`,
        );
      if (rand() < 0.15) parts.push(`Set-ProfileAlias -Name 'p${i}x${k}' -Target '${fn}'`);
    }
    if (i % 15 === 0)
      parts.push(`Register-ArgumentCompleter -CommandName 'tool${i}' -ScriptBlock { param($w) 'a', 'b' }`);
    writeFileSync(path.join(dir, name), `${parts.join('\n')}\n`);
  }
}

/** Fragments of a folder in name order (ordinal, case-insensitive). */
function loadFolder(dir: string): Fragment[] {
  return readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.ps1'))
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))
    .map((n, order) => {
      const bytes = readFileSync(path.join(dir, n));
      return {
        id: n.replace(/\.ps1$/i, ''),
        path: n,
        absolutePath: path.join(dir, n),
        text: bytes.toString('utf8').replace(/^\uFEFF/, ''),
        order,
        hash: createHash('sha256').update(bytes).digest('hex'),
        encoding: 'utf8' as const,
      };
    });
}

async function symbolsFor(
  dir: string,
  fragments: Fragment[],
  work: string,
): Promise<{ symbols: FragmentSymbols[]; source: string }> {
  const parse = path.join(ROOT, 'dist', 'src', 'parse', 'index.js');
  if (existsSync(parse)) {
    const mod = (await import(pathToFileURL(parse).href)) as {
      parseFragments?: (f: Fragment[], o: object) => Promise<FragmentSymbols[]>;
    };
    const definers = (mod as { BUILTIN_DEFINERS?: unknown }).BUILTIN_DEFINERS;
    if (mod.parseFragments)
      return { symbols: await mod.parseFragments(fragments, { definers }), source: 'parse stage' };
  }
  const list = path.join(work, 'list.bin');
  const out = path.join(work, 'symbols.json');
  writeFileSync(list, fragments.flatMap((f) => [dir, f.path]).join('\0'));
  execFileSync(
    PWSH!,
    [
      '-NoProfile',
      '-NonInteractive',
      '-File',
      path.join(ROOT, 'test', 'pwsh', 'dump-symbols.ps1'),
      '-ListFile',
      list,
      '-Out',
      out,
    ],
    { env: ENV, maxBuffer: 1 << 28 },
  );
  const symbols = (JSON.parse(readFileSync(out, 'utf8')) as FragmentSymbols[]).map((s, i) => ({
    ...s,
    fragment: at(fragments, i).id,
  }));
  return { symbols, source: "pwsh's parser (test/pwsh/dump-symbols.ps1)" };
}

function orderGraph(symbols: FragmentSymbols[]): DependencyGraph {
  const ids = symbols.map((s) => s.fragment);
  return {
    fragments: ids,
    edges: [],
    runtimeUses: [],
    order: ids,
    levels: [ids],
    cycles: [],
    hazards: [],
    diagnostics: [],
  };
}

/** `/usr/bin/time` where it exists: CPU time (user + system) is far less disturbed by other load than wall time. */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall and CPU milliseconds of one pwsh run (CPU NaN without /usr/bin/time). */
function runMs(command: string, cwd: string, work: string): { wall: number; cpu: number } {
  const out = path.join(work, 'time.txt');
  const args = ['-NoProfile', '-NonInteractive', '-Command', command];
  const start = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-o', out, '-f', '%U %S', PWSH!, ...args], { cwd, env: ENV, stdio: 'ignore' })
    : spawnSync(PWSH!, args, { cwd, env: ENV, stdio: 'ignore' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`pwsh failed (${r.status}): ${command}`);
  if (!TIME) return { wall, cpu: Number.NaN };
  const [user = 0, system = 0] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  return { wall, cpu: (user + system) * 1000 };
}

async function benchProfile(label: string, dir: string, work: string): Promise<void> {
  const fragments = loadFolder(dir);
  const bytes = fragments.reduce((n, f) => n + f.text.length, 0);
  const { symbols, source } = await symbolsFor(dir, fragments, work);
  const graph = orderGraph(symbols);
  const build = (options: BundleOptions) => {
    const plan = planBundle(symbols, graph, options, fragments);
    return {
      plan,
      text: emitBundle({
        fragments,
        symbols,
        graph,
        plan,
        options,
        fragmentsDirFromBundle: path.relative(work, dir).split(path.sep).join('/'),
        toolVersion: 'bench',
      }).text,
    };
  };
  const eager = build({ lazy: 'off', timings: false });
  const lazy = build({ lazy: 'auto', timings: false });
  writeFileSync(path.join(work, 'eager.ps1'), eager.text);
  writeFileSync(path.join(work, 'lazy.ps1'), lazy.text);
  writeFileSync(
    path.join(work, 'sequential.ps1'),
    `foreach ($__f in @(\n${fragments.map((f) => `  ${quotePs(f.absolutePath)}`).join(',\n')}\n)) { try { . $__f } catch { Write-Warning "$__f : $_" } }\n`,
  );
  const stubs = lazy.plan.entries.flatMap((e) => e.stubs);
  console.log(`\n${label}: ${fragments.length} fragments, ${(bytes / 1024).toFixed(0)} KiB, symbols from ${source}`);
  console.log(
    `  lazy plan: ${lazy.plan.entries.filter((e) => e.mode === 'lazy').length} lazy fragments, ${stubs.length} stubs; bundle ${(lazy.text.length / 1024).toFixed(0)} KiB`,
  );

  const variants: [string, string][] = [
    ['exit', 'exit'],
    ['sequential', `. ${quotePs(path.join(work, 'sequential.ps1'))}`],
    ['eager bundle', `. ${quotePs(path.join(work, 'eager.ps1'))}`],
    ['lazy bundle', `. ${quotePs(path.join(work, 'lazy.ps1'))}`],
  ];
  const wall = new Map(variants.map(([n]) => [n, [] as number[]]));
  const cpu = new Map(variants.map(([n]) => [n, [] as number[]]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const [name, cmd] of order) {
      const t = runMs(cmd, work, work);
      wall.get(name)!.push(t.wall);
      cpu.get(name)!.push(t.cpu);
    }
  }
  for (const [label, times] of [
    ['wall', wall],
    ['cpu', cpu],
  ] as const) {
    if (label === 'cpu' && !TIME) continue;
    const base = median(times.get('exit')!);
    const seq = median(times.get('sequential')!);
    console.log(`  ${label} time (median of ${ROUNDS}; profile cost = minus pwsh's own start):`);
    for (const [name] of variants) {
      const m = median(times.get(name)!);
      const cost = m - base;
      const vs =
        name === 'exit' || name === 'sequential'
          ? ''
          : `  (${(cost / Math.max(1, seq - base)).toFixed(2)}x sequential)`;
      const costText = name === 'exit' ? '' : `  profile cost ${cost.toFixed(0).padStart(5)} ms${vs}`;
      console.log(
        `    ${name.padEnd(13)} ${m.toFixed(0).padStart(5)} ms  [${times
          .get(name)!
          .map((x) => x.toFixed(0))
          .join(' ')}]${costText}`,
      );
    }
  }
  if (stubs.length > 0) {
    // Time what a first call adds: loading the function through its stub's own loader. The
    // functions themselves are not run (example functions open editors or call tools).
    const sample = stubs.filter((_, i) => i % Math.max(1, Math.floor(stubs.length / 5)) === 0).slice(0, 5);
    const probe =
      `. ${quotePs(path.join(work, 'lazy.ps1'))}\n` +
      `foreach ($n in @(${sample.map(quotePs).join(', ')})) {\n` +
      `  $m = [regex]::Match([string](Get-Command $n).ScriptBlock, "(__fragbundle_lazy_[0-9a-f]+) (?:'[^']+' (\\d+)|\\x24MyInvocation)")\n` +
      `  $k = if ($m.Groups[2].Success) { [int]$m.Groups[2].Value } else { -1 }\n` +
      `  $ms = (Measure-Command { $null = & $m.Groups[1].Value $n $k }).TotalMilliseconds\n` +
      `  '{0}: loaded on first use in {1:n1} ms' -f $n, $ms\n` +
      '}\n';
    const r = spawnSync(PWSH!, ['-NoProfile', '-NonInteractive', '-Command', probe], {
      cwd: work,
      env: ENV,
      encoding: 'utf8',
      timeout: 120_000,
    });
    console.log('  lazy functions, time a first call adds to load the function:');
    for (const line of r.stdout.trim().split('\n')) console.log(`    ${line}`);
  }
}

async function main(): Promise<void> {
  if (!PWSH) throw new Error('pwsh not found');
  const work = mkdtempSync(path.join(tmpdir(), 'fragbundle-bench-'));
  try {
    const examples = path.join(ROOT, 'examples', 'profile.d');
    const dirs: [string, string][] = process.argv.slice(2).map((d) => [d, path.resolve(d)]);
    if (existsSync(examples)) dirs.unshift(['examples/profile.d', examples]);
    else console.log('examples/profile.d does not exist yet: skipped');
    const synthetic = path.join(work, 'synthetic', 'profile.d');
    mkdirSync(synthetic, { recursive: true });
    synthesise(synthetic, Number(process.env.FRAGMENTS ?? 300));
    dirs.push([`synthetic (${process.env.FRAGMENTS ?? 300} fragments)`, synthetic]);
    for (const [label, dir] of dirs) {
      const w = path.join(work, `w${dirs.findIndex((d) => d[1] === dir)}`);
      mkdirSync(w);
      await benchProfile(label, dir, w);
    }
  } finally {
    if (process.env.KEEP === '1') console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
