/**
 * io/watch-tree.ts against real file edits: saves by rename (as editors do), appends, new and
 * removed sub-folders. Each step waits for the event it expects (bounded by a generous timeout).
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { watchTree } from '../../src/io/watch-tree.js';
import { tempDir } from '../helpers/temp.js';

const WAIT_MS = 10_000;

/** Events as they come, and a way to wait until one satisfies a test. */
function recorder() {
  const seen: (string | null)[] = [];
  let wake: (() => void) | undefined;
  return {
    push(x: string | null) {
      seen.push(x);
      wake?.();
    },
    seen,
    async until(ok: (x: string | null) => boolean): Promise<boolean> {
      const deadline = Date.now() + WAIT_MS;
      for (;;) {
        if (seen.some(ok)) {
          seen.length = 0;
          return true;
        }
        const left = deadline - Date.now();
        if (left <= 0) return false;
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, Math.min(left, 200));
        });
        wake = undefined;
      }
    },
  };
}

/** Replace a file by writing a new one elsewhere and renaming it over the old, as vim does. */
function saveByRename(staging: string, file: string, text: string): void {
  const staged = path.join(staging, path.basename(file));
  writeFileSync(staged, text);
  renameSync(staged, file);
}

test('a file saved by rename keeps raising events on every later save and append', async (t) => {
  const root = tempDir(t);
  const staging = tempDir(t);
  mkdirSync(path.join(root, 'lib'));
  writeFileSync(path.join(root, 'a.ps1'), '1\n');
  writeFileSync(path.join(root, 'lib', 'b.ps1'), '1\n');
  const r = recorder();
  const w = watchTree(
    root,
    (f) => {
      r.push(f);
    },
    (e) => t.fail(String(e)),
  );
  t.teardown(() => {
    w.close();
  });
  for (const rel of ['a.ps1', path.join('lib', 'b.ps1')]) {
    const file = path.join(root, rel);
    saveByRename(staging, file, '2\n');
    t.true(await r.until((x) => x === rel), `${rel}: first save by rename`);
    saveByRename(staging, file, '3\n');
    t.true(await r.until((x) => x === rel), `${rel}: second save by rename`);
    appendFileSync(file, '4\n');
    t.true(await r.until((x) => x === rel), `${rel}: an append after saves by rename`);
  }
});

test('a new sub-folder is watched, and a removed one says so', async (t) => {
  const root = tempDir(t);
  const r = recorder();
  const w = watchTree(
    root,
    (f) => {
      r.push(f);
    },
    (e) => t.fail(String(e)),
  );
  t.teardown(() => {
    w.close();
  });
  mkdirSync(path.join(root, 'new', 'deep'), { recursive: true });
  t.true(await r.until((x) => x === null), 'a new folder: anything may have changed');
  // The deeper folder may have been made before its parent was watched: it was found by the walk.
  writeFileSync(path.join(root, 'new', 'deep', 'c.ps1'), '1\n');
  t.true(await r.until((x) => x === path.join('new', 'deep', 'c.ps1')));
  rmSync(path.join(root, 'new'), { recursive: true });
  t.true(await r.until((x) => x === null), 'a removed folder: anything may have changed');
});

test('off Linux, the platform recursive watch is used as it is', async (t) => {
  // The recursive path is what macOS and Windows get; on Linux it still works for plain appends.
  const root = tempDir(t);
  writeFileSync(path.join(root, 'a.ps1'), '1\n');
  const r = recorder();
  const w = watchTree(
    root,
    (f) => {
      r.push(f);
    },
    (e) => t.fail(String(e)),
    'darwin',
  );
  t.teardown(() => {
    w.close();
  });
  appendFileSync(path.join(root, 'a.ps1'), '2\n');
  t.true(await r.until((x) => x === 'a.ps1'));
});
