/**
 * The result memo: what `build` or `check` printed for one exact state of its inputs, so running
 * it again on that state (the pre-commit hook on every commit, an editor on every save) answers
 * from a small file instead of analysing and emitting again. Make's rule, with content hashes:
 *
 * - The key covers everything the result depends on: fragbundle's own code and grammar
 *   (`codeIdentity`), the command and its arguments, the working folder, the resolved
 *   configuration, every loaded fragment's path, id, order, encoding and content hash, the load
 *   stage's findings, and the bundle file's content hash (or its absence).
 * - `build` stores, after writing, the result the *next* run will give ("up to date"), under the
 *   key with the bundle it just wrote. Edit the bundle, a fragment or the config, and the key no
 *   longer matches: the full pipeline runs.
 * - One entry per fragments folder and command, in the same cache folder as the symbol cache, with
 *   the same guarantees: safe to delete, corrupt files ignored, save failures ignored.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { existsSync, journaled, readFileSync as readInput, statSync, type JournalEntry } from '../io/input-journal.js';
import type { LoadResult } from '../load/load-fragments.js';
import { packageRoot } from '../io/package-root.js';
import { writeFileAtomic } from '../io/write-atomic.js';

/** A command's printed result. */
export interface MemoResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
  readonly stepSummary?: string;
}

/**
 * A file the result also depends on that only the analysis finds (a dot-sourced sub-file): its
 * absolute path and the hash of its bytes. A memo is used only while every one is unchanged.
 */
export interface MemoInput {
  readonly path: string;
  readonly hash: string;
}

interface MemoFile {
  readonly format: 1;
  readonly key: string;
  readonly result: MemoResult;
  readonly inputs?: readonly MemoInput[];
}

/**
 * Set by scripts/bundle.mjs in the bundled CLI: the hash of everything it was built from (see
 * codeIdentity). Absent when tsc's modules run directly (tests, library use).
 */
declare const FRAGBUNDLE_BUILD_IDENTITY: string | undefined;

let identity: string | undefined;

/**
 * A hash of the code that is running: every compiled module under `dist/src`, the grammar,
 * package.json, and the bundled CLI's build script. Any rebuild of fragbundle that changes one of
 * them changes it. The bundled CLI has it computed at build time (reading ~2 MB on every run
 * cost a warm run ~10 ms); the modules compute it once per process.
 */
export function codeIdentity(): string {
  if (typeof FRAGBUNDLE_BUILD_IDENTITY === 'string') return FRAGBUNDLE_BUILD_IDENTITY;
  identity ??= hashCode(packageRoot());
  return identity;
}

/** The files codeIdentity covers, relative to the package root with `/`, in a fixed order. */
export function codeFiles(root: string): string[] {
  const dir = path.join(root, 'dist', 'src');
  const modules = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.js'))
    .map((n) => `dist/src/${n.split(path.sep).join('/')}`)
    .sort();
  return ['package.json', 'grammars/tree-sitter-powershell.wasm', 'scripts/bundle.mjs', ...modules];
}

/** sha256 over codeFiles: each file's relative path and bytes (a missing file hashes as empty). */
export function hashCode(root: string): string {
  const h = createHash('sha256');
  for (const rel of codeFiles(root)) {
    h.update(rel).update('\0');
    try {
      h.update(readFileSync(path.join(root, ...rel.split('/'))));
    } catch {
      // Not installed (scripts/ is not in the npm package): hashed as empty.
    }
    h.update('\0');
  }
  return h.digest('hex');
}

/** The state of a file the result depends on: its content hash, or why there is none; and its bytes, read once. */
export function fileState(file: string): { readonly state: string; readonly bytes?: Buffer } {
  try {
    if (!statSync(file).isFile()) return { state: 'not-a-file' };
    const bytes = readInput(file);
    return { state: createHash('sha256').update(bytes).digest('hex'), bytes };
  } catch {
    return { state: existsSync(file) ? 'unreadable' : 'missing' };
  }
}

/** The memo key of one run. `parts` are the command, its arguments, cwd, config and the like. */
export function memoKey(code: string, loaded: LoadResult, target: string, parts: readonly unknown[]): string {
  const h = createHash('sha256');
  h.update(code).update('\0').update(target).update('\0');
  for (const part of parts) {
    // JSON.stringify gives undefined for undefined, whatever its type says.
    const json = JSON.stringify(part) as string | undefined;
    h.update(json ?? 'undefined').update('\0');
  }
  h.update(JSON.stringify(loaded.diagnostics)).update('\0');
  // The stamps too: the bundle records them for its stale guard, so a touched file is a rebuild.
  for (const f of loaded.fragments)
    h.update(
      `${f.path}\0${f.id}\0${f.order}\0${f.encoding}\0${f.hash}\0${f.stamp?.size ?? ''}\0${f.stamp?.modified ?? ''}\n`,
    );
  h.update(JSON.stringify(loaded.setAside)).update('\0');
  return h.digest('hex');
}

function memoFile(cacheDir: string, fragmentsDir: string, command: string): string {
  const id = createHash('sha256')
    .update(`${command}\0${path.resolve(fragmentsDir)}`)
    .digest('hex')
    .slice(0, 16);
  return path.join(cacheDir, `result-${command}-${id}.json`);
}

/**
 * The memoised result for `key`, if the last run of `command` on this folder had exactly this key
 * and its sub-files (MemoInput) are unchanged; with the file-system answers checking those gave
 * (for replay).
 */
export function readMemo(
  cacheDir: string,
  fragmentsDir: string,
  command: string,
  key: string,
): { readonly result: MemoResult; readonly journal: readonly JournalEntry[] } | undefined {
  try {
    const memo = JSON.parse(
      readFileSync(memoFile(cacheDir, fragmentsDir, command), 'utf8'),
    ) as Partial<MemoFile> | null;
    if (memo?.format !== 1 || memo.key !== key || typeof memo.result !== 'object') return undefined;
    const r = memo.result;
    if (typeof r.stdout !== 'string' || typeof r.stderr !== 'string' || ![0, 1, 2].includes(r.exitCode))
      return undefined;
    const inputs: readonly MemoInput[] = Array.isArray(memo.inputs) ? memo.inputs : [];
    if (!inputs.every((i) => typeof i.path === 'string' && typeof i.hash === 'string')) return undefined;
    const { value: unchanged, journal } = journaled(() =>
      inputs.every((i) => createHash('sha256').update(readInput(i.path)).digest('hex') === i.hash),
    );
    return unchanged ? { result: r, journal: journal.entries } : undefined;
  } catch {
    return undefined;
  }
}

/** Remember `result` for `key`. Never throws. */
export function writeMemo(
  cacheDir: string,
  fragmentsDir: string,
  command: string,
  key: string,
  result: MemoResult,
  inputs: readonly MemoInput[] = [],
): void {
  const memo: MemoFile = { format: 1, key, result, ...(inputs.length > 0 ? { inputs } : {}) };
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileAtomic(memoFile(cacheDir, fragmentsDir, command), JSON.stringify(memo), { durable: false });
  } catch {
    // The next run does the work again; nothing worse.
  }
}
