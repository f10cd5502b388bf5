/**
 * The symbol cache: each fragment's parse result, keyed by what decides it, so a build where
 * little changed parses only the changed fragments (esbuild's and eslint's caches do the same).
 *
 * - One file per fragments folder in the cache folder (default: the user's cache folder,
 *   `$XDG_CACHE_HOME/fragbundle` or `~/.cache/fragbundle`, `%LOCALAPPDATA%\fragbundle\cache` on
 *   Windows; `--cache-dir` or `FRAGBUNDLE_CACHE_DIR` elsewhere). Nothing in the user's repo.
 * - The file is valid only for one `salt`: fragbundle's version, the grammar's bytes, the parse
 *   stage's own code and the definers in force. Any difference and it is ignored, and rewritten.
 * - An entry's key is the salt and the fragment's id, path and content hash: the parse reads
 *   nothing else.
 * - A run appends the entries it parsed. When the lines it did not use (older versions of edited
 *   fragments, removed fragments, damaged lines) would outnumber the ones it did, it rewrites the
 *   file with only those, so the file stays under twice the profile's size.
 * - Safe to delete at any time; an unreadable, corrupt or foreign file is treated as empty, and a
 *   failure to save is ignored (the cache can make a build faster, never make it fail).
 * - Concurrent builds (a pre-commit hook and an editor) never see half a file: rewrites are atomic
 *   (write-atomic.ts), and a torn append is a damaged line, which is a miss. An append that lands
 *   in a file another run has just replaced is lost, and costs that fragment a parse. Keys hold the
 *   salt, so an entry appended under another build's header is never taken.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Fragment, FragmentSymbols } from '../core/types.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { at } from '../core/at.js';

/** Bump when the file layout changes. */
const FORMAT = 3;

/**
 * The file's first line: what it is. Then one line per entry: the key (hex), a space, and the
 * entry's FragmentSymbols as JSON (which never holds a raw line break); a later line wins.
 * Entries are parsed only when looked up. A build that changed one fragment appends one line
 * instead of rewriting the 2.3 MB of the generated profile's 400 entries; a rewrite keeps each
 * entry as the line it was read from, sorted by key.
 */
interface CacheHeader {
  readonly format: number;
  readonly salt: string;
}

/** An entry of this run: its symbols, and its line's JSON when it was read from the file. */
interface Used {
  readonly symbols: FragmentSymbols;
  readonly json?: string;
}

/** The cache of one fragments folder for one salt. */
export interface SymbolCache {
  /** The cached symbols of `fragment`, if its id, path and bytes are unchanged. */
  lookup(fragment: Fragment): FragmentSymbols | undefined;
  store(fragment: Fragment, symbols: FragmentSymbols): void;
  /** Write the entries used in this run, when they differ from what was read. Never throws. */
  save(): void;
  /** Where the file is (for --debug and docs). */
  readonly file: string;
}

