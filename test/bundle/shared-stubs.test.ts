/**
 * Which stubs are shared (one compiled script block for every function with the same parameter
 * declarations, emit-bundle.ts shareStubs) and which keep a `function` statement of their own.
 * Text only: the samples (samples.test.ts, lazy-calls above all) prove in pwsh that shared stubs
 * bind, forward and load exactly as one-by-one loading.
 */
import test from 'ava';
import { buildFrom, STUB_ALL } from './helpers/build.js';
import { baselineGraph } from './helpers/graph.js';
import { fragmentOf, naiveSymbols } from './helpers/naive-symbols.js';
import { at } from '../../src/core/at.js';

const options = { lazy: 'auto', timings: false, ...STUB_ALL } as const;

function bundleOf(files: Record<string, string>): string {
  const fragments = Object.entries(files).map(([p, text], i) => fragmentOf(p, text, i));
  const symbols = fragments.map((f) => naiveSymbols(f));
  return buildFrom(fragments, symbols, options, 'profile.d', baselineGraph(symbols)).bundle.text;
}

test('functions with the same declarations share one stub; each keeps its lines', (t) => {
  const text = bundleOf({
    '10-a.ps1':
      'function Get-A {\n  [CmdletBinding()] param([string]$N)\n  "a $N"\n}\nfunction Get-B {\n  [CmdletBinding()] param([string]$N)\n  "b"\n}\n',
    '20-b.ps1': 'function Get-C { "c" }\n',
  });
  const shared =
    /\n(\$__fragbundle_stubs_[0-9a-f]+) = __fragbundle_stubs_[0-9a-f]+ @\(\n((?:'.*'(?:,\n|\n))+)\)\n/.exec(text);
  t.truthy(shared, 'the shared stubs are compiled once, before the fragments');
  t.is(at(shared!, 2).trim().split(/,\n/).length, 2, 'one advanced body, one simple body');
  const v = shared![1];
  t.true(text.includes(`\${function:Get-A} = ${v}[0]\n\n\n`), 'Get-A spans its four lines');
  t.true(text.includes(`\${function:Get-B} = ${v}[0]\n\n\n`), 'Get-B shares the body of Get-A');
  t.true(text.includes(`\${function:Get-C} = ${v}[1]`));
  t.regex(text, /'Get-A' = 0\n\s+'Get-B' = 1\n\s+'Get-C' = 2\n/, 'the loader finds an entry by name');
  t.regex(text, /\$ExecutionContext\.SessionState\.PSVariable\.Remove\('__fragbundle_stubs_[0-9a-f]+'\)/);
});

test('a stub stays a function statement of its own where sharing could change binding or lookup', (t) => {
  const text = bundleOf({
    '10-a.ps1': 'function Get-Twice { 1 }\nfunction Get-Root {\n  param($P = $PSScriptRoot)\n  $P\n}\n',
    '20-b.ps1': 'function Get-Twice { 2 }\n',
    '30-c.ps1': 'enum Colour { Red }\nfunction Get-Colour { param([Colour]$C) $C }\n',
    '40-d.ps1': 'function Get-Plain { 4 }\n',
    '50-e.ps1': "function Get-Aliased {\n  [Alias('gal')] param()\n  5\n}\n",
  });
  for (const name of ['Get-Twice', 'Get-Root', 'Get-Colour', 'Get-Aliased'])
    t.regex(text, new RegExp(`(?:\\n|')function ${name} \\{ `), `${name} keeps its own stub`);
  t.true(text.includes('${function:Get-Plain} = $__fragbundle_stubs_'), 'the others are shared');
  t.false(/'Get-Twice' = \d/.test(text), 'a name stubbed twice is not in the lookup (a duplicate key would not parse)');
});

test('without shared stubs the bundle has no stubs helper or variable', (t) => {
  const text = bundleOf({ '10-a.ps1': "$x = 'no functions'\n" });
  t.false(text.includes('__fragbundle_stubs_'));
});
