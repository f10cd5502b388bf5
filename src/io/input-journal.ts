/**
 * The input journal: every file-system question the config and load stages (and `build`/`check`
 * around them) ask during one run, with the answer's fingerprint, so a later run can tell, without
 * reading a single fragment, that its inputs are exactly what they were (src/pipeline/replay.ts).
 *
 * The functions here are node:fs's own, with the same results and errors; while a journal is
 * open (`journaled`), each call also records what it saw:
 *
 * - a file: its device, inode, size, and modification and change times in nanoseconds (git's
 *   index does the same). Rewriting a file changes its change time, which user-space tools cannot
 *   set back; a file replaced by another has another inode or change time.
 * - a folder: its device and inode only (a listing is recorded separately, by its names).
 * - a missing path: that it is missing; an unreadable one: the error code.
 *
 * Racy files: a file modified within a few seconds of the run may be modified again within the
 * same timestamp tick (about 4 ms on Linux, 2 s on FAT) with the same size, and look unchanged.
 * Such a file's entry also keeps the hash of the bytes the run used; a later run hashes the file
 * again instead of trusting its fingerprint (git's "racily clean" entries). The fingerprint is
 * taken before the file is read, so a write that lands between the two always shows.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { readRegularFile } from './regular-file.js';

/** One question and its answer's fingerprint. */
export interface JournalEntry {
  /** stat (follows links), lstat, list (a folder's names in order), real (realpath), read (a file's bytes). */
  readonly kind: 'stat' | 'lstat' | 'list' | 'real' | 'read';
  readonly path: string;
  readonly value: string;
  /** sha256 of the bytes read, kept for a racy file only. */
  readonly hash?: string;
}

/** Everything one run asked, and when it started asking. */
export interface InputJournal {
  /** Milliseconds since the epoch when the journal was opened. */
  readonly started: number;
  readonly entries: readonly JournalEntry[];
}

/** A file modified this close to the run (ms) is racy: see the header. */
export const RACY_MS = 3000;

let open: Map<string, JournalEntry> | undefined;

/**
 * Run `fn` with a journal open; nested calls share the outer journal. `fn` must be synchronous:
 * the journal is open exactly while it runs.
 */
export function journaled<T>(fn: () => T): { readonly value: T; readonly journal: InputJournal } {
  const outer = open;
  const started = Date.now();
  const entries = outer ?? new Map<string, JournalEntry>();
  open = entries;
  try {
    const value = fn();
    if (value instanceof Promise) throw new Error('journaled: the function must be synchronous');
    return { value, journal: { started, entries: [...entries.values()] } };
  } finally {
    open = outer;
  }
}

/** Record an entry now, replacing an earlier one for the same question (a file the run itself wrote). */
function record(entry: JournalEntry): void {
  open?.set(`${entry.kind}\0${entry.path}`, entry);
}

/**
 * Add to `journal` what `file` is now, given the sha256 of the bytes the run wrote to it: used
 * after a run writes a file it also read. Just written, the file is racy: the hash is kept.
 */
export function recordFile(journal: InputJournal, file: string, hash: string): InputJournal {
  const { value, mtimeMs } = fingerprintOf(file, 'stat');
  const entry: JournalEntry = {
    kind: 'read',
    path: file,
    value,
    ...(isRacy(mtimeMs, journal.started) ? { hash } : {}),
  };
  return { started: journal.started, entries: [...journal.entries.filter((e) => e.path !== file), entry] };
}

/** A file modified at `mtimeMs` is racy for a read at `at`: see the header. */
function isRacy(mtimeMs: number | undefined, at: number): boolean {
  return mtimeMs !== undefined && mtimeMs >= at - RACY_MS;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The recorded answer of a question that failed: its error code. */
const failure = (error: unknown): string => `!${(error as NodeJS.ErrnoException).code ?? 'error'}`;

/** What the callers of statSync and lstatSync here ask of the answer. */
export interface StatLike {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/**
 * The fingerprint of what `stat` or `lstat` says of `p` now. Files: device, inode, size,
 * nanosecond modification and change times; folders: device and inode; links (lstat):
 * device, inode and change time; anything else: its type bits. Also the answer itself (one
 * system call serves both), or the error.
 */
export function fingerprintOf(
  p: string,
  how: 'stat' | 'lstat',
): {
  readonly value: string;
  readonly mtimeMs?: number;
  readonly stats?: StatLike;
  readonly stamp?: { readonly size: number; readonly modified: string };
  readonly error?: unknown;
} {
  let s: fs.BigIntStats;
  try {
    s = how === 'stat' ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true });
  } catch (error) {
    return { value: failure(error), error };
  }
  if (s.isFile()) {
    return {
      value: `f:${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`,
      mtimeMs: Number(s.mtimeNs / 1_000_000n),
      stats: s,
      stamp: { size: Number(s.size), modified: s.mtimeNs.toString() },
    };
  }
  if (s.isDirectory()) return { value: `d:${s.dev}:${s.ino}`, stats: s };
  if (s.isSymbolicLink()) return { value: `l:${s.dev}:${s.ino}:${s.ctimeNs}`, stats: s };
  return { value: `o:${s.mode}`, stats: s };
}

