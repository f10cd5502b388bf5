/**
 * Inputs that break naive parsers: deep nesting (no recursion may overflow the stack), each
 * grammar gap listed in POWERSHELL.md (symbols must still be found, with a PARSE_RECOVERED
 * diagnostic), and odd text (never throw).
 */
import test from 'ava';
import type { FragmentSymbols } from '../../src/core/types.js';
import { BUILTIN_DEFINERS, extractSymbols } from '../../src/parse/index.js';
import { MAX_PARSE_CHARS } from '../../src/parse/extract-symbols.js';
import { topLevelNodes } from '../../src/parse/walk/statements.js';
import type { SyntaxNode } from '../../src/parse/tree/syntax-tree.js';
import { extract, sharedParser } from './parser.js';
import { at } from '../../src/core/at.js';

const names = (s: FragmentSymbols, kind: string) =>
  [...s.defines, ...s.references].filter((x) => x.kind === kind).map((x) => x.name);

test('1,000 nested if blocks: no stack overflow, the innermost call is found, conditional', async (t) => {
  const depth = 1000;
  const text = `${'if ($x) {\n'.repeat(depth)}Invoke-Deep\n${'}\n'.repeat(depth)}`;
  const s = await extract('deep-if.ps1', text);
  const deep = s.references.find((r) => r.name === 'Invoke-Deep');
  t.truthy(deep);
  t.is(deep?.line, depth + 1);
  t.true(deep?.conditional);
  t.false(s.hasSyntaxErrors);
});

test('5,000 nested parentheses: no stack overflow, the variable inside is read', async (t) => {
  const depth = 5000;
  const s = await extract('deep-parens.ps1', `$a = ${'('.repeat(depth)}$inner${')'.repeat(depth)}`);
  t.deepEqual(names(s, 'variable'), ['a', 'inner']);
});

test('1,000 nested script blocks and functions: phases stay right at depth', async (t) => {
  const depth = 1000;
  const text = `${'& {\n'.repeat(depth)}function Get-Deep { Invoke-Later }\n${'}\n'.repeat(depth)}`;
  const s = await extract('deep-blocks.ps1', text);
  t.like(
    s.defines.find((d) => d.name === 'Get-Deep'),
    { phase: 'load' },
  );
  t.like(
    s.references.find((r) => r.name === 'Invoke-Later'),
    { phase: 'deferred' },
  );
});

/** Each gap: the text, and the names that must still be found (kind:name). */
const gaps: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'command starting with _, parameter with digits',
    '$b = _Decode-Base32 -Base32String $x\nGet-After',
    ['variable:b', 'command:_Decode-Base32', 'variable:x', 'command:Get-After'],
  ],
  [
    'param() then a statement on the same line',
    'function F { param($a) Bar $a }\nfunction G { }',
    ['function:F', 'command:Bar', 'function:G'],
  ],
  ['-o=json argument', 'kubectl get pods -o=json\nSet-Next', ['command:kubectl', 'command:Set-Next']],
  [
    'npx @angular/cli @Arguments',
    'npx @angular/cli @Arguments\nSet-Next',
    ['command:npx', 'variable:Arguments', 'command:Set-Next'],
  ],
  [
    '-CommandType Function, Filter, Cmdlet',
    'Get-Command X -CommandType Function, Filter, Cmdlet\nif ($a) { Set-InIf }',
    ['command:Get-Command', 'command:X', 'variable:a', 'command:Set-InIf'],
  ],
  ['else { 0.0 }', 'if ($a) { 1 } else { 0.0 }\nSet-Next', ['variable:a', 'command:Set-Next']],
  [
    '.ForEach({ })',
    '$items.ForEach({ Show-Item $_ })\nSet-Next',
    ['variable:items', 'command:Show-Item', 'command:Set-Next'],
  ],
  [
    'one-line switch clauses',
    "switch ($m) { 'a' { Set-A } default { Set-B } }",
    ['variable:m', 'command:Set-A', 'command:Set-B'],
  ],
  [
    'ternary and ?? operators',
    "$v = $c ? 'y' : 'n'\n$w = $d ?? 'x'\nSet-Next",
    ['variable:v', 'variable:c', 'variable:w', 'variable:d', 'command:Set-Next'],
  ],
  [
    'numeric multiplier and type suffixes',
    "function Format-Bytes([long]$Bytes) { if ($Bytes -ge 1MB) { '{0:N1} MB' -f ($Bytes / 1MB) } else { 10L } }\nSet-Next",
    ['function:Format-Bytes', 'command:Set-Next'],
  ],
  [
    'break and continue with a loop label',
    ':outer foreach ($a in $list) {\n  foreach ($b in $a) { if ($b) { continue outer } else { break outer } }\n}\nfunction Get-After { Set-Next }',
    ['variable:list', 'function:Get-After', 'command:Set-Next'],
  ],
  [
    'command path starting with /',
    '/usr/bin/fnm env | Out-String | Invoke-Expression\nSet-Next',
    ['command:/usr/bin/fnm', 'command:Out-String', 'command:Invoke-Expression', 'command:Set-Next'],
  ],
];

