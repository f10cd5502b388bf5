/**
 * Whether this run will parse every fragment, decided before anything is read: the command parses
 * (build, analyze, check) and has no symbol cache to draw on (`--no-cache`, or a cache folder that
 * holds none, as on the first run and in a fresh CI job). Such a run starts its parse worker at
 * once (src/parse/workers/standby.ts), to boot while the CLI loads and the profile is read. A wrong guess
 * costs one worker's start on another core: the run drops the worker when it turns out to have
 * too little to parse for one (src/parse/workers/pool.ts).
 */
import { availableParallelism } from 'node:os';
import { holdsSymbolCaches } from '../cache/symbol-cache.js';
import { forcedThreads, startStandbyWorker } from '../parse/workers/standby.js';
import { replayCacheDir } from './replay.js';

const PARSING = new Set(['build', 'analyze', 'check']);

/** Start the parse worker early when `argv` is a run that will parse everything (see above). */
export function startParseWorkerEarly(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv): void {
  if (!PARSING.has(argv[0] ?? '') || argv.some((a) => a === '--help' || a === '-h' || a === '--version')) return;
  // The thread count as pool.ts's parseWorkerCount bounds it: a single thread starts no worker.
  if ((forcedThreads(env) ?? availableParallelism()) < 2) return;
  const cacheDir = replayCacheDir(argv, cwd, env);
  const cold = cacheDir === undefined ? argv.includes('--no-cache') : !holdsSymbolCaches(cacheDir);
  if (cold) startStandbyWorker();
}
