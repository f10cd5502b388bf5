/**
 * The command line proper, loaded by src/cli/entry.ts when a run cannot be replayed: parses arguments
 * with yargs, runs one command, prints what it returns and exits with its code. Exit codes: 0 clean, 1 findings at error severity, 2 the tool could not do
 * its job (bad arguments or config, missing folder). No stack trace unless --debug.
 */
import yargs, { type Argv } from 'yargs';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describeWriteError, writeFileAtomic } from '../io/write-atomic.js';
import { runCheck } from './commands/check.js';
import { runInit } from './commands/init.js';
import { runAnalyze } from './commands/analyze.js';
import { runBuild } from './commands/build.js';
import { runWatch } from './commands/watch.js';
import { runExplain } from './commands/explain.js';
import { runGraph } from './commands/graph.js';
import { runWhere } from './commands/where.js';
import type { CommandResult } from './run.js';
import { ConfigError } from '../config/load-config.js';
import { formatDiagnostic } from '../core/diagnostics.js';
import { LoadError } from '../load/load-fragments.js';
import { progressLine, wantsProgress, type ProgressLine } from './progress.js';
import { saveReplay } from '../pipeline/replay.js';
import { colourOutput } from '../report/colour.js';
import { TOOL_VERSION } from '../io/version.js';

/** Print a result (in colour where src/report/colour.ts's rules allow) and set the exit code. */
function finish(result: CommandResult, argv: readonly string[]): void {
  const out = colourOutput(result, argv, process.env, { stdout: process.stdout, stderr: process.stderr });
  if (out.stdout) process.stdout.write(out.stdout);
  if (out.stderr) process.stderr.write(out.stderr);
  process.exitCode = result.exitCode;
}

/** One clear line (or one per finding) for a failure; the stack only with --debug. */
function fail(error: unknown, debug: boolean, argv: readonly string[]): void {
  if (error instanceof ConfigError || error instanceof LoadError) {
    const text = `${error.diagnostics.map(formatDiagnostic).join('\n')}\n`;
    process.stderr.write(colourOutput({ stdout: '', stderr: text }, argv, process.env, process).stderr);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`fragbundle: ${message}\n`);
  }
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  if (!debug && !(error instanceof ConfigError || error instanceof LoadError)) {
    process.stderr.write('fragbundle: run again with --debug for details\n');
  }
  process.exitCode = 2;
}

/** A result whose report is written to `file` rather than printed; a write that fails is exit 2. */
function toFile(result: CommandResult, file: string): CommandResult {
  try {
    writeFileAtomic(path.resolve(file), result.stdout);
  } catch (error) {
    return {
      stdout: '',
      stderr: `${result.stderr}fragbundle: cannot write ${file}: ${describeWriteError(error)}\n`,
      exitCode: 2,
    };
  }
  return { stdout: '', stderr: result.stderr, exitCode: result.exitCode };
}

/** --output-file/-o of the commands that print a report (build's -o is its bundle). */
const outputFileOption = <T>(y: Argv<T>) =>
  y.option('output-file', {
    alias: 'o',
    type: 'string',
    describe: 'Write the report to this file instead of stdout (e.g. SARIF for code scanning)',
  });

/** yargs' message when no command is named: answered with the command list (see .fail). */
const NO_COMMAND = 'name a command';

const profileOptions = <T>(y: Argv<T>) =>
  y
    .positional('dir', {
      type: 'string',
      describe: 'The fragments folder (default: from fragbundle.config.json, else ./profile.d)',
    })
    .option('config', {
      type: 'string',
      describe: 'Use this config file instead of discovering fragbundle.config.json',
    })
    .option('env', {
      type: 'string',
      describe: 'Environment from .profile-fragments.json (and # Environment: headers)',
    });

