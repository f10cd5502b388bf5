/**
 * Writing the bundle without ever losing the last good one: the text goes to a temporary file in
 * the same folder, is flushed to disk, and only then renamed over the target (atomic on POSIX
 * and NTFS). Any failure (disk full, read-only folder, a signal mid-write) removes the temporary
 * file and leaves the existing bundle as it was.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  readlinkSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writevSync,
} from 'node:fs';
import path from 'node:path';
import { NOT_REGULAR, NOT_REGULAR_REASON, readRegularFile } from './regular-file.js';

export type WriteOutcome = 'written' | 'unchanged';

/** Test hook: called after the temporary file is complete and before the rename. */
export interface WriteHooks {
  readonly beforeRename?: (tempPath: string) => void;
}

export interface WriteOptions extends WriteHooks {
  /**
   * Flush the text to disk before the rename (default). Cache files skip it: after a crash such a
   * file may be empty or torn, its reader ignores it, and the next run rebuilds it; the flush cost
   * a few milliseconds per file on every run.
   */
  readonly durable?: boolean;
}

/**
 * Write `text` (a string is written as UTF-8; pieces of bytes are written one after another, as
 * one `writev`, never joined) to `linkOrFile` atomically. Returns 'unchanged' (and
 * writes nothing) when the bytes are already there. A symbolic link stays one: the file it leads to is replaced
 * (dotfiles keep `$PROFILE` or the bundle as a link into the repository; renaming over the link
 * would have turned it into a plain file and left the repository's copy stale).
 */
export function writeFileAtomic(
  linkOrFile: string,
  text: string | Uint8Array | readonly Uint8Array[],
  options: WriteOptions = {},
): WriteOutcome {
  const target = throughLinks(linkOrFile);
  const pieces: readonly Uint8Array[] =
    typeof text === 'string' ? [Buffer.from(text, 'utf8')] : text instanceof Uint8Array ? [text] : text;
  const total = pieces.reduce((n, p) => n + p.length, 0);
  const existing = existingFile(target, total);
  if (existing?.bytes && sameBytes(existing.bytes, pieces)) return 'unchanged';

  const dir = path.dirname(target);
  const stem = tempStem(path.basename(target));
  removeStaleTemps(dir, stem);
  const temp = path.join(dir, `.${stem}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = existing ? existing.mode & 0o777 : 0o644;
  const cleanup = () => {
    try {
      unlinkSync(temp);
    } catch {
      /* already gone */
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      writeAll(fd, pieces, total);
      if (options.durable !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    options.beforeRename?.(temp);
    renameSync(temp, target);
    return 'written';
  } catch (error) {
    cleanup();
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/**
 * The path a write to `p` replaces: `p`, or, when it is a symbolic link, what the link (and any
 * link it leads to) names, even when that does not exist yet. Throws ELOOP for a link cycle.
 */
function throughLinks(p: string): string {
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!lstatSync(p).isSymbolicLink()) return p;
      link = readlinkSync(p);
    } catch {
      return p; // missing (the write creates it) or unreadable (the write reports it)
    }
    p = path.resolve(path.dirname(p), link);
  }
  throw Object.assign(new Error(`too many symbolic links: ${p}`), { code: 'ELOOP' });
}

/** Bytes a file name may have (NAME_MAX on Linux and macOS; NTFS allows 255 UTF-16 units). */
const NAME_MAX = 255;
/** Longest stem kept whole: the temporary name adds a dot, the pid, 8 hex digits and `.tmp` (at most 26 bytes). */
const STEM_MAX = NAME_MAX - 26;

/**
 * The part of the temporary file's name that comes from the target's: the name itself, or, when
 * that would make the temporary name too long for the file system, its first 200 bytes (whole
 * characters) and a hash of the whole name. A bundle named with 250 characters is a valid file
 * name, and its temporary file must be too.
 */
export function tempStem(base: string): string {
  if (Buffer.byteLength(base) <= STEM_MAX) return base;
  let cut = '';
  for (const ch of base) {
    if (Buffer.byteLength(cut + ch) > 200) break;
    cut += ch;
  }
  return `${cut}~${createHash('sha256').update(base).digest('hex').slice(0, 12)}`;
}

/**
 * Remove temporary files that an earlier run left when it was killed outright (SIGKILL, power
 * loss): `.<stem>.<pid>.<hex>.tmp` whose process no longer runs.
 */
function removeStaleTemps(dir: string, stem: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${stem}.`;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (!m || isRunning(Number(m[1]))) continue;
    try {
      unlinkSync(path.join(dir, name));
    } catch {
      /* someone else removed it */
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The file a write replaces: its mode, and its bytes when it has `size` of them (else it cannot
 * hold the same bytes, and is not read); undefined when it does not exist. Throws as
 * readRegularFile does for what is not a regular file or cannot be read.
 */
function existingFile(file: string, size: number): { mode: number; bytes?: Buffer } | undefined {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (stats.isFile() && stats.size !== size) {
    // Not read, but refused as a read would refuse it (an unreadable bundle stays a failure to write).
    accessSync(file, constants.R_OK);
    return { mode: stats.mode };
  }
  return { mode: stats.mode, bytes: readRegularFile(file) };
}

/** True when `bytes` holds exactly the pieces, one after another. */
function sameBytes(bytes: Buffer, pieces: readonly Uint8Array[]): boolean {
  let at = 0;
  for (const p of pieces) {
    if (at + p.length > bytes.length || bytes.compare(p, 0, p.length, at, at + p.length) !== 0) return false;
    at += p.length;
  }
  return at === bytes.length;
}

/** Write every piece, in order, from the file's start: `writev`, again from where a short write stopped. */
function writeAll(fd: number, pieces: readonly Uint8Array[], total: number): void {
  let rest = pieces;
  let left = total;
  while (left > 0) {
    let written = writevSync(fd, rest);
    left -= written;
    if (left === 0) break;
    const next: Uint8Array[] = [];
    for (const p of rest) {
      if (written >= p.length) written -= p.length;
      else {
        next.push(written === 0 ? p : p.subarray(written));
        written = 0;
      }
    }
    rest = next;
  }
}

/** Why a write failed, in words, for a one-line message (the errno code when it is not a common one). */
export function describeWriteError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on the device';
    case 'ELOOP':
      return 'its symbolic links form a loop';
    case 'ENAMETOOLONG':
      return 'its name or path is too long for the file system';
    case NOT_REGULAR:
      return NOT_REGULAR_REASON;
    default:
      return e.code ?? (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  }
}
