import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { decodeScript } from '../../src/load/decode.js';
import {
  compareNames,
  listingStillValid,
  loadFragments,
  LoadError,
  topLevelNamePattern,
} from '../../src/load/load-fragments.js';
import type { TextEncoding } from '../../src/core/types.js';
import { pwshTest, runPwshCommand } from '../helpers/pwsh.js';
import { tempFiles } from '../helpers/temp.js';
import { at } from '../../src/core/at.js';

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  le.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

test('decodes every encoding PowerShell reads, dropping the byte-order mark', (t) => {
  const text = 'function Get-Caf\u00e9 { "\u00fcber" }\r\n';
  const cases: [Buffer, TextEncoding][] = [
    [Buffer.from(text, 'utf8'), 'utf8'],
    [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf8-bom'],
    [utf16le(text), 'utf16le-bom'],
    [utf16be(text), 'utf16be-bom'],
  ];
  for (const [bytes, encoding] of cases) {
    const r = decodeScript(bytes);
    t.true(r.ok, encoding);
    if (r.ok) {
      t.is(r.text, text, encoding);
      t.is(r.encoding, encoding);
    }
  }
});

test('NUL bytes and invalid UTF-8 are refused with a line and column', (t) => {
  const nul = decodeScript(Buffer.from('a\nbc\0d'));
  t.false(nul.ok);
  if (!nul.ok) t.deepEqual([nul.line, nul.column], [2, 3]);
  const bomless16 = decodeScript(Buffer.from('function F {}', 'utf16le'));
  t.false(bomless16.ok);
  if (!bomless16.ok) t.regex(bomless16.reason, /UTF-16 without a byte-order mark/);
  const bad = decodeScript(Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x63]));
  t.true(bad.ok, 'invalid UTF-8 is read, not refused');
  if (bad.ok) t.deepEqual([bad.text, bad.invalidAt], ['a\nb\ufffdc', { line: 2, column: 2 }]);
});

test('loads *.ps1 at the top level only, in name order, with hashes; ids are base names', (t) => {
  const dir = tempFiles(t, {
    '10-git.ps1': 'function g {}',
    '00-env.ps1': '$env:X = 1',
    'notes.txt': 'not a fragment',
    'lib/strings.ps1': 'function s {}',
  });
  const r = loadFragments(dir);
  t.deepEqual(
    r.fragments.map((f) => [f.id, f.path, f.order]),
    [
      ['00-env', '00-env.ps1', 0],
      ['10-git', '10-git.ps1', 1],
    ],
  );
  t.regex(at(r.fragments, 0).hash, /^[0-9a-f]{64}$/);
});

test('hidden files and folders are skipped as Get-ChildItem skips them, each file reported; includeHidden loads them', (t) => {
  const dir = tempFiles(t, {
    '10-a.ps1': '$a = 1',
    '.20-disabled.ps1': '$b = 2',
    '.hidden/30-c.ps1': '$c = 3',
    'sub/40-d.ps1': '$d = 4',
    '.notes.txt': 'not a fragment either way',
  });
  const skipped = loadFragments(dir, { include: ['**/*.ps1'] });
  t.deepEqual(
    skipped.fragments.map((f) => f.path),
    ['10-a.ps1', 'sub/40-d.ps1'],
  );
  t.deepEqual(
    skipped.diagnostics.map((d) => [d.code, d.severity, d.file]),
    [['LOAD_HIDDEN', 'info', '.20-disabled.ps1']],
  );
  t.regex(skipped.diagnostics[0]!.message, /hidden .*Get-ChildItem skips it without -Force/);
  const all = loadFragments(dir, { include: ['**/*.ps1'], includeHidden: true });
  t.deepEqual(
    all.fragments.map((f) => f.path),
    ['.20-disabled.ps1', '.hidden/30-c.ps1', '10-a.ps1', 'sub/40-d.ps1'],
  );
  t.deepEqual(all.diagnostics, []);
});

test('bad files are findings naming the file; the rest still loads', (t) => {
  const dir = tempFiles(t, { 'a.ps1': 'function A {}', 'b.ps1': Buffer.from([0x41, 0, 0x42]), 'c.ps1': '' });
  const r = loadFragments(dir);
  t.deepEqual(
    r.fragments.map((f) => f.id),
    ['a', 'c'],
  );
  t.deepEqual(
    r.diagnostics.map((d) => [d.code, d.file]),
    [
      ['LOAD_BINARY', 'b.ps1'],
      ['LOAD_EMPTY', 'c.ps1'],
    ],
  );
});

