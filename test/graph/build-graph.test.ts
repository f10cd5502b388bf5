import test from 'ava';
import { buildGraph, fragmentResolver } from '../../src/graph/build-graph.js';
import type { DependencyGraph } from '../../src/core/types.js';
import { fragment } from './make-symbols.js';
import { at } from '../../src/core/at.js';

const codes = (g: DependencyGraph) => [...g.hazards, ...g.diagnostics].map((d) => d.code);
const edgePairs = (g: DependencyGraph) => g.edges.map((e) => `${e.from}>${e.to}`);

test('a diamond: one root, two independent middles, one join; levels group the middles', (t) => {
  const g = buildGraph([
    fragment('00-base', { defines: ['function:Add-PathEntry@1'] }),
    fragment('10-left', { defines: ['function:Get-Left@1'], uses: ['command:Add-PathEntry@3'] }),
    fragment('20-right', { defines: ['function:Get-Right@1'], uses: ['command:Add-PathEntry@3'] }),
    fragment('30-join', { uses: ['command:Get-Left@2', 'command:Get-Right@3'] }),
  ]);
  t.deepEqual(edgePairs(g), ['00-base>10-left', '00-base>20-right', '10-left>30-join', '20-right>30-join']);
  t.deepEqual(g.order, ['00-base', '10-left', '20-right', '30-join']);
  t.deepEqual(g.levels, [['00-base'], ['10-left', '20-right'], ['30-join']]);
  t.deepEqual(g.cycles, []);
  t.deepEqual(codes(g), []);
  t.deepEqual(at(g.edges, 0).via, [{ kind: 'command', name: 'Add-PathEntry', line: 3, column: 1, access: 'call' }]);
});

test('names compare case-insensitively, as PowerShell does', (t) => {
  const g = buildGraph([
    fragment('a', { defines: ['function:Get-Thing@1'] }),
    fragment('b', { uses: ['command:get-THING@1'] }),
  ]);
  t.deepEqual(edgePairs(g), ['a>b']);
});

test('deferred uses are run-time uses, not load-order edges', (t) => {
  const g = buildGraph([
    fragment('a', { uses: ['~command:Get-B@2'] }),
    fragment('b', { defines: ['function:Get-B@1'] }),
  ]);
  t.deepEqual(g.edges, []);
  t.deepEqual(g.order, ['a', 'b']);
  t.deepEqual(
    g.runtimeUses.map((r) => `${r.from}>${r.to}`),
    ['b>a'],
  );
  t.deepEqual(codes(g), []);
});

test('a load-time use of a later definition is an ORDER_VIOLATION and the order is repaired', (t) => {
  const g = buildGraph([
    fragment('10-git', { uses: ['command:Set-ProfileAlias@4'] }),
    fragment('20-helpers', { defines: ['function:Set-ProfileAlias@1'] }),
    fragment('30-other'),
  ]);
  t.deepEqual(g.order, ['20-helpers', '10-git', '30-other']);
  const d = g.hazards.find((h) => h.code === 'ORDER_VIOLATION');
  t.truthy(d);
  t.is(d!.file, '10-git.ps1');
  t.is(d!.line, 4);
  t.regex(d!.message, /Set-ProfileAlias.*20-helpers\.ps1:1/);
});

test('a guard probing a command a later fragment defines is PROBE_BEFORE_DEFINE', (t) => {
  const g = buildGraph([
    fragment('10-prompt', { uses: ['?command:Get-GitBranch@2'] }),
    fragment('20-git', { defines: ['function:Get-GitBranch@1'] }),
  ]);
  t.deepEqual(codes(g), ['PROBE_BEFORE_DEFINE']);
  t.regex(at(g.hazards, 0).message, /always false at load time/);
});

test('a cycle through a guard names every fragment and the symbol and line of each step', (t) => {
  const g = buildGraph([
    fragment('a', { defines: ['function:Get-A@1'], uses: ['?command:Get-C@3'] }),
    fragment('b', { defines: ['function:Get-B@1'], uses: ['command:Get-A@2'] }),
    fragment('c', { defines: ['function:Get-C@1'], uses: ['command:Get-B@2'] }),
  ]);
  t.is(g.cycles.length, 1);
  t.deepEqual([...at(g.cycles, 0).fragments].sort(), ['a', 'b', 'c']);
  const cycle = g.diagnostics.find((d) => d.code === 'CYCLE');
  t.truthy(cycle);
  t.is(cycle!.severity, 'error');
  for (const piece of ['Get-A at b.ps1:2', 'Get-B at c.ps1:2', 'Get-C at a.ps1:3'])
    t.true(cycle!.message.includes(piece), piece);
  t.is(g.order.length, 3, 'every fragment still appears in the order');
});

