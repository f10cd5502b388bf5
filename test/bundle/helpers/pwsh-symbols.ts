/**
 * FragmentSymbols from PowerShell's own parser (test/pwsh/dump-symbols.ps1): the bundle tests'
 * oracle, independent of the tree-sitter parse stage. One pwsh process serves many folders.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Fragment, FragmentSymbols } from '../../../src/core/types.js';
import { runPwshFile } from '../../helpers/pwsh.js';
import { pwshSlot } from './limit.js';
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
  const r = await pwshSlot(() =>
    runPwshFile(path.join(PWSH_DIR, 'dump-symbols.ps1'), ['-ListFile', list, '-Out', out]),
  );
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
