/**
 * The load stage's second half: read the files that fragments dot-source (sub-files), and list
 * the folders they walk. The parse stage only names them (DotSource requests); this module is
 * the only place their bytes and folder listings come from. Reads go through the input journal,
 * so a replayed run sees a changed sub-file as it sees a changed fragment.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describeReadError, NOT_REGULAR_REASON } from '../io/regular-file.js';
import type { FolderWalk, Fragment } from '../core/types.js';
import { decodeScript } from './decode.js';
import { readdirSync, readFileStamped } from '../io/input-journal.js';
import { compareNames, lstatOrUndefined, statOrUndefined } from './load-fragments.js';

/** A sub-file read, or why it could not be. */
export type SubFileRead =
  | { readonly ok: true; readonly file: Fragment }
  | { readonly ok: false; readonly missing: boolean; readonly reason: string };

/**
 * Read one sub-file, `rel` relative to the analysed folder `root` (`/` separators, `..` allowed).
 * The result is a Fragment whose id is its path and whose order is -1: it is no fragment of its
 * own, but the parse stage and the bundle handle it as one.
 */
export function readSubFile(root: string, rel: string): SubFileRead {
  const absolutePath = path.resolve(root, ...rel.split('/'));
  const stat = statOrUndefined(absolutePath);
  if (!stat) return { ok: false, missing: true, reason: 'it does not exist' };
  if (stat.isDirectory()) return { ok: false, missing: false, reason: 'it is a folder' };
  if (!stat.isFile()) return { ok: false, missing: false, reason: NOT_REGULAR_REASON };
  let bytes: Buffer;
  let stamp: Fragment['stamp'];
  try {
    // The stamp (size, modification time) is what the stale guard compares at start-up.
    ({ bytes, stamp } = readFileStamped(absolutePath));
  } catch (error) {
    return { ok: false, missing: false, reason: describeReadError(error) };
  }
  const decoded = decodeScript(bytes);
  if (!decoded.ok) return { ok: false, missing: false, reason: decoded.reason };
  const hash = createHash('sha256').update(bytes).digest('hex');
  return {
    ok: true,
    file: {
      id: rel,
      path: rel,
      absolutePath,
      text: decoded.text,
      order: -1,
      hash,
      encoding: decoded.encoding,
      ...(stamp ? { stamp } : {}),
    },
  };
}

/**
 * The files a folder walk dot-sources, relative to `root`, in the order it loads them: by name
 * as `Sort-Object Name` sorts (compareNames), reversed for `-Descending`; without a sort the
 * file system decides, and name order stands in for it (a FOLDER_WALK_ORDER finding says so).
 * `-Filter` matches file names without regard to case, as pwsh does on Linux too (measured);
 * without `-Force`, hidden files (a leading `.`) are skipped, as `Get-ChildItem` skips them.
 */
export function listFolderWalk(root: string, walk: FolderWalk): { files: string[]; error?: string } {
  const absolute = path.resolve(root, ...walk.folder.split('/'));
  let names: string[];
  try {
    names = readdirSync(absolute);
  } catch (error) {
    return { files: [], error: describeReadError(error) };
  }
  const filter = walk.filter === undefined ? undefined : wildcard(walk.filter);
  const files = names.filter((name) => {
    if (!walk.hidden && name.startsWith('.')) return false;
    if (filter && !filter.test(name)) return false;
    const link = lstatOrUndefined(path.join(absolute, name));
    const target = link?.isSymbolicLink() ? statOrUndefined(path.join(absolute, name)) : link;
    return target?.isFile() === true;
  });
  files.sort(compareNames);
  if (walk.descending) files.reverse();
  const prefix = walk.folder === '.' ? '' : `${walk.folder}/`;
  return { files: files.map((f) => prefix + f) };
}

/** A PowerShell wildcard (`*`, `?`, `[abc]`) as a whole-name, case-insensitive pattern. */
function wildcard(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${pattern.slice(i + 1, end).replace(/[\\\]^]/g, '\\$&')}]`;
        i = end;
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'is');
}
