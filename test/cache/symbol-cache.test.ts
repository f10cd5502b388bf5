/**
 * The symbol cache: a warm build gives byte-identical output without parsing, a changed fragment
 * is the only one parsed again, and a bad, foreign or unwritable cache never changes a result or
 * fails a build.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import type { ParseProgress } from '../../src/pipeline/analyze.js';
import { defaultCacheDir } from '../../src/cache/cache-dir.js';
import { cacheSalt, openSymbolCache, parseCodeHash } from '../../src/cache/symbol-cache.js';
import { runBuild } from '../../src/cli/commands/build.js';
import type { Fragment, FragmentSymbols } from '../../src/core/types.js';
import { parseCodeDir, parseStageFiles } from '../../src/io/package-root.js';
import { tempDir, tempFiles } from '../helpers/temp.js';
import { runCli } from '../helpers/cli.js';
import { at } from '../../src/core/at.js';

const PROFILE = {
  'profile.d/00-core.ps1':
    'function Set-ProfileAlias($Name, $Value) { Set-Alias -Name $Name -Value $Value -Scope Global }\n',
  'profile.d/10-git.ps1': 'function Get-GitBranch { git branch --show-current }\nSet-ProfileAlias gb Get-GitBranch\n',
  'profile.d/20-env.ps1': "$env:EDITOR = 'vim'\n$global:Theme = 'dark'\n",
  'profile.d/30-late.ps1': 'if (Get-Command Get-GitBranch -ErrorAction Ignore) { $global:HasGit = $true }\n',
};

/** A progress sink that records what the parse stage reported. */
function recorder() {
  const seen = { toParse: -1, cached: -1, parsed: 0 };
  const progress: ParseProgress = {
    start(toParse, cached) {
      seen.toParse = toParse;
      seen.cached = cached;
    },
    parsed(n) {
      seen.parsed += n;
    },
  };
  return { seen, progress };
}

/** A fragment of folder `/x` for the cache's own API (its text is never read there). */
const fragment: Fragment = {
  id: 'a',
  path: 'a.ps1',
  absolutePath: '/x/a.ps1',
  text: '',
  order: 0,
  hash: 'h1',
  encoding: 'utf8',
};

/** The symbol files in a cache folder (result-memo files are another test's subject). */
const symbolFiles = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('symbols-'));

async function build(cwd: string, cacheDir: string | false) {
  // Forget the result memo, so that every build here reaches the parse stage.
  if (cacheDir !== false && existsSync(cacheDir)) {
    for (const n of readdirSync(cacheDir)) if (n.startsWith('result-')) rmSync(path.join(cacheDir, n));
  }
  const { seen, progress } = recorder();
  const result = await runBuild({
    cwd,
    dir: 'profile.d',
    output: 'out.ps1',
    progress,
    ...(cacheDir === false ? { cache: false } : { cacheDir }),
  });
  return { result, progress: seen, bundle: readFileSync(path.join(cwd, 'out.ps1'), 'utf8') };
}

test('a warm build parses nothing and gives byte-identical output', async (t) => {
  const cwd = tempFiles(t, PROFILE);
  const cacheDir = path.join(tempDir(t), 'cache');
  const cold = await build(cwd, cacheDir);
  t.is(cold.result.exitCode, 0, cold.result.stderr);
  t.like(cold.progress, { toParse: 4, cached: 0, parsed: 4 });
  t.is(symbolFiles(cacheDir).length, 1);

  const uncached = await build(cwd, false);
  const warm = await build(cwd, cacheDir);
  t.like(warm.progress, { toParse: 0, cached: 4, parsed: 0 });
  t.is(warm.bundle, cold.bundle);
  t.is(uncached.bundle, cold.bundle);
  t.is(warm.result.stderr, cold.result.stderr);
  t.is(warm.result.stdout, cold.result.stdout.replace('wrote', 'up to date:'));
});

test('a changed fragment is the only one parsed again', async (t) => {
  const cwd = tempFiles(t, PROFILE);
  const cacheDir = path.join(tempDir(t), 'cache');
  await build(cwd, cacheDir);
  writeFileSync(path.join(cwd, 'profile.d', '20-env.ps1'), "$env:EDITOR = 'nano'\n");
  const changed = await build(cwd, cacheDir);
  t.like(changed.progress, { toParse: 1, cached: 3, parsed: 1 });
  t.regex(changed.bundle, /nano/);
  t.notRegex(changed.bundle, /Theme/);
  const again = await build(cwd, cacheDir);
  t.like(again.progress, { toParse: 0, cached: 4 });
  t.is(again.bundle, changed.bundle);
});

