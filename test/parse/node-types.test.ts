/**
 * src/parse/tree/node-types.ts is generated from the grammar's node-types.json: it must be what
 * the script writes now, and it must name every visible node type the vendored grammar has.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import test from 'ava';
import { packageRoot } from '../../src/io/package-root.js';
import { createPowerShellParser } from '../../src/parse/tree/grammar.js';

interface Script {
  NODE_TYPES_JSON: string;
  NODE_TYPES_TS: string;
  nodeTypesSource(json: string): Promise<string>;
}

const script = async (): Promise<Script> =>
  (await import(pathToFileURL(path.join(packageRoot(), 'scripts', 'write-node-types.mjs')).href)) as Script;

test('node-types.ts is what scripts/write-node-types.mjs writes (run `npm run node-types`)', async (t) => {
  const s = await script();
  t.is(readFileSync(s.NODE_TYPES_TS, 'utf8'), await s.nodeTypesSource(readFileSync(s.NODE_TYPES_JSON, 'utf8')));
});

test('every visible node type of the vendored grammar is in the union', async (t) => {
  const s = await script();
  const generated = readFileSync(s.NODE_TYPES_TS, 'utf8');
  const inUnion = new Set(
    [...generated.matchAll(/^\s*\| (['"])(.*)\1;?$/gm)].map((m) => (m[2] ?? '').replace(/\\(.)/g, '$1')),
  );
  t.true(inUnion.has('ERROR') && inUnion.has('function_statement') && inUnion.has("'"), 'the union was read');
  const parser = await createPowerShellParser();
  try {
    const language = parser.language!;
    const visible = language.types.filter((name, id) => name !== '' && language.nodeTypeIsVisible(id));
    t.deepEqual(
      visible.filter((name) => !inUnion.has(name)),
      [],
    );
  } finally {
    parser.delete();
  }
});
