/**
 * What declaring parameters costs deferred fragments' stubs at start-up:
 * `node dist/bench/stub-declarations.js` (after `npm run build`). On the modular profile of
 * bench/generate-modular.ts (88 function-only fragments, 704 functions, tools missing), three
 * bundles built with `--lazy fragments`, loaded in fresh `pwsh -NoProfile` processes, contenders
 * alternating round by round, load time by a Stopwatch inside pwsh, median of ROUNDS (default 9):
 *   plain       every stub is the shared one that declares nothing (the bundle as built, each
 *               stub's block number set to 0 and the declared blocks not compiled)
 *   declared    as built: stubs declare their functions' parameters; same declarations share a block
 *   distinct    as built from a copy of the profile in which every function's declarations differ
 *               (one `[Alias()]` each), so every stub compiles a block of its own
 * Prints medians and the per-round ratios to plain; never asserts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateModularProfile } from './generate-modular.js';
import { median } from './stats.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'dist', 'fragbundle.mjs');
const ROUNDS = Number(process.env.ROUNDS ?? 9);
const pwsh = [
  path.join(homedir(), '.dotnet', 'tools', 'pwsh'),
  ...(process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'pwsh')),
].find((p) => existsSync(p));
const env = { ...process.env, POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off' };

function write(dir: string, files: ReadonlyMap<string, string>, edit: (text: string) => string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [rel, text] of files) writeFileSync(path.join(dir, rel), edit(text));
}

function build(root: string, dir: string, out: string): void {
  execFileSync(process.execPath, [cli, 'build', dir, '-o', out, '--lazy', 'fragments', '--quiet'], { cwd: root });
}

/** The same bundle with every stub on block 0 (declares nothing) and no declared block compiled (its text stays, unread). */
function plainVariant(text: string): string {
  return text
    .replace(/^(\$global:__fragbundle_dstate_\w+ = @\{.*)$/m, (line) => line.replace(/([fa])\d+:/g, '$10:'))
    .replace(/^& \{ param\(\$T\) foreach \(\$t in \$T\)/m, '& { param($T) foreach ($t in @())');
}

function loadMs(bundle: string): number {
  const command = `$w = [System.Diagnostics.Stopwatch]::StartNew(); . '${bundle.replace(/'/g, "''")}'; 'ms ' + $w.Elapsed.TotalMilliseconds.ToString([cultureinfo]::InvariantCulture)`;
  const r = spawnSync(pwsh!, ['-NoProfile', '-NonInteractive', '-Command', command], { env, encoding: 'utf8' });
  const m = /ms ([\d.]+)/.exec(r.stdout);
  if (!m) throw new Error(`no time from ${bundle}: ${r.stdout}${r.stderr}`);
  return Number(m[1]);
}

function main(): void {
  if (!pwsh) {
    console.log('pwsh not found');
    return;
  }
  const root = mkdtempSync(path.join(tmpdir(), 'fb-stubdecl-'));
  const profile = generateModularProfile({ mustRun: 8, functionOnly: 88, toolGated: 36, functions: 8, probes: 3 });
  writeFileSync(path.join(root, 'fragbundle.config.json'), profile.config);
  let n = 0;
  write(path.join(root, 'shared', 'profile.d'), profile.files, (t) => t);
  write(path.join(root, 'distinct', 'profile.d'), profile.files, (t) =>
    t.replace(/\[int\]\$Depth/g, () => `[Alias('d${n++}')][int]$Depth`),
  );
  const declared = path.join(root, 'shared', 'declared.ps1');
  const distinct = path.join(root, 'distinct', 'distinct.ps1');
  const plain = path.join(root, 'shared', 'plain.ps1');
  build(root, path.join(root, 'shared', 'profile.d'), declared);
  build(root, path.join(root, 'distinct', 'profile.d'), distinct);
  writeFileSync(plain, plainVariant(readFileSync(declared, 'utf8')));
  const blocks = (file: string) =>
    Math.max(0, ...[...readFileSync(file, 'utf8').matchAll(/[fa](\d+):/g)].map((m) => Number(m[1])));
  console.log(
    `modular profile: ${profile.files.size} fragments; declared blocks: declared ${blocks(declared)}, distinct ${blocks(distinct)}; ${ROUNDS} rounds`,
  );
  const contenders = [
    ['plain', plain],
    ['declared', declared],
    ['distinct', distinct],
  ] as const;
  const times = new Map<string, number[]>(contenders.map(([k]) => [k, []]));
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? contenders : [...contenders].reverse();
    for (const [k, file] of order) times.get(k)!.push(loadMs(file));
  }
  const base = times.get('plain')!;
  for (const [k] of contenders) {
    const ts = times.get(k)!;
    const ratios = ts.map((t, i) => t / base[i]!);
    console.log(
      `${k.padEnd(9)} median ${median(ts).toFixed(1)} ms  ratio to plain (median of rounds) ${median(ratios).toFixed(3)}  runs ${ts.map((t) => t.toFixed(0)).join(' ')}`,
    );
  }
  if (!process.env.KEEP) rmSync(root, { recursive: true, force: true });
  else console.log(`kept ${root}`);
}

main();
