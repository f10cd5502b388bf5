import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { tempStem, writeFileAtomic } from '../../src/io/write-atomic.js';

function dirWithBundle(t: { teardown(fn: () => void): void }): { dir: string; target: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fragbundle-write-'));
  t.teardown(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });
  const target = path.join(dir, 'profile.bundle.ps1');
  writeFileSync(target, 'last good bundle\n');
  return { dir, target };
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

test('writes new text and reports an unchanged file without rewriting it', (t) => {
  const { dir, target } = dirWithBundle(t);
  t.is(writeFileAtomic(target, 'new\n'), 'written');
  t.is(readFileSync(target, 'utf8'), 'new\n');
  t.is(writeFileAtomic(target, 'new\n'), 'unchanged');
  t.deepEqual(leftovers(dir), []);
});

test('bytes in pieces are written one after another; unchanged only when every byte is the same', (t) => {
  const { dir, target } = dirWithBundle(t);
  // Thousands of pieces (more than one writev takes at once on Linux, IOV_MAX 1024), one empty, one multi-byte.
  const pieces = Array.from({ length: 3000 }, (_, i) => Buffer.from(i === 7 ? '' : i === 9 ? 'é\n' : `line ${i}\n`));
  const whole = Buffer.concat(pieces);
  t.is(writeFileAtomic(target, pieces), 'written');
  t.true(readFileSync(target).equals(whole));
  t.is(writeFileAtomic(target, [whole.subarray(0, 5), whole.subarray(5)]), 'unchanged');
  // The same size, one byte different: written (the size alone does not say unchanged).
  const changed = Buffer.from(whole);
  changed[whole.length - 2] = 0x41;
  t.is(writeFileAtomic(target, [changed.subarray(0, 100), changed.subarray(100)]), 'written');
  t.true(readFileSync(target).equals(changed));
  // A longer text that starts with the file's bytes: written.
  t.is(writeFileAtomic(target, [changed, Buffer.from('more\n')]), 'written');
  t.is(readFileSync(target, 'utf8'), `${changed.toString('utf8')}more\n`);
  t.deepEqual(leftovers(dir), []);
});

test('a failure before the rename (disk full) keeps the last good bundle and removes the temp file', (t) => {
  const { dir, target } = dirWithBundle(t);
  const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  t.throws(
    () =>
      writeFileAtomic(target, 'half', {
        beforeRename: () => {
          throw enospc;
        },
      }),
    { message: /ENOSPC/ },
  );
  t.is(readFileSync(target, 'utf8'), 'last good bundle\n');
  t.deepEqual(leftovers(dir), []);
});

test('a read-only folder fails cleanly and keeps the last good bundle', (t) => {
  if (process.getuid?.() === 0) {
    // root ignores folder permissions; a path through a regular file fails the same way (ENOTDIR).
    const { dir, target } = dirWithBundle(t);
    t.throws(() => writeFileAtomic(path.join(target, 'x.ps1'), 'new'), { code: 'ENOTDIR' });
    t.is(readFileSync(target, 'utf8'), 'last good bundle\n');
    t.deepEqual(leftovers(dir), []);
    return;
  }
  const { dir, target } = dirWithBundle(t);
  chmodSync(dir, 0o555);
  t.throws(() => writeFileAtomic(target, 'new'), { code: 'EACCES' });
  t.is(readFileSync(target, 'utf8'), 'last good bundle\n');
});

const here = path.dirname(fileURLToPath(import.meta.url));

