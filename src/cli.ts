#!/usr/bin/env node
/**
 * The `fragbundle` command. A repeated `build` or `check` whose inputs are unchanged is answered
 * here from its replay record (src/replay.ts), loading nothing else; every other run loads the
 * command line proper (src/cli-main.ts: yargs, the pipeline, the reporters). Exit codes: 0 clean,
 * 1 findings at error severity, 2 the tool could not do its job.
 */
import { printReplayed, replay } from './replay.js';

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
if (!replayed || !printReplayed(replayed, process.env)) {
  const { main } = await import('./cli-main.js');
  await main(argv);
}