test('a corrupt or foreign cache file is ignored and replaced', async (t) => {
  const cwd = tempFiles(t, PROFILE);
  const cacheDir = path.join(tempDir(t), 'cache');
  const reference = await build(cwd, cacheDir);
  const file = at(symbolFiles(cacheDir), 0);
  const cacheFile = path.join(cacheDir, file);
  const good = readFileSync(cacheFile, 'utf8');

  const foreign = [JSON.stringify({ format: 1, salt: 'other', entries: {} }), '{"format":2,"salt":"other"}\n'];
  for (const bad of ['{not json', 'null', '[]', '', ...foreign]) {
    writeFileSync(cacheFile, bad);
    const r = await build(cwd, cacheDir);
    t.is(r.bundle, reference.bundle);
    t.like(r.progress, { toParse: 4, cached: 0 }, bad);
    t.is(readFileSync(cacheFile, 'utf8'), good, 'rewritten with the same content');
  }

  // Right salt, but entries that are not this fragment's symbols, or not JSON: not taken.
  const [header, ...entries] = good.trimEnd().split('\n');
  t.is(entries.length, 4, 'one line per fragment');
  const tampered = entries.map((line, i) =>
    i % 2 === 0 ? line.replace(/"fragment":"[^"]*"/, '"fragment":"someone-else"') : line.slice(0, 70),
  );
  writeFileSync(cacheFile, [header, ...tampered].join('\n'));
  const r = await build(cwd, cacheDir);
  t.like(r.progress, { toParse: 4, cached: 0 });
  t.is(r.bundle, reference.bundle);
  t.is(readFileSync(cacheFile, 'utf8'), good, 'rewritten with the same content');
});

test('a build that changes one fragment appends its entry and leaves every other line as it was', async (t) => {
  const cwd = tempFiles(t, PROFILE);
  const cacheDir = path.join(tempDir(t), 'cache');
  await build(cwd, cacheDir);
  const file = at(symbolFiles(cacheDir), 0);
  const before = readFileSync(path.join(cacheDir, file), 'utf8').trimEnd().split('\n');
  // Mark every entry's line: a re-serialised entry would lose the mark.
  const marked = before.map((line, i) => (i === 0 ? line : line.replace(/}$/, ',"mark":1}')));
  writeFileSync(path.join(cacheDir, file), `${marked.join('\n')}\n`);
  const name = at(Object.keys(PROFILE), 0);
  appendFileSync(path.join(cwd, name), '\n# changed\n');
  const r = await build(cwd, cacheDir);
  t.like(r.progress, { toParse: 1, cached: Object.keys(PROFILE).length - 1 });
  const after = readFileSync(path.join(cacheDir, file), 'utf8').trimEnd().split('\n');
  t.deepEqual(after.slice(0, marked.length), marked, 'the file as it was, then');
  t.is(after.length, marked.length + 1, 'one new line');
  t.notRegex(after.at(-1)!, /"mark"/);
  const again = await build(cwd, cacheDir);
  t.like(again.progress, { toParse: 0, cached: Object.keys(PROFILE).length });
  t.is(again.bundle, r.bundle);
});

