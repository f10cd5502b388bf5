/**
 * Golden tests: every `fixtures/<case>.ps1` beside `<case>.ps1.symbols.json`, the FragmentSymbols
 * extracted from it. `UPDATE_GOLDEN=1` rewrites the goldens instead of comparing (then read the
 * diff: a golden that records a wrong result is a defect).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { extract, fixturesDir, readText } from './parser.js';

const update = process.env.UPDATE_GOLDEN === '1';
const cases = readdirSync(fixturesDir)
  .filter((f) => f.endsWith('.ps1'))
  .sort();

test('there are fixtures', (t) => {
  t.true(cases.length > 0);
});

for (const file of cases) {
  test(`fixture ${file}`, async (t) => {
    const actual = await extract(file, readText(path.join(fixturesDir, file)));
    const json = `${JSON.stringify(actual, null, 2)}\n`;
    const golden = path.join(fixturesDir, `${file}.symbols.json`);
    if (update) {
      writeFileSync(golden, json);
      t.pass();
      return;
    }
    t.true(existsSync(golden), `missing golden ${file}.symbols.json: run with UPDATE_GOLDEN=1 and review it`);
    t.deepEqual(JSON.parse(json), JSON.parse(readText(golden)));
  });
}
