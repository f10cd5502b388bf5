/**
 * Where the vendored grammar lives, without loading web-tree-sitter (the symbol cache needs the
 * grammar's identity on runs that parse nothing).
 */
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the vendored grammar, `grammars/tree-sitter-powershell.wasm` at the package
 * root. Resolved from this module's own URL, so it works from `src/parse/` (ts sources) and from
 * the compiled `dist/src/parse/` alike.
 */
export function grammarPath(): string {
  const here = new URL('.', import.meta.url);
  // dist/src/parse/ -> ../../../ ; src/parse/ -> ../../
  const candidates = ['../../../grammars/', '../../grammars/'].map((rel) => new URL(rel, here));
  const compiled = fileURLToPath(here).replace(/\\/g, '/').includes('/dist/src/parse/');
  const root = compiled ? candidates[0] : candidates[1];
  return fileURLToPath(new URL('tree-sitter-powershell.wasm', root));
}
