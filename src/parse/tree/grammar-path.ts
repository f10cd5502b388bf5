/**
 * Where the vendored grammar lives, without loading web-tree-sitter (the symbol cache needs the
 * grammar's identity on runs that parse nothing).
 */
import path from 'node:path';
import { packageRoot } from '../../io/package-root.js';

/** Absolute path of the vendored grammar, `grammars/tree-sitter-powershell.wasm` at the package root. */
export function grammarPath(): string {
  return path.join(packageRoot(), 'grammars', 'tree-sitter-powershell.wasm');
}
