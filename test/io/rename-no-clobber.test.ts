/** renameNoClobber: a rename that never replaces an existing file. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { renameNoClobber } from '../../src/io/rename-no-clobber.js';
import { tempFiles } from '../helpers/temp.js';

test('renames a file; refuses, changing nothing, when the new name exists', (t) => {
  const dir = tempFiles(t, { 'a.ps1': 'a', 'b.ps1': 'b' });
  const at = (name: string) => path.join(dir, name);
  t.throws(
    () => {
      renameNoClobber(at('a.ps1'), at('b.ps1'));
    },
    { message: /b\.ps1 already exists/ },
  );
  t.is(readFileSync(at('a.ps1'), 'utf8'), 'a');
  t.is(readFileSync(at('b.ps1'), 'utf8'), 'b');
  renameNoClobber(at('a.ps1'), at('c.ps1'));
  t.false(existsSync(at('a.ps1')));
  t.is(readFileSync(at('c.ps1'), 'utf8'), 'a');
});
