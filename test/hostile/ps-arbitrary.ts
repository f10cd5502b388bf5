/**
 * fast-check arbitraries for hostile PowerShell profiles: fragments composed of real snippets
 * (functions, aliases, here-strings, comments, classes, headers, dot-sources) with odd names,
 * unicode and stray braces, quotes and backticks, then optionally mutated by truncation,
 * insertion and deletion of characters.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { Fragment } from '../../src/core/types.js';

/** Function and command names, from plain to hostile. */
const functionName = fc.constantFrom(
  'Get-Foo',
  'Set-Bar',
  'Invoke-Baz',
  'prompt',
  'cd..',
  'Get-Föö',
  'Get-名前',
  'my_func',
  'Invoke-Tool2',
  'Get-A.B',
  'global:Set-G',
  'script:Get-S',
  'if',
  'Get-X`Y',
  "Get-It's",
  'Get-Über',
  'Remove-\u200bZero',
  'a',
);

const variableName = fc.constantFrom('x', 'ProfileConfig', 'global:G', 'script:s', '{odd name}', 'env:EDITOR', 'null');

const aliasName = fc.constantFrom('gf', 'll', 'g.f', 'über', '?', 'cd..');

/** Words that fill strings, comments and here-strings: quotes of every kind, `$`, backticks. */
const word = fc.constantFrom(
  'hello',
  '$x',
  '$(Get-Foo)',
  '`n',
  '``',
  '`',
  "'",
  "''",
  '"',
  '""',
  '\u2018',
  '\u2019',
  '\u201c',
  '\u201d',
  '#',
  '<#',
  '#>',
  '@"',
  '"@',
  "@'",
  "'@",
  '{',
  '}',
  '(',
  ')',
  ';',
  '|',
  '&',
  '😀',
  'ü',
  '\u00a0',
  '\u2028',
  'שלום',
  '\t',
  'function',
  'exit',
);

const words = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));

/** One top-level snippet of a fragment. */
const snippet: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(functionName, words)
    .map(([n, w]) => `function ${n} {\n  param($Path)\n  Write-Output '${w.replace(/'/g, "''")}'\n}`),
  fc.tuple(functionName, functionName).map(([a, b]) => `function ${a} { ${b} @args }`),
  fc.tuple(functionName, functionName).map(([a, b]) => `filter ${a} { if ($_) { ${b} $_ } }`),
  fc.tuple(aliasName, functionName).map(([a, f]) => `Set-Alias -Name ${a} -Value ${f}`),
  fc.tuple(aliasName, functionName).map(([a, f]) => `New-Alias ${a} ${f} -Force`),
  fc.tuple(variableName, words).map(([v, w]) => `$${v} = '${w.replace(/'/g, "''")}'`),
  fc.tuple(variableName, functionName).map(([v, f]) => `$${v} = ${f}`),
  words.map((w) => `# ${w.replace(/[\r\n\u2028]/g, ' ')}`),
  words.map((w) => `<#\n${w.replace(/#>/g, '# >')}\n#>`),
  words.map((w) => `$h = @"\n${w}\n"@`),
  words.map((w) => `$h = @'\n${w}\n'@`),
  fc.constantFrom(
    '# Dependencies: 10-a, b',
    '# Dependencies: nothing-here',
    '# Environment: work',
    '# fragbundle-ignore ORDER_VIOLATION',
    '#Requires -Version 7',
    '. "$PSScriptRoot/lib/x.ps1"',
    '. $PSScriptRoot\\y.ps1',
    'Import-Module posh-git -ErrorAction SilentlyContinue',
    'if (Get-Command Get-Foo -ErrorAction Ignore) { Get-Foo }',
    'if (-not $env:EDITOR) { $env:EDITOR = "vim" } else { Set-Bar }',
    'try { Invoke-Baz } catch { Write-Warning $_ } finally { }',
    'class Thing { [string] $Name; Thing() { $this.Name = "x" } }',
    'enum Color { Red; Green }',
    "switch ($x) { 'a' { Get-Foo } default { } }",
    'foreach ($i in 1..3) { Set-Bar $i }',
    'Register-ArgumentCompleter -CommandName Get-Foo -ScriptBlock { param($a) }',
    'Set-Item -Path Function:\\Get-Dyn -Value { 1 }',
    '& "Get-$x"',
    'Invoke-Expression "function Get-Evil { }"',
    'return',
    'exit 3',
    '[CmdletBinding()]\nparam([string]$Name)',
    'using namespace System.Text',
    '$ExecutionContext.InvokeCommand.ExpandString("x")',
    '${function:Get-Via} = { 2 }',
    'Get-Foo -Path "C:\\`$x" `\n  -Force',
    '$a = @{ Key = { Get-Foo }; "q`"uote" = 1 }',
    '$x = $y ?? (Get-Foo) ? 1 : 2',
    'function Get-Nested { function Get-Inner { } Get-Inner }',
    'if ($true) {\n  function Get-Cond { }\n}',
    'function Set-Mark([string]$Name) { Set-Variable -Name "${Name}Loaded" -Value $true -Scope Global }',
    "Set-Mark 'git'; Set-Mark -Name:$n; Set-Mark -Na `\n  x -ea 0",
  ),
  word,
);

