#!/usr/bin/env node
/**
 * The `fragbundle` command. A repeated `build` or `check` whose inputs are unchanged is answered
 * here from its replay record (src/pipeline/replay.ts), loading nothing else; every other run loads the
 * command line proper (src/cli/main.ts: yargs, the pipeline, the reporters). Exit codes: 0 clean,
 * 1 findings at error severity, 2 the tool could not do its job.
 */
import { printReplayed, replay } from '../pipeline/replay.js';

/** Resolves once everything written to `stream` so far has been handed to the system (or failed). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write('', () => {
      resolve();
    });
  });
}

// A reader that stops early (`fragbundle analyze --format json | head`) closes the pipe, and the
// rest of the output has nowhere to go: no failure of ours. Writing stops quietly and the exit
// code stays the command's own (under `set -o pipefail` a check that failed still fails).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const argv = process.argv.slice(2);
const replayed = replay(argv, process.cwd(), process.env);
if (!replayed || !printReplayed(replayed, process.env, argv)) {
  // Loaded only here: a replayed run must not pay for worker_threads.
  const { startParseWorkerEarly } = await import('../pipeline/early-parse.js');
  startParseWorkerEarly(argv, process.cwd(), process.env);
  const { main } = await import('./main.js');
  await main(argv);
  // Everything main starts it also awaits; what is left is tearing down the heap and the wasm
  // instances, work no one waits for (docs/benchmarks.md). The output goes first: writes to pipes
  // are asynchronous on Windows.
  await flushed(process.stdout);
  await flushed(process.stderr);
  process.exit();
}