test('an unreadable file (a broken symlink; or no permission when not root) is LOAD_UNREADABLE, not a crash', (t) => {
  const dir = tempFiles(t, { 'a.ps1': 'function A {}', 'b.ps1': 'function B {}' });
  symlinkSync(path.join(dir, 'gone.ps1'), path.join(dir, 'c.ps1'));
  const asRoot = process.getuid?.() === 0;
  if (!asRoot) chmodSync(path.join(dir, 'b.ps1'), 0o000);
  const r = loadFragments(dir);
  t.deepEqual(
    r.diagnostics.map((d) => [d.code, d.file]),
    asRoot
      ? [['LOAD_UNREADABLE', 'c.ps1']]
      : [
          ['LOAD_UNREADABLE', 'b.ps1'],
          ['LOAD_UNREADABLE', 'c.ps1'],
        ],
  );
  t.regex(r.diagnostics.at(-1)!.message, /broken symbolic link/);
  t.deepEqual(
    r.fragments.map((f) => f.id),
    asRoot ? ['a', 'b'] : ['a'],
  );
  // Set aside, so that the bundle's stale guard counts the link and never takes it for an added fragment.
  t.deepEqual(r.setAside, asRoot ? ['c.ps1'] : ['b.ps1', 'c.ps1']);
});

/** Folders the pwsh session below reads, removed when the file's tests are done. */
const cleanups: (() => void)[] = [];
test.after.always(() => {
  for (const cleanup of cleanups) cleanup();
});
const afterAll = { teardown: (fn: () => void) => cleanups.push(fn) };

let pwshAnswers:
  Promise<{ latin1: string; tricky: string; exitCode: number; stderr: string; lines: string[] }> | undefined;
/**
 * Both pwsh questions of this file asked in one session (a pwsh start costs about a CPU second):
 * the char pwsh reads for invalid UTF-8, then the names `Sort-Object Name` orders, after a `--` line.
 */
function askPwsh() {
  pwshAnswers ??= (async () => {
    const latin1 = tempFiles(afterAll, {
      'latin1.ps1': Buffer.from([...Buffer.from('$x = "caf'), 0xe9, ...Buffer.from('"\n')]),
    });
    const tricky = tempFiles(afterAll, Object.fromEntries(trickyNames.map((n) => [n, ''])));
    const r = await runPwshCommand(
      `. '${path.join(latin1, 'latin1.ps1')}'; [int][char]$x[3]; '--'; ` +
        `Get-ChildItem -LiteralPath '${tricky}' -Filter *.ps1 | Sort-Object Name | ForEach-Object Name`,
    );
    return { latin1, tricky, exitCode: r.exitCode, stderr: r.stderr, lines: r.stdout.trim().split(/\r?\n/) };
  })();
  return pwshAnswers;
}

pwshTest('pwsh reads invalid UTF-8 as U+FFFD, as the load stage does', async (t) => {
  const { latin1: dir, lines } = await askPwsh();
  t.is(lines.indexOf('--'), 1, lines.join('\n'));
  t.is(at(lines, 0), '65533');
  const loaded = loadFragments(dir);
  t.is(at(loaded.fragments, 0).text, '$x = "caf\ufffd"\n');
  t.deepEqual(
    loaded.diagnostics.map((d) => d.code),
    ['LOAD_ENCODING'],
  );
});

test('a missing folder, a file instead of a folder, and an empty folder are LoadErrors (exit 2)', (t) => {
  const dir = tempFiles(t, { 'x.txt': '' });
  for (const target of [path.join(dir, 'nope'), path.join(dir, 'x.txt'), dir]) {
    const error = t.throws(() => loadFragments(target), { instanceOf: LoadError });
    t.is(error.diagnostics.at(-1)!.code, 'NO_FRAGMENTS');
  }
});

test('exclude, disabled, a configured baseline, and the output file is never an input', (t) => {
  const dir = tempFiles(t, {
    'a.ps1': '',
    'b-test-x.ps1': '',
    'c.ps1': '',
    'd.ps1': '',
    'profile.bundle.ps1': '# bundle',
  });
  const r = loadFragments(dir, {
    exclude: ['*-test-*'],
    disabled: ['C'],
    baseline: ['d'],
    ignorePaths: [path.join(dir, 'profile.bundle.ps1')],
  });
  t.deepEqual(
    r.fragments.map((f) => f.id),
    ['d', 'a'],
  );
});

test('a folder symlink loop is never followed forever', (t) => {
  const dir = tempFiles(t, { 'sub/a.ps1': 'function A {}' });
  symlinkSync(dir, path.join(dir, 'sub', 'loop'));
  const r = loadFragments(dir, { include: ['**/*.ps1'] });
  t.deepEqual(
    r.fragments.map((f) => f.path),
    ['sub/a.ps1'],
  );
});

