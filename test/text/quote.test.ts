import { writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { isStubbableName, quotePs, quoteSh } from '../../src/text/quote.js';
import { pwshTest, runPwshFile } from '../helpers/pwsh.js';
import { tempDir } from '../helpers/temp.js';
import { at } from '../../src/core/at.js';

/** mulberry32: the same strings every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "'",
  '\u2018',
  '\u2019',
  '\u201a',
  '\u201b',
  '"',
  '`',
  '$',
  '@',
  '\n',
  '\r\n',
  '\r',
  '#>',
  '<#',
  "'@",
  "@'",
  'a',
  'é',
  '😀',
  '\u2028',
  '\u0085',
  '\t',
  '{',
  '}',
  ';',
  ' ',
  '\0',
  '$(x)',
  '${a}',
];

function samples(): string[] {
  const next = prng(7);
  const out = ['', "'", "''", "'@\nx\n'@", '\u2019\u2019\u2019'];
  for (let i = 0; i < 400; i++) {
    let s = '';
    const n = Math.floor(next() * 14);
    for (let j = 0; j < n; j++) s += at(PIECES, Math.floor(next() * PIECES.length));
    out.push(s);
  }
  return out;
}

test('quotePs doubles every single-quote character PowerShell knows, and nothing else', (t) => {
  t.is(quotePs("it's"), "'it''s'");
  t.is(quotePs('\u2018a\u2019\u201a\u201b'), "'\u2018\u2018a\u2019\u2019\u201a\u201a\u201b\u201b'");
  t.is(quotePs('$HOME `n "x"'), '\'$HOME `n "x"\'');
});

test('stub names: plain command names only, no keywords', (t) => {
  for (const ok of ['Get-Thing', 'gs', 'my_func', 'Invoke-Tool2', 'Über-Ding', 'a.b']) t.true(isStubbableName(ok), ok);
  for (const bad of ['..', 'cd..', 'a b', "it's", 'x/y', 'a:b', '*', 'a[1]', '-x', 'if', 'Function', ''])
    t.false(isStubbableName(bad), bad);
});

pwshTest('every string quoted by quotePs reads back byte for byte in pwsh', async (t) => {
  const dir = tempDir(t);
  const strings = samples();
  const script = path.join(dir, 'q.ps1');
  writeFileSync(
    script,
    `$r = @(\n${strings.map(quotePs).join(',\n')}\n)\n[Console]::Out.Write(($r | ForEach-Object { [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($_)) }) -join ',')\n`,
  );
  const r = await runPwshFile(script);
  t.is(r.exitCode, 0, r.stderr);
  const back = r.stdout.split(',').map((b) => Buffer.from(b, 'base64').toString('utf8'));
  t.is(back.length, strings.length);
  strings.forEach((s, i) => t.is(back[i], s, `string ${i}: ${JSON.stringify(s)}`));
});

test('quoteSh: a POSIX shell reads every quoted word back as it was; plain paths stay bare', (t) => {
  t.is(quoteSh('profile.d/10-git.ps1'), 'profile.d/10-git.ps1');
  for (const word of ["it's", 'a b', '$HOME', '`x`', "'", "''", 'a\nb', '\\', '*', '-x']) {
    const echoed = execFileSync('sh', ['-c', `printf '%s' ${quoteSh(word)}`], { encoding: 'utf8' });
    t.is(echoed, word, JSON.stringify(word));
  }
});
