/**
 * The result memo: a repeated build or check on an unchanged state answers from the memo with the
 * same result, and any change to a fragment, the bundle, the config or the arguments runs the
 * pipeline again. Also: check finds a bundle edited by hand or built with other settings stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import type { ParseProgress } from '../../src/pipeline/analyze.js';
import { runCheck } from '../../src/cli/commands/check.js';
import { runBuild } from '../../src/cli/commands/build.js';
import { tempDir, tempFiles } from '../helpers/temp.js';

const PROFILE = {
  'profile.d/00-core.ps1':
    'function Set-ProfileAlias($Name, $Value) { Set-Alias -Name $Name -Value $Value -Scope Global }\n',
  'profile.d/10-git.ps1': 'function Get-GitBranch { git branch --show-current }\nSet-ProfileAlias gb Get-GitBranch\n',
  'profile.d/20-env.ps1': "$env:EDITOR = 'vim'\n",
};

/** What a command printed, without the replay record it leaves for the CLI (src/pipeline/replay.ts). */
function printed<T extends { readonly replay?: unknown }>(result: T): Omit<T, 'replay'> {
  return Object.fromEntries(Object.entries(result).filter(([k]) => k !== 'replay')) as Omit<T, 'replay'>;
}

/** Counts analyses: the progress hook's start() runs once per analysed profile, never on a memo hit. */
function counter() {
  const c = { analyses: 0 };
  const progress: ParseProgress = {
    start() {
      c.analyses++;
    },
    parsed() {
      /* not needed */
    },
  };
  return { c, progress };
}

test('a repeated build answers from the memo; a changed fragment, bundle, config or argument does not', async (t) => {
  const cwd = tempFiles(t, PROFILE);
  const cacheDir = path.join(tempDir(t), 'cache');
  const { c, progress } = counter();
  const build = (extra: Record<string, unknown> = {}) =>
    runBuild({ cwd, dir: 'profile.d', output: 'out.ps1', cacheDir, progress, ...extra });
  const bundle = () => readFileSync(path.join(cwd, 'out.ps1'), 'utf8');

  const first = await build();
  t.regex(first.stdout, /^fragbundle: wrote out\.ps1/);
  t.is(c.analyses, 1);
  const second = await build();
  t.is(c.analyses, 1, 'answered from the memo');
  t.regex(second.stdout, /^fragbundle: up to date: out\.ps1/);
  const plain = await runBuild({ cwd, dir: 'profile.d', output: 'out.ps1', cache: false });
  t.deepEqual(printed(second), printed(plain), 'the memo gives what a full run gives');

  // The bundle edited by hand: rebuilt.
  writeFileSync(path.join(cwd, 'out.ps1'), `${bundle()}\n# edited\n`);
  const repaired = await build();
  t.is(c.analyses, 2);
  t.regex(repaired.stdout, /wrote/);
  t.notRegex(bundle(), /# edited/);

  // A fragment changed: analysed again.
  writeFileSync(path.join(cwd, 'profile.d', '20-env.ps1'), "$env:EDITOR = 'nano'\n");
  await build();
  t.is(c.analyses, 3);
  t.regex(bundle(), /nano/);

  // Another argument (--quiet) is another result.
  const quiet = await build({ quiet: true });
  t.is(c.analyses, 4);
  t.is(quiet.stdout, '');
  await build({ quiet: true });
  t.is(c.analyses, 4);

  // A config file appears: analysed again.
  writeFileSync(path.join(cwd, 'fragbundle.config.json'), JSON.stringify({ lazy: 'off' }));
  await build();
  t.is(c.analyses, 5);
});

test('a refused build is remembered as refused, and re-run once the error is fixed', async (t) => {
  const cwd = tempFiles(t, {
    'profile.d/10-a.ps1': '# Dependencies: 20-b\nGet-B\n',
    'profile.d/20-b.ps1': '# Dependencies: 10-a\nfunction Get-B { }\n',
  });
  const cacheDir = path.join(tempDir(t), 'cache');
  const { c, progress } = counter();
  const build = () => runBuild({ cwd, dir: 'profile.d', output: 'out.ps1', cacheDir, progress });
  const refused = await build();
  t.is(refused.exitCode, 1);
  t.deepEqual(printed(await build()), printed(refused));
  t.is(c.analyses, 1);
  writeFileSync(path.join(cwd, 'profile.d', '10-a.ps1'), 'Get-Date\n');
  t.is((await build()).exitCode, 0);
  t.is(c.analyses, 2);
});

test('check: a bundle with the right inputs but other text is stale; the memo repeats check results', async (t) => {
  const cwd = tempFiles(t, PROFILE);
  const cacheDir = path.join(tempDir(t), 'cache');
  await runBuild({ cwd, dir: 'profile.d', output: 'out.ps1', cache: false });
  const { c, progress } = counter();
  const check = () => runCheck({ cwd, dir: 'profile.d', bundle: 'out.ps1', format: 'json', cacheDir, progress });
  const status = async () => (JSON.parse((await check()).stdout) as { bundle: { status: string } }).bundle.status;

  t.is(await status(), 'fresh');
  t.is(await status(), 'fresh');
  t.is(c.analyses, 1, 'the second check came from the memo');

  // Same header (same input hash), different body: only a text comparison sees it.
  const file = path.join(cwd, 'out.ps1');
  writeFileSync(file, readFileSync(file, 'utf8').replace("'vim'", "'emacs'"));
  t.is(await status(), 'stale');
  t.is(c.analyses, 2);
  const text = await runCheck({ cwd, dir: 'profile.d', bundle: 'out.ps1', format: 'text', cache: false });
  t.is(text.exitCode, 1);
  t.regex(text.stdout, /differs from what fragbundle build writes now/);

  // Built with other settings (a config that the input hash does not cover): stale too.
  await runBuild({ cwd, dir: 'profile.d', output: 'out.ps1', cache: false });
  t.is(await status(), 'fresh');
  writeFileSync(path.join(cwd, 'fragbundle.config.json'), JSON.stringify({ first: ['20-env'] }));
  t.is(await status(), 'stale');
});