const trickyNames = [
  '10-a',
  '10_b',
  '10a',
  '1-x',
  '100-z',
  '2-y',
  'Zeta',
  'alpha',
  '_x',
  '\u00e4',
  'Ab',
  'b-c',
  'bc',
  'b c',
  "b'c",
  '$x',
  '~y',
  'A.B',
  '09-x',
  '9-x',
  '10-A-b',
  '10-ab',
  '\u00fcber',
  'uber',
  'co-op',
  'coop',
  'c.op',
].map((n) => `${n}.ps1`);

pwshTest('baseline order is what `Sort-Object Name` gives in pwsh', async (t) => {
  const { tricky: dir, exitCode, stderr, lines } = await askPwsh();
  t.is(exitCode, 0, stderr);
  const expected = lines.slice(lines.indexOf('--') + 1);
  t.is(expected.length, trickyNames.length, lines.join('\n'));
  t.deepEqual([...trickyNames].sort(compareNames), expected);
  t.deepEqual(
    loadFragments(dir).fragments.map((f) => f.path),
    expected,
  );
});

test('topLevelNamePattern takes a hidden name only with includeHidden, as the walk does', (t) => {
  const re = (p: string) => new RegExp(p.replace('(?i)', ''), 'i');
  t.false(re(topLevelNamePattern(['*.ps1'], []).include).test('.h.ps1'));
  t.true(re(topLevelNamePattern(['*.ps1'], []).include).test('10-a.PS1'));
  t.true(re(topLevelNamePattern(['*.ps1'], [], true).include).test('.h.ps1'));
  t.false(re(topLevelNamePattern(['*.ps1', '.*.ps1'], []).include).test('.h.ps1'));
});

test('topLevelNamePattern gives a .NET wildcard only for one plain include glob and no exclude', (t) => {
  t.is(topLevelNamePattern(['*.ps1'], []).wildcard, '*.ps1');
  t.is(topLevelNamePattern(['??-*.PS1'], []).wildcard, '??-*.PS1');
  t.is(topLevelNamePattern(['*.ps1'], ['*-test-*']).wildcard, undefined);
  t.is(topLevelNamePattern(['*.ps1', '*.psm1'], []).wildcard, undefined);
  for (const p of ['[0-9]*.ps1', '**/*.ps1', '**.ps1', '{a,b}.ps1', 'k*.ps1', '!x.ps1', 'a b.ps1', 'ü.ps1'])
    t.is(topLevelNamePattern([p], []).wildcard, undefined, p);
});

test('a walk is taken again only while the changed paths cannot change it', (t) => {
  const dir = tempFiles(t, { 'a.ps1': 'function A {}', 'b.ps1': 'function B {}', 'lib/x.ps1': '', 'notes.txt': '' });
  const first = loadFragments(dir);
  const { listing } = first;
  t.deepEqual([...listing.files].sort(), ['a.ps1', 'b.ps1']);
  const abs = (rel: string) => path.join(first.root, ...rel.split('/'));
  t.true(listingStillValid(listing, [abs('a.ps1')]), 'an edited fragment');
  t.true(listingStillValid(listing, [abs('lib/x.ps1'), abs('notes.txt')]), 'a sub-file, a file no pattern takes');
  t.true(listingStillValid(listing, [path.join(path.dirname(first.root), 'fragbundle.config.json')]), 'outside');
  t.false(listingStillValid(listing, [abs('c.ps1')]), 'an added fragment (or one gone that was never listed)');
  t.false(listingStillValid(listing, [abs('.hidden.ps1')]), 'an added hidden fragment: reported when walked');
  rmSync(abs('b.ps1'));
  t.false(listingStillValid(listing, [abs('b.ps1')]), 'a removed fragment');
  symlinkSync(abs('a.ps1'), abs('b.ps1'));
  t.false(listingStillValid(listing, [abs('b.ps1')]), 'a fragment replaced by a link');
  mkdirSync(abs('sub.ps1'));
  t.false(listingStillValid(listing, [abs('sub.ps1')]), 'a folder named like a fragment');
  const deep = loadFragments(dir, { include: ['**/*.ps1'] });
  t.false(listingStillValid(deep.listing, [abs('lib/y.ps1')]), 'with a pattern that descends, a file in a sub-folder');
  // What a later load makes of a kept walk: the same fragments, the file the event named read again.
  writeFileSync(abs('a.ps1'), 'function A2 {}');
  const again = loadFragments(dir, { listing, reuse: new Map([...first.reads].filter(([p]) => p !== abs('a.ps1'))) });
  t.deepEqual(
    again.fragments.map((f) => [f.path, f.text]),
    [
      ['a.ps1', 'function A2 {}'],
      ['b.ps1', 'function B {}'],
    ],
  );
});
