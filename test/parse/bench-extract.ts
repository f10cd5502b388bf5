/**
 * Extraction speed, printed, never asserted: `node dist/test/parse/bench-extract.js [copies]`.
 * Inputs: every .ps1 under examples/ and test/parse/fixtures, (1) one fragment at a time as
 * parseFragments runs them, `copies` times over, and (2) as one large file (each fragment
 * wrapped in `& { }`, `using`/`#Requires` lines dropped, repeated `copies` times).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BUILTIN_DEFINERS } from '../../src/parse/walk/definers.js';
import { extractSymbols } from '../../src/parse/extract-symbols.js';
import { buildSyntaxTree } from '../../src/parse/tree/syntax-tree.js';
import { fixturesDir, readText, repoRoot, sharedParser } from './parser.js';

function ps1Files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = path.join(dir, e);
    if (statSync(full).isDirectory()) return ps1Files(full);
    return e.endsWith('.ps1') ? [full] : [];
  });
}

const copies = Number(process.argv[2] ?? 100);
const texts = [...ps1Files(path.join(repoRoot, 'examples')), ...ps1Files(fixturesDir)].map(readText);
const parser = await sharedParser();
const options = { definers: BUILTIN_DEFINERS };
const mbps = (chars: number, ms: number) => (chars / 1e6 / (ms / 1000)).toFixed(2);

let chars = 0;
let parseMs = 0;
let totalMs = 0;
for (let i = 0; i < copies; i++) {
  for (const text of texts) {
    const a = performance.now();
    parser.parse(text)?.delete();
    const b = performance.now();
    extractSymbols(parser, { id: 'f', path: 'f.ps1', text }, options);
    totalMs += performance.now() - b;
    parseMs += b - a;
    chars += text.length;
  }
}
console.log(
  `per fragment: ${texts.length} files x ${copies} = ${(chars / 1e6).toFixed(2)} MB: ` +
    `extractSymbols ${mbps(chars, totalMs)} MB/s; tree-sitter parse alone ${mbps(chars, parseMs)} MB/s`,
);

const big = Array.from({ length: copies }, () =>
  texts.map((t) => `& {\n${t.replace(/^\s*(using|#requires).*$/gim, '')}\n}`).join('\n'),
).join('\n');
const a = performance.now();
const tree = parser.parse(big);
const b = performance.now();
if (tree) buildSyntaxTree(tree);
const c = performance.now();
tree?.delete();
const d = performance.now();
extractSymbols(parser, { id: 'big', path: 'big.ps1', text: big }, options);
const e = performance.now();
console.log(
  `one file of ${(big.length / 1e6).toFixed(2)} MB: extractSymbols ${mbps(big.length, e - d)} MB/s; ` +
    `tree-sitter parse ${mbps(big.length, b - a)} MB/s, tree copy ${mbps(big.length, c - b)} MB/s`,
);
