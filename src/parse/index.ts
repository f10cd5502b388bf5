/**
 * The parse stage: fragments in, one FragmentSymbols per fragment out.
 */
import type { FragmentSymbols } from '../core/types.js';
import { extractSymbols, type FragmentText, type ParseOptions } from './extract-symbols.js';
import { createPowerShellParser, prepareWasm } from './tree/grammar.js';
import { MIN_PARALLEL_CHARS, parseOnWorkers, parseWorkerCount } from './workers/pool.js';
import { dropStandbyWorker } from './workers/standby.js';

export { BUILTIN_DEFINERS, type DefinerSpec } from './walk/definers.js';
export { extractSymbols, type FragmentText, type ParseOptions } from './extract-symbols.js';
export { createPowerShellParser, grammarPath } from './tree/grammar.js';

/**
 * Parse every fragment and return their symbols in the same order as `fragments`: on worker
 * threads when there is enough text to pay for them (pool.ts), else on this thread. Never rejects
 * for a fragment's content (each result carries its own diagnostics); rejects only when the
 * grammar itself cannot be loaded or a worker dies. `onParsed(n)` reports progress.
 */
export async function parseFragments(
  fragments: readonly FragmentText[],
  options: ParseOptions,
  onParsed?: (count: number) => void,
): Promise<FragmentSymbols[]> {
  // Only the fields the parse needs cross to a worker (not the absolute path, hash, encoding).
  const texts = fragments.map((f) => ({ id: f.id, path: f.path, text: f.text }));
  // The wasm runtime is worth optimising only for as much text as is worth parallel threads.
  prepareWasm(texts.reduce((n, f) => n + f.text.length, 0) >= MIN_PARALLEL_CHARS);
  const workers = parseWorkerCount(texts);
  if (workers > 0) return parseOnWorkers(texts, options, workers, onParsed);
  dropStandbyWorker();
  const parser = await createPowerShellParser();
  try {
    return texts.map((f) => {
      const symbols = extractSymbols(parser, f, options);
      onParsed?.(1);
      return symbols;
    });
  } finally {
    parser.delete();
  }
}
