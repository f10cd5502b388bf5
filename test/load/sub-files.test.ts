/**
 * Following dot-sourced sub-files end to end (load, parse, attach): chains, folder walks, cycles,
 * missing files, a sub-file two fragments load, and where findings point.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { analyzeProfile } from '../../src/pipeline/analyze.js';
import type { Analysis } from '../../src/core/analysis.js';
import { resolveConfig } from '../../src/config/load-config.js';
import { runInit } from '../../src/cli/commands/init.js';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp.js';

async function analyze(t: Parameters<typeof tempFiles>[0], files: Record<string, string>): Promise<Analysis> {
  const dir = tempFiles(t, files);
  return analyzeProfile(resolveConfig({ cwd: dir, dir: 'p' }), { cwd: dir });
}

const codes = (a: Analysis, code: string) =>
  a.diagnostics.filter((d) => d.code === code).map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);

test('a chain of sub-files belongs to the fragment at its top, with each file its own positions', async (t) => {
  const a = await analyze(t, {
    'p/00-boot.ps1': "$dir = Join-Path $PSScriptRoot 'boot'\n$p = Join-Path $dir 'a.ps1'\nif (Test-Path $p) { . $p }\n",
    'p/boot/a.ps1': '# a\n. "$PSScriptRoot/b.ps1"\nfunction global:Get-A {}\n',
    'p/boot/b.ps1': 'function Set-B {}\n',
    'p/10-use.ps1': 'Set-B\nGet-A\n',
  });
  const boot = a.symbols.at(0);
  t.deepEqual(
    boot?.defines.filter((d) => d.kind === 'function').map((d) => [d.name, d.file, d.line, d.conditional]),
    [
      ['Set-B', 'boot/b.ps1', 1, true],
      ['Get-A', 'boot/a.ps1', 3, true],
    ],
  );
  t.deepEqual(
    boot?.subFiles?.map((l) => [l.path, l.from, l.line]),
    [
      ['boot/a.ps1', '00-boot.ps1', 3],
      ['boot/b.ps1', 'boot/a.ps1', 2],
    ],
  );
  t.deepEqual(
    a.graph.edges.map((e) => [e.from, e.to, e.via.map((v) => v.name)]),
    [['00-boot', '10-use', ['Set-B', 'Get-A']]],
  );
  t.deepEqual(
    a.subFiles.map((f) => f.path),
    ['boot/a.ps1', 'boot/b.ps1'],
  );
});

test('a use in a sub-file before the fragment defines the name is an order violation in the sub-file', async (t) => {
  const a = await analyze(t, {
    'p/00-a.ps1': '. "$PSScriptRoot/lib/x.ps1"\n',
    'p/lib/x.ps1': '\nGet-Later\n',
    'p/10-b.ps1': 'function Get-Later {}\n',
  });
  t.deepEqual(codes(a, 'ORDER_VIOLATION').length, 1);
  t.regex(codes(a, 'ORDER_VIOLATION')[0] ?? '', /^lib\/x\.ps1:2:1 /);
});

test('a definition in a sub-file that runs before a use in the fragment satisfies it; after, it does not', async (t) => {
  // Lines alone would say otherwise: the sub-file defines at lines 5 and 6, the fragment uses at 1 and 3.
  const a = await analyze(t, {
    'p/00-z.ps1': 'function Use-Early {}\nfunction Use-Late {}\n',
    'p/10-a.ps1': 'Use-Early\n. "$PSScriptRoot/lib/x.ps1"\nUse-Late\n',
    'p/lib/x.ps1': '\n\n\n\nfunction Use-Early {}\nfunction Use-Late {}\n',
  });
  t.deepEqual(
    a.graph.edges.map((e) => [e.from, e.to, e.via.map((v) => `${v.name}@${v.file ?? ''}${v.line}`)]),
    [['00-z', '10-a', ['Use-Early@1', 'Use-Early@lib/x.ps15', 'Use-Late@lib/x.ps16']]],
  );
});

test('folder walks expand in name order; an unsorted one says so', async (t) => {
  const a = await analyze(t, {
    'p/00-a.ps1':
      "Get-ChildItem (Join-Path $PSScriptRoot 'conf.d') -Filter *.ps1 | Sort-Object Name -Descending | ForEach-Object { . $_.FullName }\n" +
      'Get-ChildItem "$PSScriptRoot/more" -Filter *.ps1 | ForEach-Object { . $_ }\n',
    'p/conf.d/1.ps1': 'function One {}\n',
    'p/conf.d/2.PS1': 'function Two {}\n',
    'p/conf.d/.hidden.ps1': 'function Hidden {}\n',
    'p/conf.d/notes.txt': 'function Txt {}\n',
    'p/more/b.ps1': 'function B {}\n',
    'p/more/a.ps1': 'function A {}\n',
  });
  t.deepEqual(
    a.symbols[0]?.subFiles?.map((l) => l.path),
    ['conf.d/2.PS1', 'conf.d/1.ps1', 'more/a.ps1', 'more/b.ps1'],
  );
  t.is(codes(a, 'FOLDER_WALK_ORDER').length, 1);
  t.regex(codes(a, 'FOLDER_WALK_ORDER')[0] ?? '', /^00-a\.ps1:2:.*more\/a\.ps1, more\/b\.ps1/);
});

test('a cycle of dot-sources is reported once and not followed round', async (t) => {
  const a = await analyze(t, {
    'p/00-a.ps1': '. "$PSScriptRoot/lib/x.ps1"\n',
    'p/lib/x.ps1': '. "$PSScriptRoot/y.ps1"\nfunction X {}\n',
    'p/lib/y.ps1': '. "$PSScriptRoot/x.ps1"\nfunction Y {}\n',
  });
  t.deepEqual(codes(a, 'DOT_SOURCE_CYCLE'), [
    'lib/y.ps1:1:1 dot-sources lib/x.ps1, which is already loading: 00-a.ps1 -> lib/x.ps1 -> lib/y.ps1 -> lib/x.ps1',
  ]);
  t.deepEqual(
    a.symbols[0]?.defines.map((d) => d.name),
    ['Y', 'X'],
  );
});

test('a missing sub-file is a warning, or info under its own Test-Path guard', async (t) => {
  const a = await analyze(t, {
    'p/00-a.ps1':
      '. "$PSScriptRoot/gone.ps1"\n$p = "$PSScriptRoot/opt.ps1"\nif (Test-Path $p) { . $p }\n. "$PSScriptRoot/lib"\n',
    'p/lib/x.ps1': '',
  });
  t.deepEqual(
    a.diagnostics.filter((d) => d.code === 'DOT_SOURCE_MISSING').map((d) => [d.line, d.severity]),
    [
      [1, 'warning'],
      [3, 'info'],
      [4, 'warning'],
    ],
  );
});

test('a sub-file two fragments load belongs to the first; the second dot-source says so', async (t) => {
  const a = await analyze(t, {
    'p/00-a.ps1': '. "$PSScriptRoot/lib/common.ps1"\n',
    'p/10-b.ps1': '. "$PSScriptRoot/lib/common.ps1"\nGet-Common\n',
    'p/lib/common.ps1': 'function Get-Common {}\n',
  });
  t.deepEqual(
    a.symbols.map((s) => s.subFiles?.map((l) => l.path) ?? []),
    [['lib/common.ps1'], []],
  );
  t.deepEqual(codes(a, 'SUB_FILE_SHARED'), [
    '10-b.ps1:1:1 dot-sources lib/common.ps1, which 00-a.ps1 loads first; its definitions are counted there, and it runs again here',
  ]);
  t.deepEqual(
    a.graph.edges.map((e) => [e.from, e.to]),
    [['00-a', '10-b']],
  );
});

test('a dot-source of a top-level fragment is no sub-file', async (t) => {
  const a = await analyze(t, {
    'p/00-a.ps1': 'function A {}\n',
    'p/10-b.ps1': '. "$PSScriptRoot/00-a.ps1"\n',
  });
  t.deepEqual(a.subFiles, []);
  t.is(a.symbols[1]?.subFiles, undefined);
});

test('findings inside a sub-file name the sub-file, and its suppressions apply', async (t) => {
  const a = await analyze(t, {
    'p/00-a.ps1': '. "$PSScriptRoot/lib/x.ps1"\n',
    'p/lib/x.ps1': '. $Somewhere\n# fragbundle-ignore DYNAMIC_DOT_SOURCE\n. $Elsewhere\n',
  });
  t.deepEqual(
    a.diagnostics.filter((d) => d.code === 'DYNAMIC_DOT_SOURCE').map((d) => `${d.file}:${d.line}`),
    ['lib/x.ps1:1'],
  );
});

const loaderProfile = {
  'p/00-bootstrap.ps1': '. "$PSScriptRoot/bootstrap/Loader.ps1"\n',
  'p/bootstrap/Loader.ps1':
    'function global:Import-FragmentModule {\n    param([string]$FragmentRoot, [string[]]$ModulePath)\n' +
    '    $full = $FragmentRoot\n    foreach ($s in $ModulePath) { $full = Join-Path $full $s }\n    . $full\n}\n',
  'p/10-git.ps1':
    "if (Test-Path $PSScriptRoot) {\n    Import-FragmentModule -FragmentRoot $PSScriptRoot -ModulePath @('git', 'core.ps1')\n}\nGet-GitCore\n",
  'p/git/core.ps1':
    'function global:Get-GitCore {}\nfunction Local-Only {}\nSet-Alias -Name gc2 -Value Get-GitCore -Scope Global\nSet-Alias -Name gone -Value Local-Only\nSet-AgentModeFunction -Name Get-Agent -Body { 1 }\n',
};

test('a loader helper without configuration is found, with the entry that would follow its calls', async (t) => {
  const a = await analyze(t, loaderProfile);
  t.deepEqual(codes(a, 'LOADER_HELPER'), [
    'bootstrap/Loader.ps1:5:5 Import-FragmentModule dot-sources a path built from its parameters, so the files its calls name are not followed; add to "loaders" in fragbundle.config.json (fragbundle init does): {"command":"Import-FragmentModule","rootParameter":"FragmentRoot","pathParameter":"ModulePath"}',
  ]);
  t.deepEqual(a.symbols[1]?.subFiles, undefined);
});

test('a configured loader helper loads what its calls name, in its own scope: only global definitions stay', async (t) => {
  const dir = tempFiles(t, {
    ...loaderProfile,
    'fragbundle.config.json': JSON.stringify({
      fragments: 'p',
      loaders: [{ command: 'Import-FragmentModule', rootParameter: 'FragmentRoot', pathParameter: 'ModulePath' }],
    }),
  });
  const a = await analyzeProfile(resolveConfig({ cwd: dir }), { cwd: dir });
  const git = a.symbols.at(1);
  t.deepEqual(
    git?.subFiles?.map((l) => [l.path, l.from, l.line, l.conditional, l.via]),
    [['git/core.ps1', '10-git.ps1', 2, true, 'Import-FragmentModule']],
  );
  t.deepEqual(
    git?.defines.map((d) => `${d.kind} ${d.name} ${d.file ?? ''}:${d.line}`),
    ['function Get-GitCore git/core.ps1:1', 'alias gc2 git/core.ps1:3', 'function Get-Agent git/core.ps1:5'],
  );
  t.deepEqual(codes(a, 'LOADER_HELPER'), []);
  t.deepEqual(
    a.graph.edges.map((e) => [e.from, e.to]),
    [['00-bootstrap', '10-git']],
  );
});

test('init writes the loaders entries it finds', async (t) => {
  const dir = tempFiles(
    t,
    Object.fromEntries(Object.entries(loaderProfile).map(([k, v]) => [k.replace(/^p\//, 'profile.d/'), v])),
  );
  const r = await runInit({ cwd: dir });
  t.is(r.exitCode, 0);
  const text = readFileSync(path.join(dir, 'fragbundle.config.json'), 'utf8');
  t.true(
    text.includes(
      '"loaders": [\n    {"command":"Import-FragmentModule","rootParameter":"FragmentRoot","pathParameter":"ModulePath"}\n  ],',
    ),
    text,
  );
  const a = await analyzeProfile(resolveConfig({ cwd: dir }), { cwd: dir });
  t.deepEqual(
    a.symbols[1]?.subFiles?.map((l) => l.path),
    ['git/core.ps1'],
  );
});

test('editing a sub-file makes the bundle stale, through the result memo and replay too', async (t) => {
  const dir = tempFiles(t, {
    'profile.d/00-a.ps1': '. "$PSScriptRoot/lib/x.ps1"\n',
    'profile.d/lib/x.ps1': 'function Get-X { 1 }\n',
  });
  const env = { FRAGBUNDLE_CACHE_DIR: path.join(dir, 'cache') };
  t.is((await runCli(['build'], dir, env)).exitCode, 0);
  // Twice: the second answer comes from the replay record or the result memo.
  for (let i = 0; i < 2; i++) t.is((await runCli(['check'], dir, env)).exitCode, 0, `fresh, run ${i + 1}`);
  writeFileSync(path.join(dir, 'profile.d/lib/x.ps1'), 'function Get-X { 2 }\n');
  for (let i = 0; i < 2; i++) {
    const stale = await runCli(['check'], dir, env);
    t.is(stale.exitCode, 1, `stale, run ${i + 1}`);
    t.regex(stale.stdout + stale.stderr, /BUNDLE_STALE.*changed lib\/x\.ps1/);
  }
  t.is((await runCli(['build'], dir, env)).exitCode, 0);
  t.is((await runCli(['check'], dir, env)).exitCode, 0);
});
