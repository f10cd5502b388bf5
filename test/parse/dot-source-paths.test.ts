/**
 * Golden tests of the dot-source resolver (src/parse/dot-source-paths.ts): every
 * `dot-sources/<case>.ps1` beside `<case>.ps1.requests.json`, the dot-source requests the parse
 * stage hands the load stage and the findings about them. `UPDATE_GOLDEN=1` rewrites the goldens
 * instead of comparing (then read the diff).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { BUILTIN_DEFINERS } from '../../src/parse/walk/definers.js';
import { extractSymbols } from '../../src/parse/extract-symbols.js';
import type { LoaderSpec } from '../../src/core/types.js';
import { readText, repoRoot, sharedParser } from './parser.js';

const dir = path.join(repoRoot, 'test', 'parse', 'dot-sources');
const update = process.env.UPDATE_GOLDEN === '1';
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.ps1'))
  .sort();

test('there are resolver cases', (t) => {
  t.true(cases.length >= 6);
});

for (const file of cases) {
  test(`dot-source requests ${file}`, async (t) => {
    // `<case>.ps1.loaders.json`, when present, is the `loaders` configuration for the case.
    const loadersFile = path.join(dir, `${file}.loaders.json`);
    const loaders = existsSync(loadersFile) ? (JSON.parse(readText(loadersFile)) as LoaderSpec[]) : [];
    const symbols = extractSymbols(
      await sharedParser(),
      { id: file.replace(/\.ps1$/, ''), path: file, text: readText(path.join(dir, file)) },
      { definers: BUILTIN_DEFINERS, loaders },
    );
    const actual = {
      // Ranges are offsets: the lines and columns say the same, readably.
      dotSources: symbols.directives.dotSources.map((d) => ({ ...d, range: undefined, pathRange: undefined })),
      findings: symbols.diagnostics.filter((d) => d.code === 'DYNAMIC_DOT_SOURCE' || d.code === 'LOADER_HELPER'),
      sideEffects: symbols.sideEffects.filter((e) => e.kind === 'dot-source'),
    };
    const json = `${JSON.stringify(actual, null, 2)}\n`;
    const golden = path.join(dir, `${file}.requests.json`);
    if (update) {
      writeFileSync(golden, json);
      t.pass();
      return;
    }
    t.true(existsSync(golden), `missing golden ${file}.requests.json: run with UPDATE_GOLDEN=1 and review it`);
    t.deepEqual(JSON.parse(json), JSON.parse(readText(golden)));
  });
}
