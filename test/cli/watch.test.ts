/**
 * `fragbundle build --watch` as a user runs it: a child process, real file edits, and the rebuilt
 * bundle waited for (bounded by a generous timeout; its speed is bench/watch-bench.ts's business).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import test, { type ExecutionContext } from 'ava';
import { readBundleHeader } from '../../src/bundle/header.js';
import { CLI } from '../helpers/cli.js';
import { tempDir, tempFiles } from '../helpers/temp.js';

const WAIT_MS = 60_000;

/** A watch process and a way to wait for its next stdout line. */
function startWatch(t: ExecutionContext, cwd: string, args: readonly string[] = []) {
  const child = spawn(process.execPath, [CLI, 'build', '--watch', '--cache-dir', path.join(cwd, '.cache'), ...args], {
    cwd,
    env: { ...process.env, CI: 'true' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const queued: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    // One save can be several file events further apart than the debounce on a busy machine: a
    // second rebuild then finds the bundle current. The tests wait for the rebuild that wrote.
    if (line.startsWith('fragbundle: up to date:')) return;
    const w = waiting.shift();
    if (w) w(line);
    else queued.push(line);
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      resolve(code);
    }),
  );
  t.teardown(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const nextLine = (what: string): Promise<string> => {
    const q = queued.shift();
    if (q !== undefined) return Promise.resolve(q);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no line from the watch for ${what} within ${WAIT_MS} ms; stderr: ${stderr}`));
      }, WAIT_MS);
      waiting.push((line) => {
        clearTimeout(timer);
        resolve(line);
      });
    });
  };
  const exit = (): Promise<number | null> =>
    Promise.race([
      exited,
      new Promise<null>((_, reject) =>
        setTimeout(() => {
          reject(new Error('the watch did not stop'));
        }, WAIT_MS),
      ),
    ]);
  return { child, nextLine, exit, stderr: () => stderr };
}

/**
 * Replaces a file's content in one step, as an editor's atomic save does: a plain write truncates
 * first, and on a busy machine the watch may rebuild from the empty file in between.
 */
function save(t: ExecutionContext, file: string, text: string): void {
  const staged = path.join(tempDir(t), path.basename(file));
  writeFileSync(staged, text);
  renameSync(staged, file);
}

const profile = {
  'profile.d/10-a.ps1': "function Get-A { 'a' }\n",
  'profile.d/20-b.ps1': "function Get-B { 'b' }\n",
};

const paths = (bundle: string) => readBundleHeader(readFileSync(bundle, 'utf8'))?.fragments.map((f) => f.path);

test('build --watch rebuilds after an edit, an added and a removed fragment, and a config change; stops when stdin closes', async (t) => {
  const dir = tempFiles(t, profile);
  const bundle = path.join(dir, 'profile.bundle.ps1');
  const w = startWatch(t, dir);
  t.regex(
    await w.nextLine('the first build'),
    /^fragbundle: wrote profile\.bundle\.ps1 in [0-9.]+ ms \(2 fragments\)$/,
  );
  t.deepEqual(paths(bundle), ['10-a.ps1', '20-b.ps1']);

  appendFileSync(path.join(dir, 'profile.d/20-b.ps1'), "function Get-B2 { 'b2' }\n");
  t.regex(
    await w.nextLine('an edit'),
    /^fragbundle: wrote profile\.bundle\.ps1 in [0-9.]+ ms after 20-b\.ps1 \(2 fragments\)$/,
  );
  t.true(readFileSync(bundle, 'utf8').includes('function Get-B2'), 'the edit is in the bundle');

  writeFileSync(path.join(dir, 'profile.d/15-n.ps1'), "function Get-N { 'n' }\n");
  t.regex(await w.nextLine('an added fragment'), /wrote .* after 15-n\.ps1 \(3 fragments\)$/);
  t.deepEqual(paths(bundle), ['10-a.ps1', '15-n.ps1', '20-b.ps1']);

  rmSync(path.join(dir, 'profile.d/10-a.ps1'));
  t.regex(await w.nextLine('a removed fragment'), /wrote .* after 10-a\.ps1 \(2 fragments\)$/);
  t.deepEqual(paths(bundle), ['15-n.ps1', '20-b.ps1']);

  writeFileSync(path.join(dir, 'fragbundle.config.json'), '{ "exclude": ["15-*"] }\n');
  t.regex(await w.nextLine('a config change'), /wrote .* \(1 fragments\)$/);
  t.deepEqual(paths(bundle), ['20-b.ps1']);

  w.child.stdin.end();
  t.is(await w.exit(), 0, 'stdin closed: the watch stops cleanly');
  t.is(w.stderr(), '');
});

test('build --watch: an edit with an error finding is reported and the bundle kept; the fix rebuilds; Ctrl-C stops it', async (t) => {
  const dir = tempFiles(t, profile);
  const bundle = path.join(dir, 'profile.bundle.ps1');
  const w = startWatch(t, dir);
  t.regex(await w.nextLine('the first build'), /wrote/);
  const good = readFileSync(bundle, 'utf8');
  save(t, path.join(dir, 'profile.d/20-b.ps1'), "# Dependencies: nosuch\nfunction Get-B { 'b' }\n");
  t.regex(await w.nextLine('a broken edit'), /^fragbundle: not writing profile\.bundle\.ps1: 1 error/);
  t.is(readFileSync(bundle, 'utf8'), good, 'the last good bundle stays');
  t.regex(w.stderr(), /20-b\.ps1/);
  save(t, path.join(dir, 'profile.d/20-b.ps1'), "function Get-B { 'fixed' }\n");
  t.regex(await w.nextLine('the fix'), /wrote .* after 20-b\.ps1/);
  t.true(readFileSync(bundle, 'utf8').includes("'fixed'"));
  w.child.kill('SIGINT');
  t.is(await w.exit(), 0, 'Ctrl-C: a clean stop');
});

test('build --watch: started with a bad config, it says so, and builds once the config is fixed', async (t) => {
  const dir = tempFiles(t, { ...profile, 'fragbundle.config.json': '{ "lazy": "sometimes" }\n' });
  const w = startWatch(t, dir);
  const deadline = Date.now() + WAIT_MS;
  while (!/CONFIG_INVALID/.test(w.stderr()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  t.regex(w.stderr(), /CONFIG_INVALID: fragbundle\.config\.json: lazy must be one of/);
  writeFileSync(path.join(dir, 'fragbundle.config.json'), '{ "lazy": "off" }\n');
  t.regex(await w.nextLine('the fixed config'), /^fragbundle: wrote profile\.bundle\.ps1 in [0-9.]+ ms/);
  w.child.stdin.end();
  t.is(await w.exit(), 0);
});
