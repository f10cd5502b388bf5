/**
 * The parse stage's fast paths give exactly what the plain paths give: the walk over the tree's
 * memory and the wrapper-free cursor walk against web-tree-sitter's TreeCursor, and the worker
 * pool against one thread.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { BUILTIN_DEFINERS, extractSymbols } from '../../src/parse/index.js';
import { cursorBinding } from '../../src/parse/tree/grammar.js';
import { everyNode, noProductionAliases, treeWalk } from '../../src/parse/tree/walkers.js';
import { makeChunks, parseOnWorkers, parseWorkerCount } from '../../src/parse/workers/pool.js';
import { generateProfile } from '../../bench/generate-profile.js';
import { runCli } from '../helpers/cli.js';
import type { FragmentText } from '../../src/parse/extract-symbols.js';
import { sharedParser } from './parser.js';
import { at } from '../../src/core/at.js';

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
    // Deeper than the memory walk's first stack (1024 frames): it has to grow.
    `$deep = ${'@('.repeat(1500)}1${')'.repeat(1500)}\n`,
    "\uFEFF# ‘typographic’ quotes, ü, 😀 and a lone \r\r$x = 'ä'\r\n",
  ].map((text, i) => ({ id: `broken-${i}`, path: `broken-${i}.ps1`, text })),
  // Generated like the benchmark's profiles: every kind of fragment they have.
  ...[...generateProfile({ fragments: 24, targetBytes: 150_000 })].map(([rel, text]) => ({
    id: rel.replace(/\.ps1$/, ''),
    path: rel,
    text,
  })),
];
const options = { definers: BUILTIN_DEFINERS };

test('the fast cursor binding is available in this web-tree-sitter build', async (t) => {
  await sharedParser();
  t.not(cursorBinding(), undefined, 'without it every walk takes the 4x slower TreeCursor path');
});

/** Run `fn` with environment variables set, and put them back. */
function withEnv<T>(vars: Record<string, string>, fn: () => T): T {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return fn();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) Reflect.deleteProperty(process.env, k);
      else process.env[k] = v;
    }
  }
}

test('the memory walk works here, and it visits exactly what the cursors visit', async (t) => {
  const parser = await sharedParser();
  let nodes = 0;
  for (const f of inputs) {
    const tree = parser.parse(f.text)!;
    try {
      const memory = withEnv({ FRAGBUNDLE_TREE_MEMORY: '1' }, () => treeWalk(tree, f.text.length));
      t.is(memory.kind, 'memory');
      const byMemory = everyNode(memory);
      const cursor = withEnv({ FRAGBUNDLE_TREE_MEMORY: '0' }, () => treeWalk(tree, f.text.length));
      t.is(cursor.kind, 'cursor');
      const api = withEnv({ FRAGBUNDLE_SLOW_CURSOR: '1' }, () => treeWalk(tree, f.text.length));
      t.is(api.kind, 'api');
      const byCursor = everyNode(cursor);
      // Compared as a whole: t.deepEqual on arrays of a million numbers would print them all.
      t.true(byMemory.length === byCursor.length && byMemory.every((x, i) => x === byCursor[i]), f.path);
      const byApi = everyNode(api);
      t.true(byApi.length === byCursor.length && byApi.every((x, i) => x === byCursor[i]), f.path);
      nodes += byMemory.length / 6;
    } finally {
      tree.delete();
    }
  }
  t.true(nodes > 50_000, `${nodes} nodes walked`);
});

test('a language whose productions alias a child is left to the cursor walk', (t) => {
  const memory = new ArrayBuffer(64);
  const heap = { u8: new Uint8Array(memory), u16: new Uint16Array(memory), u32: new Uint32Array(memory) };
  // Three productions of four children at byte 8: all zeros, then one alias.
  t.true(noProductionAliases(heap, 8, 3, 4));
  t.true(noProductionAliases(heap, 0, 3, 0), 'no alias sequences at all');
  heap.u16[4 + 9] = 7;
  t.false(noProductionAliases(heap, 8, 3, 4));
  t.false(noProductionAliases(heap, 48, 3, 4), 'a table that does not fit in memory');
});

