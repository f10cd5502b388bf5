/**
 * Shared set-up for parse tests: one parser, the built-in definers, fixture paths.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parser } from 'web-tree-sitter';
import { BUILTIN_DEFINERS } from '../../src/parse/walk/definers.js';
import { extractSymbols } from '../../src/parse/extract-symbols.js';
import { createPowerShellParser } from '../../src/parse/tree/grammar.js';
import type { FragmentSymbols } from '../../src/core/types.js';

/** The repository root (tests run compiled from dist/test/parse/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The fixture folder in the source tree (goldens are written there, not into dist/). */
export const fixturesDir = path.join(repoRoot, 'test', 'parse', 'fixtures');

let parser: Promise<Parser> | undefined;

/** One parser per test process. */
export function sharedParser(): Promise<Parser> {
  parser ??= createPowerShellParser();
  return parser;
}

/** Read a file as the load stage would (BOM removed). */
export function readText(file: string): string {
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

/** Extract with the built-in definers; `relPath` is the fragment path (relative, `/` separators). */
export async function extract(relPath: string, text: string): Promise<FragmentSymbols> {
  const id = path.posix.basename(relPath).replace(/\.ps1$/i, '');
  return extractSymbols(await sharedParser(), { id, path: relPath, text }, { definers: BUILTIN_DEFINERS });
}
