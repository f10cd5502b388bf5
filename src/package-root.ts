/**
 * The installed package's root folder (where package.json, grammars/ and dist/ are), found from
 * this module's own URL. The CLI runs either bundled (`dist/fragbundle.mjs` and `dist/chunks/`) or
 * as tsc's `dist/src/**` modules (tests, library use); every file path fragbundle needs at run
 * time is derived from here, so both layouts find the same files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'fragbundle'
    ) {
      root = dir;
      return dir;
    }
    const up = path.dirname(dir);
    if (up === dir)
      throw new Error(`fragbundle: cannot find its own package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** The compiled parse stage (dist/src/parse). */
export function parseCodeDir(): string {
  return path.join(packageRoot(), 'dist', 'src', 'parse');
}

/** Set by scripts/bundle.mjs in the bundled CLI (the parse stage's hash, src/cache/symbol-cache.ts). */
declare const FRAGBUNDLE_PARSE_IDENTITY: string | undefined;

/**
 * The module a parse worker runs: the bundled CLI's worker entry (built from the same parse stage
 * as the CLI, and what its parse hash describes), or tsc's module when tsc's modules are running.
 */
export function parseWorkerFile(): string {
  return typeof FRAGBUNDLE_PARSE_IDENTITY === 'string'
    ? path.join(packageRoot(), 'dist', 'parse-worker.mjs')
    : path.join(parseCodeDir(), 'worker.js');
}

/**
 * Every compiled module whose code decides a fragment's symbols: the parse stage, the finding
 * catalogue it takes severities and codes from, the stub extent check whose verdicts it records
 * (src/extent-check.ts), the line index both use (src/line-index.ts), and this module, which it
 * takes its paths from: everything the parse modules import (a test checks that). The symbol
 * cache's salt hashes them.
 */
export function parseStageFiles(): string[] {
  const dir = parseCodeDir();
  return [
    ...readdirSync(dir)
      .filter((n) => n.endsWith('.js'))
      .map((n) => path.join(dir, n)),
    path.join(packageRoot(), 'dist', 'src', 'diagnostics.js'),
    path.join(packageRoot(), 'dist', 'src', 'extent-check.js'),
    path.join(packageRoot(), 'dist', 'src', 'line-index.js'),
    path.join(packageRoot(), 'dist', 'src', 'package-root.js'),
  ];
}
