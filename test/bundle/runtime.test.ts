import test from 'ava';
/**
 * Behaviours of the bundle's runtime that the one-by-one comparison cannot show, each proven in
 * pwsh: timings, `#Requires -Fragment` (pwsh itself rejects such a file), a lazy function whose
 * text fails to load, the session footprint, portability of a bundle that lives elsewhere than
 * its fragments, and file names no Windows checkout could hold.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BundleOptions } from '../../src/bundle/plan-bundle.js';
import { quotePs } from '../../src/text/quote.js';
import { HELPER_PREFIX, runtimeNames, TIMINGS_VARIABLE } from '../../src/bundle/runtime.js';
import { pwshTest } from '../helpers/pwsh.js';
import { tempDir, tempFiles } from '../helpers/temp.js';
import { analyseFolder, buildFrom, STUB_ALL } from './helpers/build.js';
import { assertSameSession } from './helpers/compare.js';
import { runSession } from './helpers/session.js';
import { at } from '../../src/core/at.js';

const lazyTimed: BundleOptions = { lazy: 'auto', timings: true, ...STUB_ALL };

/** The bundle with one lazy function's embedded text cut short, so that it cannot parse when first called. */
function breakLazyText(bundle: string, name: string): string {
  const entry = `function ${name} { ''cannot load'' }'`;
  if (!bundle.includes(entry)) throw new Error(`no lazy entry for ${name}`);
  return bundle.replace(entry, `function ${name} { ''cannot load'' '`);
}

pwshTest('runtime: timings, #Requires -Fragment, a lazy function that fails to load, and the footprint', async (t) => {
  const dir = tempFiles(t, {
    'profile.d/10-base.ps1': "$env:FB_BASE = 'base'\nStart-Sleep -Milliseconds 30\n",
    'profile.d/20-needs.ps1':
      '#Requires -Fragment \'10-base\'\n# Dependencies: 10-base\nfunction Get-Needs { "needs $env:FB_BASE" }\n',
    'profile.d/30-broken-lazy.ps1': "function Get-Broken { 'cannot load' }\nfunction Get-Fine { 'fine' }\n",
  });
  const work = tempDir(t);
  const { fragments, symbols } = await analyseFolder(path.join(dir, 'profile.d'), work);
  const built = buildFrom(fragments, symbols, lazyTimed, 'profile.d');
  t.deepEqual(
    built.plan.entries.map((e) => [e.path, e.mode, e.stubs]),
    [
      ['10-base.ps1', 'eager', []],
      ['20-needs.ps1', 'lazy', ['Get-Needs']],
      ['30-broken-lazy.ps1', 'lazy', ['Get-Broken', 'Get-Fine']],
    ],
  );
  t.false(built.bundle.text.includes("\n#Requires -Fragment '10-base'"), '#Requires -Fragment is neutralised');
  const bundle = path.join(dir, 'profile.bundle.ps1');
  writeFileSync(bundle, breakLazyText(built.bundle.text, 'Get-Broken'));
  writeFileSync(
    path.join(dir, 'calls.ps1'),
    [
      'Get-Needs',
      'Get-Fine',
      'try { Get-Broken } catch { "first: $_" }',
      'try { Get-Broken } catch { "second: $_" }',
      '"type: $((Get-Command Get-Broken).CommandType)"',
      '$t = @(Get-FragbundleTiming)',
      "\"timings: $($t.Count) $(($t | Sort-Object Fragment | ForEach-Object { $_.Fragment + '=' + $_.Mode }) -join ',')\"",
      '"sorted: $((0..($t.Count - 2) | Where-Object { $t[$_].Milliseconds -lt $t[$_ + 1].Milliseconds }).Count -eq 0)"',
      '"base slowest: $($t[0].Fragment) $($t[0].Milliseconds -ge 25)"',
      "\"helpers: $((Get-ChildItem Function: | Where-Object Name -like '__fragbundle*' | ForEach-Object Name) -join ',')\"",
      "\"variables: $((Get-Variable -Scope Global | Where-Object Name -like '*fragbundle*' | ForEach-Object Name) -join ',')\"",
    ].join('\n'),
  );
  const run = await runSession(
    { kind: 'bundle', bundle, calls: path.join(dir, 'calls.ps1'), work, cwd: dir },
    'runtime',
  );
  const calls = run.dump.calls as string[];
  t.deepEqual(run.dump.load, [], 'loading prints nothing');
  t.is(calls[0], 'needs base', 'a fragment with #Requires -Fragment loads and works');
  t.is(calls[1], 'fine', 'a sibling of the broken function still loads');
  const full = path.join(dir, 'profile.d', '30-broken-lazy.ps1');
  for (const [i, which] of [
    [2, 'first'],
    [3, 'second'],
  ] as const) {
    t.true(
      at(calls, i).startsWith(`${which}: fragbundle: cannot load function 'Get-Broken' from ${full}:1:`),
      at(calls, i),
    );
  }
  t.is(calls[4], 'type: Function', 'the stub stays: a clear error every time, never CommandNotFound');
  t.is(calls[5], 'timings: 3 10-base.ps1=eager,20-needs.ps1=lazy,30-broken-lazy.ps1=lazy');
  t.is(calls[6], 'sorted: True');
  t.is(calls[7], 'base slowest: 10-base.ps1 True');
  t.regex(at(calls, 8), new RegExp(`^helpers: ${HELPER_PREFIX}lazy_[0-9a-f]{8}$`), 'only the lazy loader stays');
  t.is(calls[9], `variables: ${TIMINGS_VARIABLE}`);
});

