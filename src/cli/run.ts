/**
 * What every command shares: its result type (commands never print and never exit: src/cli/main.ts
 * does both, so every command is testable in-process), the options of commands that read a
 * profile, and running the pipeline for them.
 */
import path from 'node:path';
import type { Analysis } from '../core/analysis.js';
import type { Diagnostic } from '../core/types.js';
import { defaultCacheDir } from '../cache/cache-dir.js';
import { codeIdentity, memoKey, readMemo, writeMemo, type MemoInput, type MemoResult } from '../cache/result-memo.js';
import type { JournalEntry } from '../io/input-journal.js';
import { resolveConfig, type CliOverrides, type ResolvedConfig } from '../config/load-config.js';
import type { LoadResult } from '../load/load-fragments.js';
import { analyzeProfile, displayPath, type AnalyzeOptions, type ParseProgress } from '../pipeline/analyze.js';
import type { Replayable } from '../pipeline/replay.js';
import { formatDiagnostics, showPaths } from '../report/text.js';

export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
  /** What the next run with the same arguments prints while its inputs hold (build, check: src/pipeline/replay.ts). */
  readonly replay?: Replayable;
}

/** Options every command that reads a profile takes. */
export interface ProfileArgs extends Omit<CliOverrides, 'cwd'>, CacheArgs {
  readonly cwd?: string;
  readonly quiet?: boolean;
}

/** The cache and progress options of every command that parses. */
export interface CacheArgs {
  /** `--no-cache` sets this to false. */
  readonly cache?: boolean;
  readonly cacheDir?: string;
  readonly progress?: ParseProgress;
}

/** Analyze options from the command line: the cache folder unless `--no-cache`. */
export function analyzeOptions(args: CacheArgs, cwd: string): AnalyzeOptions {
  const cacheDir = args.cache === false ? undefined : path.resolve(cwd, args.cacheDir ?? defaultCacheDir());
  return {
    cwd,
    ...(cacheDir !== undefined ? { cacheDir } : {}),
    ...(args.progress ? { progress: args.progress } : {}),
  };
}

export async function analyzeArgs(
  args: ProfileArgs,
): Promise<{ config: ResolvedConfig; analysis: Analysis; cwd: string }> {
  const cwd = args.cwd ?? process.cwd();
  const config = resolveConfig({ ...args, cwd });
  const analysis = await analyzeProfile(config, analyzeOptions(args, cwd));
  return { config, analysis, cwd };
}

export const ok = (stdout: string, exitCode: 0 | 1 | 2 = 0, stderr = ''): CommandResult => ({
  stdout,
  stderr,
  exitCode,
});

/**
 * Errors, and warnings unless quiet (info is for analyze), with paths relative to the current
 * folder: `show` maps a fragment path or an absolute one (see fileShower).
 */
export function findingsFor(
  diagnostics: readonly Diagnostic[],
  quiet: boolean,
  show: (file: string) => string,
): string {
  const shown = diagnostics.filter((d) => d.severity === 'error' || (!quiet && d.severity === 'warning'));
  return shown.length === 0 ? '' : `${formatDiagnostics(showPaths(shown, show))}\n`;
}

/** The one path rule of human output: a finding's file relative to the current folder. */
export function fileShower(cwd: string, fragmentsDir: string): (file: string) => string {
  return (file) => displayPath(cwd, path.isAbsolute(file) ? file : path.join(fragmentsDir, file));
}

/**
 * The result memo of one command run (result-memo.ts), or undefined when there is no cache
 * folder or a test hook makes the run unrepeatable. `parts` are what else the result depends on.
 */
export function commandMemo(
  command: string,
  args: CacheArgs & { readonly hooks?: unknown },
  cacheDir: string | undefined,
  config: ResolvedConfig,
  loaded: LoadResult,
  parts: readonly unknown[],
):
  | {
      lookup(target: string): { readonly result: MemoResult; readonly journal: readonly JournalEntry[] } | undefined;
      store(target: string, result: MemoResult, inputs?: readonly MemoInput[]): void;
    }
  | undefined {
  if (cacheDir === undefined || args.hooks !== undefined) return undefined;
  const code = codeIdentity();
  const shown = Object.entries(args)
    .filter(([k]) => !['progress', 'hooks', 'cache', 'cacheDir', 'cache-dir', '$0', 'cwd'].includes(k))
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const key = (target: string) => memoKey(code, loaded, target, [command, shown, config, ...parts]);
  return {
    lookup: (target) => readMemo(cacheDir, config.fragmentsDir, command, key(target)),
    store: (target, result, inputs) => {
      writeMemo(cacheDir, config.fragmentsDir, command, key(target), result, inputs);
    },
  };
}
