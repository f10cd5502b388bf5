/**
 * The input journal: it records what the config and load stages asked, and a recorded answer
 * holds exactly while the file system still gives it. Racy files (modified close to the run) are
 * checked by content, and age into plain metadata checks.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {
  entryHolds,
  existsSync,
  journaled,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  recordFile,
  statSync as journalStat,
  type JournalEntry,
} from '../../src/io/input-journal.js';
import { tempDir } from '../helpers/temp.js';

const entry = (entries: readonly JournalEntry[], kind: JournalEntry['kind'], p: string): JournalEntry => {
  const e = entries.find((x) => x.kind === kind && x.path === p);
  if (!e) throw new Error(`no ${kind} entry for ${p}`);
  return e;
};

/** Set a file's times well in the past, so it is not racy. */
const age = (p: string) => {
  utimesSync(p, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
};

test('outside a journal the functions are plain node:fs; inside, every question is recorded once', (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'a.ps1');
  writeFileSync(file, 'x');
  t.true(existsSync(file));
  t.is(readFileSync(file, 'utf8'), 'x');
  const { value, journal } = journaled(() => [
    existsSync(path.join(dir, 'missing.json')),
    readdirSync(dir),
    readFileSync(file, 'utf8'),
    readFileSync(file, 'utf8'),
    journalStat(dir).isDirectory(),
    lstatSync(file).isFile(),
    realpathSync(dir),
  ]);
  t.deepEqual(value.slice(0, 3), [false, ['a.ps1'], 'x']);
  t.deepEqual(
    journal.entries.map((e) => e.kind),
    ['stat', 'list', 'read', 'stat', 'lstat', 'real'],
  );
  t.is(entry(journal.entries, 'stat', path.join(dir, 'missing.json')).value, '!ENOENT');
  t.true(journal.entries.every((e) => entryHolds(e, Date.now()) !== 'changed'));
});

test('errors are node:fs errors, and are recorded too', (t) => {
  const dir = tempDir(t);
  const missing = path.join(dir, 'nope');
  const { journal } = journaled(() => {
    t.throws(() => readFileSync(missing), { code: 'ENOENT' });
    t.throws(() => readdirSync(missing), { code: 'ENOENT' });
  });
  t.is(entryHolds(entry(journal.entries, 'read', missing), Date.now()), 'same');
  t.is(entryHolds(entry(journal.entries, 'list', missing), Date.now()), 'same');
  mkdirSync(missing);
  t.is(entryHolds(entry(journal.entries, 'list', missing), Date.now()), 'changed', 'the folder appeared');
});

test('a file read holds until its bytes, size, times or identity change', (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'a.ps1');
  writeFileSync(file, 'function A { }\n');
  age(file);
  const read = () => entry(journaled(() => readFileSync(file)).journal.entries, 'read', file);
  const first = read();
  t.is(first.hash, undefined, 'an old file is checked by metadata only');
  t.is(entryHolds(first, Date.now()), 'same');

  appendFileSync(file, '# more\n');
  t.is(entryHolds(first, Date.now()), 'changed', 'appended');

  const second = read();
  t.not(second.hash, undefined, 'a file written just now is racy: its hash is kept');
  writeFileSync(file, 'function B { }\n# more\n');
  t.is(entryHolds(second, Date.now()), 'changed', 'rewritten with the same size');

  // Same bytes, new times (touch, git checkout): the metadata says changed.
  const third = read();
  const { mtime } = statSync(file);
  utimesSync(file, mtime, new Date(mtime.getTime() + 5000));
  t.is(entryHolds(third, Date.now()), 'changed');

  // Deleted and written again with the same bytes and times: its change time (and inode) tell.
  const fourth = read();
  const { atime, mtime: m } = statSync(file);
  rmSync(file);
  writeFileSync(path.join(dir, 'other'), 'placeholder');
  writeFileSync(file, 'function B { }\n# more\n');
  utimesSync(file, atime, m);
  t.is(entryHolds(fourth, Date.now()), 'changed');
});

test('a racy entry is checked by content; once old enough it is reported aged', (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'out.ps1');
  writeFileSync(file, 'bundle v1\n');
  const { journal } = journaled(() => readFileSync(file));
  const racy = entry(journal.entries, 'read', file);
  t.is(typeof racy.hash, 'string');
  t.is(entryHolds(racy, Date.now()), 'same', 'young: same by content, still racy');
  t.is(entryHolds(racy, Date.now() + 60_000), 'aged', 'a minute later: no write can share its timestamp');
  t.is(entryHolds({ ...racy, hash: '0'.repeat(64) }, Date.now()), 'changed', 'same metadata, other bytes');
});

test('recordFile replaces what the run read of a file with what it wrote', (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'out.ps1');
  writeFileSync(file, 'old\n');
  const { journal } = journaled(() => readFileSync(file));
  writeFileSync(file, 'new bundle\n');
  t.is(entryHolds(entry(journal.entries, 'read', file), Date.now()), 'changed');
  const after = recordFile(journal, file, createHash('sha256').update('new bundle\n').digest('hex'));
  t.is(after.entries.filter((e) => e.path === file).length, 1);
  t.is(entryHolds(entry(after.entries, 'read', file), Date.now()), 'same');
  writeFileSync(file, 'new bundlX\n');
  t.is(entryHolds(entry(after.entries, 'read', file), Date.now()), 'changed');
});

test('folders: a listing changes with an added, removed or renamed entry; a stat only with the folder itself', (t) => {
  const dir = tempDir(t);
  const sub = path.join(dir, 'profile.d');
  mkdirSync(sub);
  writeFileSync(path.join(sub, 'a.ps1'), 'a');
  const { journal } = journaled(() => [readdirSync(sub), journalStat(sub)]);
  const list = entry(journal.entries, 'list', sub);
  const stat = entry(journal.entries, 'stat', sub);
  writeFileSync(path.join(sub, 'a.ps1'), 'changed content');
  t.is(entryHolds(list, Date.now()), 'same', 'a file inside changed: the listing is the same');
  t.is(entryHolds(stat, Date.now()), 'same');
  writeFileSync(path.join(sub, 'b.ps1'), 'b');
  t.is(entryHolds(list, Date.now()), 'changed', 'a file was added');
  rmSync(sub, { recursive: true });
  t.is(entryHolds(stat, Date.now()), 'changed', 'the folder is gone');
});

test('links: lstat and realpath notice a retargeted link', (t) => {
  const dir = tempDir(t);
  writeFileSync(path.join(dir, 'one.ps1'), '1');
  writeFileSync(path.join(dir, 'two.ps1'), '2');
  const link = path.join(dir, 'link.ps1');
  symlinkSync(path.join(dir, 'one.ps1'), link);
  const { journal } = journaled(() => [lstatSync(link), realpathSync(link), readFileSync(link)]);
  rmSync(link);
  symlinkSync(path.join(dir, 'two.ps1'), link);
  t.is(entryHolds(entry(journal.entries, 'lstat', link), Date.now()), 'changed');
  t.is(entryHolds(entry(journal.entries, 'real', link), Date.now()), 'changed');
  t.is(entryHolds(entry(journal.entries, 'read', link), Date.now()), 'changed');
});

test('an asynchronous function is refused: the journal would close before it reads anything', (t) => {
  t.throws(() => journaled(async () => Promise.resolve(1)), { message: /synchronous/ });
  t.notThrows(() => journaled(() => 1));
});
