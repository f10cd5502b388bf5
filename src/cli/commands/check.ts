/**
 * `fragbundle check`: what CI and a pre-commit hook run. It proves the baseline order right (a
 * one-by-one loader's order), finds cycles and missing dependencies, and tells a missing or stale
 * bundle: a header hash that differs is stale at once; an equal one is confirmed by rebuilding the
 * bundle text in memory and comparing. It never runs fragment code and never writes files.
 */
import path from 'node:path';
import type { Analysis } from '../../core/analysis.js';
import { analyzeLoaded, bundleOptions, displayPath, loadProfile } from '../../pipeline/analyze.js';
import { fileState } from '../../cache/result-memo.js';
import { bundleText, type BundleRequest } from '../../pipeline/bundle-text.js';
import type { LoadResult } from '../../load/load-fragments.js';
import { analyzeOptions, commandMemo, fileShower, type CacheArgs } from '../run.js';
import { computeInputHash, readBundleHeader } from '../../bundle/header.js';
import { resolveConfig, type ResolvedConfig } from '../../config/load-config.js';
import { existsSync, journaled, type JournalEntry } from '../../io/input-journal.js';
import type { Replayable } from '../../pipeline/replay.js';
import { compareDiagnostics, diagnostic } from '../../core/diagnostics.js';
import { reportCheck, type BundleStatus, type CheckFormat } from '../../report/check.js';
import type { Diagnostic, FileStamp, Fragment } from '../../core/types.js';
import { TOOL_VERSION } from '../../io/version.js';
import { describeReadError, readRegularFile } from '../../io/regular-file.js';
import { splitLines } from '../../text/line-breaks.js';
import { suggestOrder } from './suggest-order.js';

export interface CheckArgs extends CacheArgs {
  readonly cwd?: string;
  readonly dir?: string;
  readonly config?: string;
  readonly env?: string;
  readonly bundle?: string;
  readonly format: CheckFormat;
  /** Only errors (the text format prints nothing when the check passes). */
  readonly quiet?: boolean;
  readonly orderOnly?: boolean;
  readonly suggestOrder?: boolean;
  /** Apply what --suggest-order prints: the renames, or the rewritten list. */
  readonly fix?: boolean;
  /** Exit 1 when there are more warnings than this (as eslint's --max-warnings). */
  readonly maxWarnings?: number;
}

export interface CheckResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
  /** Markdown for $GITHUB_STEP_SUMMARY (github format only). */
  readonly stepSummary?: string;
  /** What the next run with the same arguments prints while its inputs hold (src/pipeline/replay.ts). */
  readonly replay?: Replayable;
}

/** In `check`, a baseline order that breaks a load-time dependency is an error unless configured otherwise. */
const CHECK_SEVERITY = { ORDER_VIOLATION: 'error', PROBE_BEFORE_DEFINE: 'error' } as const;

/**
 * `fragbundle check`. Writes nothing but the result memo: run again on the same state (the
 * pre-commit hook), it answers without analysing.
 */