test('once unused lines outnumber the used ones the file is rewritten; a torn append is a miss', async (t) => {
  const cwd = tempFiles(t, PROFILE);
  const cacheDir = path.join(tempDir(t), 'cache');
  await build(cwd, cacheDir);
  const file = at(symbolFiles(cacheDir), 0);
  const cacheFile = path.join(cacheDir, file);
  const entryLines = () => readFileSync(cacheFile, 'utf8').trimEnd().split('\n').length - 1;
  const edited = path.join(cwd, 'profile.d', '20-env.ps1');
  const count = Object.keys(PROFILE).length;
  // Each edit appends one line and leaves the old one unused, up to as many unused lines as used.
  for (let edit = 1; edit <= count; edit++) {
    writeFileSync(edited, `$env:EDITOR = 'vim${edit}'\n`);
    await build(cwd, cacheDir);
    t.is(entryLines(), count + edit);
  }
  writeFileSync(edited, "$env:EDITOR = 'last'\n");
  const compacted = await build(cwd, cacheDir);
  t.is(entryLines(), count, 'rewritten with the entries in use');
  const keys = readFileSync(cacheFile, 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((l) => l.split(' ')[0]);
  t.deepEqual(keys, [...keys].sort(), 'sorted by key');
  t.deepEqual((await build(cwd, cacheDir)).progress, { toParse: 0, cached: count, parsed: 0 });
  t.is((await build(cwd, false)).bundle, compacted.bundle);

  // A crash mid-append leaves a line without its end: that entry is parsed again, and the next
  // save rewrites the file rather than append after the torn line.
  const text = readFileSync(cacheFile, 'utf8');
  writeFileSync(cacheFile, `${text}${at(text.split('\n'), 1).slice(0, 90)}`);
  writeFileSync(edited, "$env:EDITOR = 'torn'\n");
  const torn = await build(cwd, cacheDir);
  t.like(torn.progress, { toParse: 1, cached: count - 1 });
  t.true(readFileSync(cacheFile, 'utf8').endsWith('\n'));
  t.is(entryLines(), count);
});

test("an entry appended under another salt's header is never taken", (t) => {
  const cacheDir = tempDir(t);
  const other = { ...fragment, id: 'c', path: 'c.ps1', hash: 'h3' };
  const earlier = openSymbolCache(cacheDir, '/x', 'salt-1');
  earlier.store(other, { fragment: 'c', path: 'c.ps1' } as FragmentSymbols);
  earlier.save();
  // This run (salt-1) finds the file its own, and looks up two fragments, one cached.
  const mine = openSymbolCache(cacheDir, '/x', 'salt-1');
  t.truthy(mine.lookup(other));
  t.is(mine.lookup(fragment), undefined);
  // Another build of fragbundle (salt-2) replaces the file while this run parses...
  const theirs = openSymbolCache(cacheDir, '/x', 'salt-2');
  theirs.store({ ...fragment, id: 'b', path: 'b.ps1', hash: 'h9' }, {
    fragment: 'b',
    path: 'b.ps1',
  } as FragmentSymbols);
  theirs.save();
  // ...then this run appends its entry under their header.
  mine.store(fragment, { fragment: 'a', path: 'a.ps1', marker: 'salt-1' } as unknown as FragmentSymbols);
  mine.save();
  const lines = readFileSync(mine.file, 'utf8').trimEnd().split('\n');
  t.is(lines.length, 3, 'their header and entry, and the appended one');
  t.regex(at(lines, 2), /"marker":"salt-1"/);
  t.is(openSymbolCache(cacheDir, '/x', 'salt-2').lookup(fragment), undefined);
  t.is(openSymbolCache(cacheDir, '/x', 'salt-1').lookup(fragment), undefined, 'nor by this salt: the header is theirs');
});

test('builds running at once on one cache all succeed, and leave it giving the uncached result', async (t) => {
  const cwd = tempFiles(t, PROFILE);
  const env = { FRAGBUNDLE_CACHE_DIR: path.join(tempDir(t), 'cache') };
  const edited = path.join(cwd, 'profile.d', '20-env.ps1');
  const outputs = ['a', 'b', 'c', 'd'].map((n) => `out-${n}.ps1`);
  const buildTo = (output: string, ...extra: string[]) =>
    runCli(['build', 'profile.d', '-o', output, '--quiet', ...extra], cwd, env);
  for (let round = 0; round < 4; round++) {
    // Each round changes one fragment (some rounds append, the last rewrites the cache file).
    writeFileSync(edited, `$env:EDITOR = 'round${round}'\n`);
    const runs = await Promise.all(outputs.map((o) => buildTo(o)));
    for (const r of runs) t.is(r.exitCode, 0, r.stderr);
    const bundles = outputs.map((o) => readFileSync(path.join(cwd, o), 'utf8'));
    t.true(at(bundles, 0).includes(`round${round}`));
    t.true(
      bundles.every((b) => b === bundles[0]),
      `round ${round}: every build wrote the same bundle`,
    );
  }
  t.is((await buildTo('uncached.ps1', '--no-cache')).exitCode, 0);
  t.is((await buildTo('cached.ps1')).exitCode, 0);
  t.is(readFileSync(path.join(cwd, 'cached.ps1'), 'utf8'), readFileSync(path.join(cwd, 'uncached.ps1'), 'utf8'));
});

test('a cache that cannot be written never fails the build', async (t) => {
  const cwd = tempFiles(t, PROFILE);
  const blocker = path.join(tempDir(t), 'a-file');
  writeFileSync(blocker, 'not a folder');
  const r = await build(cwd, path.join(blocker, 'cache'));
  t.is(r.result.exitCode, 0, r.result.stderr);
  t.regex(r.bundle, /Get-GitBranch/);
});

test('the salt changes with the definers, the version, the grammar and the parse code', (t) => {
  const dir = tempFiles(t, { 'parse/a.js': 'one', 'diagnostics.js': 'd', 'grammar.wasm': 'g' });
  const code = () =>
    parseCodeHash(path.join(dir, 'grammar.wasm'), [path.join(dir, 'parse', 'a.js'), path.join(dir, 'diagnostics.js')]);
  const base = { toolVersion: '1.0.0', definers: [{ command: 'Set-ProfileAlias' }] };
  const saltOf = (b: typeof base) => cacheSalt({ ...b, parseCode: code() });
  const salt = saltOf(base);
  t.is(saltOf(base), salt);
  t.not(saltOf({ ...base, toolVersion: '1.0.1' }), salt);
  t.not(saltOf({ ...base, definers: [] }), salt);
  writeFileSync(path.join(dir, 'parse', 'a.js'), 'two');
  t.not(saltOf(base), salt);
  writeFileSync(path.join(dir, 'parse', 'a.js'), 'one');
  t.is(saltOf(base), salt);
  writeFileSync(path.join(dir, 'diagnostics.js'), 'e');
  t.not(saltOf(base), salt, 'a changed finding catalogue');
  writeFileSync(path.join(dir, 'diagnostics.js'), 'd');
  writeFileSync(path.join(dir, 'grammar.wasm'), 'h');
  t.not(saltOf(base), salt);
});

test('entries are keyed by id, path and bytes; a different salt sees none', (t) => {
  const cacheDir = tempDir(t);
  const symbols = { fragment: 'a', path: 'a.ps1' } as FragmentSymbols;
  const first = openSymbolCache(cacheDir, '/x', 'salt-1');
  t.is(first.lookup(fragment), undefined);
  first.store(fragment, symbols);
  first.save();
  t.deepEqual(openSymbolCache(cacheDir, '/x', 'salt-1').lookup(fragment), symbols);
  t.is(openSymbolCache(cacheDir, '/x', 'salt-1').lookup({ ...fragment, hash: 'h2' }), undefined);
  t.is(openSymbolCache(cacheDir, '/x', 'salt-1').lookup({ ...fragment, path: 'b/a.ps1' }), undefined);
  t.is(openSymbolCache(cacheDir, '/x', 'salt-2').lookup(fragment), undefined);
  t.is(openSymbolCache(cacheDir, '/y', 'salt-1').lookup(fragment), undefined, 'one file per fragments folder');
});

test('the default cache folder follows the platform and the environment', (t) => {
  t.is(defaultCacheDir({}, 'linux', '/home/u'), path.join('/home/u', '.cache', 'fragbundle'));
  t.is(defaultCacheDir({ XDG_CACHE_HOME: '/c' }, 'linux', '/home/u'), path.join('/c', 'fragbundle'));
  t.is(defaultCacheDir({ FRAGBUNDLE_CACHE_DIR: '/f' }, 'linux', '/home/u'), '/f');
  t.is(defaultCacheDir({ LOCALAPPDATA: 'C:\\L' }, 'win32', 'C:\\U'), path.join('C:\\L', 'fragbundle', 'cache'));
});

test('the CLI: --cache-dir is used, --no-cache writes no cache', async (t) => {
  const cwd = tempFiles(t, PROFILE);
  const cacheDir = path.join(tempDir(t), 'cli-cache');
  const envDir = path.join(tempDir(t), 'env-cache');
  const off = await runCli(['build', 'profile.d', '-o', 'a.ps1', '--no-cache'], cwd, { FRAGBUNDLE_CACHE_DIR: envDir });
  t.is(off.exitCode, 0, off.stderr);
  t.false(existsSync(envDir));
  const on = await runCli(['build', 'profile.d', '-o', 'b.ps1', '--cache-dir', cacheDir], cwd, {
    FRAGBUNDLE_CACHE_DIR: envDir,
  });
  t.is(on.exitCode, 0, on.stderr);
  t.is(symbolFiles(cacheDir).length, 1);
  t.false(existsSync(envDir));
  t.is(
    readFileSync(path.join(cwd, 'b.ps1'), 'utf8'),
    readFileSync(path.join(cwd, 'a.ps1'), 'utf8'),
    'cached and uncached builds write the same bundle',
  );
  t.is(on.stderr, off.stderr);
});

test('the salt covers every module the parse stage runs', (t) => {
  const files = new Set(parseStageFiles().map((f) => path.resolve(f)));
  for (const name of [
    'extract-symbols.js',
    'walk/analyzer.js',
    'tree/syntax-tree.js',
    'tree/repair.js',
    '../core/diagnostics.js',
    '../text/extent-check.js',
  ])
    t.true(files.has(path.resolve(parseCodeDir(), name)), name);
  // Everything the parse modules import, transitively, within fragbundle's own code: a module
  // left out (the extent check, the finding catalogue) could change cached results unseen.
  const seen = new Set<string>();
  const queue = readdirSync(parseCodeDir(), { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.js'))
    .map((n) => path.join(parseCodeDir(), n));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+\.js)'/g))
      queue.push(path.resolve(path.dirname(file), at(m, 1)));
  }
  for (const file of seen) t.true(files.has(file), `${path.relative(parseCodeDir(), file)} is not hashed`);
  t.true(seen.size > 15);
});