test('a variable defined two levels up is read through the last writer before the reader', (t) => {
  const g = buildGraph([
    fragment('00-config', { defines: ['variable:ProfileConfig@1'] }),
    fragment('10-middle', { defines: ['function:Get-Middle@1'], uses: ['command:Get-Root@1'] }),
    fragment('05-root', { defines: ['function:Get-Root@1'] }),
    fragment('20-reader', { uses: ['variable:ProfileConfig@3', 'command:Get-Middle@4'] }),
  ]);
  t.true(edgePairs(g).includes('00-config>20-reader'));
  t.true(g.levels.findIndex((l) => l.includes('20-reader')) > g.levels.findIndex((l) => l.includes('00-config')));
  const shared = g.hazards.find((h) => h.code === 'SHARED_VARIABLE');
  t.truthy(shared);
  t.is(shared!.file, '00-config.ps1');
  t.deepEqual(
    shared!.related!.map((r) => r.file),
    ['20-reader.ps1'],
  );
});

test('two writers of PATH: SHARED_ENV, and their order is kept', (t) => {
  const g = buildGraph([
    fragment('10-path', { defines: ['env:PATH@1'], uses: ['env:PATH@1'] }),
    fragment('20-tools', { defines: ['env:Path@2'], uses: ['env:PATH@2'] }),
  ]);
  t.deepEqual(codes(g), ['SHARED_ENV']);
  t.deepEqual(edgePairs(g), ['10-path>20-tools']);
  t.deepEqual(g.order, ['10-path', '20-tools']);
});

test('a reader stays before the next writer, so it still sees the old value', (t) => {
  const g = buildGraph([
    fragment('a', { defines: ['variable:Editor@1'] }),
    fragment('b', { uses: ['variable:Editor@1'] }),
    fragment('c', { defines: ['variable:Editor@1'] }),
  ]);
  t.deepEqual(edgePairs(g), ['a>b', 'a>c', 'b>c']);
  const bc = g.edges.find((e) => e.from === 'b' && e.to === 'c')!;
  t.deepEqual(
    bc.via.map((v) => v.access),
    ['write'],
  );
});

test('the same function in two fragments: DUPLICATE_DEFINITION on the winner, the earlier one related', (t) => {
  const g = buildGraph([fragment('a', { defines: ['function:ll@1'] }), fragment('b', { defines: ['function:LL@7'] })]);
  const d = g.hazards.find((h) => h.code === 'DUPLICATE_DEFINITION')!;
  t.is(d.file, 'b.ps1');
  t.is(d.line, 7);
  t.deepEqual(
    d.related!.map((r) => `${r.file}:${r.line}`),
    ['a.ps1:1'],
  );
});

test('an undeclared dependency of a fragment with a header is reported at the use', (t) => {
  const g = buildGraph([
    fragment('00-bootstrap', { defines: ['function:Set-ProfileAlias@1'] }),
    fragment('05-env', { defines: ['variable:Editor@1'] }),
    fragment('10-git', { dependencies: ['bootstrap'], uses: ['command:Set-ProfileAlias@5', 'variable:Editor@9'] }),
  ]);
  const d = g.diagnostics.find((x) => x.code === 'UNDECLARED_DEPENDENCY');
  t.truthy(d);
  t.is(d!.line, 9);
  t.regex(d!.message, /needs 05-env/);
  t.false(g.diagnostics.some((x) => x.code === 'UNNEEDED_DEPENDENCY'));
});

test('a dependency satisfied through a declared chain is not undeclared', (t) => {
  const g = buildGraph([
    fragment('a', { defines: ['function:Get-A@1'] }),
    fragment('b', { dependencies: ['a'], uses: ['command:Get-A@2'], defines: ['function:Get-B@1'] }),
    fragment('c', { dependencies: ['b'], uses: ['command:Get-A@2', 'command:Get-B@3'] }),
  ]);
  t.false(g.diagnostics.some((x) => x.code === 'UNDECLARED_DEPENDENCY'));
});

test('a declared dependency that names no fragment is an error at the header', (t) => {
  const g = buildGraph([fragment('a'), fragment('b', { dependencies: ['bootstrapp'] })]);
  const d = g.diagnostics.find((x) => x.code === 'MISSING_DEPENDENCY')!;
  t.is(d.severity, 'error');
  t.is(d.file, 'b.ps1');
  t.is(d.line, 1);
  t.is(d.column, 17);
});

