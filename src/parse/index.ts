/**
 * The parse stage: fragments in, one FragmentSymbols per fragment out.
 */
import type { Fragment, FragmentSymbols } from '../types.js';
import { extractSymbols, type ParseOptions } from './extract-symbols.js';
import { createPowerShellParser } from './grammar.js';

export { BUILTIN_DEFINERS, type DefinerSpec } from './definers.js';
export { extractSymbols, type FragmentText, type ParseOptions } from './extract-symbols.js';
export { createPowerShellParser, grammarPath } from './grammar.js';

/**
 * Parse every fragment, sequentially on one parser, and return their symbols in the same order
 * as `fragments`. Never rejects for a fragment's content (each result carries its own
 * diagnostics); rejects only when the grammar itself cannot be loaded.
 */
export async function parseFragments(
  fragments: readonly Fragment[],
  options: ParseOptions,
): Promise<FragmentSymbols[]> {
  const parser = await createPowerShellParser();
  try {
    return fragments.map((f) => extractSymbols(parser, f, options));
  } finally {
    parser.delete();
  }
}
