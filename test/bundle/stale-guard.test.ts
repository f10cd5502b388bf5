/**
 * The stale guard end to end: `fragbundle build` as a user runs it, fragments edited, added,
 * removed and touched afterwards, and the bundle dot-sourced in fresh pwsh sessions. What the
 * session has is compared with what loading the fragments as they are now gives.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExecutionContext } from 'ava';
import { runCli } from '../helpers/cli.js';
import { pwshTest, runPwshCommand } from '../helpers/pwsh.js';
import { tempDir, tempFiles } from '../helpers/temp.js';
import { quotePs } from '../../src/text/quote.js';

/**
 * Functions long enough, and enough of them, that `--lazy auto` stubs them (plan-bundle.ts
 * DEFAULT_MIN_STUB_CHARS, DEFAULT_MIN_LAZY_SAVED_CHARS): the guard must also replace a lazy
 * fragment's stubs.
 */
function library(prefix: string, count: number, value: string): string {
  const pad = Array.from({ length: 24 }, (_, i) => `    $local${i} = '${'x'.repeat(20)}'`).join('\n');
  return Array.from({ length: count }, (_, i) => `function Get-${prefix}${i} {\n${pad}\n    '${value}'\n}\n`).join('');
}

const order = (name: string) => `$global:LoadOrder += @('${name}')\n`;

const profile = {
  'profile.d/10-a.ps1': `${order('a')}function Get-A { 'a1' }\n`,
  'profile.d/20-b.ps1': `${order('b')}${library('B', 70, 'b1')}`,
  'profile.d/30-c.ps1': `${order('c')}function Get-C { 'c1' }\n`,
};

/** What a session has after dot-sourcing `bundle`: the warnings it printed and a state line per probe. */
async function session(
  t: ExecutionContext,
  bundle: string,
  cwd: string,
): Promise<{ warnings: string[]; state: string[] }> {
  const probe = [
    `$w = . ${quotePs(bundle)} 3>&1 | ForEach-Object { "$_" }`,
    "'order=' + ($global:LoadOrder -join ',')",
    "foreach ($n in 'Get-A', 'Get-B0', 'Get-B69', 'Get-B70', 'Get-C', 'Get-N') { $c = Get-Command $n -ErrorAction SilentlyContinue; if ($c) { $n + '=' + (& $n) } else { $n + '=missing' } }",
    "foreach ($x in $w) { 'WARNING ' + ($x -replace '\\r?\\n', ' ') }",
  ].join('\n');
  const r = await runPwshCommand(probe, { cwd });
  t.is(r.exitCode, 0, r.stderr);
  const lines = r.stdout.split(/\r?\n/).filter((l) => l !== '');
  return {
    warnings: lines.filter((l) => l.startsWith('WARNING ')).map((l) => l.slice(8)),
    state: lines.filter((l) => !l.startsWith('WARNING ')),
  };
}

async function build(t: ExecutionContext, dir: string, ...args: string[]): Promise<void> {
  const r = await runCli(['build', '--cache-dir', path.join(dir, '.cache'), ...args], dir);
  t.is(r.exitCode, 0, r.stderr);
}

