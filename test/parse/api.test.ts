/**
 * The parse stage's public entry points, as the CLI and later stages call them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { BUILTIN_DEFINERS, extractSymbols, grammarPath, parseFragments } from '../../src/parse/index.js';
import type { Fragment } from '../../src/core/types.js';
import { sharedParser } from './parser.js';

const fragment = (id: string, text: string, order: number): Fragment => ({
  id,
  path: `${id}.ps1`,
  absolutePath: path.resolve(`${id}.ps1`),
  text,
  order,
  hash: '0',
  encoding: 'utf8',
});

test('grammarPath points at the vendored wasm', (t) => {
  t.true(path.isAbsolute(grammarPath()));
  t.true(existsSync(grammarPath()));
  t.is(path.basename(grammarPath()), 'tree-sitter-powershell.wasm');
});

test('parseFragments keeps the input order and ids', async (t) => {
  const result = await parseFragments(
    [fragment('b', 'function Get-B { }', 0), fragment('a', 'Get-B', 1), fragment('c', '', 2)],
    { definers: BUILTIN_DEFINERS },
  );
  t.deepEqual(
    result.map((r) => r.fragment),
    ['b', 'a', 'c'],
  );
  t.like(result[0]?.defines[0], { kind: 'function', name: 'Get-B', line: 1, column: 1, phase: 'load' });
  t.like(result[1]?.references[0], { kind: 'command', name: 'Get-B', access: 'call' });
});

test('configured definers replace the built-ins', async (t) => {
  const parser = await sharedParser();
  const text = "New-Shortcut -Alias 'x' -For Get-Thing\nSet-AgentModeAlias -Name y -Target z";
  const symbols = extractSymbols(
    parser,
    { id: 'f', path: 'f.ps1', text },
    {
      definers: [{ command: 'New-Shortcut', kind: 'alias', nameParameter: 'Alias', targetParameter: 'For' }],
    },
  );
  t.deepEqual(
    symbols.defines.map((d) => `${d.kind}:${d.name}->${d.target ?? ''}`),
    ['alias:x->Get-Thing'],
  );
});

test('positions are 1-based UTF-16 columns, ranges are string indices', async (t) => {
  const parser = await sharedParser();
  const text = '$s = "😀é"; Get-After\r\n  $PSScriptRoot';
  const symbols = extractSymbols(parser, { id: 'u', path: 'u.ps1', text }, { definers: BUILTIN_DEFINERS });
  const call = symbols.references.find((r) => r.name === 'Get-After');
  t.like(call, { line: 1, column: text.indexOf('Get-After') + 1 });
  const use = symbols.directives.scriptPathUses.at(0);
  t.like(use, { line: 2, column: 3 });
  t.is(use ? text.slice(use.range.start, use.range.end) : undefined, '$PSScriptRoot');
});
