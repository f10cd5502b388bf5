/**
 * Devices and pipes where fragbundle reads or writes a file: the output (`build -o`), the bundle
 * (`check -b`, `where -b`), the config (`--config`), a fragment. Reading one never ends (`/dev/zero`
 * until memory runs out, a FIFO until a writer comes), and renaming a file over a device would
 * replace it. Each must end at once with one clear line naming the path, and leave the device or
 * pipe as it was. Every run has a time limit: a regression must fail, not eat the machine.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { spawnCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp.js';

const REASON = 'it is not a regular file (a device, pipe or socket)';
// Generous: a shared machine under load can take seconds to start Node.js; a hang never ends.
const LIMIT_MS = 20_000;

interface Run {
  /** Standard output and error, in that order (check reports its findings on standard output). */
  readonly output: string;
  readonly stderr: string;
  readonly exitCode: number | null;
  readonly killed: boolean;
}

/** The CLI, killed after LIMIT_MS. */
function runLimited(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, cwd);
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, LIMIT_MS);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ output: stdout + stderr, stderr, exitCode, killed });
    });
  });
}

const unix = process.platform !== 'win32';
const maybe = unix ? test : test.skip;

/** A profile folder and a FIFO named `pipe.ps1` beside it. */
function withFifo(t: Parameters<typeof tempFiles>[0]): { dir: string; fifo: string } {
  const dir = tempFiles(t, { 'profile.d/10-a.ps1': 'function Get-A { 1 }\n' });
  const fifo = path.join(dir, 'pipe.ps1');
  execFileSync('mkfifo', [fifo]);
  return { dir, fifo };
}

const cases: readonly { name: string; args: (fifo: string) => string[]; exitCode: number; says: RegExp }[] = [
  {
    name: 'build -o FIFO',
    args: (p) => ['build', 'profile.d', '-o', p, '--no-cache'],
    exitCode: 2,
    says: /^fragbundle: cannot write \S+: it is not a regular file/m,
  },
  {
    name: 'check -b FIFO',
    args: (p) => ['check', 'profile.d', '-b', p, '--no-cache'],
    exitCode: 1,
    says: /error BUNDLE_UNREADABLE: \S+ cannot be read: it is not a regular file/,
  },
  {
    name: 'where -b FIFO',
    args: (p) => ['where', '3', '-b', p],
    exitCode: 2,
    says: /^fragbundle: cannot read bundle \S+: it is not a regular file/m,
  },
  {
    name: '--config FIFO',
    args: (p) => ['analyze', 'profile.d', '--config', p, '--no-cache'],
    exitCode: 2,
    says: /error CONFIG_INVALID: pipe\.ps1: cannot read: it is not a regular file/,
  },
];

for (const c of cases) {
  maybe(`${c.name}: one line, at once, the pipe left as it was`, async (t) => {
    const { dir, fifo } = withFifo(t);
    const r = await runLimited(c.args(fifo), dir);
    t.false(r.killed, `still running after ${LIMIT_MS} ms`);
    t.is(r.exitCode, c.exitCode, r.output);
    t.regex(r.output, c.says);
    t.true(r.output.includes(REASON));
    t.notRegex(r.output, /\n\s+at |--debug/);
    t.true(lstatSync(fifo).isFIFO(), 'still a FIFO');
  });
}

for (const device of ['/dev/zero', '/dev/full']) {
  maybe(`build -o ${device} and check -b ${device}: refused at once, the device untouched`, async (t) => {
    const dir = tempFiles(t, { 'profile.d/10-a.ps1': 'function Get-A { 1 }\n' });
    const before = lstatSync(device);
    const build = await runLimited(['build', 'profile.d', '-o', device, '--no-cache'], dir);
    t.false(build.killed, `build still running after ${LIMIT_MS} ms`);
    t.is(build.exitCode, 2, build.stderr);
    t.is(build.stderr.trim(), `fragbundle: cannot write ${device}: ${REASON}`);
    const check = await runLimited(['check', 'profile.d', '-b', device, '--no-cache'], dir);
    t.false(check.killed, `check still running after ${LIMIT_MS} ms`);
    t.is(check.exitCode, 1, check.output);
    t.true(check.output.includes(`cannot be read: ${REASON}`), check.output);
    const after = lstatSync(device);
    t.true(after.isCharacterDevice());
    t.is(after.rdev, before.rdev);
  });
}

// A device whose reads end at once, like /dev/null: before, build read it as an empty file and
// renamed its bundle over it. Only root may make one (mknod), in the test's own folder.
const root = unix && process.getuid?.() === 0;
(root ? test : test.skip)('build -o a null device (mknod c 1 3): refused, the device is still one', async (t) => {
  const dir = tempFiles(t, { 'profile.d/10-a.ps1': 'function Get-A { 1 }\n' });
  const device = path.join(dir, 'null.ps1');
  execFileSync('mknod', [device, 'c', '1', '3']);
  const r = await runLimited(['build', 'profile.d', '-o', 'null.ps1', '--no-cache'], dir);
  t.false(r.killed);
  t.is(r.exitCode, 2, r.output);
  t.is(r.stderr.trim(), `fragbundle: cannot write null.ps1: ${REASON}`);
  t.true(lstatSync(device).isCharacterDevice());
});

maybe(
  'a FIFO and a link to /dev/zero among the fragments: LOAD_UNREADABLE each, at once; a folder named *.ps1 is no fragment',
  async (t) => {
    const dir = tempFiles(t, { 'profile.d/10-a.ps1': 'function Get-A { 1 }\n' });
    execFileSync('mkfifo', [path.join(dir, 'profile.d', '20-pipe.ps1')]);
    symlinkSync('/dev/zero', path.join(dir, 'profile.d', '30-zero.ps1'));
    mkdirSync(path.join(dir, 'profile.d', '40-folder.ps1'));
    const r = await runLimited(['analyze', 'profile.d', '--format', 'json', '--no-cache'], dir);
    t.false(r.killed, `still running after ${LIMIT_MS} ms`);
    t.is(r.exitCode, 1, r.output);
    const report = JSON.parse(r.output) as { diagnostics: { code: string; file: string; message: string }[] };
    const unreadable = report.diagnostics.filter((d) => d.code === 'LOAD_UNREADABLE');
    t.deepEqual(
      unreadable.map((d) => [d.file, d.message]),
      [
        ['20-pipe.ps1', `cannot read 20-pipe.ps1: ${REASON}`],
        ['30-zero.ps1', `cannot read 30-zero.ps1: ${REASON}`],
      ],
    );
    t.false(r.output.includes('40-folder'));
  },
);
