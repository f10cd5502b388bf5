import { createHash } from 'node:crypto';
import { readBundleHeader } from '../../bundle/header.js';
import { fileState, type MemoResult } from '../../cache/result-memo.js';
import { resolveConfig } from '../../config/load-config.js';
import { journaled, recordFile, type JournalEntry } from '../../io/input-journal.js';
import { describeWriteError, writeFileAtomic, type WriteHooks } from '../../io/write-atomic.js';
import { analyzeLoaded, displayPath, loadProfile } from '../../pipeline/analyze.js';
import { bundleText } from '../../pipeline/bundle-text.js';
import type { Replayable } from '../../pipeline/replay.js';
import { summaryLine } from '../../report/text.js';
import {
  analyzeOptions,
  commandMemo,
  fileShower,
  findingsFor,
  ok,
  type CommandResult,
  type ProfileArgs,
} from '../run.js';

/**
 * `fragbundle build`: refuses to write when there are error findings; writes atomically. When
 * nothing it depends on changed since the last run (result memo), it answers without analysing.
 */
export async function runBuild(args: ProfileArgs & { readonly hooks?: WriteHooks }): Promise<CommandResult> {
  const cwd = args.cwd ?? process.cwd();
  const options = analyzeOptions(args, cwd);
  // Every file-system answer up to here is what a replay of this run checks (src/pipeline/replay.ts).
  const { value: inputs, journal } = journaled(() => {
    const config = resolveConfig({ ...args, cwd });
    // The output is read once: its hash keys the memo, its header says whether it may be overwritten.
    return { config, loaded: loadProfile(config), current: fileState(config.output) };
  });
  const { config, loaded, current } = inputs;
  const memo = commandMemo('build', args, options.cacheDir, config, loaded, [cwd]);
  // The sub-files the analysis read (or the memo checked) are inputs of a replay too.
  let subFileAnswers: readonly JournalEntry[] = [];
  const replayable = (result: MemoResult, writtenHash?: string): Replayable | undefined => {
    if (!memo || options.cacheDir === undefined) return undefined;
    const all = { started: journal.started, entries: [...journal.entries, ...subFileAnswers] };
    return {
      cacheDir: options.cacheDir,
      journal: writtenHash === undefined ? all : recordFile(all, config.output, writtenHash),
      result,
    };
  };
  const target = current.state;
  const remembered = memo?.lookup(target);
  if (remembered) {
    subFileAnswers = remembered.journal;
    return { ...remembered.result, replay: replayable(remembered.result) };
  }

  const analysis = await analyzeLoaded(config, loaded, options);
  subFileAnswers = analysis.subFileJournal;
  const subFiles = analysis.subFiles.map((f) => ({ path: f.absolutePath, hash: f.hash }));
  const out = displayPath(cwd, config.output);
  const findings = findingsFor(analysis.diagnostics, args.quiet ?? false, fileShower(cwd, config.fragmentsDir));
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    const refused = ok('', 1, `${findings}fragbundle: not writing ${out}: ${summaryLine(analysis.diagnostics)}\n`);
    memo?.store(target, refused, subFiles);
    return { ...refused, replay: replayable(refused) };
  }
  const text = bundleText(analysis, config, {
    loaded,
    overrides: { env: args.env, lazy: args.lazy, timings: args.timings, staleGuard: args.staleGuard },
  });
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
  const deferred = analysis.plan.entries.filter((e) => e.mode === 'deferred');
  const deferredStubs = deferred.reduce((n, e) => n + e.deferredStubs.length, 0);
  const deferredNote = deferred.length > 0 ? `, ${deferred.length} deferred with ${deferredStubs} stubs` : '';
  const summary = (verb: string) =>
    args.quiet
      ? ''
      : `fragbundle: ${verb} ${out} (${analysis.fragments.length} fragments, ${lazy.length} lazy with ${stubs} stubs${deferredNote}; ${summaryLine(analysis.diagnostics)})\n`;
  // The next run on this state finds the bundle written and up to date.
  const next = ok(summary('up to date:'), 0, findings);
  const writtenHash = createHash('sha256').update(bytes).digest('hex');
  memo?.store(writtenHash, next, subFiles);
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