test('by default a thread takes the memory walk once it has walked enough text', async (t) => {
  const parser = await sharedParser();
  const tree = parser.parse('Set-Alias -Name ll -Value Get-ChildItem\n')!;
  try {
    withEnv({ FRAGBUNDLE_TREE_MEMORY: '' }, () => {
      t.is(treeWalk(tree, 300_000).kind, 'memory', 'more than 256 K characters walked in this thread');
    });
  } finally {
    tree.delete();
  }
});

test('the memory walk, the wrapper-free cursor walk and TreeCursor give identical symbols', async (t) => {
  const parser = await sharedParser();
  const fast = withEnv({ FRAGBUNDLE_TREE_MEMORY: '1' }, () => inputs.map((f) => extractSymbols(parser, f, options)));
  const cursor = withEnv({ FRAGBUNDLE_TREE_MEMORY: '0' }, () => inputs.map((f) => extractSymbols(parser, f, options)));
  t.deepEqual(fast, cursor);
  withEnv({ FRAGBUNDLE_SLOW_CURSOR: '1' }, () => {
    t.is(cursorBinding(), undefined);
    const slow = inputs.map((f) => extractSymbols(parser, f, options));
    t.deepEqual(fast, slow);
  });
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

test('chunks cover every fragment once, largest first, and shrink towards the end', (t) => {
  // Sizes from 1 to 60,000 characters, in a scrambled order.
  const sizes = Array.from({ length: 300 }, (_, i) => ((i * 7919) % 300) * 200 + 1);
  const fragments = sizes.map((n, i) => ({ id: `f${i}`, path: `f${i}.ps1`, text: 'x'.repeat(n) }));
  const chunks = makeChunks(fragments, 2);
  const all = chunks.flat();
  t.deepEqual(
    [...all].sort((a, b) => a - b),
    fragments.map((_, i) => i),
  );
  const lengths = all.map((i) => at(sizes, i));
  t.deepEqual(
    lengths,
    [...lengths].sort((a, b) => b - a),
    'largest fragments first',
  );
  const chars = chunks.map((c) => c.reduce((n, i) => n + at(sizes, i), 0));
  const total = sizes.reduce((a, b) => a + b, 0);
  t.true(at(chars, 0) >= total / 8 - 60_000, 'the first chunk is a quarter of a thread share');
  // The last chunks are small: what is left when the other thread finishes is little.
  t.true(at(chars, chars.length - 1) <= 16 * 1024 + 60_000);
  t.true(at(chars, 0) > 4 * at(chars, chars.length - 2), `chunk sizes ${chars.join(' ')}`);
  t.deepEqual(makeChunks(fragments, 2), chunks, 'deterministic');
  t.deepEqual(makeChunks([at(fragments, 0)], 4), [[0]]);
});

test('the bundled CLI parses on its own worker entry, with the same results as one thread', async (t) => {
  // Enough text (~600 KB) that the worker starts before this thread has parsed it all.
  const dir = mkdtempSync(path.join(tmpdir(), 'fragbundle-workers-'));
  t.teardown(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  for (const [rel, text] of generateProfile({ fragments: 60, targetBytes: 600_000 })) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  const run = (workers: string) =>
    runCli(['analyze', dir, '--format', 'json', '--no-cache'], dir, { FRAGBUNDLE_WORKERS: workers });
  const one = await run('0');
  const pooled = await run('2');
  t.is(pooled.exitCode, one.exitCode, pooled.stderr);
  t.is(pooled.stdout, one.stdout);
  t.true(existsSync(path.join(repo, 'dist', 'parse-worker.mjs')), 'dist/parse-worker.mjs is built');
});