export async function runCheck(args: CheckArgs): Promise<CheckResult> {
  const cwd = args.cwd ?? process.cwd();
  const options = analyzeOptions(args, cwd);
  // Every file-system answer up to here is what a replay of this run checks (src/pipeline/replay.ts).
  const { value: inputs, journal } = journaled(() => {
    const base = resolveConfig({ ...args, cwd, ...(args.bundle ? { output: args.bundle } : {}) });
    const config: ResolvedConfig = { ...base, severity: { ...CHECK_SEVERITY, ...base.severity } };
    const repoRoot = findRepoRoot(config.fragmentsDir) ?? cwd;
    // The bundle is read once: its hash keys the memo, its text is what the freshness check compares.
    const current = options.cacheDir === undefined ? undefined : fileState(config.output);
    return { config, loaded: loadProfile(config), repoRoot, current };
  });
  const { config, loaded, repoRoot, current } = inputs;
  if (args.suggestOrder || args.fix) {
    // Never remembered or replayed: the advice depends on git's state, and --fix writes.
    const analysis = await analyzeLoaded(config, loaded, options);
    const r = suggestOrder(analysis, config, cwd, args.fix ?? false);
    if (!args.fix || r.exitCode !== 0 || !r.changed) return r;
    // Proven, not assumed: the order is checked again as the files now are.
    const after = await runCheck({ ...args, fix: false, suggestOrder: false, orderOnly: true, format: 'text' });
    if (after.exitCode === 0) return r;
    return {
      stdout: r.stdout,
      stderr: `${r.stderr}fragbundle: after the change, check --order-only still fails:\n${after.stdout}${after.stderr}`,
      exitCode: 1,
    };
  }
  const target = current?.state ?? '';
  const memo = commandMemo('check', args, options.cacheDir, config, loaded, [cwd, repoRoot]);
  // The sub-files the analysis read (or the memo checked) are inputs of a replay too.
  const replayable = (result: CheckResult, answers: readonly JournalEntry[]): Replayable | undefined =>
    memo && options.cacheDir !== undefined
      ? {
          cacheDir: options.cacheDir,
          journal: { started: journal.started, entries: [...journal.entries, ...answers] },
          result,
        }
      : undefined;
  const remembered = memo?.lookup(target);
  if (remembered) return { ...remembered.result, replay: replayable(remembered.result, remembered.journal) };
  const analysis = await analyzeLoaded(config, loaded, options);
  const result = checkAnalysis(args, config, loaded, analysis, cwd, repoRoot, current?.bytes);
  memo?.store(
    target,
    result,
    analysis.subFiles.map((f) => ({ path: f.absolutePath, hash: f.hash })),
  );
  return { ...result, replay: replayable(result, analysis.subFileJournal) };
}

function checkAnalysis(
  args: CheckArgs,
  config: ResolvedConfig,
  loaded: LoadResult,
  analysis: Analysis,
  cwd: string,
  repoRoot: string,
  bundleBytes: Buffer | undefined,
): CheckResult {
  const bundlePath = config.output;
  const bundleFile = displayPath(cwd, bundlePath);
  let status: BundleStatus = 'not-checked';
  const findings: Diagnostic[] = [...analysis.diagnostics];
  if (!args.orderOnly) {
    const request = { loaded, ...(args.env !== undefined ? { overrides: { env: args.env } } : {}) };
    const fresh = checkFreshness(analysis, config, request, bundlePath, bundleFile, bundleBytes);
    status = fresh.status;
    if (fresh.finding) findings.push(fresh.finding);
  }
  const diagnostics = (args.orderOnly ? findings.filter(isOrderFinding) : findings).sort(compareDiagnostics);

  const toRepoPath = (file: string) => {
    const abs = path.isAbsolute(file) ? file : path.join(config.fragmentsDir, file);
    return path.relative(repoRoot, abs).split(path.sep).join('/');
  };
  const textByPath = new Map(analysis.fragments.map((f) => [f.path, f.text]));
  const lineText = (file: string, line: number) => {
    const text = textByPath.get(file);
    return text === undefined ? undefined : splitLines(text)[line - 1];
  };
  // --quiet: only errors, in every format; a passing text check then prints nothing.
  const reported = args.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const r = reportCheck({
    analysis,
    diagnostics: reported,
    format: args.format,
    orderOnly: args.orderOnly ?? false,
    bundle: { path: bundleFile, status },
    toRepoPath,
    toShownPath: fileShower(cwd, config.fragmentsDir),
    lineText,
  });
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const tooMany = args.maxWarnings !== undefined && warnings > args.maxWarnings;
  return {
    stdout: args.quiet && args.format === 'text' && r.exitCode === 0 ? '' : r.output,
    stderr: tooMany
      ? `fragbundle: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${args.maxWarnings}\n`
      : '',
    exitCode: tooMany && r.exitCode === 0 ? 1 : r.exitCode,
    ...(r.summary !== undefined ? { stepSummary: r.summary } : {}),
  };
}

/** Findings about the order itself: what `--order-only` keeps. */
function isOrderFinding(d: Diagnostic): boolean {
  return (
    ['ORDER_VIOLATION', 'PROBE_BEFORE_DEFINE', 'CYCLE', 'MISSING_DEPENDENCY'].includes(d.code) || d.severity === 'error'
  );
}

/**
 * Compare the bundle header's input hash with the one the current fragments and options give,
 * and when they agree, the bundle's text with the one build would write now.
 * `bytes`: the bundle as runCheck already read it, when it did; else it is read here.
 */
