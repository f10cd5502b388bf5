import test from 'ava';
import { matchGlob, mayDescend } from '../../src/load/glob.js';

const matches = (pattern: string, paths: readonly string[]) => paths.filter((p) => matchGlob(pattern, p));

test('nested alternatives: {a,{b,c}}.ps1', (t) => {
  t.deepEqual(matches('{a,{b,c}}.ps1', ['a.ps1', 'b.ps1', 'c.ps1', 'd.ps1', '{b.ps1']), ['a.ps1', 'b.ps1', 'c.ps1']);
});

test('character classes: [ab] and [0-9] are classes, not literal text', (t) => {
  t.deepEqual(matches('[ab].ps1', ['a.ps1', 'b.ps1', 'c.ps1', 'ab.ps1']), ['a.ps1', 'b.ps1']);
  t.deepEqual(matches('[0-9][0-9]-*.ps1', ['10-git.ps1', 'x0-git.ps1', '5-a.ps1']), ['10-git.ps1']);
});

test('what the hand-written matcher did stays: case, dots, segments, **, base names', (t) => {
  t.true(matchGlob('*.PS1', 'Profile.ps1'), 'case-insensitive, as -Filter is');
  t.true(matchGlob('*.ps1', '.hidden.ps1'), '* matches a leading dot');
  t.false(matchGlob('lib/*.ps1', 'lib/deep/x.ps1'), '* stays inside one segment');
  t.true(matchGlob('lib/?.ps1', 'lib/x.ps1'));
  t.false(matchGlob('lib/?.ps1', 'lib/xy.ps1'));
  t.deepEqual(matches('**/*.ps1', ['x.ps1', 'd/x.ps1', 'd/e/x.ps1', 'x.psm1']), ['x.ps1', 'd/x.ps1', 'd/e/x.ps1']);
  t.true(matchGlob('*.ps1', 'sub/x.ps1'), 'a pattern without / matches the base name');
  t.true(matchGlob('{a,b}.ps1', 'b.ps1'));
  t.true(mayDescend(['lib/*.ps1']));
  t.false(mayDescend(['*.ps1']));
});
