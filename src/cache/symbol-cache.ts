/**
 * The symbol cache: each fragment's parse result, keyed by what decides it, so a build where
 * little changed parses only the changed fragments (esbuild's and eslint's caches do the same).
 *
 * - One JSON file per fragments folder in the cache folder (default: the user's cache folder,
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
const FORMAT = 1;

interface CacheFile {
  readonly format: number;
  readonly salt: string;
  readonly entries: Readonly<Record<string, FragmentSymbols>>;
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
  const used = new Map<string, FragmentSymbols>();
  let changed = false;
  const keyOf = (f: Fragment) => sha256(f.id, f.path, f.hash);
  return {
    file,
    lookup(fragment) {
      const key = keyOf(fragment);
      const hit = old.get(key);
      // A hand-edited file could hold anything under a valid key: take only what fits.
      if (hit?.fragment !== fragment.id || hit.path !== fragment.path) return undefined;
      used.set(key, hit);
      return hit;
    },
    store(fragment, symbols) {
      used.set(keyOf(fragment), symbols);
      changed = true;
    },
    save() {
      if (!changed && used.size === old.size) return;
      const entries = Object.fromEntries([...used].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      const content: CacheFile = { format: FORMAT, salt, entries };
      try {
        mkdirSync(cacheDir, { recursive: true });
        writeFileAtomic(file, JSON.stringify(content), { durable: false });
      } catch {
        // A read-only home or a full disk: the next build parses again, nothing worse.
      }
    },
  };
}

function readCacheFile(file: string, salt: string): Map<string, FragmentSymbols> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile> | null;
    if (parsed?.format !== FORMAT || parsed.salt !== salt || typeof parsed.entries !== 'object') return new Map();
    return new Map(Object.entries(parsed.entries));
  } catch {
    return new Map();
  }
}