for (const lazy of ['auto', 'off'] as const) {
  pwshTest(
    `stale guard (--lazy ${lazy}): an edited, an added and a removed fragment load as they are now, with exactly one warning; rebuilt, none`,
    async (t) => {
      const dir = tempFiles(t, profile);
      const bundle = path.join(dir, 'profile.bundle.ps1');
      await build(t, dir, '--lazy', lazy);
      const fresh = await session(t, bundle, dir);
      t.deepEqual(fresh.warnings, [], 'nothing changed: no warning');
      t.true(fresh.state.includes('Get-B0=b1'));

      // Edit 20-b (one function gone, one new, the rest returning b2), add 15-n, remove 30-c.
      writeFileSync(
        path.join(dir, 'profile.d/20-b.ps1'),
        `${order('b')}${library('B', 71, 'b2').replace(/function Get-B0 \{[^}]*\}\n/, '')}`,
      );
      writeFileSync(path.join(dir, 'profile.d/15-n.ps1'), `${order('n')}function Get-N { 'n1' }\n`);
      rmSync(path.join(dir, 'profile.d/30-c.ps1'));
      // Content-equal but touched: a stamp differs, the hash does not: loaded from the bundle, not named.
      utimesSync(path.join(dir, 'profile.d/10-a.ps1'), new Date(), new Date(Date.now() + 5000));

      const stale = await session(t, bundle, dir);
      t.deepEqual(stale.state, [
        'order=a,n,b',
        'Get-A=a1',
        'Get-B0=missing',
        'Get-B69=b2',
        'Get-B70=b2',
        'Get-C=missing',
        'Get-N=n1',
      ]);
      t.is(stale.warnings.length, 1, stale.warnings.join('\n'));
      const [line] = stale.warnings;
      t.regex(
        line ?? '',
        /changed \(loaded from disk\): 20-b\.ps1; added \(loaded\): 15-n\.ps1; removed \(not loaded\): 30-c\.ps1\./,
      );
      t.notRegex(line ?? '', /10-a/, 'a touched file with the same bytes is not named');
      t.true(
        (line ?? '').includes(
          `Rebuild: fragbundle build ${quotePs(path.join(dir, 'profile.d'))} --output ${quotePs(bundle)} --lazy ${lazy}`,
        ),
        line,
      );

      await build(t, dir, '--lazy', lazy);
      const rebuilt = await session(t, bundle, dir);
      t.deepEqual(rebuilt.warnings, [], 'rebuilt: no warning');
      t.deepEqual(rebuilt.state, stale.state, 'rebuilt: the same state');
    },
  );
}

pwshTest(
  'stale guard: a bundle copied alone says nothing and loads what it holds; --no-stale-guard ignores edits',
  async (t) => {
    const dir = tempFiles(t, profile);
    const bundle = path.join(dir, 'profile.bundle.ps1');
    await build(t, dir);
    const alone = tempDir(t);
    cpSync(bundle, path.join(alone, 'profile.bundle.ps1'));
    const copied = await session(t, path.join(alone, 'profile.bundle.ps1'), alone);
    t.deepEqual(copied.warnings, []);
    t.true(copied.state.includes('order=a,b,c') && copied.state.includes('Get-C=c1'), copied.state.join('\n'));

    await build(t, dir, '--no-stale-guard');
    writeFileSync(path.join(dir, 'profile.d/30-c.ps1'), `${order('c')}function Get-C { 'c2' }\n`);
    mkdirSync(path.join(dir, 'profile.d', 'sub'));
    const off = await session(t, bundle, dir);
    t.deepEqual(off.warnings, []);
    t.true(off.state.includes('Get-C=c1'), 'the embedded text, as before the guard existed');
  },
);

pwshTest('stale guard: the rebuild command names the config file the bundle was built with', async (t) => {
  const dir = tempFiles(t, { ...profile, 'conf/fragbundle.config.json': '{ "fragments": "../profile.d" }\n' });
  const bundle = path.join(dir, 'profile.bundle.ps1');
  await build(t, dir, '--config', 'conf/fragbundle.config.json', '--output', 'profile.bundle.ps1');
  writeFileSync(path.join(dir, 'profile.d/30-c.ps1'), `${order('c')}function Get-C { 'c2' }\n`);
  const stale = await session(t, bundle, dir);
  t.is(stale.warnings.length, 1, stale.warnings.join('\n'));
  t.true(
    (stale.warnings[0] ?? '').includes(` --config ${quotePs(path.join(dir, 'conf', 'fragbundle.config.json'))}`),
    stale.warnings[0],
  );
});

pwshTest("stale guard: $MyInvocation stays each fragment's own when the guard drops and adds table rows", async (t) => {
  const inv = (name: string) =>
    `$global:Inv += @('${name}=' + [System.IO.Path]::GetFileName($MyInvocation.MyCommand.Path))\n`;
  const dir = tempFiles(t, {
    'profile.d/05-gone.ps1': order('gone'),
    'profile.d/10-a.ps1': `${order('a')}function Get-A { 'a1' }\n`,
    'profile.d/30-inv.ps1': `${order('inv')}${inv('inv')}`,
  });
  const bundle = path.join(dir, 'profile.bundle.ps1');
  await build(t, dir);
  // Removed before it, edited before it (now naming MyInvocation too), added after it, with and without.
  rmSync(path.join(dir, 'profile.d/05-gone.ps1'));
  writeFileSync(path.join(dir, 'profile.d/10-a.ps1'), `${order('a')}${inv('a')}`);
  writeFileSync(path.join(dir, 'profile.d/40-plain.ps1'), order('plain'));
  writeFileSync(path.join(dir, 'profile.d/50-new.ps1'), `${order('new')}${inv('new')}`);
  const r = await runPwshCommand(
    `$null = . ${quotePs(bundle)} 3>&1\n'order=' + ($global:LoadOrder -join ',')\n'inv=' + ($global:Inv -join ',')`,
    { cwd: dir },
  );
  t.is(r.exitCode, 0, r.stderr);
  t.deepEqual(
    r.stdout.split(/\r?\n/).filter((l) => l !== ''),
    ['order=a,inv,plain,new', 'inv=a=10-a.ps1,inv=30-inv.ps1,new=50-new.ps1'],
  );
});

