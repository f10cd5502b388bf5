/**
 * The load stage: find the fragments, read and decode them, put them in baseline order. The only
 * stage that reads fragment files from disk.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileStamped, realpathSync, statSync } from '../io/input-journal.js';
import path from 'node:path';
import { diagnostic, unknownFragment } from '../core/diagnostics.js';
import type { Diagnostic, Fragment } from '../core/types.js';
import { decodeScript, encodingLabel } from './decode.js';
import { globSource, matchGlob, mayDescend } from './glob.js';
import { describeReadError, NOT_REGULAR_REASON } from '../io/regular-file.js';

/** What to load. Every field has a default that matches the plain one-by-one loader. */
export interface LoadOptions {
  /** Glob patterns relative to the folder; default `['*.ps1']` (top level only, like `Get-ChildItem -Filter *.ps1`). */
  readonly include?: readonly string[];
  /** Glob patterns to leave out (e.g. `*-test-*`). A pattern without `/` matches the base name. */
  readonly exclude?: readonly string[];
  /** Fragment names (ids, case-insensitive) to leave out, as `.profile-fragments.json` `disabled`. */
  readonly disabled?: readonly string[];
  /**
   * Baseline order: `name` (default) sorts like PowerShell's `Sort-Object Name`; a list of
   * fragment names puts those first in that order, the rest after them by name.
   */
  readonly baseline?: 'name' | readonly string[];
  /**
   * Load hidden files and walk hidden folders (names starting with `.`); default false, as the
   * plain loader's `Get-ChildItem` without `-Force` skips them on Linux and macOS ("disable a
   * fragment by adding a leading dot"). Each skipped file is reported (LOAD_HIDDEN).
   */
  readonly includeHidden?: boolean;
  /** Absolute paths never to take as fragments (the bundle itself when it lives in the folder). */
  readonly ignorePaths?: readonly string[];
  /** The config files `disabled` and `baseline` come from: where findings about their names point. */
  readonly listFiles?: { readonly disabled?: string; readonly baseline?: string };
  /**
   * Reads of an earlier load to take again instead of reading the file (`build --watch`, whose
   * file events say which files changed), by absolute path. A file listed here is not read.
   */
  readonly reuse?: ReadonlyMap<string, FileRead>;
  /**
   * The walk of an earlier load of the same folder with the same patterns, taken again instead of
   * walking the folder (`build --watch`, when its file events show that no file was added,
   * removed, or turned into a folder or a link: see `listingStillValid`).
   */
  readonly listing?: Listing;
}

/** What walking the folder found: the files the patterns select, the ones set aside, and the findings about the walk. */
export interface Listing {
  /** Paths relative to the folder, `/` separators, in walk order. */
  readonly files: readonly string[];
  readonly ignored: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  /** The absolute paths of `files`. */
  readonly absolute: ReadonlySet<string>;
  /** The folder walked (absolute) and the include patterns it walked with. */
  readonly root: string;
  readonly include: readonly string[];
}

/** What reading one file gave: the fragment (without its order) or nothing, and the findings about it. */
export interface FileRead {
  readonly fragment?: Omit<Fragment, 'order'>;
  readonly diagnostics: readonly Diagnostic[];
}

export interface LoadResult {
  /** Fragments in baseline order, `order` 0..n-1. Unreadable and binary files are left out. */
  readonly fragments: readonly Fragment[];
  readonly diagnostics: readonly Diagnostic[];
  /** The absolute, resolved folder. */
  readonly root: string;
  /** Every file read (or reused), by absolute path: what a later load may reuse. */
  readonly reads: ReadonlyMap<string, FileRead>;
  /** The folder's walk, for a later load's `listing`. */
  readonly listing: Listing;
  /**
   * Paths (like `Fragment.path`) of the files the include and exclude patterns match that are not
   * fragments: disabled, hidden, unreadable (also broken links, FIFOs, devices), binary, or in
   * `ignorePaths`. The bundle's stale guard must not take them for fragments added since the build.
   */
  readonly setAside: readonly string[];
}

