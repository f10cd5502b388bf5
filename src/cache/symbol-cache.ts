/**
 * The symbol cache: each fragment's parse result, keyed by what decides it, so a build where
 * little changed parses only the changed fragments (esbuild's and eslint's caches do the same).
 *
 * - One file per fragments folder in the cache folder (default: the user's cache folder,
 *   `$XDG_CACHE_HOME/fragbundle` or `~/.cache/fragbundle`, `%LOCALAPPDATA%\fragbundle\cache` on
 *   Windows; `--cache-dir` or `FRAGBUNDLE_CACHE_DIR` elsewhere). Nothing in the user's repo.
 * - The file is valid only for one `salt`: fragbundle's version, the grammar's bytes, the parse
 *   stage's own code and the definers in force. Any difference and it is ignored, and rewritten.
 * - An entry's key is the fragment's id, path and content hash: the parse reads nothing else.
 * - Only the entries a run used are saved, so the file never grows beyond the profile's size.
 * - Safe to delete at any time; an unreadable, corrupt or foreign file is treated as empty, and a
 *   failure to save is ignored (the cache can make a build faster, never make it fail).
 * - Saved atomically (write-atomic.ts): concurrent builds (a pre-commit hook and an editor) never
 *   see half a file; the last one wins.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Fragment, FragmentSymbols } from '../types.js';
import { writeFileAtomic } from '../write-atomic.js';

/** Bump when the file layout changes. */
const FORMAT = 2;

/**
 * The file's first line: what it is. Then one line per entry, sorted: the key (hex), a space, and
 * the entry's FragmentSymbols as JSON (which never holds a raw line break). Entries are parsed
 * only when looked up, and an unchanged entry is saved as the line it was read from: a build that
 * changed one fragment re-serialises one entry, not the 2.3 MB of the generated profile's 400.
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
 * the compiled modules the parse stage runs (src/package-root.ts `parseStageFiles`). Hashing
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

/** Open the cache of `fragmentsDir` in `cacheDir`. Never throws. */
export function openSymbolCache(cacheDir: string, fragmentsDir: string, salt: string): SymbolCache {
  const file = path.join(cacheDir, `symbols-${sha256(path.resolve(fragmentsDir)).slice(0, 16)}.json`);
  const old = readCacheFile(file, salt);
  const used = new Map<string, Used>();
  let changed = false;
  const keyOf = (f: Fragment) => sha256(f.id, f.path, f.hash);
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
      changed = true;
    },
    save() {
      if (!changed && used.size === old.size) return;
      const header: CacheHeader = { format: FORMAT, salt };
      const lines = [JSON.stringify(header)];
      for (const [key, entry] of [...used].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        lines.push(`${key} ${entry.json ?? JSON.stringify(entry.symbols)}`);
      }
      try {
        mkdirSync(cacheDir, { recursive: true });
        writeFileAtomic(file, `${lines.join('\n')}\n`, { durable: false });
      } catch {
        // A read-only home or a full disk: the next build parses again, nothing worse.
      }
    },
  };
}

/** The entries of a cache file for `salt`, each as its line's JSON; empty when the file is unusable. */
function readCacheFile(file: string, salt: string): Map<string, string> {
  const entries = new Map<string, string>();
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    const header = JSON.parse(lines[0]) as Partial<CacheHeader> | null;
    if (header?.format !== FORMAT || header.salt !== salt) return entries;
    for (let i = 1; i < lines.length; i++) {
      const space = lines[i].indexOf(' ');
      if (space > 0) entries.set(lines[i].slice(0, space), lines[i].slice(space + 1));
    }
  } catch {
    // Missing or unreadable: empty.
  }
  return entries;
}
