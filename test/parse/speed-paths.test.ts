/**
 * The parse stage's fast paths give exactly what the plain paths give: the wrapper-free cursor
 * walk against web-tree-sitter's TreeCursor, and the worker pool against one thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { BUILTIN_DEFINERS, extractSymbols } from '../../src/parse/index.js';
import { cursorBinding } from '../../src/parse/grammar.js';
import { parseOnWorkers, parseWorkerCount } from '../../src/parse/pool.js';
import type { FragmentText } from '../../src/parse/extract-symbols.js';
import { sharedParser } from './parser.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function texts(dir: string): FragmentText[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.ps1'))
    .sort()
    .map((n) => ({
      id: n.replace(/\.ps1$/, ''),
      path: n.split(path.sep).join('/'),
      text: readFileSync(path.join(dir, n), 'utf8'),
    }));
}

/** Fixtures, examples, and broken inputs that make the grammar produce ERROR and MISSING nodes. */
const inputs: FragmentText[] = [
  ...texts(path.join(repo, 'test', 'parse', 'fixtures')),
  ...texts(path.join(repo, 'examples', 'profile.d')),
  ...[
    'function Get-A {\n  if ($x) {\n',
    "$s = @'\nnever closed\n",
    '<# block comment never closed\nfunction X { }',
    'Get-A -Name (\nfunction B { } }}}',
    '$a = @{ Key = ; Other = 1 }\n' + '['.repeat(40),
    'class C { [int] M( { } }\nenum E { A = }',
  ].map((text, i) => ({ id: `broken-${i}`, path: `broken-${i}.ps1`, text })),
];
const options = { definers: BUILTIN_DEFINERS };

test('the fast cursor binding is available in this web-tree-sitter build', async (t) => {
  await sharedParser();
  t.not(cursorBinding(), undefined, 'without it every walk takes the 4x slower TreeCursor path');
});

test('the wrapper-free cursor walk and TreeCursor give identical symbols', async (t) => {
  const parser = await sharedParser();
  const fast = inputs.map((f) => extractSymbols(parser, f, options));
  process.env.FRAGBUNDLE_SLOW_CURSOR = '1';
  try {
    t.is(cursorBinding(), undefined);
    const slow = inputs.map((f) => extractSymbols(parser, f, options));
    t.deepEqual(fast, slow);
  } finally {
    delete process.env.FRAGBUNDLE_SLOW_CURSOR;
  }
  t.true(
    fast.some((s) => s.hasSyntaxErrors),
    'the broken inputs exercise the error paths',
  );
});

test('the worker pool gives the same symbols in the same order as one thread', async (t) => {
  const parser = await sharedParser();
  const sequential = inputs.map((f) => extractSymbols(parser, f, options));
  let reported = 0;
  const pooled = await parseOnWorkers(inputs, options, 2, (n) => (reported += n));
  t.deepEqual(pooled, sequential);
  t.is(reported, inputs.length);
  // Workers only (above, this thread may have parsed everything before the worker started).
  reported = 0;
  const workersOnly = await parseOnWorkers(inputs, options, 2, (n) => (reported += n), false);
  t.deepEqual(workersOnly, sequential);
  t.is(reported, inputs.length);
});

test('the pool is used only when there is enough text for it', (t) => {
  const small = [{ id: 'a', path: 'a.ps1', text: 'x'.repeat(1000) }];
  t.is(parseWorkerCount(small), 0);
  const big = Array.from({ length: 50 }, (_, i) => ({ id: `f${i}`, path: `f${i}.ps1`, text: 'x'.repeat(100_000) }));
  t.true(parseWorkerCount(big) >= 1);
  t.true(parseWorkerCount(big) <= 8);
});