for (const lazy of ['off', 'fragments'] as const) {
  pwshTest(
    `stale guard (--lazy ${lazy}): an edited sub-file loads from disk in its place, named in the one warning; rebuilt, none`,
    async (t) => {
      const dir = tempFiles(t, {
        'profile.d/10-a.ps1': `${order('a')}. "$PSScriptRoot/lib/x.ps1"\nfunction Get-A { 'a1' }\n`,
        'profile.d/lib/x.ps1': "function Get-X { 'x1' }\n$global:XRoot = Split-Path -Leaf $PSScriptRoot\n",
      });
      const bundle = path.join(dir, 'profile.bundle.ps1');
      const probe = async () => {
        const r = await runPwshCommand(
          [
            `$w = . ${quotePs(bundle)} 3>&1 | ForEach-Object { "$_" }`,
            // Get-A first: with deferral its first call loads the fragment, and with it the sub-file.
            "'a=' + (Get-A)",
            "'x=' + (Get-X) + ',' + $global:XRoot + ',' + [System.IO.Path]::GetFileName(${function:Get-X}.File)",
            "foreach ($x in $w) { 'WARNING ' + ($x -replace '\\r?\\n', ' ') }",
          ].join('\n'),
          { cwd: dir },
        );
        t.is(r.exitCode, 0, r.stderr);
        const lines = r.stdout.split(/\r?\n/).filter((l) => l !== '');
        return {
          warnings: lines.filter((l) => l.startsWith('WARNING ')).map((l) => l.slice(8)),
          state: lines.filter((l) => !l.startsWith('WARNING ')),
        };
      };
      await build(t, dir, '--lazy', lazy);
      const fresh = await probe();
      t.deepEqual(fresh, { warnings: [], state: ['a=a1', 'x=x1,lib,x.ps1'] });

      writeFileSync(
        path.join(dir, 'profile.d/lib/x.ps1'),
        "function Get-X { 'x2' }\n$global:XRoot = Split-Path -Leaf $PSScriptRoot\n",
      );
      const stale = await probe();
      t.deepEqual(stale.state, ['a=a1', 'x=x2,lib,x.ps1']);
      t.is(stale.warnings.length, 1, stale.warnings.join('\n'));
      t.regex(stale.warnings[0] ?? '', /changed \(loaded from disk\): lib\/x\.ps1\. Rebuild/);

      await build(t, dir, '--lazy', lazy);
      t.deepEqual(await probe(), { warnings: [], state: stale.state }, 'rebuilt: no warning, the same state');

      // Touched with the same bytes: not named, and `check` (content hashes) finds the bundle fresh
      // (built from a config file, which check reads too).
      writeFileSync(path.join(dir, 'fragbundle.config.json'), `{ "lazy": "${lazy}" }\n`);
      await build(t, dir);
      utimesSync(path.join(dir, 'profile.d/lib/x.ps1'), new Date(), new Date(Date.now() + 5000));
      t.deepEqual(await probe(), { warnings: [], state: stale.state }, 'touched: no warning');
      const check = await runCli(['check', '--cache-dir', path.join(dir, '.cache')], dir);
      t.is(check.exitCode, 0, check.stdout + check.stderr);
    },
  );
}

