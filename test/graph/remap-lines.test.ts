/**
 * A graph whose fragments only moved lines is the last graph with those lines mapped
 * (remapGraphLines), equal to what buildGraph builds from the moved symbols; anything else that
 * reaches the graph is not taken for a move (movedLines), so buildGraph runs.
 */
import test from 'ava';
import { movedLines } from '../../src/core/graph-view.js';
import type { FragmentSymbols } from '../../src/core/types.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { remapGraphLines } from '../../src/graph/remap-lines.js';
import { fragment } from './make-symbols.js';

/** A profile with edges, run-time uses, hazards and header findings at lines of `b`, whose lines `move` maps. */
function profile(move: (line: number) => number): FragmentSymbols[] {
  const m = (spec: string) => spec.replace(/@(\d+)$/, (_, n: string) => `@${move(Number(n))}`);
  return [
    fragment('a', { defines: ['function:Get-A@2'], uses: ['?command:Get-D@3'] }),
    fragment('b', {
      defines: ['function:Get-B@3', 'variable:shared@12', 'env:PATH@14', 'function:Get-D@30'].map(m),
      uses: ['command:Get-C@21', '~command:Get-X@20', '?command:Get-E@25'].map(m),
      dependencies: ['c', 'zzz'],
      exits: [move(22)],
      sideEffects: ['Import-Module'],
    }),
    fragment('c', { defines: ['function:Get-C@1', 'function:Get-E@2'] }),
    fragment('d', {
      defines: ['function:Get-X@1', 'variable:shared@3', 'env:PATH@4', 'function:Get-B@6'],
      uses: ['command:Get-D@7'],
      dependencies: ['a'],
    }),
  ];
}

const at = <T>(list: readonly T[], i: number): T => {
  const v = list[i];
  if (v === undefined) throw new Error(`no item ${i}`);
  return v;
};

for (const [what, move] of [
  ['a line inserted before every item', (l: number) => l + 1],
  ['lines inserted in the middle', (l: number) => (l < 10 ? l : l + 3)],
  ['lines removed in the middle', (l: number) => (l < 20 ? l : l - 2)],
] as const) {
  test(`${what}: the mapped graph is the graph built from the moved symbols`, (t) => {
    const before = profile((l) => l);
    const after = profile(move);
    const last = buildGraph(before);
    const built = buildGraph(after);
    t.true(
      [...built.hazards, ...built.diagnostics].some((d) => d.message.includes('b.ps1:')),
      'a message names a line of b',
    );
    t.is(built.cycles.length, 0);
    t.notDeepEqual(last, built, 'the move shows in the graph');
    const lines = movedLines(at(before, 1), at(after, 1));
    if (!lines) return t.fail('not taken for a move');
    t.deepEqual(remapGraphLines(last, [{ fragment: 'b', path: 'b.ps1', lines }]), built);
  });
}

test('what is not a move of whole lines is not taken for one', (t) => {
  const b = at(
    profile((l) => l),
    1,
  );
  const column = { ...b, references: b.references.map((r, i) => (i === 0 ? { ...r, column: 5 } : r)) };
  t.is(movedLines(b, column), undefined, 'a column moved');
  const swapped = at(
    profile((l) => (l === 3 ? 12 : l === 12 ? 3 : l)),
    1,
  );
  t.is(movedLines(b, swapped), undefined, 'two items changed places');
  const renamed = { ...b, defines: b.defines.map((d, i) => (i === 0 ? { ...d, name: 'Get-Z' } : d)) };
  t.is(movedLines(b, renamed), undefined, 'a name changed');
  const inSubFile = (s: FragmentSymbols) => ({
    ...s,
    defines: s.defines.map((d, i) => (i === 0 ? { ...d, file: 'lib/x.ps1' } : d)),
  });
  t.is(
    movedLines(
      inSubFile(b),
      inSubFile(
        at(
          profile((l) => l + 1),
          1,
        ),
      ),
    ),
    undefined,
    'the line of an item in a sub-file moved',
  );
  const ownMoved = at(
    profile((l) => (l === 3 ? 3 : l + 1)),
    1,
  );
  t.truthy(movedLines(inSubFile(b), inSubFile(ownMoved)), 'only lines of the fragment itself moved');
  const shifted = { ...b, defines: [...b.defines] };
  t.truthy(movedLines(inSubFile(b), inSubFile(shifted)), 'no line moved: the sub-file does not matter');
});

/**
 * Fragment b with lib/b.ps1 dot-sourced at its line 10, whose items keep their lines while b's own
 * move: uses of one function from both files (an edge whose uses mix the files, two of them on the
 * same line and column once b's lines move), $env:PATH read in the sub-file and written by b
 * afterwards, and header findings about uses in the sub-file.
 */
