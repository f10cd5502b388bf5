#!/usr/bin/env node
// The `fragbundle` command as one file: dist/fragbundle.mjs, built from tsc's output.
//
// Why: Node.js 20 loads ES modules one file at a time (resolve, read, compile), and yargs alone
// is about 60 of them: `fragbundle --version` spent more time loading modules than a warm build
// spends working. One file loads in a few milliseconds. web-tree-sitter stays outside (it finds
// its wasm next to itself, and is loaded only when something has to be parsed), and so do the
// parse workers, which run dist/src/parse/worker.js (see src/package-root.ts).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(root, 'dist', 'src', 'cli.js')],
  outfile: path.join(root, 'dist', 'fragbundle.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['web-tree-sitter'],
  // Some bundled CommonJS dependencies call require() for Node.js built-ins.
  banner: {
    js: "import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