pwshTest(
  'stale guard: a sub-file removed since the build is not loaded from the bundle, as one-by-one loading fails or skips it',
  async (t) => {
    const dir = tempFiles(t, {
      'profile.d/10-a.ps1': `. "$PSScriptRoot/lib/x.ps1"\nfunction Get-A { 'a1' }\n`,
      'profile.d/20-b.ps1': `if (Test-Path "$PSScriptRoot/lib/y.ps1") { . "$PSScriptRoot/lib/y.ps1" }\nfunction Get-B { 'b1' }\n`,
      'profile.d/lib/x.ps1': "function Get-X { 'x1' }\n",
      'profile.d/lib/y.ps1': "function Get-Y { 'y1' }\n",
    });
    const bundle = path.join(dir, 'profile.bundle.ps1');
    await build(t, dir);
    rmSync(path.join(dir, 'profile.d/lib/x.ps1'));
    rmSync(path.join(dir, 'profile.d/lib/y.ps1'));
    const run = async (load: string) => {
      const r = await runPwshCommand(
        `$w = ${load} 3>&1 | ForEach-Object { "$_" }\nforeach ($n in 'Get-A', 'Get-B', 'Get-X', 'Get-Y') { $n + '=' + [bool](Get-Command $n -ErrorAction Ignore) }\nforeach ($x in $w) { 'WARNING ' + ($x -replace '\\r?\\n', ' ') }`,
        { cwd: dir },
      );
      t.is(r.exitCode, 0, r.stderr);
      return r.stdout.split(/\r?\n/).filter((l) => l !== '');
    };
    const bundled = await run(`. ${quotePs(bundle)}`);
    // One by one: each fragment dot-sourced in its own try/catch, as the bundle isolates them.
    const oneByOne = await run(
      ". { foreach ($f in [System.IO.Directory]::GetFiles((Join-Path $PWD 'profile.d'), '*.ps1') | Sort-Object) { try { . $f } catch { Write-Warning ('fragbundle: {0}: {1}' -f [System.IO.Path]::GetFileName($f), $_) } } }",
    );
    const state = (lines: string[]) => lines.filter((l) => !l.startsWith('WARNING '));
    t.deepEqual(state(bundled), ['Get-A=False', 'Get-B=True', 'Get-X=False', 'Get-Y=False']);
    t.deepEqual(state(bundled), state(oneByOne));
    const warnings = bundled.filter((l) => l.startsWith('WARNING '));
    t.is(warnings.length, 2, warnings.join('\n'));
    t.regex(warnings[0] ?? '', /removed \(not loaded\): lib\/x\.ps1, lib\/y\.ps1\. Rebuild/);
    t.regex(warnings[1] ?? '', /10-a\.ps1:1: .*lib\/x\.ps1' is not recognized/);
    t.regex(oneByOne.find((l) => l.startsWith('WARNING ')) ?? '', /10-a\.ps1: .*lib\/x\.ps1' is not recognized/);
  },
);

/** The state lines and warnings of a session that loads `bundle` and calls each of `names`. */
async function probe(
  t: ExecutionContext,
  bundle: string,
  cwd: string,
  names: readonly string[],
): Promise<{ warnings: string[]; state: string[] }> {
  const r = await runPwshCommand(
    [
      `$w = . ${quotePs(bundle)} 3>&1 | ForEach-Object { "$_" }`,
      `foreach ($n in ${names.map(quotePs).join(', ')}) { $c = Get-Command $n -ErrorAction SilentlyContinue; if ($c) { $n + '=' + (& $n) } else { $n + '=missing' } }`,
      "foreach ($x in $w) { 'WARNING ' + ($x -replace '\\r?\\n', ' ') }",
    ].join('\n'),
    { cwd },
  );
  t.is(r.exitCode, 0, r.stderr);
  const lines = r.stdout.split(/\r?\n/).filter((l) => l !== '');
  return {
    warnings: lines.filter((l) => l.startsWith('WARNING ')).map((l) => l.slice(8)),
    state: lines.filter((l) => !l.startsWith('WARNING ')),
  };
}

pwshTest(
  'stale guard: an edit that keeps the size, a sub-file in a nested folder and one outside the fragments folder are each found; a file the patterns do not take is not',
  async (t) => {
    const dir = tempFiles(t, {
      'profile.d/10-a.ps1': `. "$PSScriptRoot/lib/deep/y.ps1"\n. "$PSScriptRoot/../shared/z.ps1"\nfunction Get-A { 'a1' }\n`,
      'profile.d/20-b.ps1': "function Get-B { 'b1' }\n",
      'profile.d/lib/deep/y.ps1': "function Get-Y { 'y1' }\n",
      'shared/z.ps1': "function Get-Z { 'z1' }\n",
    });
    const bundle = path.join(dir, 'profile.bundle.ps1');
    const names = ['Get-A', 'Get-B', 'Get-Y', 'Get-Z'];
    await build(t, dir);
    const fresh = ['Get-A=a1', 'Get-B=b1', 'Get-Y=y1', 'Get-Z=z1'];
    writeFileSync(path.join(dir, 'profile.d/README.md'), 'notes\n');
    writeFileSync(path.join(dir, 'profile.d/lib/notes.txt'), 'notes\n');
    t.deepEqual(await probe(t, bundle, dir, names), { warnings: [], state: fresh }, 'other files: nothing said');

    // The same number of bytes, a later time: found by the time alone.
    writeFileSync(path.join(dir, 'profile.d/20-b.ps1'), "function Get-B { 'b2' }\n");
    utimesSync(path.join(dir, 'profile.d/20-b.ps1'), new Date(), new Date(Date.now() + 5000));
    const sameSize = await probe(t, bundle, dir, names);
    t.deepEqual(sameSize.state, ['Get-A=a1', 'Get-B=b2', 'Get-Y=y1', 'Get-Z=z1']);
    t.is(sameSize.warnings.length, 1, sameSize.warnings.join('\n'));
    t.regex(sameSize.warnings[0] ?? '', /changed \(loaded from disk\): 20-b\.ps1\. Rebuild/);

    await build(t, dir);
    writeFileSync(path.join(dir, 'profile.d/lib/deep/y.ps1'), "function Get-Y { 'y2' }\n");
    writeFileSync(path.join(dir, 'shared/z.ps1'), "function Get-Z { 'z2' }\n");
    const subs = await probe(t, bundle, dir, names);
    t.deepEqual(subs.state, ['Get-A=a1', 'Get-B=b2', 'Get-Y=y2', 'Get-Z=z2']);
    t.is(subs.warnings.length, 1, subs.warnings.join('\n'));
    t.regex(subs.warnings[0] ?? '', /changed \(loaded from disk\): lib\/deep\/y\.ps1, \.\.\/shared\/z\.ps1\. Rebuild/);
  },
);

pwshTest(
  'stale guard: a set-aside file removed while a fragment is added (as many top-level files as before), and an added fragment named in upper case, are found',
  async (t) => {
    const dir = tempFiles(t, {
      'profile.d/10-a.ps1': "function Get-A { 'a1' }\n",
      // Disabled: set aside by the build, so the guard counts it among the names it knew.
      'profile.d/05-h.ps1': "function Get-H { 'h1' }\n",
      'profile.d/.profile-fragments.json': '{ "disabled": ["05-h"] }\n',
    });
    const bundle = path.join(dir, 'profile.bundle.ps1');
    const names = ['Get-A', 'Get-H', 'Get-N', 'Get-U'];
    await build(t, dir);
    t.deepEqual(await probe(t, bundle, dir, names), {
      warnings: [],
      state: ['Get-A=a1', 'Get-H=missing', 'Get-N=missing', 'Get-U=missing'],
    });

    rmSync(path.join(dir, 'profile.d/05-h.ps1'));
    writeFileSync(path.join(dir, 'profile.d/40-n.ps1'), "function Get-N { 'n1' }\n");
    const swapped = await probe(t, bundle, dir, names);
    t.deepEqual(swapped.state, ['Get-A=a1', 'Get-H=missing', 'Get-N=n1', 'Get-U=missing']);
    t.is(swapped.warnings.length, 1, swapped.warnings.join('\n'));
    t.regex(swapped.warnings[0] ?? '', /added \(loaded\): 40-n\.ps1\. Rebuild/);

    await build(t, dir);
    writeFileSync(path.join(dir, 'profile.d/50-U.PS1'), "function Get-U { 'u1' }\n");
    const upper = await probe(t, bundle, dir, names);
    t.deepEqual(upper.state, ['Get-A=a1', 'Get-H=missing', 'Get-N=n1', 'Get-U=u1']);
    t.is(upper.warnings.length, 1, upper.warnings.join('\n'));
    t.regex(upper.warnings[0] ?? '', /added \(loaded\): 50-U\.PS1\. Rebuild/);
  },
);

pwshTest(
  'stale guard: with include patterns no .NET wildcard expresses, an added fragment is found and a file they do not take is not',
  async (t) => {
    const dir = tempFiles(t, {
      'profile.d/10-a.ps1': "function Get-A { 'a1' }\n",
      'profile.d/notes.ps1': "function Get-X { 'x1' }\n",
      'fragbundle.config.json': '{ "include": ["[0-9]*.ps1"] }\n',
    });
    const bundle = path.join(dir, 'profile.bundle.ps1');
    const names = ['Get-A', 'Get-N', 'Get-X'];
    await build(t, dir);
    writeFileSync(path.join(dir, 'profile.d/other.ps1'), "function Get-X { 'x2' }\n");
    t.deepEqual(await probe(t, bundle, dir, names), {
      warnings: [],
      state: ['Get-A=a1', 'Get-N=missing', 'Get-X=missing'],
    });
    writeFileSync(path.join(dir, 'profile.d/20-n.ps1'), "function Get-N { 'n1' }\n");
    const added = await probe(t, bundle, dir, names);
    t.deepEqual(added.state, ['Get-A=a1', 'Get-N=n1', 'Get-X=missing']);
    t.is(added.warnings.length, 1, added.warnings.join('\n'));
    t.regex(added.warnings[0] ?? '', /added \(loaded\): 20-n\.ps1\. Rebuild/);
  },
);

/**
 * Like probe, and how many times the full comparison ran (a breakpoint on it counts its calls):
 * 0 when the quick check held. A FIFO the guard opened would hang the session: the timeout fails it.
 */
async function probeFull(
  t: ExecutionContext,
  bundle: string,
  cwd: string,
  names: readonly string[],
): Promise<{ warnings: string[]; state: string[]; full: number }> {
  const r = await runPwshCommand(
    [
      '$global:FullRuns = 0',
      "$null = Set-PSBreakpoint -Command '__fragbundle_guardf_*' -Action { $global:FullRuns++ }",
      `$w = . ${quotePs(bundle)} 3>&1 | ForEach-Object { "$_" }`,
      `foreach ($n in ${names.map(quotePs).join(', ')}) { $c = Get-Command $n -ErrorAction SilentlyContinue; if ($c) { $n + '=' + (& $n) } else { $n + '=missing' } }`,
      "'FULL ' + $global:FullRuns",
      "foreach ($x in $w) { 'WARNING ' + ($x -replace '\\r?\\n', ' ') }",
    ].join('\n'),
    { cwd, timeout: 60_000 },
  );
  t.is(r.exitCode, 0, r.stderr);
  const lines = r.stdout.split(/\r?\n/).filter((l) => l !== '');
  return {
    warnings: lines.filter((l) => l.startsWith('WARNING ')).map((l) => l.slice(8)),
    state: lines.filter((l) => !l.startsWith('WARNING ') && !l.startsWith('FULL ')),
    full: Number(lines.find((l) => l.startsWith('FULL '))?.slice(5)),
  };
}

for (const include of [undefined, ['0*.ps1', '1*.ps1', '.*.ps1']] as const) {
  pwshTest(
    `stale guard (${include ? 'include patterns no wildcard expresses' : 'default include'}): a hidden file added since the build is neither loaded nor counted, as the plain loader and the build skip it; with includeHidden it is loaded`,
    async (t) => {
      const config = (hidden: boolean) =>
        `${JSON.stringify({ ...(include ? { include } : {}), ...(hidden ? { includeHidden: true } : {}) })}\n`;
      const dir = tempFiles(t, {
        'profile.d/10-a.ps1': "function Get-A { 'a1' }\n",
        'fragbundle.config.json': config(false),
      });
      const bundle = path.join(dir, 'profile.bundle.ps1');
      const names = ['Get-A', 'Get-H'];
      await build(t, dir);
      writeFileSync(path.join(dir, 'profile.d/.h.ps1'), "function Get-H { 'h1' }\n");
      // The plain loader, as POWERSHELL.md shows it: Get-ChildItem without -Force skips a dot name.
      const plain = await runPwshCommand(
        "Get-ChildItem profile.d -Filter *.ps1 | Sort-Object Name | ForEach-Object { . $_.FullName }\n'Get-H=' + [bool](Get-Command Get-H -ErrorAction Ignore)",
        { cwd: dir },
      );
      t.is(plain.stdout.trim(), 'Get-H=False', plain.stderr);
      t.deepEqual(
        await probeFull(t, bundle, dir, names),
        { warnings: [], state: ['Get-A=a1', 'Get-H=missing'], full: 0 },
        'not loaded, and the quick check holds',
      );

      rmSync(path.join(dir, 'profile.d/.h.ps1'));
      writeFileSync(path.join(dir, 'fragbundle.config.json'), config(true));
      await build(t, dir);
      writeFileSync(path.join(dir, 'profile.d/.h.ps1'), "function Get-H { 'h1' }\n");
      const taken = await probeFull(t, bundle, dir, names);
      t.deepEqual(taken.state, ['Get-A=a1', 'Get-H=h1']);
      t.is(taken.full, 1);
      t.is(taken.warnings.length, 1, taken.warnings.join('\n'));
      t.regex(taken.warnings[0] ?? '', /added \(loaded\): \.h\.ps1\. Rebuild/);
      await build(t, dir);
      t.deepEqual(
        await probeFull(t, bundle, dir, names),
        { warnings: [], state: ['Get-A=a1', 'Get-H=h1'], full: 0 },
        'rebuilt with includeHidden: a fragment, and the quick check holds',
      );
    },
  );
}

// A FIFO and a broken link named like fragments: the build sets them aside (LOAD_UNREADABLE, here
// a warning so that it writes the bundle); one by one, the FIFO would hang and the link fail.
// No FIFOs on Windows.
const unixPwshTest = process.platform === 'win32' ? () => undefined : pwshTest;
unixPwshTest(
  'stale guard: a FIFO and a broken link set aside by the build keep the quick check holding and are never opened; one replaced by a fragment, and one added, are found',
  async (t) => {
    const dir = tempFiles(t, {
      'profile.d/10-a.ps1': "function Get-A { 'a1' }\n",
      'fragbundle.config.json': '{ "severity": { "LOAD_UNREADABLE": "warning" } }\n',
    });
    const d = (name: string) => path.join(dir, 'profile.d', name);
    execFileSync('mkfifo', [d('20-pipe.ps1')]);
    symlinkSync('gone.ps1', d('30-link.ps1'));
    const bundle = path.join(dir, 'profile.bundle.ps1');
    const names = ['Get-A', 'Get-N'];
    await build(t, dir);
    t.deepEqual(
      await probeFull(t, bundle, dir, names),
      { warnings: [], state: ['Get-A=a1', 'Get-N=missing'], full: 0 },
      'unchanged: nothing said, nothing opened, the quick check holds',
    );

    // As many top-level names as before: the link gone, a fragment in its place.
    rmSync(d('30-link.ps1'));
    writeFileSync(d('40-n.ps1'), "function Get-N { 'n1' }\n");
    const swapped = await probeFull(t, bundle, dir, names);
    t.deepEqual(swapped.state, ['Get-A=a1', 'Get-N=n1']);
    t.is(swapped.full, 1);
    t.is(swapped.warnings.length, 1, swapped.warnings.join('\n'));
    t.regex(swapped.warnings[0] ?? '', /added \(loaded\): 40-n\.ps1\. Rebuild/);

    // Added since the build: a FIFO, a link to one and a broken link are never opened nor loaded.
    await build(t, dir);
    execFileSync('mkfifo', [d('50-pipe.ps1')]);
    symlinkSync('50-pipe.ps1', d('60-to-pipe.ps1'));
    symlinkSync('gone.ps1', d('70-link.ps1'));
    const added = await probeFull(t, bundle, dir, names);
    t.deepEqual(added.state, ['Get-A=a1', 'Get-N=n1']);
    t.notRegex(added.warnings.join('\n'), /added \(loaded\)/);
    t.regex(
      added.warnings.at(-1) ?? '',
      /added \(not loaded: empty, unreadable or not a file\): 50-pipe\.ps1, 60-to-pipe\.ps1, 70-link\.ps1\. Rebuild/,
    );
    await build(t, dir);
    t.deepEqual(await probeFull(t, bundle, dir, names), {
      warnings: [],
      state: ['Get-A=a1', 'Get-N=n1'],
      full: 0,
    });
  },
);