export async function main(argv: readonly string[]): Promise<void> {
  const debug = argv.includes('--debug');
  let progress: ProgressLine | undefined;
  /** The command's arguments plus a progress line when stderr is a terminal (not in CI, not --quiet). */
  const track = <T extends { readonly quiet?: boolean }>(a: T): T & { progress?: ProgressLine } => {
    if (!wantsProgress(process.stderr, a.quiet ?? false)) return a;
    progress = progressLine(process.stderr);
    return { ...a, progress };
  };
  /** `outputFile`: the report goes to this file (written atomically) instead of stdout. */
  const run = (task: () => Promise<CommandResult> | CommandResult, outputFile?: string) => async () => {
    try {
      const result = await task();
      progress?.end();
      if (outputFile !== undefined) {
        finish(toFile(result, outputFile), argv);
        return; // not replayed: a replay prints, and would not write the file
      }
      finish(result, argv);
      if (result.replay) saveReplay(argv, process.cwd(), result.replay);
    } catch (error) {
      progress?.end();
      fail(error, debug, argv);
    }
  };
  const parser = yargs(argv as string[])
    .scriptName('fragbundle')
    .version(TOOL_VERSION)
    .strict()
    .recommendCommands()
    .demandCommand(1, NO_COMMAND)
    .option('debug', { type: 'boolean', describe: 'Print stack traces for internal errors' })
    .option('quiet', { type: 'boolean', alias: 'q', describe: 'Print only errors' })
    .option('color', {
      type: 'boolean',
      describe:
        'Colour findings even when not at a terminal (--no-color: never); default: at a terminal, unless NO_COLOR is set',
    })
    .option('cache', {
      type: 'boolean',
      default: true,
      describe: 'Reuse the symbols of unchanged fragments (--no-cache: parse everything)',
    })
    .option('cache-dir', {
      type: 'string',
      describe: 'Cache folder (default: $FRAGBUNDLE_CACHE_DIR, else the user cache folder)',
    })
    .command(
      'analyze [dir]',
      'Show what each fragment defines and uses, the load order, levels and hazards',
      (y) =>
        outputFileOption(profileOptions(y))
          .option('format', {
            choices: ['text', 'json'] as const,
            default: 'text' as const,
            describe: 'text for people, json for tools (docs/json-format.md)',
          })
          .option('lazy', {
            choices: ['auto', 'off', 'fragments'] as const,
            describe: 'The lazy mode whose plan to show (default: the config, else auto)',
          }),
      (a) => run(() => runAnalyze({ ...track(a), dir: a.dir }), a.outputFile)(),
    )
    .command(
      'build [dir]',
      'Write one ordered, lazy-stubbed profile script',
      (y) =>
        profileOptions(y)
          .option('output', {
            alias: 'o',
            type: 'string',
            describe: 'The bundle file (default: profile.bundle.ps1 beside the fragments folder)',
          })
          .option('lazy', {
            choices: ['auto', 'off', 'fragments'] as const,
            describe:
              'Lazy-load functions nothing needs at start-up (default auto); fragments: also defer whole fragments until first use',
          })
          .option('timings', { type: 'boolean', describe: 'Record per-fragment load times (Get-FragbundleTiming)' })
          .option('stale-guard', {
            type: 'boolean',
            describe:
              'At start-up, load fragments changed, added or removed since the build from disk, with a warning (default on; --no-stale-guard: off)',
          })
          .option('watch', {
            type: 'boolean',
            describe:
              'Stay running and rebuild whenever a fragment, a file under the folder or the config changes (Ctrl-C stops)',
          }),
      (a) =>
        a.watch
          ? runWatch({ ...a, dir: a.dir }).catch((error: unknown) => {
              fail(error, debug, argv);
            })
          : run(() => runBuild({ ...track(a), dir: a.dir }))(),
    )
    .command(
      'check [dir]',
      'Verify the baseline order and that the bundle is current (for CI and pre-commit); writes nothing',
      (y) =>
        outputFileOption(profileOptions(y))
          .option('max-warnings', {
            type: 'number',
            describe: 'Exit 1 when there are more warnings than this (for CI)',
          })
          .option('bundle', {
            alias: 'b',
            type: 'string',
            describe: 'The bundle to check (default: the configured output)',
          })
          .option('format', {
            choices: ['text', 'json', 'sarif', 'github'] as const,
            default: 'text' as const,
            describe: 'Report format: text, json, SARIF 2.1.0 (code scanning), github (annotations)',
          })
          .option('order-only', { type: 'boolean', describe: 'Check only the baseline order (for one-by-one loaders)' })
          .option('suggest-order', {
            type: 'boolean',
            describe: 'Print the fewest renames (or the loadOrder list) that make the baseline order valid',
          })
          .option('fix', {
            type: 'boolean',
            describe: 'Do what --suggest-order prints: git mv the files, or rewrite the configured list',
          }),
      (a) =>
        run(async () => {
          const r = await runCheck({
            ...track(a),
            dir: a.dir,
            orderOnly: a.orderOnly,
            suggestOrder: a.suggestOrder,
            fix: a.fix,
            maxWarnings: a.maxWarnings,
          });
          const summaryFile = process.env.GITHUB_STEP_SUMMARY;
          if (r.stepSummary && summaryFile) appendFileSync(summaryFile, r.stepSummary);
          return r;
        }, a.outputFile)(),
    )
    .command(
      'graph [dir]',
      'Print the dependency graph',
      (y) =>
        outputFileOption(profileOptions(y)).option('format', {
          choices: ['dot', 'mermaid', 'json'] as const,
          default: 'dot' as const,
          describe: 'Graphviz dot, a Mermaid flowchart, or JSON',
        }),
      (a) => run(() => runGraph({ ...track(a), dir: a.dir }), a.outputFile)(),
    )
    .command(
      'explain <name> [dir]',
      'Explain a fragment (why it loads where it does) or a symbol (who defines and uses it)',
      (y) =>
        profileOptions(y).positional('name', {
          type: 'string',
          demandOption: true,
          describe: 'A fragment (file name with or without .ps1) or a symbol (function, alias, $variable, $env:NAME)',
        }),
      (a) => run(() => runExplain({ ...track(a), name: a.name, dir: a.dir }))(),
    )
    .command(
      'init [dir]',
      'Write a commented fragbundle.config.json, add the bundle to a profile, print hook and CI snippets',
      (y) =>
        y
          .positional('dir', { type: 'string', describe: 'The fragments folder (default ./profile.d)' })
          .option('profile', { type: 'string', describe: 'Profile file to add the loading line to (e.g. $PROFILE)' })
          .option('force', { type: 'boolean', describe: 'Overwrite an existing fragbundle.config.json' }),
      (a) => run(() => runInit({ dir: a.dir, profile: a.profile, force: a.force }))(),
    )
    .command(
      'where <line>',
      'Map a line of the bundle back to the fragment file and line',
      (y) =>
        y
          // A string: yargs would turn `abc` into NaN; runWhere says what is wrong with it.
          .positional('line', { type: 'string', demandOption: true, describe: 'A line number of the bundle' })
          .option('bundle', { alias: 'b', type: 'string', describe: 'The bundle file (default: from the config)' })
          .option('config', {
            type: 'string',
            describe: 'Use this config file instead of discovering fragbundle.config.json',
          }),
      (a) => run(() => runWhere({ line: a.line, bundle: a.bundle, config: a.config }))(),
    )
    .fail((message, error, y) => {
      // yargs types `error` as Error, but passes undefined for its own validation messages.
      if (error as Error | undefined) {
        fail(error, debug, argv);
        return;
      }
      if (message === NO_COMMAND) {
        // Bare `fragbundle`: the command list, once, on stderr (it is a usage error: exit 2).
        y.showHelp((text) => process.stderr.write(`${text}\n`));
        process.exit(2);
      }
      // yargs spreads some messages over lines ("Invalid values:\n  Argument: ..."): one line each.
      process.stderr.write(`fragbundle: ${message.replace(/\s*\n\s*/g, ' ')}\nfragbundle: see fragbundle --help\n`);
      process.exit(2);
    })
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .wrap(Math.min(100, process.stdout.isTTY ? process.stdout.columns : 100));
  await parser.parseAsync();
}