test('a declared but unneeded dependency is info; the declared edge still orders', (t) => {
  const g = buildGraph([fragment('z-late'), fragment('a-early', { dependencies: ['z-late'] })]);
  t.deepEqual(codes(g), ['UNNEEDED_DEPENDENCY']);
  t.deepEqual(g.order, ['z-late', 'a-early']);
  t.true(at(g.edges, 0).declared);
  t.false(at(g.edges, 0).inferred);
});

test('header names match fragment ids without their numeric prefix, case-insensitively', (t) => {
  const g = buildGraph([
    fragment('00-Bootstrap', { defines: ['function:X@1'] }),
    fragment('10-git', { dependencies: ['BOOTSTRAP'], uses: ['command:X@2'] }),
  ]);
  t.deepEqual(codes(g), []);
  t.true(at(g.edges, 0).declared && at(g.edges, 0).inferred);
});

test('a correct profile keeps its baseline order; "first" fragments move up when they can', (t) => {
  const symbols = [fragment('a'), fragment('b'), fragment('c'), fragment('d', { defines: ['function:D@1'] })];
  t.deepEqual(buildGraph(symbols).order, ['a', 'b', 'c', 'd']);
  t.deepEqual(buildGraph(symbols, { first: ['d', 'c'] }).order, ['d', 'c', 'a', 'b']);
});

test('a fragment satisfies its own use when it defines the symbol first', (t) => {
  const g = buildGraph([
    fragment('a', { defines: ['function:Get-X@1'] }),
    fragment('b', { defines: ['function:Get-X@1'], uses: ['command:Get-X@5'] }),
  ]);
  t.false(
    edgePairs(g).some((p) => p === 'a>b' && g.edges.find((e) => e.from === 'a')!.via.some((v) => v.access === 'call')),
  );
});

test('#Requires and exit are hazards; a side effect is reported once per fragment', (t) => {
  const g = buildGraph([
    fragment('a', {
      requires: ['#Requires -Version 7.2'],
      exits: [4],
      sideEffects: ['Import-Module', 'Import-Module'],
    }),
  ]);
  t.deepEqual(codes(g).sort(), ['LOAD_SIDE_EFFECT', 'REQUIRES_GATES_ALL', 'TOP_LEVEL_EXIT']);
});

test('same input, same output (deterministic)', (t) => {
  const make = () =>
    buildGraph([
      fragment('a', { defines: ['function:A@1', 'variable:v@2'] }),
      fragment('b', { uses: ['command:A@1', 'variable:v@3'], defines: ['variable:v@4'] }),
      fragment('c', { uses: ['?command:A@1', 'variable:v@2'] }),
    ]);
  t.is(JSON.stringify(make()), JSON.stringify(make()));
});

test('10,000 fragments in a chain: no stack overflow, order kept', (t) => {
  const n = 10_000;
  const symbols = Array.from({ length: n }, (_, i) =>
    fragment(`f${String(i).padStart(5, '0')}`, {
      defines: [`function:F${i}@1`],
      uses: i > 0 ? [`command:F${i - 1}@2`] : [],
    }),
  );
  const g = buildGraph(symbols);
  t.is(g.order.length, n);
  t.is(g.order[0], 'f00000');
  t.is(g.levels.length, n);
});

test('fragmentResolver: exact spelling first, then any case, then the one id without its number prefix', (t) => {
  // X and x are two files on a case-sensitive file system; X sorts first in the baseline.
  const resolve = fragmentResolver(['00-bootstrap', 'X', 'x', 'lib/git', 'work/git']);
  t.is(resolve('x'), 2);
  t.is(resolve('X'), 1);
  t.is(resolve('x.ps1'), 2);
  t.is(resolve('00-BOOTSTRAP'), 0, 'any case when no id is spelled so');
  t.is(resolve('bootstrap'), 0, 'the number prefix dropped');
  t.is(resolve('git'), undefined, 'two ids end in git: ambiguous');
  t.is(resolve('lib/git'), 3);
});

test('a declared dependency only guarded uses need is GUARDED_DEPENDENCY, not UNNEEDED, and its edge is guarded', (t) => {
  const g = buildGraph([
    fragment('00-bootstrap', { defines: ['function:Test-FragmentLoaded@1', 'function:Set-AgentModeFunction@2'] }),
    fragment('10-git', {
      dependencies: ['bootstrap'],
      uses: ['?command:Test-FragmentLoaded@2', '!^command:Test-FragmentLoaded@3', '?command:Set-AgentModeFunction@5'],
    }),
  ]);
  t.deepEqual(codes(g), ['GUARDED_DEPENDENCY']);
  const d = g.diagnostics.find((x) => x.code === 'GUARDED_DEPENDENCY');
  t.true(d!.message.includes('00-bootstrap') && d!.message.includes('Test-FragmentLoaded'), d!.message);
  const edge = g.edges.find((e) => e.from === '00-bootstrap' && e.to === '10-git');
  t.true(edge?.guarded, 'a soft edge');
  t.true(edge!.via.every((v) => v.guarded));
  t.deepEqual(g.order, ['00-bootstrap', '10-git'], 'it orders like a hard edge');
});

