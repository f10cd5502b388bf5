/**
 * FragmentSymbols from PowerShell's own parser (test/pwsh/dump-symbols.ps1): the bundle tests'
 * oracle, independent of the tree-sitter parse stage. One run serves many folders.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Fragment, FragmentSymbols } from '../../../src/core/types.js';
import { quotePs } from '../../../src/text/quote.js';
import { runPwshInRunspace } from '../../helpers/pwsh-runspace.js';
import { PWSH_DIR } from './paths.js';
import { at } from '../../../src/core/at.js';

/** One folder's fragments to analyse. */
export interface SymbolsRequest {
  readonly dir: string;
  readonly fragments: readonly Fragment[];
}

/** Symbols for every request, in order (each in its fragments' order). `work` is a scratch folder. */
export async function pwshSymbolsMany(requests: readonly SymbolsRequest[], work: string): Promise<FragmentSymbols[][]> {
  const list = path.join(work, 'symbols-list.txt');
  const out = path.join(work, 'symbols.json');
  writeFileSync(list, requests.flatMap((r) => r.fragments.flatMap((f) => [r.dir, f.path])).join('\0'));
  // It only parses, so a runspace of the shared pwsh serves (test/helpers/pwsh-runspace.ts).
  const script = path.join(PWSH_DIR, 'dump-symbols.ps1');
  const r = await runPwshInRunspace(`& ${quotePs(script)} -ListFile ${quotePs(list)} -Out ${quotePs(out)}`);
  if (r.exitCode !== 0) throw new Error(`dump-symbols.ps1 failed (${r.exitCode}): ${r.stderr}${r.stdout}`);
  const flat = JSON.parse(readFileSync(out, 'utf8')) as FragmentSymbols[];
  let next = 0;
  return requests.map((req) => req.fragments.map((f) => ({ ...at(flat, next++), fragment: f.id })));
}

/** Symbols of fragments that all live in `dir`, in the fragments' order. */
export async function pwshSymbols(
  dir: string,
  fragments: readonly Fragment[],
  work: string,
): Promise<FragmentSymbols[]> {
  return at(await pwshSymbolsMany([{ dir, fragments }], work), 0);
}