/** A folder's names, in the order the system lists them, hashed into one value; or the error. */
function listingOf(p: string): { readonly value: string; readonly names?: string[]; readonly error?: unknown } {
  try {
    const names = fs.readdirSync(p);
    return { value: sha256(Buffer.from(names.join('\0'))), names };
  } catch (error) {
    return { value: failure(error), error };
  }
}

/** What realpath says of `p`; or the error. */
function realOf(p: string): { readonly value: string; readonly real?: string; readonly error?: unknown } {
  try {
    const real = fs.realpathSync(p);
    return { value: `=${real}`, real };
  } catch (error) {
    return { value: failure(error), error };
  }
}

/** node:fs existsSync, recorded as a stat. */
export function existsSync(p: string): boolean {
  if (!open) return fs.existsSync(p);
  const seen = fingerprintOf(p, 'stat');
  record({ kind: 'stat', path: p, value: seen.value });
  return seen.stats !== undefined;
}

/** node:fs statSync (the answer's type tests), recorded. */
export function statSync(p: string): StatLike {
  return statRecorded(p, 'stat');
}

/** node:fs lstatSync (the answer's type tests), recorded. */
export function lstatSync(p: string): StatLike {
  return statRecorded(p, 'lstat');
}

function statRecorded(p: string, how: 'stat' | 'lstat'): StatLike {
  if (!open) return how === 'stat' ? fs.statSync(p) : fs.lstatSync(p);
  const seen = fingerprintOf(p, how);
  record({ kind: how, path: p, value: seen.value });
  if (seen.stats === undefined) throw seen.error;
  return seen.stats;
}

/** node:fs realpathSync, recorded. */
export function realpathSync(p: string): string {
  if (!open) return fs.realpathSync(p);
  const seen = realOf(p);
  record({ kind: 'real', path: p, value: seen.value });
  if (seen.real === undefined) throw seen.error;
  return seen.real;
}

/** node:fs readdirSync (names), recorded by the names in their order. */
export function readdirSync(p: string): string[] {
  if (!open) return fs.readdirSync(p);
  const seen = listingOf(p);
  record({ kind: 'list', path: p, value: seen.value });
  if (seen.names === undefined) throw seen.error;
  return seen.names;
}

/** node:fs readFileSync, recorded: the fingerprint is taken before the bytes are read. */
export function readFileSync(p: string): Buffer;
export function readFileSync(p: string, encoding: 'utf8'): string;
export function readFileSync(p: string, encoding?: 'utf8'): Buffer | string {
  const bytes = open ? readFileStamped(p).bytes : readRegularFile(p);
  return encoding ? bytes.toString(encoding) : bytes;
}

/**
 * readFileSync that also gives the file's size and modification time from the stat taken just
 * before the read (one stat serves the journal and the stamp): a write that lands between the two
 * leaves a stamp older than the file, so a later comparison of stamps sees a change.
 */
export function readFileStamped(p: string): {
  readonly bytes: Buffer;
  readonly stamp?: { readonly size: number; readonly modified: string };
} {
  if (!open) {
    const { stamp } = fingerprintOf(p, 'stat');
    return { bytes: readRegularFile(p), ...(stamp ? { stamp } : {}) };
  }
  const started = Date.now();
  const { value, mtimeMs, stats, stamp } = fingerprintOf(p, 'stat');
  let bytes: Buffer;
  try {
    // The fingerprint's stat already says whether it is a file; anything else gets the checks.
    bytes = stats?.isFile() ? fs.readFileSync(p) : readRegularFile(p);
  } catch (error) {
    record({ kind: 'read', path: p, value: failure(error) });
    throw error;
  }
  record({ kind: 'read', path: p, value, ...(isRacy(mtimeMs, started) ? { hash: sha256(bytes) } : {}) });
  return { bytes, ...(stamp ? { stamp } : {}) };
}

/** Whether `entry` still holds: 'same'; 'same, no longer racy' when a racy file's bytes matched and it has aged; or 'changed'. */
export function entryHolds(entry: JournalEntry, now: number): 'same' | 'aged' | 'changed' {
  switch (entry.kind) {
    case 'stat':
    case 'lstat':
      return fingerprintOf(entry.path, entry.kind).value === entry.value ? 'same' : 'changed';
    case 'real':
      return realOf(entry.path).value === entry.value ? 'same' : 'changed';
    case 'list':
      return listingOf(entry.path).value === entry.value ? 'same' : 'changed';
    case 'read': {
      const { value, mtimeMs } = fingerprintOf(entry.path, 'stat');
      if (value !== entry.value) return 'changed';
      if (entry.hash === undefined) return 'same';
      let bytes: Buffer;
      try {
        // The fingerprint just matched one taken of a file that was read: a file still.
        bytes = fs.readFileSync(entry.path);
      } catch {
        return 'changed';
      }
      if (sha256(bytes) !== entry.hash) return 'changed';
      // Matched by content; once old enough, a later write cannot share its timestamp any more.
      return isRacy(mtimeMs, now) ? 'same' : 'aged';
    }
  }
}