/** Thrown when the folder itself cannot be used: the CLI turns it into exit code 2. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/**
 * PowerShell's `Sort-Object Name` on Linux and in the invariant culture compares with ICU's root
 * collation, ignoring case. Checked against pwsh in test/load (case-only ties are left to the
 * directory order by pwsh, so any tie-break is as faithful: ordinal keeps it deterministic).
 */
const nameCollator = new Intl.Collator('und', { sensitivity: 'accent' });

/** Compare two file names as the baseline loader's `Sort-Object Name` does. */
export function compareNames(a: string, b: string): number {
  return nameCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Read every fragment of `dir`. Throws LoadError when the folder is missing or holds no fragments. */
export function loadFragments(dir: string, options: LoadOptions = {}): LoadResult {
  const root = path.resolve(dir);
  const rootStat = statOrUndefined(root);
  if (!rootStat?.isDirectory()) {
    const what = rootStat ? 'is not a folder' : 'does not exist';
    const d = diagnostic('NO_FRAGMENTS', `${dir} ${what}`, { file: dir });
    throw new LoadError(d.message, [d]);
  }
  const include = options.include ?? ['*.ps1'];
  const exclude = options.exclude ?? [];
  const ignore = new Set((options.ignorePaths ?? []).map((p) => path.resolve(p)));
  const listing =
    options.listing ?? walkFolder(root, { include, exclude, ignore, hidden: options.includeHidden ?? false });
  const { files, ignored } = listing;
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const disabled = new Set((options.disabled ?? []).map((n) => n.toLowerCase()));
  // A name in a list that matches no file is most likely a typo: the fragment it meant is still
  // loaded (disabled) or not where the list puts it (baseline). Said once per list and name.
  const found = new Set(files.map((rel) => fragmentId(rel).toLowerCase()));
  const lists: [string, readonly string[], string | undefined][] = [
    ['disabled', options.disabled ?? [], options.listFiles?.disabled],
    [
      'the baseline order',
      options.baseline === undefined || options.baseline === 'name' ? [] : options.baseline,
      options.listFiles?.baseline,
    ],
  ];
  for (const [list, names, file] of lists) {
    for (const name of new Set(names)) {
      if (found.has(name.toLowerCase())) continue;
      diagnostics.push(unknownFragment(list, name, file ?? dir));
    }
  }

  const read: Omit<Fragment, 'order'>[] = [];
  const reads = new Map<string, FileRead>();
  for (const rel of files) {
    const absolutePath = path.join(root, ...rel.split('/'));
    const id = fragmentId(rel);
    if (disabled.has(id.toLowerCase())) continue;
    const one = options.reuse?.get(absolutePath) ?? readFragmentFile(rel, absolutePath, id);
    reads.set(absolutePath, one);
    diagnostics.push(...one.diagnostics);
    if (one.fragment) read.push(one.fragment);
  }

  if (read.length === 0) {
    const why = files.length === 0 ? `no files match ${include.join(', ')}` : 'no fragment could be read';
    const d = diagnostic('NO_FRAGMENTS', `${dir}: ${why}`, { file: dir });
    throw new LoadError(d.message, [...diagnostics, d]);
  }
  const ordered = baselineOrder(read, options.baseline ?? 'name');
  const taken = new Set(read.map((f) => f.path));
  const setAside = [...files.filter((rel) => !taken.has(rel)), ...ignored].sort();
  return { fragments: ordered.map((f, order) => ({ ...f, order })), diagnostics, root, setAside, reads, listing };
}

/** findFiles as a Listing. */
function walkFolder(root: string, select: Parameters<typeof findFiles>[1]): Listing {
  const diagnostics: Diagnostic[] = [];
  const ignored: string[] = [];
  const files = findFiles(root, select, diagnostics, ignored);
  return {
    files,
    ignored,
    diagnostics,
    absolute: new Set(files.map((rel) => path.join(root, ...rel.split('/')))),
    root,
    include: select.include,
  };
}

/**
 * Whether a walk still holds after file events named `changed` (absolute paths) and nothing else.
 * A file the walk took must still be a regular file (not a link: the walk follows links to files,
 * and one that now points elsewhere is walked again). Any other path must be outside the folder
 * (a config file), or a file or nothing that no include pattern selects (a sub-file, an editor's
 * backup file). An added, removed or renamed fragment, or a folder, means walking again.
 */
export function listingStillValid(listing: Listing, changed: Iterable<string>): boolean {
  for (const p of changed) {
    const now = lstatOrUndefined(p);
    if (listing.absolute.has(p)) {
      if (now?.isFile() !== true) return false;
      continue;
    }
    const rel = path.relative(listing.root, p);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    if (now?.isDirectory() === true || now?.isSymbolicLink() === true) return false;
    const slashed = rel.split(path.sep).join('/');
    // Without a pattern that descends, the walk looks at the top level only.
    if (slashed.includes('/') && !mayDescend(listing.include)) continue;
    if (listing.include.some((pattern) => matchGlob(pattern, slashed))) return false;
  }
  return true;
}

/** Read and decode one fragment file, with the findings about it. */
function readFragmentFile(rel: string, absolutePath: string, id: string): FileRead {
  const diagnostics: Diagnostic[] = [];
  let bytes: Buffer;
  let stamp: Fragment['stamp'];
  try {
    ({ bytes, stamp } = readFileStamped(absolutePath));
  } catch (error) {
    diagnostics.push(diagnostic('LOAD_UNREADABLE', `cannot read ${rel}: ${describeReadError(error)}`, { file: rel }));
    return { diagnostics };
  }
  const decoded = decodeScript(bytes);
  if (!decoded.ok) {
    diagnostics.push(
      diagnostic('LOAD_BINARY', `${rel} ${decoded.reason}; it is left out`, {
        file: rel,
        line: decoded.line,
        column: decoded.column,
      }),
    );
    return { diagnostics };
  }
  if (decoded.invalidAt) {
    diagnostics.push(
      diagnostic(
        'LOAD_ENCODING',
        `${rel} is not valid ${encodingLabel(decoded.encoding)}; read as pwsh reads it, with U+FFFD for the invalid bytes`,
        { file: rel, ...decoded.invalidAt },
      ),
    );
  }
  if (decoded.text.trim() === '') {
    diagnostics.push(diagnostic('LOAD_EMPTY', `${rel} is empty`, { file: rel, line: 1, column: 1 }));
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  return {
    fragment: {
      id,
      path: rel,
      absolutePath,
      text: decoded.text,
      hash,
      encoding: decoded.encoding,
      ...(stamp ? { stamp } : {}),
    },
    diagnostics,
  };
}

/**
 * A .NET regular expression (also valid in JavaScript) that matches the file names, at the
 * folder's top level, that `include` and `exclude` select: the stale guard tests names it finds at
 * start-up with it. Case-insensitive, as the patterns are. When one include glob and no exclude
 * select them, and .NET's simple wildcard matching (case-insensitive) takes exactly the names that
 * glob takes, also the glob as `wildcard`: the guard's quick check then counts them without a
 * regular expression. Only `*`, `?` and characters no other character matches ignoring case
 * qualify (not K: .NET's regular expressions also match the Kelvin sign to it; checked in pwsh).
 * Without `includeHidden` the expression takes no name starting with a dot, as findFiles does not.
 */
export function topLevelNamePattern(
  include: readonly string[],
  exclude: readonly string[],
  includeHidden = false,
): {
  readonly include: string;
  readonly exclude: string;
  readonly wildcard?: string;
} {
  const either = (patterns: readonly string[], lead: string) =>
    patterns.length === 0 ? '(?!)' : `(?i)^${lead}(?:${patterns.map(globSource).join('|')})$`;
  const [only] = include;
  const wildcard =
    include.length === 1 && exclude.length === 0 && only !== undefined && PLAIN_WILDCARD.test(only) ? only : undefined;
  return {
    include: either(include, includeHidden ? '' : '(?!\\.)'),
    exclude: either(exclude, ''),
    ...(wildcard !== undefined ? { wildcard } : {}),
  };
}

/** A glob .NET's simple matching reads as picomatch does: `*` (never two), `?`, letters but K, digits, `.`, `_`, `-`. */
const PLAIN_WILDCARD = /^(?!.*\*\*)[*?A-JL-Za-jl-z0-9._-]+$/;

/**
 * The id other fragments name it by: the base name without `.ps1`. Fragments in sub-folders
 * (only with a `**` include) keep their folder: `sub/x`.
 */
export function fragmentId(relativePath: string): string {
  return relativePath.replace(/\.ps1$/i, '');
}

/** Sort by the baseline: a configured list first (in its order), the rest by name. */
function baselineOrder<T extends { id: string; path: string }>(
  fragments: readonly T[],
  baseline: 'name' | readonly string[],
): T[] {
  const byName = [...fragments].sort((a, b) => compareNames(a.path, b.path));
  if (baseline === 'name') return byName;
  const rank = new Map<string, number>();
  baseline.forEach((name, i) => {
    const key = name.toLowerCase();
    if (!rank.has(key)) rank.set(key, i);
  });
  const listed = byName.filter((f) => rank.has(f.id.toLowerCase()));
  listed.sort((a, b) => rank.get(a.id.toLowerCase())! - rank.get(b.id.toLowerCase())!);
  return [...listed, ...byName.filter((f) => !rank.has(f.id.toLowerCase()))];
}

/**
 * Walk the folder for files matching the patterns. Follows a symlinked file, never a symlinked
 * folder (no loops), and never leaves the folder.
 */
function findFiles(
  root: string,
  select: {
    readonly include: readonly string[];
    readonly exclude: readonly string[];
    readonly ignore: ReadonlySet<string>;
    readonly hidden: boolean;
  },
  diagnostics: Diagnostic[],
  ignored: string[],
): string[] {
  const { include, exclude, ignore } = select;
  const out: string[] = [];
  const descend = mayDescend(include);
  const seen = new Set<string>([safeRealpath(root)]);
  const stack: string[] = [''];
  while (stack.length > 0) {
    const relDir = stack.pop()!;
    const absDir = path.join(root, relDir);
    let entries: string[];
    try {
      entries = readdirSync(absDir);
    } catch (error) {
      diagnostics.push(
        diagnostic('LOAD_UNREADABLE', `cannot list ${relDir || '.'}: ${describeReadError(error)}`, {
          file: relDir || '.',
        }),
      );
      continue;
    }
    for (const name of entries) {
      const rel = relDir ? `${relDir}/${name}` : name;
      const abs = path.join(absDir, name);
      const link = lstatOrUndefined(abs);
      if (!link) continue;
      const hidden = !select.hidden && name.startsWith('.');
      if (link.isDirectory()) {
        if (descend && !hidden && !exclude.some((p) => matchGlob(p, rel))) {
          const real = safeRealpath(abs);
          if (!seen.has(real)) {
            seen.add(real);
            stack.push(rel);
          }
        }
        continue;
      }
      if (!include.some((p) => matchGlob(p, rel))) continue;
      if (exclude.some((p) => matchGlob(p, rel))) continue;
      if (hidden) {
        diagnostics.push(
          diagnostic(
            'LOAD_HIDDEN',
            `${rel} is hidden (its name starts with a dot), so it is not loaded: the plain loader's Get-ChildItem skips it without -Force`,
            { file: rel },
          ),
        );
        // Set aside, so the bundle's stale guard does not take it for a fragment added since the build.
        ignored.push(rel);
        continue;
      }
      if (ignore.has(abs)) {
        ignored.push(rel);
        continue;
      }
      const target = link.isSymbolicLink() ? statOrUndefined(abs) : link;
      if (!target) {
        diagnostics.push(
          diagnostic('LOAD_UNREADABLE', `cannot read ${rel}: it is a broken symbolic link`, { file: rel }),
        );
        // Set aside (as the ones below): the stale guard counts it and must not take it for an added fragment.
        ignored.push(rel);
        continue;
      }
      if (target.isDirectory()) continue; // a folder named like a fragment (or a link to one)
      if (!target.isFile()) {
        // A FIFO or a device: reading it would never end, and one-by-one loading would hang on it.
        diagnostics.push(diagnostic('LOAD_UNREADABLE', `cannot read ${rel}: ${NOT_REGULAR_REASON}`, { file: rel }));
        ignored.push(rel);
        continue;
      }
      out.push(rel);
    }
  }
  return out;
}

/** The file's stat through the input journal, or undefined when it cannot be had. */
export function statOrUndefined(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** The entry's own stat (a link is not followed) through the input journal, or undefined. */
export function lstatOrUndefined(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
