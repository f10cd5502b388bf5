import { writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { extentConfirmed } from '../../src/text/extent-check.js';
import { quotePs } from '../../src/text/quote.js';
import type { FunctionShape } from '../../src/core/types.js';
import { pwshTest, runPwshFile } from '../helpers/pwsh.js';
import { tempDir } from '../helpers/temp.js';

/** A shape for the first `function|filter` statement of `text`, ending at `end` (default: the text's end). */
function shape(text: string, name: string, end = text.length): FunctionShape {
  const start = text.search(/\b(function|filter)\b/i);
  const body = text.indexOf('{', text.indexOf(name, start) + name.length);
  return {
    name,
    isFilter: false,
    range: { start, end },
    body: { start: body, end },
    isAdvanced: false,
    namedBlocks: [],
  };
}

const sound: [string, string][] = [
  ['plain', 'function F { 1 }'],
  ['nested blocks and scriptblocks', 'function F { if ($a) { @{ x = { 1 } } } else { @(1, 2) } }'],
  ['braces in strings', `function F { '}' + "}" + "{$('}')}" + ‘}’’}’ + “}” }`],
  ['braces in comments', 'function F {\n  # } not code\n  <# } #> 1\n}'],
  ['here-strings', 'function F {\n  @\'\n}\n\'@\n  @"\n}} $(1 + 2)\n"@\n}'],
  ['escapes', 'function F { "a`"}" ; Write-Host `} }'],
  ['braced variables', 'function F { ${a`}b} = 1; "${x}}" }'],
  ['hash inside a word is not a comment', 'function F { Write-Host a#b }'],
  ['header params with parentheses', 'function F($a = (1 + (2)), $b = "(") { $a }'],
  ['a scope qualifier', 'function global:F { 1 }'],
  ['a filter', 'filter F { $_ }'],
];
for (const [what, text] of sound) {
  test(`confirmed: ${what}`, (t) => {
    t.true(extentConfirmed(text, shape(text, 'F')));
  });
}

test('a range that stops short or runs long is not confirmed', (t) => {
  const text = 'function F { if ($a) { 1 } }\nfunction G { 2 }';
  const end = text.indexOf('\n');
  t.true(extentConfirmed(text, shape(text, 'F', end)));
  t.false(extentConfirmed(text, shape(text, 'F', end - 1)));
  t.false(extentConfirmed(text, shape(text, 'F', text.length)));
});

test('a name or keyword that does not match is not confirmed', (t) => {
  t.false(extentConfirmed('function G { 1 }', { ...shape('function G { 1 }', 'G'), name: 'F' }));
  t.false(extentConfirmed('workflow F { 1 }', { ...shape('workflow F { 1 }', 'F'), range: { start: 0, end: 16 } }));
});

const unclosed = [
  "function F { 'unclosed }",
  'function F { "unclosed }',
  'function F { <# unclosed }',
  "function F { @'\n}",
];

test('anything the scanner cannot follow is not confirmed', (t) => {
  for (const text of unclosed) {
    t.false(extentConfirmed(text, shape(text, 'F')), text);
  }
});

pwshTest('pwsh agrees: the sound snippets are one whole function each, the unclosed ones do not parse', async (t) => {
  const dir = tempDir(t);
  const script = path.join(dir, 'extents.ps1');
  const all = [...sound.map(([, text]) => text), ...unclosed];
  writeFileSync(
    script,
    `foreach ($s in @(${all.map(quotePs).join(', ')})) {\n` +
      '  $e = $null; $a = [System.Management.Automation.Language.Parser]::ParseInput($s, [ref]$null, [ref]$e)\n' +
      '  $f = $a.EndBlock.Statements[0]\n' +
      "  if ($e.Length -gt 0) { 'errors' } elseif ($f -is [System.Management.Automation.Language.FunctionDefinitionAst] -and $f.Extent.EndOffset -eq $s.Length) { 'whole' } else { 'other' }\n" +
      '}\n',
  );
  const r = await runPwshFile(script);
  t.is(r.exitCode, 0, r.stderr);
  t.deepEqual(r.stdout.trim().split(/\r?\n/), [...sound.map(() => 'whole'), ...unclosed.map(() => 'errors')]);
});