function checkFreshness(
  analysis: Analysis,
  config: ResolvedConfig,
  request: BundleRequest,
  bundlePath: string,
  shown: string,
  bytes: Buffer | undefined,
): { status: BundleStatus; finding?: Diagnostic } {
  if (bytes === undefined && !existsSync(bundlePath)) {
    return {
      status: 'missing',
      finding: diagnostic('BUNDLE_MISSING', `${shown} does not exist; run fragbundle build`, { file: bundlePath }),
    };
  }
  let text: string;
  try {
    text = (bytes ?? readRegularFile(bundlePath)).toString('utf8');
  } catch (error) {
    return {
      status: 'unreadable',
      finding: diagnostic('BUNDLE_UNREADABLE', `${shown} cannot be read: ${describeReadError(error)}`, {
        file: bundlePath,
      }),
    };
  }
  const header = readBundleHeader(text);
  if (!header) {
    return {
      status: 'unreadable',
      finding: diagnostic('BUNDLE_UNREADABLE', `${shown} has no fragbundle header; rebuild it`, {
        file: bundlePath,
        line: 1,
        column: 1,
      }),
    };
  }
  const expected = computeInputHash(analysis.fragments, bundleOptions(config), TOOL_VERSION, analysis.subFiles);
  if (header.inputHash === expected) {
    // Same inputs; the text must be what build would write too. It differs when the bundle was
    // edited by hand, moved away from the fragments, or built with other settings (order
    // constraints, definers, environment), none of which the input hash covers.
    // Modification times are the stale guard's start-up shortcut, not content: a fragment whose
    // bytes the bundle holds (fragment or sub-file) keeps the stamp the bundle recorded.
    const held = new Map([...header.fragments, ...(header.subFiles ?? [])].map((f) => [f.path, f]));
    const stamps = new Map<string, FileStamp>();
    for (const f of [...analysis.fragments, ...analysis.subFiles]) {
      const h = held.get(f.path);
      if (h?.stamp && h.hash === f.hash) stamps.set(f.path, h.stamp);
    }
    if (text === bundleText(analysis, config, { ...request, stamps })) return { status: 'fresh' };
    return {
      status: 'stale',
      finding: diagnostic(
        'BUNDLE_STALE',
        `${shown} is stale: its fragments are unchanged, but it differs from what fragbundle build writes now (edited by hand, moved, or built with other settings); run fragbundle build`,
        { file: bundlePath, line: 1, column: 1 },
      ),
    };
  }
  return {
    status: 'stale',
    finding: diagnostic(
      'BUNDLE_STALE',
      `${shown} is stale: ${describeChanges([...header.fragments, ...(header.subFiles ?? [])], [...analysis.fragments, ...analysis.subFiles], header.version)}; run fragbundle build`,
      {
        file: bundlePath,
        line: 1,
        column: 1,
      },
    ),
  };
}

function describeChanges(
  built: readonly { path: string; hash: string }[],
  now: readonly Fragment[],
  builtVersion: string,
): string {
  const before = new Map(built.map((f) => [f.path, f.hash]));
  const after = new Map(now.map((f) => [f.path, f.hash]));
  const changed = now.filter((f) => before.has(f.path) && before.get(f.path) !== f.hash).map((f) => f.path);
  const added = now.filter((f) => !before.has(f.path)).map((f) => f.path);
  const removed = built.filter((f) => !after.has(f.path)).map((f) => f.path);
  const parts: string[] = [];
  const list = (xs: string[]) => xs.slice(0, 5).join(', ') + (xs.length > 5 ? `, +${xs.length - 5} more` : '');
  if (changed.length > 0) parts.push(`changed ${list(changed)}`);
  if (added.length > 0) parts.push(`added ${list(added)}`);
  if (removed.length > 0) parts.push(`removed ${list(removed)}`);
  if (builtVersion !== TOOL_VERSION) parts.push(`built by fragbundle ${builtVersion}, this is ${TOOL_VERSION}`);
  return parts.length > 0 ? parts.join('; ') : 'options or load order changed';
}

/** The nearest folder upward holding `.git`, for repository-relative paths. */
export function findRepoRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
