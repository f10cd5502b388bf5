/**
 * The installed package's root folder (where package.json and grammars/ are), found from this
 * module's own URL. The CLI runs either bundled (`bin/` or `dist/`: `fragbundle.mjs` and `chunks/`) or
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

/** The compiled parse stage (dist/src/parse, with its subfolders). */
export function parseCodeDir(): string {
  return path.join(packageRoot(), 'dist', 'src', 'parse');
}

/** Set by scripts/bundle.mjs in the bundled CLI (the parse stage's hash, src/cache/symbol-cache.ts). */
declare const FRAGBUNDLE_PARSE_IDENTITY: string | undefined;

/**
 * The folder of the bundled CLI that is running (dist/ for a build, bin/ for the committed copy
 * installs use), or undefined when tsc's modules run. This code sits in the entry or in its
 * chunks/ folder; the entry's folder holds the parse worker and web-tree-sitter's wasm.
 */
export function bundleDir(): string | undefined {
  if (typeof FRAGBUNDLE_PARSE_IDENTITY !== 'string') return undefined;
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.basename(here) === 'chunks' ? path.dirname(here) : here;
}

/**
 * The module a parse worker runs: the bundled CLI's worker entry (built from the same parse stage
 * as the CLI, and what its parse hash describes), or tsc's module when tsc's modules are running.
 */
export function parseWorkerFile(): string {
  const dir = bundleDir();
  return dir === undefined ? path.join(parseCodeDir(), 'workers', 'worker.js') : path.join(dir, 'parse-worker.mjs');
}

/**
 * Every compiled module whose code decides a fragment's symbols: the parse stage and everything it
 * imports, transitively, within fragbundle's own code (the finding catalogue, the extent check,
 * the line index, this module). Derived from the compiled imports, so a module the parse stage
 * starts to use is hashed without anyone listing it. The symbol cache's salt hashes them.
 */
export function parseStageFiles(): string[] {
  const seen = new Set<string>();
  const queue = readdirSync(parseCodeDir(), { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.js'))
    .map((n) => path.join(parseCodeDir(), n));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec !== undefined) queue.push(path.resolve(path.dirname(file), spec));
    }
  }
  return [...seen].sort();
}

/** A relative import or re-export in tsc's output, static or dynamic (tsc writes single quotes). */
const RELATIVE_IMPORT =
  /^\s*(?:import|export)\b[^;]*?\bfrom\s*'(\.{1,2}\/[^']+\.js)'|\bimport\(\s*'(\.{1,2}\/[^']+\.js)'\s*\)/gm;
