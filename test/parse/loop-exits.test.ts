/**
 * Which `break` and `continue` statements leave a file while it loads (directives.loopExits),
 * settled with pwsh: each case is a file dot-sourced inside a one-by-one loader's `foreach`; it
 * leaves when the statement after the dot-source never runs and nothing was thrown (a `break` in
 * a `trap` rethrows the error: the trap's own, no loop exit).
 */
import path from 'node:path';
import test from 'ava';
import { pwshTest, runPwshCommand } from '../helpers/pwsh.js';
import { tempFiles } from '../helpers/temp.js';
import { quotePs } from '../../src/text/quote.js';
import { extract } from './parser.js';

/** [file text, leaves the file]. Labels used: `outer`, `other` (the harness has loops of both names). */
const CASES: readonly (readonly [string, boolean])[] = [
  ['break', true],
  ['continue', true],
  ['if ($true) { break }', true],
  ['try { break } finally { $null = 1 }', true],
  ['try { throw "x" } catch { continue }', true],
  ['& { break }', true],
  ['$null = & { break }', true],
  ['. { continue }', true],
  ['$x = $(break)', true],
  ['1 | ForEach-Object { break }', true],
  ['1 | ForEach-Object { continue }', true],
  ['1 | Where-Object { break }', true],
  ['(1).ForEach({ break })', true],
  ['(1).Where({ continue })', true],
  ['Invoke-Command { break }', true],
  ['Measure-Command { break } | Out-Null', true],
  ['trap { continue }; break', true],
  ['break other', true],
  ['foreach ($i in 1) { break other }', true],
  [':outer foreach ($i in 1) { continue other }', true],
  ['foreach ($i in 1) { break }', false],
  ['while ($true) { break }', false],
  ['for ($k = 0; $k -lt 2; $k++) { continue }', false],
  ['do { break } while ($true)', false],
  ['do { continue } until ($true)', false],
  ['switch (1) { 1 { break } }', false],
  ['switch (1, 2) { 1 { continue } }', false],
  ['foreach ($i in 1) { & { break } }', false],
  ['foreach ($i in 1) { 1 | ForEach-Object { break } }', false],
  ['1 | ForEach-Object { foreach ($j in 1) { break } }', false],
  [':outer foreach ($i in 1) { foreach ($j in 1) { break outer } }', false],
  [':OUTER foreach ($i in 1) { & { continue Outer } }', false],
  [':outer switch (1) { 1 { foreach ($j in 1) { break outer } } }', false],
  ['function f { break }', false],
  ['function f { continue }; foreach ($i in 1) { f }', false],
  ['$sb = { break }', false],
  ['Set-Item function:g -Value { break }', false],
  ['1 | ForEach-Object -Parallel { break }', false],
  ['class C { [void] M() { break } }', false],
  ['trap { continue }; throw "x"', false],
  ['trap { break }; throw "x"', false],
  ['trap { & { continue } }; throw "x"', false],
  ['trap { 1 | ForEach-Object { break } }; throw "x"', false],
  ['# break', false],
  ["'break'", false],
];

test('the parse stage reports a break or continue as leaving the file exactly where pwsh leaves it', async (t) => {
  for (const [text, leaves] of CASES) {
    const { loopExits } = (await extract('case.ps1', `${text}\n`)).directives;
    t.is(loopExits.length > 0, leaves, `${text}: ${JSON.stringify(loopExits)}`);
  }
});

test('a loop exit is reported with its keyword, label and position, in files of every shape', async (t) => {
  const text = [
    'foreach ($i in 1) { break }',
    'if ($x) {',
    '    continue',
    '}',
    ':outer while ($true) { foreach ($j in 1) { break other } ; break outer }',
    'function f { break }',
    '1 | % { break }',
    '',
  ].join('\n');
  const { loopExits } = (await extract('case.ps1', text)).directives;
  t.deepEqual(loopExits, [
    { line: 3, column: 5, keyword: 'continue' },
    { line: 5, column: 44, keyword: 'break', label: 'other' },
    { line: 7, column: 9, keyword: 'break' },
  ]);
});

pwshTest('pwsh leaves a dot-sourced file for the loader loop in exactly the cases marked so', async (t) => {
  const files = Object.fromEntries(CASES.map(([text], i) => [`case${i}.ps1`, `${text}\n$global:after = $true\n`]));
  const root = tempFiles(t, files);
  const runs = CASES.map((_, i) => {
    const file = quotePs(path.join(root, `case${i}.ps1`));
    return [
      '$back = $false',
      ':other do { :outer do { :sentinel do {',
      `  try { foreach ($f in 1) { . ${file} *>$null; $back = $true } } catch { $back = $true }`,
      '} while ($false) } while ($false) } while ($false)',
      "[Console]::Out.WriteLine($(if ($back) { 'stays' } else { 'leaves' }))",
    ].join('\n');
  });
  const result = await runPwshCommand(runs.join('\n'));
  t.is(result.exitCode, 0, result.stderr);
  const seen = result.stdout.trim().split(/\r?\n/);
  t.is(seen.length, CASES.length, result.stdout);
  for (const [i, [text, leaves]] of CASES.entries()) t.is(seen[i], leaves ? 'leaves' : 'stays', text);
});