pwshTest('runtime: an eager bundle leaves no function or variable of its own', async (t) => {
  const dir = tempFiles(t, { 'p/a.ps1': "function Get-A { 'a' }\n$a = 1\n", 'p/b.ps1': 'Get-A | Out-Null\n' });
  const work = tempDir(t);
  const { fragments, symbols } = await analyseFolder(path.join(dir, 'p'), work);
  const built = buildFrom(fragments, symbols, { lazy: 'off', timings: false }, 'p');
  writeFileSync(path.join(dir, 'b.ps1'), built.bundle.text);
  const [base, bundle] = await Promise.all([
    runSession(
      { kind: 'baseline', fragments: fragments.map((f) => path.join(dir, 'p', f.path)), work, cwd: dir },
      'base',
    ),
    runSession({ kind: 'bundle', bundle: path.join(dir, 'b.ps1'), work, cwd: dir }, 'bundle'),
  ]);
  t.deepEqual(Object.keys(bundle.dump.functions), Object.keys(base.dump.functions));
  t.deepEqual(Object.keys(bundle.dump.variables), Object.keys(base.dump.variables));
  t.deepEqual(bundle.dump.modules, base.dump.modules, 'the bundle imports no module the fragments do not');
});

pwshTest(
  'runtime: a bundle elsewhere than its fragments, and file names with quotes, $, backticks and line breaks',
  async (t) => {
    const root = tempDir(t);
    const frag = path.join(root, 'dot files', 'profile.d');
    mkdirSync(path.join(frag, 'lib'), { recursive: true });
    const names =
      process.platform === 'win32'
        ? ["10 it's $HOME `tick;x.ps1", '20 plain.ps1']
        : ["10 it's $HOME `tick;x.ps1", '20 "dq" and\nnewline.ps1', '30 #> $(Get-Date) ${x}.ps1'];
    names.forEach((name, i) => {
      writeFileSync(
        path.join(frag, name),
        `. "$PSScriptRoot/lib/sub.ps1"\n$root${i} = $PSScriptRoot\n$path${i} = $PSCommandPath\n$name${i} = $MyInvocation.MyCommand.Name\nfunction Get-Where${i} { "$PSScriptRoot|$PSCommandPath" }\n`,
      );
    });
    writeFileSync(path.join(frag, 'lib', 'sub.ps1'), '$subFrom = $PSScriptRoot\n');
    writeFileSync(path.join(root, 'calls.ps1'), names.map((_, i) => `Get-Where${i}`).join('\n') + '\n');
    const work = tempDir(t);
    const { fragments, symbols } = await analyseFolder(frag, work);
    const home = path.join(root, 'home');
    mkdirSync(home);
    const away = buildFrom(fragments, symbols, { lazy: 'auto', timings: false, ...STUB_ALL }, '../dot files/profile.d');
    const beside = buildFrom(fragments, symbols, { lazy: 'auto', timings: false, ...STUB_ALL }, '.');
    writeFileSync(path.join(home, 'profile.bundle.ps1'), away.bundle.text);
    writeFileSync(path.join(frag, 'profile.bundle.ps1'), beside.bundle.text);
    const calls = path.join(root, 'calls.ps1');
    const [base, awayRun, besideRun] = await Promise.all([
      runSession(
        { kind: 'baseline', fragments: fragments.map((f) => path.join(frag, f.path)), calls, work, cwd: root },
        'base',
      ),
      runSession({ kind: 'bundle', bundle: path.join(home, 'profile.bundle.ps1'), calls, work, cwd: root }, 'away'),
      runSession({ kind: 'bundle', bundle: path.join(frag, 'profile.bundle.ps1'), calls, work, cwd: root }, 'beside'),
    ]);
    t.is((base.dump.variables['root0'] as { value: unknown }).value, frag);
    t.is((base.dump.variables['name0'] as { value: unknown }).value, names[0]);
    assertSameSession(t, base, awayRun, 'bundle in ../home');
    assertSameSession(t, base, besideRun, 'bundle beside the fragments');
  },
);

pwshTest('runtime: two bundles in one session keep their own lazy functions', async (t) => {
  const dir = tempFiles(t, {
    'a/10-a.ps1': "function Get-FromA { 'from A' }\nfunction Get-Shared { 'A version' }\n",
    'b/10-b.ps1': "function Get-FromB { 'from B' }\nfunction Get-Shared { 'B version' }\n",
  });
  const work = tempDir(t);
  for (const name of ['a', 'b']) {
    const { fragments, symbols } = await analyseFolder(path.join(dir, name), work);
    writeFileSync(
      path.join(dir, `${name}.bundle.ps1`),
      buildFrom(fragments, symbols, { lazy: 'auto', timings: false, ...STUB_ALL }, name).bundle.text,
    );
  }
  writeFileSync(path.join(dir, 'calls.ps1'), 'Get-FromA\nGet-FromB\nGet-Shared\n');
  // Both dot-sourced at global scope, as a host loads its AllUsers and CurrentUser profiles.
  writeFileSync(
    path.join(dir, 'profiles.ps1'),
    `. ${quotePs(path.join(dir, 'a.bundle.ps1'))}\n. ${quotePs(path.join(dir, 'b.bundle.ps1'))}\n`,
  );
  const run = await runSession(
    { kind: 'bundle', bundle: path.join(dir, 'profiles.ps1'), calls: path.join(dir, 'calls.ps1'), work, cwd: dir },
    'two',
  );
  t.deepEqual(
    run.dump.calls,
    ['from A', 'from B', 'B version'],
    'the later bundle wins a shared name, as later loading does',
  );
});

test('every runtime name is distinct: two roles never share one variable or function', (t) => {
  const names = Object.values(runtimeNames('0123abcd'));
  t.is(new Set(names).size, names.length, names.join(', '));
});
