/**
 * A small stand-in for the load stage in bundle tests: the top-level `*.ps1` files of a folder
 * (files starting with `_` are the harness's own), read as UTF-8 without BOM, hashed, in
 * case-insensitive ordinal name order. The baseline loader in test/pwsh gets the same order, so the
 * comparison does not depend on how the real load stage collates.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Fragment } from '../../../src/core/types.js';

/** Fragments of `dir` in baseline order. */
export function loadFolder(dir: string): Fragment[] {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.ps1') && !e.name.startsWith('_'))
    .map((e) => e.name)
    .sort((a, b) => compare(a.toLowerCase(), b.toLowerCase()) || compare(a, b));
  return names.map((name, order) => {
    const absolutePath = path.join(dir, name);
    const bytes = readFileSync(absolutePath);
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    return {
      id: name.replace(/\.ps1$/i, ''),
      path: name,
      absolutePath,
      text,
      order,
      hash: createHash('sha256').update(bytes).digest('hex'),
      encoding: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf8-bom' : 'utf8',
    };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
