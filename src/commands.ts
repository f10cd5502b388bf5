/**
 * What each CLI command does, as functions from parsed options to `{ stdout, stderr, exitCode }`.
 * They never print and never exit: src/cli.ts does both, so every command is testable in-process.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Analysis } from './analysis.js';
import {
  analyzeLoaded,
  analyzeProfile,
  bundleOptions,
  displayPath,
  loadProfile,
  type AnalyzeOptions,
  type ParseProgress,
} from './analyze.js';
import { emitBundle } from './bundle/emit-bundle.js';
import { readBundleHeader, whereLine } from './bundle/header.js';
import { defaultCacheDir } from './cache/cache-dir.js';
import { codeIdentity, fileState, memoKey, readMemo, writeMemo, type MemoResult } from './cache/result-memo.js';
import { resolveConfig, type CliOverrides, type ResolvedConfig } from './config/load-config.js';
import { journaled, recordFile } from './load/input-journal.js';
import type { LoadResult } from './load/load-fragments.js';
import { reportExplain } from './report/explain.js';
import { reportGraph, type GraphFormat } from './report/graph-formats.js';
import { reportJson } from './report/json.js';
import type { Replayable } from './replay.js';
import { formatDiagnostics, reportText, summaryLine } from './report/text.js';
import type { Diagnostic } from './types.js';
import { TOOL_VERSION } from './version.js';
import { describeWriteError, writeFileAtomic, type WriteHooks } from './write-atomic.js';
import { countLineBreaks } from './bundle/fragment-text.js';
import { describeReadError, readRegularFile } from './regular-file.js';

export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
  /** What the next run with the same arguments prints while its inputs hold (build, check: src/replay.ts). */
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

async function analyze(args: ProfileArgs): Promise<{ config: ResolvedConfig; analysis: Analysis; cwd: string }> {
  const cwd = args.cwd ?? process.cwd();
  const config = resolveConfig({ ...args, cwd });
  const analysis = await analyzeProfile(config, analyzeOptions(args, cwd));
  return { config, analysis, cwd };
}

const ok = (stdout: string, exitCode: 0 | 1 | 2 = 0, stderr = ''): CommandResult => ({ stdout, stderr, exitCode });

/** `fragbundle analyze`. */
export async function runAnalyze(args: ProfileArgs & { readonly format: 'text' | 'json' }): Promise<CommandResult> {
  const { analysis } = await analyze(args);
  const r = args.format === 'json' ? reportJson(analysis) : reportText(analysis);
  return ok(r.output, r.exitCode);
}

/** `fragbundle graph`. */
export async function runGraph(args: ProfileArgs & { readonly format: GraphFormat }): Promise<CommandResult> {
  const { analysis } = await analyze(args);
  const r = reportGraph(analysis, args.format);
  return ok(r.output, r.exitCode);
}

/** `fragbundle explain NAME`. */
export async function runExplain(args: ProfileArgs & { readonly name: string }): Promise<CommandResult> {
  const { analysis } = await analyze(args);
  const r = reportExplain(analysis, args.name);
  return r.exitCode === 0 ? ok(r.output) : ok('', r.exitCode, r.output);
}

/** Errors first, then warnings; info only when asked. */
function findingsFor(diagnostics: readonly Diagnostic[], quiet: boolean): string {
  const shown = diagnostics.filter((d) => d.severity === 'error' || (!quiet && d.severity === 'warning'));
  return shown.length === 0 ? '' : `${formatDiagnostics(shown)}\n`;
}

/** The bundle text `build` writes for an analysis. */
export function bundleText(analysis: Analysis, config: ResolvedConfig): string {
  return emitBundle({
    fragments: analysis.fragments,
    symbols: analysis.symbols,
    graph: analysis.graph,
    plan: analysis.plan,
    options: bundleOptions(config),
    fragmentsDirFromBundle: relativeDir(path.dirname(config.output), config.fragmentsDir),
    toolVersion: TOOL_VERSION,
  }).text;
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
): { lookup(target: string): MemoResult | undefined; store(target: string, result: MemoResult): void } | undefined {
  if (cacheDir === undefined || args.hooks !== undefined) return undefined;
  const code = codeIdentity();
  const shown = Object.entries(args)
    .filter(([k]) => !['progress', 'hooks', 'cache', 'cacheDir', 'cache-dir', '$0', 'cwd'].includes(k))
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const key = (target: string) => memoKey(code, loaded, target, [command, shown, config, ...parts]);
  return {
    lookup: (target) => readMemo(cacheDir, config.fragmentsDir, command, key(target)),
    store: (target, result) => {
      writeMemo(cacheDir, config.fragmentsDir, command, key(target), result);
    },
  };
}

/**
 * `fragbundle build`: refuses to write when there are error findings; writes atomically. When
 * nothing it depends on changed since the last run (result memo), it answers without analysing.
 */