const sha256 = (...parts: readonly (string | Buffer)[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/**
 * Set by scripts/bundle.mjs in the bundled CLI: parseCodeHash of the grammar and the parse stage
 * it was built from. Absent when tsc's modules run directly.
 */
declare const FRAGBUNDLE_PARSE_IDENTITY: string | undefined;

/**
 * The hash of what decides a fragment's symbols besides its text: the grammar and `codeFiles`,
 * the compiled modules the parse stage runs (src/io/package-root.ts `parseStageFiles`). Hashing
 * them means a changed extraction, or a changed finding's default severity, never reuses old
 * results, even between two builds of the same version.
 */
export function parseCodeHash(grammarFile: string, codeFiles: readonly string[]): string {
  return sha256(readFileSync(grammarFile), ...[...codeFiles].sort().map((file) => readFileSync(file)));
}

/**
 * parseCodeHash of the running code: computed when the bundled CLI was built (reading the 1 MB
 * grammar and the parse modules cost every uncached run a few milliseconds), else now.
 */
export function runningParseCode(files: () => { grammarFile: string; codeFiles: readonly string[] }): string {
  if (typeof FRAGBUNDLE_PARSE_IDENTITY === 'string') return FRAGBUNDLE_PARSE_IDENTITY;
  const { grammarFile, codeFiles } = files();
  return parseCodeHash(grammarFile, codeFiles);
}

/** What every cached entry depends on besides the fragment itself: `parseCode` is a parseCodeHash. */
export function cacheSalt(options: {
  readonly toolVersion: string;
  readonly parseCode: string;
  readonly definers: unknown;
}): string {
  return sha256(`format ${FORMAT}`, options.toolVersion, options.parseCode, JSON.stringify(options.definers));
}

/** Whether `cacheDir` holds the symbol cache of any fragments folder. Never throws. */
export function holdsSymbolCaches(cacheDir: string): boolean {
  try {
    return readdirSync(cacheDir).some((name) => name.startsWith('symbols-') && name.endsWith('.json'));
  } catch {
    return false;
  }
}

/** Open the cache of `fragmentsDir` in `cacheDir`. Never throws. */
export function openSymbolCache(cacheDir: string, fragmentsDir: string, salt: string): SymbolCache {
  const file = path.join(cacheDir, `symbols-${sha256(path.resolve(fragmentsDir)).slice(0, 16)}.json`);
  const { entries: old, lines: oldLines, appendable } = readCacheFile(file, salt);
  const used = new Map<string, Used>();
  const keyOf = (f: Fragment) => sha256(salt, f.id, f.path, f.hash);
  const line = (key: string, entry: Used) => `${key} ${entry.json ?? JSON.stringify(entry.symbols)}`;
  return {
    file,
    lookup(fragment) {
      const key = keyOf(fragment);
      const json = old.get(key);
      if (json === undefined) return undefined;
      let hit: FragmentSymbols | undefined;
      try {
        hit = JSON.parse(json) as FragmentSymbols | undefined;
      } catch {
        return undefined; // a damaged line: parsed again, and the line replaced
      }
      // A hand-edited file could hold anything under a valid key: take only what fits.
      if (hit?.fragment !== fragment.id || hit.path !== fragment.path) return undefined;
      used.set(key, { symbols: hit, json });
      return hit;
    },
    store(fragment, symbols) {
      used.set(keyOf(fragment), { symbols });
    },
    save() {
      const added = [...used].filter(([, entry]) => entry.json === undefined);
      const unused = oldLines + added.length - used.size;
      try {
        if (appendable && unused <= used.size) {
          if (added.length > 0) appendFileSync(file, `${added.map(([key, entry]) => line(key, entry)).join('\n')}\n`);
          return;
        }
        const header: CacheHeader = { format: FORMAT, salt };
        const sorted = [...used].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const text = [JSON.stringify(header), ...sorted.map(([key, entry]) => line(key, entry))].join('\n');
        mkdirSync(cacheDir, { recursive: true });
        writeFileAtomic(file, `${text}\n`, { durable: false });
      } catch {
        // A read-only home or a full disk: the next build parses again, nothing worse.
      }
    },
  };
}

/** What a cache file holds for `salt`. */
interface CacheFile {
  /** Each entry's line's JSON by key; empty when the file is unusable. */
  readonly entries: Map<string, string>;
  /** How many entry lines the file has, damaged or repeated ones included. */
  readonly lines: number;
  /** True when new entries may be appended: the file is this salt's and ends with a line break. */
  readonly appendable: boolean;
}

function readCacheFile(file: string, salt: string): CacheFile {
  const entries = new Map<string, string>();
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    const header = JSON.parse(at(lines, 0)) as Partial<CacheHeader> | null;
    if (header?.format !== FORMAT || header.salt !== salt) return { entries, lines: 0, appendable: false };
    // The last element is what follows the last line break: empty, unless an append was torn
    // (then that part line is not taken, and the file is not appended to).
    const last = lines.length - 1;
    for (const line of lines.slice(1, last)) {
      const space = line.indexOf(' ');
      if (space > 0) entries.set(line.slice(0, space), line.slice(space + 1));
    }
    return { entries, lines: Math.max(0, last - 1), appendable: last > 0 && lines[last] === '' };
  } catch {
    return { entries, lines: 0, appendable: false }; // missing or unreadable: empty
  }
}
