/**
 * attachSubFiles' memory for a resident build: the same merged symbols object for the same
 * fragment and loads, and the same fragment-with-gaps object for the same gaps, never when what
 * they were made from changed; a fragment with no load-time dot-source comes back as it is.
 */
import test from 'ava';
import type { DotSource, FragmentSymbols } from '../../src/core/types.js';
import { attachSubFiles, type ReachedFiles } from '../../src/pipeline/attach-sub-files.js';
import { fragment } from '../graph/make-symbols.js';

const dotSource = (target: string, line: number): DotSource => ({
  line,
  column: 1,
  range: { start: 0, end: 1 },
  pathRange: { start: 0, end: 1 },
  raw: `. ./${target}`,
  phase: 'load',
  conditional: false,
  targets: [target],
  guarded: false,
});
const loader = (id: string, ...targets: string[]): FragmentSymbols => {
  const f = fragment(id, { defines: ['function:Get-Own@1'] });
  return { ...f, directives: { ...f.directives, dotSources: targets.map((t, i) => dotSource(t, i + 2)) } };
};
const reached = (files: Record<string, FragmentSymbols>, failures: Record<string, string> = {}): ReachedFiles => ({
  symbols: (p) => (files[p] ? { symbols: files[p], hash: p } : undefined),
  failure: (p) => (failures[p] === undefined ? undefined : { missing: false, reason: failures[p] }),
  walk: () => ({ files: [] }),
});

test('the same loads give the same merged object; a changed sub-file gives a new one', (t) => {
  const a = loader('a', 'lib/x.ps1');
  const plain = fragment('b', { defines: ['function:Get-B@1'] });
  const x1 = fragment('lib/x', { defines: ['function:Get-X@1'] });
  const first = attachSubFiles([a, plain], reached({ 'lib/x.ps1': x1 })).symbols;
  t.is(first[1], plain, 'nothing to attach: the fragment itself');
  t.deepEqual(
    first[0]?.defines.map((d) => d.name),
    ['Get-Own', 'Get-X'],
  );
  const again = attachSubFiles([a, plain], reached({ 'lib/x.ps1': x1 })).symbols;
  t.is(again[0], first[0], 'the same fragment and loads: the same object');
  const x2 = fragment('lib/x', { defines: ['function:Get-X@1', 'function:Get-Y@2'] });
  const changed = attachSubFiles([a, plain], reached({ 'lib/x.ps1': x2 })).symbols;
  t.deepEqual(
    changed[0]?.defines.map((d) => d.name),
    ['Get-Own', 'Get-X', 'Get-Y'],
    'the edited sub-file is attached',
  );
});

test('the same gaps give the same object; other gaps a new one', (t) => {
  const a = loader('a', 'lib/gone.ps1');
  const first = attachSubFiles([a], reached({}, { 'lib/gone.ps1': 'it is a folder' })).symbols[0];
  t.deepEqual(
    first?.dotSourceGaps?.map((g) => g.why),
    ['it dot-sources lib/gone.ps1, and it is a folder'],
  );
  t.is(attachSubFiles([a], reached({}, { 'lib/gone.ps1': 'it is a folder' })).symbols[0], first);
  const other = attachSubFiles([a], reached({}, { 'lib/gone.ps1': 'it cannot be read' })).symbols[0];
  t.deepEqual(
    other?.dotSourceGaps?.map((g) => g.why),
    ['it dot-sources lib/gone.ps1, and it cannot be read'],
  );
});
