/**
 * The watch's symbol memory (SymbolMemory): a file's symbols by its id, path and content hash,
 * all three; pruned to the live files once stale entries are as many as live ones.
 */
import test from 'ava';
import { SymbolMemory } from '../../src/pipeline/analyze.js';
import { fragment } from '../graph/make-symbols.js';

const file = (id: string, hash: string) => ({ id, path: `${id}.ps1`, hash });

test('symbols are found by id, path and hash together', (t) => {
  const m = new SymbolMemory();
  const a = fragment('a');
  const b = fragment('b');
  m.set(file('a', 'h1'), a);
  m.set(file('b', 'h1'), b);
  t.is(m.get(file('a', 'h1')), a);
  t.is(m.get(file('b', 'h1')), b, 'the same bytes under another name are another entry');
  t.is(m.get(file('a', 'h2')), undefined, 'other bytes');
  t.is(m.get({ id: 'a', path: 'lib/a.ps1', hash: 'h1' }), undefined, 'another path');
  t.is(m.get({ id: 'x', path: 'a.ps1', hash: 'h1' }), undefined, 'another id');
  const a2 = fragment('a');
  m.set(file('a', 'h1'), a2);
  t.is(m.get(file('a', 'h1')), a2, 'set again: replaced');
  t.is(m.size, 2);
});

test('prune keeps the live files only, once the stale ones are as many', (t) => {
  const m = new SymbolMemory();
  for (let i = 0; i < 4; i++) m.set(file('a', `v${i}`), fragment('a'));
  m.set(file('b', 'v0'), fragment('b'));
  m.prune([file('a', 'v3'), file('b', 'v0'), file('c', 'v0')]);
  t.is(m.size, 5, 'not yet: 5 entries for 3 live files');
  m.set(file('a', 'v4'), fragment('a'));
  m.prune([file('a', 'v4'), file('b', 'v0')]);
  t.is(m.size, 2);
  t.truthy(m.get(file('a', 'v4')));
  t.truthy(m.get(file('b', 'v0')));
  t.is(m.get(file('a', 'v3')), undefined);
  m.clear();
  t.is(m.size, 0);
  t.is(m.get(file('b', 'v0')), undefined);
});