/** A fragment's text: snippets on separate lines, with `\n` or `\r\n` endings. */
export const fragmentText: fc.Arbitrary<string> = fc
  .tuple(fc.array(snippet, { minLength: 0, maxLength: 8 }), fc.boolean())
  .map(([parts, crlf]) => {
    const text = parts.join('\n');
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  });

/** Characters worth inserting: the ones that change how PowerShell reads everything after them. */
const insertChar = fc.oneof(
  fc.constantFrom(
    '{',
    '}',
    '(',
    ')',
    '"',
    "'",
    '`',
    '@',
    '#',
    '<#',
    '#>',
    '$',
    '\n',
    '\r',
    '\u2019',
    '\u201c',
    '\0',
    '\ud800',
  ),
  fc.string({ unit: 'grapheme', maxLength: 2 }),
);

/** One random edit. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: insertChar }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, edits: readonly Mutation[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    if (e.op === 'truncate') out = out.slice(0, at);
    else if (e.op === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else out = out.slice(0, at) + out.slice(at + e.length);
  }
  return out;
}

/** A fragment text, mutated with up to four random edits. */
export const mutatedFragmentText: fc.Arbitrary<string> = fc
  .tuple(fragmentText, fc.array(mutation, { maxLength: 4 }))
  .map(([text, edits]) => mutate(text, edits));

/** File names (without `.ps1`): prefixes, spaces, quotes, `$`, `;`, backticks, unicode. */
const fragmentId = fc.constantFrom(
  '00-bootstrap',
  '10-a',
  'b',
  '20 with space',
  "30-it's",
  '40-$(evil)',
  '50-a;b',
  '60-`tick',
  '70-ünï',
  '80-\u2019q',
  '90-[x]',
  'z',
);

export interface GeneratedFragment {
  readonly id: string;
  readonly text: string;
}

/** A profile: one to five fragments with distinct names. */
export function profileArbitrary(text: fc.Arbitrary<string>): fc.Arbitrary<GeneratedFragment[]> {
  return fc
    .uniqueArray(fc.tuple(fragmentId, text), {
      minLength: 1,
      maxLength: 5,
      selector: ([id]) => id.toLowerCase(),
    })
    .map((pairs) => pairs.map(([id, t]) => ({ id, text: t })));
}

/** Fragments as the load stage would give them (name order, hashes of the UTF-8 bytes). */
export function toFragments(generated: readonly GeneratedFragment[], root = '/profile.d'): Fragment[] {
  return [...generated]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((g, order) => ({
      id: g.id,
      path: `${g.id}.ps1`,
      absolutePath: `${root}/${g.id}.ps1`,
      text: g.text,
      order,
      hash: createHash('sha256').update(g.text, 'utf8').digest('hex'),
      encoding: 'utf8' as const,
    }));
}