test('one unguarded use makes the edge hard: no GUARDED_DEPENDENCY', (t) => {
  const g = buildGraph([
    fragment('00-bootstrap', { defines: ['function:Set-AgentModeFunction@2'] }),
    fragment('10-git', {
      dependencies: ['bootstrap'],
      uses: [
        '?command:Set-AgentModeFunction@2',
        '!^command:Set-AgentModeFunction@3',
        'command:Set-AgentModeFunction@4',
      ],
    }),
  ]);
  t.deepEqual(codes(g), []);
  t.is(g.edges[0]?.guarded, undefined);
});

test('a misordered guarded call is only its probe: PROBE_BEFORE_DEFINE, no ORDER_VIOLATION', (t) => {
  const g = buildGraph([
    fragment('10-git', { uses: ['?command:Set-AgentModeFunction@2', '!^command:Set-AgentModeFunction@3'] }),
    fragment('50-agent', { defines: ['function:Set-AgentModeFunction@1'] }),
  ]);
  t.deepEqual(codes(g), ['PROBE_BEFORE_DEFINE']);
  t.deepEqual(g.order, ['50-agent', '10-git']);
});

test('temporaries each fragment assigns before reading only leak: LEAKED_VARIABLE info, no SHARED_VARIABLE', (t) => {
  const g = buildGraph([
    fragment('10-a', { defines: ['variable:modules@1'], uses: ['=variable:modules@2'] }),
    fragment('20-b', { defines: ['variable:modules@4'], uses: ['=variable:modules@5'] }),
    fragment('30-c', { defines: ['variable:Modules@1'], uses: ['=variable:modules@3'] }),
  ]);
  t.deepEqual(codes(g), ['LEAKED_VARIABLE']);
  const d = g.hazards[0];
  t.is(d?.severity, 'info');
  t.true(d?.message.includes('Remove-Variable modules') && d.message.includes('& { ... }'), d?.message);
});

test('a fragment that reads a leaked variable before assigning it is SHARED_VARIABLE', (t) => {
  const g = buildGraph([
    fragment('10-a', { defines: ['variable:result@1'], uses: ['=variable:result@2'] }),
    fragment('20-b', { defines: ['variable:result@4'], uses: ['variable:result@3'] }),
  ]);
  t.deepEqual(codes(g), ['SHARED_VARIABLE']);
  t.true((g.hazards[0]?.message ?? '').includes('20-b.ps1 reads it before assigning it'), g.hazards[0]?.message ?? '');
});

test('two writers and a run-time reader: the final value depends on their order, SHARED_VARIABLE', (t) => {
  const g = buildGraph([
    fragment('10-a', { defines: ['variable:cache@1', 'function:Get-Cache@2'], uses: ['~variable:cache@3'] }),
    fragment('20-b', { defines: ['variable:cache@1'], uses: ['=variable:cache@2'] }),
  ]);
  t.deepEqual(codes(g), ['SHARED_VARIABLE']);
  t.true((g.hazards[0]?.message ?? '').includes('10-a.ps1 reads it at run time'), g.hazards[0]?.message ?? '');
});

test('PATH appended by many is SHARED_ENV info; one that overwrites what another appended is ENV_OVERWRITTEN', (t) => {
  const appended = buildGraph([
    fragment('10-path', { defines: ['env:PATH@1'], uses: ['env:PATH@1'] }),
    fragment('20-go', { defines: ['env:PATH@3'], uses: ['env:PATH@3'] }),
    fragment('30-node', { defines: ['env:PATH@2'], uses: ['env:PATH@2'] }),
  ]);
  t.deepEqual(codes(appended), ['SHARED_ENV']);
  t.is(appended.hazards[0]?.severity, 'info');
  const overwritten = buildGraph([
    fragment('10-path', { defines: ['env:PATH@1'], uses: ['env:PATH@1'] }),
    fragment('20-reset', { defines: ['env:PATH@4'] }),
  ]);
  t.deepEqual(codes(overwritten), ['ENV_OVERWRITTEN']);
  t.is(overwritten.hazards[0]?.severity, 'warning');
  t.is(overwritten.hazards[0]?.file, '20-reset.ps1');
});
