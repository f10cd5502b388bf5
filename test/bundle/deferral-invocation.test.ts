/**
 * A deferred fragment (`--lazy fragments`) that reads `$MyInvocation` at its top level gets the
 * fragment file's own, as dot-sourcing the file does, when its first call runs it: the same
 * invocation helper as the eager path, kept after start-up while fragments are deferred.
 */
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { pwshTest, runPwshCommand } from '../helpers/pwsh.js';
import { tempFiles } from '../helpers/temp.js';
import { quotePs } from '../../src/text/quote.js';

const fragment = `$global:DefInv = @(
    "path=$($MyInvocation.MyCommand.Path)"
    "name=$($MyInvocation.MyCommand.Name)"
    "type=$($MyInvocation.MyCommand.CommandType)"
    "str=$($MyInvocation.MyCommand)"
)
$defInvCopy = $MyInvocation
$global:DefInvCopy = "copy=$($defInvCopy.MyCommand.Name)"
function Get-DefInv { $global:DefInv + $global:DefInvCopy }
`;

pwshTest('deferral: a deferred fragment sees its own $MyInvocation on its first call', async (t) => {
  const dir = tempFiles(t, {
    'profile.d/10-inv.ps1': fragment,
    'profile.d/20-other.ps1': "function Get-Other { 'other' }\n",
  });
  const built = await runCli(['build', '--lazy', 'fragments', '--cache-dir', path.join(dir, '.cache')], dir);
  t.is(built.exitCode, 0, built.stderr);
  t.regex(built.stderr + built.stdout, /2 deferred/, 'both fragments are deferred');

  const run = async (load: string) => {
    const r = await runPwshCommand(`${load}\nGet-DefInv`, { cwd: dir });
    t.is(r.exitCode, 0, r.stderr);
    return r.stdout.split(/\r?\n/).filter((l) => l !== '');
  };
  const oneByOne = await run(`. ${quotePs(path.join(dir, 'profile.d/10-inv.ps1'))}`);
  t.deepEqual(oneByOne, [
    `path=${path.join(dir, 'profile.d/10-inv.ps1')}`,
    'name=10-inv.ps1',
    'type=ExternalScript',
    'str=10-inv.ps1',
    'copy=10-inv.ps1',
  ]);
  t.deepEqual(await run(`. ${quotePs(path.join(dir, 'profile.bundle.ps1'))}`), oneByOne);
});