export async function runBuild(args: ProfileArgs & { readonly hooks?: WriteHooks }): Promise<CommandResult> {
  const cwd = args.cwd ?? process.cwd();
  const options = analyzeOptions(args, cwd);
  // Every file-system answer up to here is what a replay of this run checks (src/replay.ts).
  const { value: inputs, journal } = journaled(() => {
    const config = resolveConfig({ ...args, cwd });
    // The output is read once: its hash keys the memo, its header says whether it may be overwritten.
    return { config, loaded: loadProfile(config), current: fileState(config.output) };
  });
  const { config, loaded, current } = inputs;
  const memo = commandMemo('build', args, options.cacheDir, config, loaded, [cwd]);
  const replayable = (result: MemoResult, writtenHash?: string): Replayable | undefined =>
    memo && options.cacheDir !== undefined
      ? {
          cacheDir: options.cacheDir,
          journal: writtenHash === undefined ? journal : recordFile(journal, config.output, writtenHash),
          result,
        }
      : undefined;
  const target = current.state;
  const remembered = memo?.lookup(target);
  if (remembered) return { ...remembered, replay: replayable(remembered) };

  const analysis = await analyzeLoaded(config, loaded, options);
  const out = displayPath(cwd, config.output);
  const findings = findingsFor(analysis.diagnostics, args.quiet ?? false);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    const refused = ok('', 1, `${findings}fragbundle: not writing ${out}: ${summaryLine(analysis.diagnostics)}\n`);
    memo?.store(target, refused);
    return { ...refused, replay: replayable(refused) };
  }
  const text = bundleText(analysis, config);
  const foreign = notABundle(current.bytes);
  if (foreign) {
    return ok(
      '',
      2,
      `${findings}fragbundle: not overwriting ${out}: ${foreign}; move it away or choose another --output\n`,
    );
  }
  // Encoded once: written, and hashed for the memo below.
  const bytes = Buffer.from(text, 'utf8');
  let outcome: 'written' | 'unchanged';
  try {
    outcome = writeFileAtomic(config.output, bytes, args.hooks);
  } catch (error) {
    // The previous bundle is untouched (write-atomic.ts); say why in one line, exit 2.
    return ok('', 2, `${findings}fragbundle: cannot write ${out}: ${describeWriteError(error)}\n`);
  }
  const lazy = analysis.plan.entries.filter((e) => e.mode === 'lazy');
  const stubs = lazy.reduce((n, e) => n + e.stubs.length, 0);
  const summary = (verb: string) =>
    args.quiet
      ? ''
      : `fragbundle: ${verb} ${out} (${analysis.fragments.length} fragments, ${lazy.length} lazy with ${stubs} stubs; ${summaryLine(analysis.diagnostics)})\n`;
  // The next run on this state finds the bundle written and up to date.
  const next = ok(summary('up to date:'), 0, findings);
  const writtenHash = createHash('sha256').update(bytes).digest('hex');
  memo?.store(writtenHash, next);
  return {
    ...ok(summary(outcome === 'written' ? 'wrote' : 'up to date:'), 0, findings),
    replay: replayable(next, writtenHash),
  };
}

/**
 * Why the output file (its bytes, when it is a readable file) must not be replaced by a bundle, or
 * undefined when it may: a non-empty file without
 * a fragbundle header is the user's own (a fragment named as the output, their $PROFILE), and
 * build never overwrites it. A missing or empty file, or an earlier bundle, may be replaced.
 */
function notABundle(bytes: Buffer | undefined): string | undefined {
  if (bytes === undefined) return undefined; // missing, or a folder: the write reports it
  const text = bytes.toString('utf8');
  if (text.trim() === '' || readBundleHeader(text)) return undefined;
  return 'it exists and is not a bundle fragbundle wrote (no fragbundle header)';
}

/** `fragbundle where LINE`: which fragment line a bundle line came from. */
export function runWhere(
  args: { readonly line: number; readonly bundle?: string; readonly cwd?: string } & ProfileArgs,
): CommandResult {
  const cwd = args.cwd ?? process.cwd();
  if (!Number.isInteger(args.line) || args.line < 1) {
    return ok('', 2, `fragbundle: where: LINE must be a line number (1 or more), not ${String(args.line)}\n`);
  }
  if (Array.isArray(args.bundle)) return ok('', 2, 'fragbundle: --bundle was given more than once; give it once\n');
  const bundle = args.bundle ? path.resolve(cwd, args.bundle) : resolveConfig({ ...args, cwd }).output;
  let text: string;
  try {
    text = readRegularFile(bundle).toString('utf8');
  } catch (error) {
    return ok('', 2, `fragbundle: cannot read bundle ${displayPath(cwd, bundle)}: ${describeReadError(error)}\n`);
  }
  const header = readBundleHeader(text);
  if (!header) return ok('', 2, `fragbundle: ${displayPath(cwd, bundle)} has no fragbundle header\n`);
  const lines = countLineBreaks(text) + (/[\r\n]$/.test(text) ? 0 : 1);
  if (args.line > lines) {
    return ok('', 2, `fragbundle: ${displayPath(cwd, bundle)} has ${lines} lines; there is no line ${args.line}\n`);
  }
  const hit = whereLine(header, args.line);
  if (!hit)
    return ok(
      '',
      1,
      `fragbundle: line ${args.line} of ${displayPath(cwd, bundle)} is fragbundle's own code, not a fragment's\n`,
    );
  return ok(`${hit.path}:${hit.line}\n`);
}

/** `to` relative to `from`, `/` separators, `.` for the same folder. */
export function relativeDir(from: string, to: string): string {
  const rel = path.relative(from, to);
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}