for (const [title, text, expected] of gaps) {
  test(`grammar gap: ${title}`, async (t) => {
    const s = await extract('gap.ps1', text);
    const found = [...s.defines, ...s.references].map((x) => `${x.kind}:${x.name}`);
    for (const e of expected) t.true(found.includes(e), `${e} not found in ${found.join(', ')}`);
    const recovered = s.diagnostics.filter((d) => d.code === 'PARSE_RECOVERED');
    t.is(recovered.length > 0, s.hasSyntaxErrors);
    for (const d of recovered) t.like(d, { severity: 'info', file: 'gap.ps1' });
  });
}

test('numeric suffixes are repaired by a rewrite, not guessed from tokens', async (t) => {
  const s = await extract('n.ps1', 'function F([long]$B) { if ($B -ge 1MB) { 1 } else { $B / 2.5gb } }');
  const recovered = s.diagnostics.filter((d) => d.code === 'PARSE_RECOVERED');
  t.true(recovered.length > 0);
  for (const d of recovered) t.regex(d.message, /rewriting numeric suffix/);
});

test('a loop label after break or continue is repaired by a rewrite, not guessed from tokens', async (t) => {
  const s = await extract('l.ps1', 'foreach ($a in 1..3) { continue outer }\nwhile ($true) { break lbl }');
  const recovered = s.diagnostics.filter((d) => d.code === 'PARSE_RECOVERED');
  t.true(recovered.length > 0);
  for (const d of recovered) t.regex(d.message, /rewriting loop label/);
});

test('an ERROR region no repair fixes: tokens are still scanned for symbols', async (t) => {
  const s = await extract(
    'broken.ps1',
    'function Get-Ok { }\n$x = @( ]] \nfunction Get-AfterBroken { Invoke-Thing }\n$later = 1',
  );
  t.true(s.hasSyntaxErrors);
  const found = [...s.defines, ...s.references].map((x) => `${x.kind}:${x.name}`);
  t.true(found.includes('function:Get-Ok'));
  t.true(found.includes('function:Get-AfterBroken'), found.join(', '));
  t.true(s.diagnostics.some((d) => d.code === 'PARSE_RECOVERED' && d.line === 2));
});

test('odd inputs never throw', async (t) => {
  for (const text of [
    '',
    '\uFEFF',
    '# only a comment',
    '<# open block',
    '"unterminated',
    '}}}}',
    '\0\0\0',
    '`',
    '@"\n',
    'function',
    '$',
  ]) {
    const s = await extract('odd.ps1', text);
    t.is(s.fragment, 'odd');
  }
});

test('a file of only comments is not a syntax error', async (t) => {
  const s = await extract('comments.ps1', '#Requires -Version 7\n# Dependencies: a\n');
  t.false(s.hasSyntaxErrors);
  t.deepEqual(s.diagnostics, []);
  t.is(s.directives.requires.length, 1);
});

test('a program with more top-level statements than a call takes arguments is listed whole', (t) => {
  // `out.push(...children)` overflowed the stack past ~130,000 statements and the fragment's
  // symbols were lost; the parse itself of such a file is too slow for a unit test.
  const leaf = (i: number): SyntaxNode => ({ type: 'command', start: i, end: i + 1, children: [], parent: null });
  const list: SyntaxNode = { type: 'statement_list', start: 0, end: 300_000, children: [], parent: null };
  for (let i = 0; i < 300_000; i++) list.children.push(i % 7 === 0 ? { ...leaf(i), type: 'empty_statement' } : leaf(i));
  const root: SyntaxNode = { type: 'program', start: 0, end: 300_000, children: [list], parent: null };
  const nodes = topLevelNodes(root);
  t.is(nodes.length, 300_000 - Math.ceil(300_000 / 7));
  t.true(nodes.every((n) => n.type === 'command'));
});

test('a fragment over the size limit is not parsed: PARSE_FAILED, no symbols, kept eager', async (t) => {
  const parser = await sharedParser();
  const text = `function Get-A { 1 }\n${'#'.repeat(MAX_PARSE_CHARS)}\n`;
  const s = extractSymbols(parser, { id: 'big', path: 'big.ps1', text }, { definers: BUILTIN_DEFINERS });
  t.deepEqual(s.defines, []);
  t.true(s.hasSyntaxErrors);
  t.is(s.diagnostics.length, 1);
  t.like(s.diagnostics[0], { code: 'PARSE_FAILED', severity: 'warning', file: 'big.ps1', line: 1, column: 1 });
  t.regex(at(s.diagnostics, 0).message, /8\.0 MiB, more than the 8 MiB fragbundle parses/);
});

test('commands named like properties every JavaScript object has are ordinary commands', async (t) => {
  const s = await extract('prototype-names.ps1', "constructor -x 1\n__proto__\n$a = constructor 'a'\nsort\n");
  t.deepEqual(s.diagnostics, [], 'no internal error');
  t.deepEqual(names(s, 'command'), ['constructor', '__proto__', 'constructor', 'sort']);
  t.deepEqual(
    s.sideEffects.map((e) => `${e.command}:${e.kind}`),
    ['constructor:external-program', '__proto__:external-program', 'constructor:external-program'],
  );
});
