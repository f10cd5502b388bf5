/**
 * Replay (src/pipeline/replay.ts) through the real command line: a repeated build or check leaves a record
 * that gives exactly what the full command prints, and any change to what the run read (a
 * fragment's bytes or times, a file added or removed, a config appearing, the bundle edited, other
 * arguments) makes the record not hold, so the full command runs and says what changed.
 *
 * Whether a record holds is asked in-process with the same arguments: tsc's modules compute the
 * same code identity the bundled CLI was built with (scripts/bundle.mjs), so they agree on it.
 */
import { appendFileSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { replay, replayCacheDir } from '../../src/pipeline/replay.js';
import { runCli } from '../helpers/cli.js';
import { tempDir, tempFiles } from '../helpers/temp.js';

const profile = {
  'profile.d/00-bootstrap.ps1':
    'function Set-ProfileAlias { param($Name, $Target) Set-Alias -Name $Name -Value $Target -Scope Global }\n',
  'profile.d/10-env.ps1': '$env:EDITOR = "vim"\n',
  'profile.d/20-git.ps1': 'function Get-GitBranch { "main" }\nSet-ProfileAlias -Name gb -Target Get-GitBranch\n',
};

function setUp(t: ExecutionContext, files: Record<string, string> = profile) {
  const cwd = tempFiles(t, files);
  const env = { FRAGBUNDLE_CACHE_DIR: path.join(tempDir(t), 'cache') };
  const cli = (args: readonly string[]) => runCli(args, cwd, env);
  /** What a replay of `args` would print now, or undefined when the record does not hold. */
  const replayed = (args: readonly string[]) => replay(args, cwd, { ...process.env, ...env });
  return { cwd, env, cli, replayed };
}

const BUILD = ['build', 'profile.d', '-o', 'out.ps1'];

test('a repeated build is replayed with exactly what the full command printed', async (t) => {
  const { cli, replayed } = setUp(t);
  t.is(replayed(BUILD), undefined, 'no record before the first run');
  const wrote = await cli(BUILD);
  t.regex(wrote.stdout, /^fragbundle: wrote out\.ps1/);
  const record = replayed(BUILD);
  t.truthy(record);
  const again = await cli(BUILD);
  t.regex(again.stdout, /^fragbundle: up to date: out\.ps1/);
  t.deepEqual({ stdout: again.stdout, stderr: again.stderr, exitCode: again.exitCode }, record);
  t.deepEqual(await cli(BUILD), again, 'and again');
});

test('every kind of change makes the record not hold, and the full command answers', async (t) => {
  const { cwd, cli, replayed } = setUp(t);
  const frag = (name: string) => path.join(cwd, 'profile.d', name);
  await cli(BUILD);
  await cli(BUILD);
  t.truthy(replayed(BUILD));

  // A fragment's bytes (same length: only the content tells).
  writeFileSync(frag('10-env.ps1'), '$env:EDITOR = "vi_"\n');
  t.is(replayed(BUILD), undefined, 'fragment edited');
  t.regex((await cli(BUILD)).stdout, /wrote/);
  t.regex(readFileSync(path.join(cwd, 'out.ps1'), 'utf8'), /vi_/);
  t.truthy(replayed(BUILD), 'a new record after the full run');

  // Touched, same bytes: the record does not hold, and the bundle is written again with the new
  // modification time (the stale guard's stamp), so its start-up check stays the quick one; the
  // code it holds is unchanged. A new record is left.
  const before = readFileSync(path.join(cwd, 'out.ps1'), 'utf8');
  const later = new Date(Date.now() + 10_000);
  utimesSync(frag('10-env.ps1'), later, later);
  t.is(replayed(BUILD), undefined, 'fragment touched');
  t.regex((await cli(BUILD)).stdout, /wrote/);
  const after = readFileSync(path.join(cwd, 'out.ps1'), 'utf8');
  // Modification times: nanoseconds in the header, .NET ticks in the table and the guard.
  const withoutStamps = (s: string) => s.replace(/\d{15,}/g, 'T');
  t.not(after, before, 'the stamp changed');
  t.is(withoutStamps(after), withoutStamps(before), 'only the stamps changed');
  t.truthy(replayed(BUILD));

  // A fragment added, renamed, removed.
  writeFileSync(frag('30-new.ps1'), 'Set-Alias -Name nw -Value Get-Date\n');
  t.is(replayed(BUILD), undefined, 'fragment added');
  t.regex((await cli(BUILD)).stdout, /wrote out\.ps1 \(4 fragments/);
  renameSync(frag('30-new.ps1'), frag('40-new.ps1'));
  t.is(replayed(BUILD), undefined, 'fragment renamed');
  t.regex((await cli(BUILD)).stdout, /wrote/);
  rmSync(frag('40-new.ps1'));
  t.is(replayed(BUILD), undefined, 'fragment removed');
  t.regex((await cli(BUILD)).stdout, /wrote out\.ps1 \(3 fragments/);

  // A file that is not a fragment changes the listing too: conservative, the memo answers.
  writeFileSync(frag('notes.txt'), 'not a fragment');
  t.is(replayed(BUILD), undefined, 'listing changed');
  t.regex((await cli(BUILD)).stdout, /up to date/);

  // The bundle edited by hand, or deleted.
  appendFileSync(path.join(cwd, 'out.ps1'), '# edited\n');
  t.is(replayed(BUILD), undefined, 'bundle edited');
  t.regex((await cli(BUILD)).stdout, /wrote/);
  rmSync(path.join(cwd, 'out.ps1'));
  t.is(replayed(BUILD), undefined, 'bundle deleted');
  t.regex((await cli(BUILD)).stdout, /wrote/);

  // Config files appearing: fragbundle.config.json in the working folder, the loader's file.
  writeFileSync(path.join(cwd, 'fragbundle.config.json'), JSON.stringify({ lazy: 'off' }));
  t.is(replayed(BUILD), undefined, 'config appeared');
  t.regex((await cli(BUILD)).stdout, /wrote/);
  writeFileSync(frag('.profile-fragments.json'), JSON.stringify({ disabled: ['10-env'] }));
  t.is(replayed(BUILD), undefined, 'loader config appeared');
  t.regex((await cli(BUILD)).stdout, /wrote out\.ps1 \(2 fragments/);
  t.truthy(replayed(BUILD));
});

test('other arguments, another folder, --no-cache: no replay', async (t) => {
  const { cwd, env, cli, replayed } = setUp(t);
  await cli(BUILD);
  t.truthy(replayed(BUILD));
  t.is(replayed([...BUILD, '--quiet']), undefined);
  t.is(replay(BUILD, path.join(cwd, 'profile.d'), { ...process.env, ...env }), undefined);
  t.is(replayCacheDir([...BUILD, '--no-cache'], cwd, env), undefined);
  t.is(replayCacheDir([...BUILD, '--cache', 'false'], cwd, env), undefined, 'unusual spellings: no replay');
  t.is(replayCacheDir([...BUILD, '--cache-dir', 'c'], cwd, env), path.join(cwd, 'c'));
  t.is(replayCacheDir([...BUILD, '--cache-dir=c'], cwd, env), path.join(cwd, 'c'));
  t.is(replayCacheDir(BUILD, cwd, env), env.FRAGBUNDLE_CACHE_DIR);

  // --no-cache leaves no record; --cache-dir leaves one where the next run looks.
  const cacheFiles = () => readdirSync(env.FRAGBUNDLE_CACHE_DIR).sort();
  const before = cacheFiles();
  await cli([...BUILD, '--no-cache']);
  t.deepEqual(cacheFiles(), before);
  const own = [...BUILD, '--cache-dir', 'own-cache'];
  await cli(own);
  t.truthy(replay(own, cwd, { ...process.env, ...env }));
  t.true(readdirSync(path.join(cwd, 'own-cache')).some((n) => n.startsWith('replay-')));
});

test('a corrupt or foreign record is ignored: the full command runs', async (t) => {
  const { env, cli, replayed } = setUp(t);
  const first = await cli(BUILD);
  const record = () => {
    const name = readdirSync(env.FRAGBUNDLE_CACHE_DIR).find((n) => n.startsWith('replay-'));
    if (!name) throw new Error('no replay record');
    return path.join(env.FRAGBUNDLE_CACHE_DIR, name);
  };
  const text = readFileSync(record(), 'utf8');
  const parsed = JSON.parse(text) as { code: string; result: { stdout: string } };

  // Written by another build of fragbundle: not trusted even though it would print something.
  writeFileSync(record(), JSON.stringify({ ...parsed, code: 'other', result: { ...parsed.result, stdout: 'X' } }));
  t.is(replayed(BUILD), undefined);
  const full = await cli(BUILD);
  t.regex(full.stdout, /^fragbundle: up to date/);

  for (const broken of ['', '{', 'null', '[]', JSON.stringify({ ...parsed, journal: { entries: [{ kind: 'x' }] } })]) {
    writeFileSync(record(), broken);
    t.is(replayed(BUILD), undefined, broken);
    const r = await cli(BUILD);
    t.is(r.exitCode, 0, broken);
    t.regex(r.stdout, /^fragbundle: up to date/, broken);
  }
  t.is(first.exitCode, 0);
});

test('check is replayed too, failing results included, and the step summary is written again', async (t) => {
  const { cwd, env, replayed } = setUp(t, { ...profile, 'profile.d/05-early.ps1': 'gb\n' });
  const CHECK = ['check', 'profile.d', '-b', 'out.ps1', '--format', 'github'];
  const summary = path.join(cwd, 'summary.md');
  const check = () => runCli(CHECK, cwd, { ...env, GITHUB_STEP_SUMMARY: summary });
  const first = await check();
  t.is(first.exitCode, 1);
  const once = readFileSync(summary, 'utf8');
  t.not(once, '');
  t.is(replayed(CHECK)?.exitCode, 1, 'the failing result is recorded');
  t.deepEqual(await check(), first);
  t.is(readFileSync(summary, 'utf8'), once + once, 'the summary is appended on every run, replayed or not');

  // A summary file that cannot be written: the replay steps aside and the full command reports it.
  t.truthy(replayed(CHECK));
  const unwritable = { ...env, GITHUB_STEP_SUMMARY: cwd };
  const replayRun = await runCli(CHECK, cwd, unwritable);
  const fullRun = await runCli([...CHECK, '--no-cache'], cwd, unwritable);
  t.is(replayRun.exitCode, 2);
  t.deepEqual(replayRun, fullRun);
});
