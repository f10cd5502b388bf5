/**
 * Replay: the first thing the command line does. A pre-commit hook runs `fragbundle build` or
 * `check` with the same arguments, in the same folder, on every commit, and almost always on the
 * same files. Each such run that could be memoised leaves a replay record in the cache folder:
 * its arguments, working folder, fragbundle's code identity, what it printed, and the input
 * journal (src/io/input-journal.ts) of every file-system question its result depends on. The
 * next run with the same arguments and folder asks those questions again, by file metadata (racy
 * files by content), and when every answer holds, prints the same result without loading the
 * rest of fragbundle, its grammar, or a single fragment.
 *
 * Anything else (another command, other arguments, `--no-cache`, a changed file, a record from
 * another build of fragbundle, an unreadable or corrupt record) is a miss: the full command runs
 * and, through the result memo behind it (src/cache/result-memo.ts), may still avoid the work.
 * This module imports only Node.js built-ins and small modules: it is what every run loads.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultCacheDir } from '../cache/cache-dir.js';
import { codeIdentity, type MemoResult } from '../cache/result-memo.js';
import { entryHolds, type InputJournal, type JournalEntry } from '../io/input-journal.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { at } from '../core/at.js';
import { colourOutput } from '../report/colour.js';

/** What a run leaves for the next identical one: the inputs it read and what the next run prints. */
export interface Replayable {
  readonly cacheDir: string;
  readonly journal: InputJournal;
  readonly result: MemoResult;
}

interface ReplayFile {
  readonly format: 1;
  readonly code: string;
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly journal: InputJournal;
  readonly result: MemoResult;
}

/** Commands whose results are replayed: those with a result memo. */
const REPLAYED = new Set(['build', 'check']);

/**
 * The cache folder a run with `argv` uses, exactly as the full command line resolves it, or
 * undefined when the run uses none (`--no-cache`) or its cache options are spelled in a way this
 * small reader does not follow (then there is simply no replay).
 */
export function replayCacheDir(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = at(argv, i);
    if (arg === '--') break;
    if (!/^-.*cache/i.test(arg)) continue;
    if (arg === '--cache-dir' && i + 1 < argv.length && dir === undefined) {
      dir = argv[++i];
    } else if (arg.startsWith('--cache-dir=') && dir === undefined) {
      dir = arg.slice('--cache-dir='.length);
    } else {
      return undefined;
    }
  }
  return path.resolve(cwd, dir ?? defaultCacheDir(env));
}

function replayFile(cacheDir: string, argv: readonly string[], cwd: string): string {
  const id = createHash('sha256')
    .update(JSON.stringify([argv, cwd]))
    .digest('hex')
    .slice(0, 20);
  return path.join(cacheDir, `replay-${id}.json`);
}

/** Remember, for the next run with `argv` in `cwd`, what it will print while `replayable.journal` holds. Never throws. */
export function saveReplay(argv: readonly string[], cwd: string, replayable: Replayable): void {
  if (!REPLAYED.has(argv[0] ?? '')) return;
  // Recorded only when this run's own arguments lead to the same cache folder the next run reads.
  if (replayCacheDir(argv, cwd, process.env) !== replayable.cacheDir) return;
  const record: ReplayFile = {
    format: 1,
    code: codeIdentity(),
    argv,
    cwd,
    journal: replayable.journal,
    result: replayable.result,
  };
  try {
    mkdirSync(replayable.cacheDir, { recursive: true });
    writeFileAtomic(replayFile(replayable.cacheDir, argv, cwd), JSON.stringify(record), { durable: false });
  } catch {
    // No record: the next run does the work; nothing worse.
  }
}

/**
 * The result of the last run with exactly `argv` in `cwd`, when everything it read is unchanged;
 * else undefined. Records whose racy files have aged are rewritten without their hashes.
 */
export function replay(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv): MemoResult | undefined {
  try {
    return replayed(argv, cwd, env);
  } catch {
    return undefined; // whatever went wrong, the full command runs
  }
}

function replayed(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv): MemoResult | undefined {
  if (!REPLAYED.has(argv[0] ?? '')) return undefined;
  const cacheDir = replayCacheDir(argv, cwd, env);
  if (cacheDir === undefined) return undefined;
  const file = replayFile(cacheDir, argv, cwd);
  let record: ReplayFile;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as ReplayFile;
  } catch {
    return undefined;
  }
  if (!isRecord(record) || JSON.stringify(record.argv) !== JSON.stringify(argv) || record.cwd !== cwd) return undefined;
  if (record.code !== codeIdentity()) return undefined;
  const now = Date.now();
  const verdicts: ReturnType<typeof entryHolds>[] = [];
  for (const entry of record.journal.entries) {
    const verdict = entryHolds(entry, now);
    if (verdict === 'changed') return undefined;
    verdicts.push(verdict);
  }
  if (verdicts.includes('aged')) {
    const entries: JournalEntry[] = record.journal.entries.map((e, i) =>
      verdicts[i] === 'aged' ? { kind: e.kind, path: e.path, value: e.value } : e,
    );
    try {
      writeFileAtomic(file, JSON.stringify({ ...record, journal: { ...record.journal, entries } }), {
        durable: false,
      });
    } catch {
      // Still racy next time: those files are hashed again.
    }
  }
  return record.result;
}

/**
 * Print a replayed result exactly as the full command prints it, step summary first (as the full
 * command writes it before printing). False, with nothing printed, when the summary cannot be
 * written: then the full command runs and reports that as it always does.
 */
export function printReplayed(result: MemoResult, env: NodeJS.ProcessEnv, argv: readonly string[]): boolean {
  if (result.stepSummary && env.GITHUB_STEP_SUMMARY) {
    try {
      appendFileSync(env.GITHUB_STEP_SUMMARY, result.stepSummary);
    } catch {
      return false;
    }
  }
  const out = colourOutput(result, argv, env, { stdout: process.stdout, stderr: process.stderr });
  if (out.stdout) process.stdout.write(out.stdout);
  if (out.stderr) process.stderr.write(out.stderr);
  process.exitCode = result.exitCode;
  return true;
}

function isRecord(r: unknown): r is ReplayFile {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Partial<ReplayFile>;
  const result = x.result as Partial<MemoResult> | undefined;
  return (
    x.format === 1 &&
    typeof x.code === 'string' &&
    Array.isArray(x.argv) &&
    typeof x.cwd === 'string' &&
    typeof x.journal === 'object' &&
    (x.journal as unknown) !== null && // parsed JSON: the type does not rule null out
    Array.isArray(x.journal.entries) &&
    (x.journal.entries as unknown[]).every(isEntry) &&
    typeof result === 'object' &&
    typeof result.stdout === 'string' &&
    typeof result.stderr === 'string' &&
    [0, 1, 2].includes(result.exitCode as number) &&
    (result.stepSummary === undefined || typeof result.stepSummary === 'string')
  );
}

function isEntry(e: unknown): e is JournalEntry {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as Partial<Record<keyof JournalEntry, unknown>>;
  return (
    typeof x.kind === 'string' &&
    ['stat', 'lstat', 'list', 'real', 'read'].includes(x.kind) &&
    typeof x.path === 'string' &&
    typeof x.value === 'string' &&
    (x.hash === undefined || typeof x.hash === 'string')
  );
}