test('a process killed mid-write leaves the last good bundle; the next write cleans its temp file', async (t) => {
  const { dir, target } = dirWithBundle(t);
  const script = `
    import { writeFileAtomic } from ${JSON.stringify(path.join(here, '../../src/io/write-atomic.js'))};
    writeFileAtomic(${JSON.stringify(target)}, 'x'.repeat(1 << 20), {
      beforeRename: () => { process.stdout.write('ready\\n'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); },
    });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // A child that dies before it is ready (a wrong import path) fails the test instead of hanging it.
  const ready = await new Promise<boolean>((resolve) => {
    child.stdout.once('data', () => {
      resolve(true);
    });
    child.once('exit', () => {
      resolve(false);
    });
  });
  t.true(ready, 'the writer reached the rename');
  t.is(leftovers(dir).length, 1, 'the complete temp file exists, not yet renamed');
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  t.is(readFileSync(target, 'utf8'), 'last good bundle\n');
  t.is(writeFileAtomic(target, 'next\n'), 'written');
  t.deepEqual(leftovers(dir), [], 'the dead process temp file is gone');
  t.true(existsSync(target));
});

test('a symbolic link stays a link: the file it leads to is replaced, through chains and dangling links', (t) => {
  const { dir, target } = dirWithBundle(t);
  mkdirSync(path.join(dir, 'dotfiles'));
  const real = path.join(dir, 'dotfiles', 'profile.bundle.ps1');
  writeFileSync(real, 'old\n');
  const link = path.join(dir, 'link.ps1');
  symlinkSync('dotfiles/profile.bundle.ps1', link);
  t.is(writeFileAtomic(link, 'new\n'), 'written');
  t.true(lstatSync(link).isSymbolicLink());
  t.is(readlinkSync(link), 'dotfiles/profile.bundle.ps1');
  t.is(readFileSync(real, 'utf8'), 'new\n');
  t.is(writeFileAtomic(link, 'new\n'), 'unchanged');
  t.deepEqual(leftovers(path.join(dir, 'dotfiles')), []);

  // A link to a link.
  const second = path.join(dir, 'second.ps1');
  symlinkSync(link, second);
  writeFileAtomic(second, 'newer\n');
  t.true(lstatSync(second).isSymbolicLink() && lstatSync(link).isSymbolicLink());
  t.is(readFileSync(real, 'utf8'), 'newer\n');

  // A dangling link: the file it names is created.
  const dangling = path.join(dir, 'dangling.ps1');
  symlinkSync('dotfiles/new.ps1', dangling);
  writeFileAtomic(dangling, 'created\n');
  t.true(lstatSync(dangling).isSymbolicLink());
  t.is(readFileSync(path.join(dir, 'dotfiles', 'new.ps1'), 'utf8'), 'created\n');

  // A cycle: refused, nothing written.
  const a = path.join(dir, 'a.ps1');
  const b = path.join(dir, 'b.ps1');
  symlinkSync(b, a);
  symlinkSync(a, b);
  t.throws(() => writeFileAtomic(a, 'x'), { code: 'ELOOP' });
  t.true(lstatSync(a).isSymbolicLink() && lstatSync(b).isSymbolicLink());
  t.is(readFileSync(target, 'utf8'), 'last good bundle\n');
});

test('a target whose name is as long as the file system allows is written; its stale temp files are found', (t) => {
  const { dir } = dirWithBundle(t);
  // 255 bytes each: ASCII, and two-byte characters (the limit is in bytes).
  for (const name of [`${'b'.repeat(251)}.ps1`, `${'é'.repeat(125)}.ps1x`]) {
    t.is(Buffer.byteLength(name), 255);
    const target = path.join(dir, name);
    // What a build killed outright would have left: a temporary file of a process that is gone.
    const stale = path.join(dir, `.${tempStem(name)}.999999999.0badf00d.tmp`);
    writeFileSync(stale, 'torn');
    t.is(writeFileAtomic(target, 'bundle\n'), 'written');
    t.is(readFileSync(target, 'utf8'), 'bundle\n');
    t.is(writeFileAtomic(target, 'bundle\n'), 'unchanged');
    t.false(existsSync(stale), 'the stale temporary file was removed');
    t.true(tempStem(name).length < name.length, 'the temporary name is shortened');
  }
  t.deepEqual(
    readdirSync(dir).filter((n) => n.endsWith('.tmp')),
    [],
  );
});
