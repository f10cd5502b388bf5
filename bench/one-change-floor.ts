/**
 * The floor of a build after one fragment changed: `node dist/bench/one-change-floor.js DIR
 * CHANGED BUNDLE`. It does only what any build that starts a process for the change must do,
 * however incremental, and none of the analysis:
 *
 * - start Node.js and load tree-sitter and the grammar (the grammar's lexer on V8's baseline
 *   compiler, as src/parse/tree/wasm-tiers.ts does: optimising it would cost seconds);
 * - find out which fragment changed: the metadata of every fragment (as git does for its index);
 * - parse the changed fragment (its first parse compiles the wasm functions it calls);
 * - rewrite the bundle atomically: read the old one (the most an incremental emitter could splice
 *   from), write it to a temporary file, flush it, rename it over the old one.
 *
 * It writes back the old bundle's bytes unchanged: the point is the cost, not the output. bench/
 * run.ts races it beside `fragbundle build` after the same change, so the gap between the two is
 * what the analysis, the cache and the emitter cost, and the floor says how close to the issue's
 * 300 ms any design that runs a process per build could get on this machine.
 */
import { closeSync, fsyncSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Language, Parser } from 'web-tree-sitter';
import { grammarPath } from '../src/parse/tree/grammar-path.js';

const [dir, changed, bundle] = process.argv.slice(2);
if (dir === undefined || changed === undefined || bundle === undefined) {
  console.error('usage: node dist/bench/one-change-floor.js DIR CHANGED BUNDLE');
  process.exit(2);
}

let files = 0;
for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }))
  if (name.endsWith('.ps1') && lstatSync(path.join(dir, name)).isFile()) files++;

await Parser.init();
setFlagsFromString('--liftoff-only');
const language = await Language.load(readFileSync(grammarPath()));
const parser = new Parser();
parser.setLanguage(language);
const tree = parser.parse(readFileSync(changed, 'utf8'));
if (!tree || tree.rootNode.endIndex === 0) throw new Error(`${changed}: nothing parsed`);
tree.delete();
parser.delete();

const bytes = readFileSync(bundle);
const temp = `${bundle}.floor-${process.pid}.tmp`;
const fd = openSync(temp, 'w');
try {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
  fsyncSync(fd);
} finally {
  closeSync(fd);
}
renameSync(temp, bundle);
if (files === 0) throw new Error(`${dir}: no fragments`);