function withSubFile(move: (line: number) => number): FragmentSymbols[] {
  const m = (spec: string) => spec.replace(/@(\d+)$/, (_, n: string) => `@${move(Number(n))}`);
  const own = fragment('b', {
    defines: ['function:Get-B@3', 'env:PATH@14', 'function:Get-D@30'].map(m),
    uses: ['command:Get-A@4', 'command:Get-C@20', '~command:Get-X@22'].map(m),
    dependencies: ['e', 'zzz'],
  });
  const sub = fragment('lib/b', {
    defines: ['function:Get-Sub@2'],
    uses: ['^command:Get-E@6', '~command:Get-X@9', 'env:PATH@15', 'command:Get-C@21'],
  });
  const load = move(10);
  const splice = <T extends { line: number; file?: string }>(mine: readonly T[], theirs: readonly T[]): T[] => [
    ...mine.filter((i) => i.line < load),
    ...theirs.map((i) => ({ ...i, file: 'lib/b.ps1' })),
    ...mine.filter((i) => i.line > load),
  ];
  return [
    fragment('a', { defines: ['function:Get-A@2', 'env:PATH@3'] }),
    {
      ...own,
      defines: splice(own.defines, sub.defines),
      references: splice(own.references, sub.references),
      subFiles: [{ path: 'lib/b.ps1', hash: 'h', from: 'b.ps1', line: load, column: 1, conditional: false }],
    },
    fragment('c', { defines: ['function:Get-C@1'] }),
    fragment('d', { defines: ['function:Get-X@1'], uses: ['command:Get-D@2'] }),
    fragment('e', { defines: ['function:Get-E@1'] }),
  ];
}

for (const [what, move] of [
  ['a line inserted at the top', (l: number) => l + 1],
  ['two lines removed before the dot-source', (l: number) => (l < 5 ? l : l - 2)],
  ['lines inserted after the dot-source', (l: number) => (l < 15 ? l : l + 3)],
] as const) {
  test(`a fragment with a sub-file, ${what}: the mapped graph is the graph built from the moved symbols`, (t) => {
    const before = withSubFile((l) => l);
    const after = withSubFile(move);
    const last = buildGraph(before);
    const built = buildGraph(after);
    t.is(built.cycles.length, 0);
    t.notDeepEqual(last, built, 'the move shows in the graph');
    const lines = movedLines(at(before, 1), at(after, 1));
    if (!lines) return t.fail('not taken for a move');
    t.deepEqual(remapGraphLines(last, [{ fragment: 'b', path: 'b.ps1', lines }]), built);
  });
}

test('a fragment with a sub-file: lines of different files are not compared', (t) => {
  const graph = buildGraph(withSubFile((l) => l + 1));
  const c = graph.edges.find((e) => e.from === 'c' && e.to === 'b');
  t.deepEqual(
    c?.via.map((v) => `${v.file ?? 'b.ps1'}:${v.line}`),
    ['lib/b.ps1:21', 'b.ps1:21'],
    'both uses of Get-C, in the order they run (the sub-file loads at line 11)',
  );
  const undeclared = graph.diagnostics.find((d) => d.code === 'UNDECLARED_DEPENDENCY' && d.message.includes('needs c'));
  t.is(`${undeclared?.file}:${undeclared?.line}`, 'lib/b.ps1:21', 'the first use of c, in the sub-file');
  t.false(
    graph.hazards.some((d) => d.code === 'ENV_OVERWRITTEN' && d.file === 'b.ps1'),
    'b reads $env:PATH (in the sub-file, which runs first) before it writes it',
  );
});

test('an edit within lines moves offsets only: every line maps to itself', (t) => {
  const e = fragment('e', { requires: ['#Requires -Version 7'], defines: ['function:Get-E@3'] });
  const later = {
    ...e,
    directives: {
      ...e.directives,
      requires: e.directives.requires.map((r) => ({ ...r, range: { start: r.range.start + 4, end: r.range.end + 4 } })),
    },
  };
  const lines = movedLines(e, later);
  if (!lines) return t.fail('offsets alone were taken for a change');
  t.true([...lines].every(([from, to]) => from === to));
});

test('a line the map does not know (a cycle through a moved fragment) leaves the graph to buildGraph', (t) => {
  const symbols = [
    fragment('a', { defines: ['function:Get-A@2'], uses: ['command:Get-B@3'] }),
    fragment('b', { defines: ['function:Get-B@3'], uses: ['command:Get-A@4'] }),
  ];
  const graph = buildGraph(symbols);
  t.true(graph.cycles.length > 0);
  t.is(
    remapGraphLines(graph, [
      {
        fragment: 'b',
        path: 'b.ps1',
        lines: new Map([
          [3, 4],
          [4, 5],
        ]),
      },
    ]),
    undefined,
  );
});
