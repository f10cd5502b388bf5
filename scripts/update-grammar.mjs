#!/usr/bin/env node
// Vendor the grammar: copy tree-sitter-powershell's prebuilt wasm (the installed devDependency's
// version) into grammars/, and print what changed. There is no tree-sitter CLI here, so the
// grammar is never regenerated from grammar.js; its gaps are handled in src/parse/tree/repair.ts.
// `npm run update-grammar` then regenerates src/parse/tree/node-types.ts (scripts/write-node-types.mjs).
// After an update: `npm test` (the against-pwsh and golden tests show what the new grammar changes).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('tree-sitter-powershell/package.json'));
const { version } = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const source = path.join(pkgDir, 'tree-sitter-powershell.wasm');
const target = path.join(root, 'grammars', 'tree-sitter-powershell.wasm');
if (!existsSync(source)) {
  console.error(`update-grammar: ${source} is missing; this tree-sitter-powershell ${version} ships no wasm`);
  process.exit(1);
}
const sha = (file) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'none');
const before = sha(target);
copyFileSync(source, target);
const after = sha(target);
console.log(
  `tree-sitter-powershell ${version}: grammars/tree-sitter-powershell.wasm ${before === after ? 'unchanged' : `${before.slice(0, 12)} -> ${after.slice(0, 12)}`}`,
);
