/**
 * A fragment's top-level `exit` (issue 18 item 1): one by one it ends that fragment only and sets
 * `$LASTEXITCODE` at once, converted as pwsh converts an exit code, so a later fragment reads it
 * and the session ends up with the last exiting fragment's code. The bundle must match in every
 * lazy mode (a fragment with a top-level exit is never deferred). Each load runs in a fresh
 * runspace of one pwsh process.
 */
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { pwshTest, runPwshCommand } from '../helpers/pwsh.js';
import { tempFiles } from '../helpers/temp.js';
import { quotePs } from '../../src/text/quote.js';

/** A function long enough that `--lazy auto` stubs it (docs/bundle.md, when a stub pays), so the exiting fragments have stubs too. */
const big = (name: string): string =>
  `function ${name} {\n${`    # ${'padding so that the function is worth a stub. '.repeat(2)}\n`.repeat(100)}    'done'\n}\n`;
const record = (n: string): string => `$global:ExitSeen += ,"${n}:$LASTEXITCODE"\n`;

const FILES = {
  'profile.d/10-exit.ps1': `${big('Get-ExitA')}$global:ExitSeen = @()\nexit 7\n$global:ExitSeen += ,'10 ran on'\n`,
  'profile.d/20-after.ps1': record('20'),
  'profile.d/30-exit.ps1': `${big('Get-ExitB')}& { exit "12" }\n$global:ExitSeen += ,'30 ran on'\n`,
  'profile.d/40-after.ps1': record('40'),
  'profile.d/50-exit.ps1': `${big('Get-ExitC')}function Stop-ExitC { exit 5 }\n$null = 'exit 9 # exit 8'\nif ($true) { exit $true }\n`,
  'profile.d/60-after.ps1': `${record('60')}$global:LASTEXITCODE = 21\n`,
  'profile.d/70-exit.ps1': `${big('Get-ExitD')}$global:ExitSeen += ,"70:$(Split-Path -Leaf $PSCommandPath):$($MyInvocation.MyCommand.Name)"\nexit "abc"\n`,
  'profile.d/75-defer.ps1': "function Get-ExitDeferred { 'deferred' }\n",
  'profile.d/80-after.ps1': `${record('80')}function Get-After { 'after' }\n$global:LASTEXITCODE = 3\n`,
};

const ORDER = Object.keys(FILES).sort();

pwshTest('exit: each exit sets $LASTEXITCODE at once, as one by one, in every lazy mode', async (t) => {
  const dir = tempFiles(t, FILES);
  const loaders: Record<string, string> = {
    'one by one': ORDER.map((f) => `try { . ${quotePs(path.join(dir, f))} } catch { }`).join('; '),
  };
  for (const lazy of ['off', 'auto', 'fragments']) {
    const out = path.join(dir, `bundle-${lazy}.ps1`);
    const built = await runCli(
      ['build', '--lazy', lazy, '--output', out, '--cache-dir', path.join(dir, '.cache')],
      dir,
    );
    t.is(built.exitCode, 0, built.stderr);
    if (lazy === 'auto') t.regex(built.stdout + built.stderr, /[1-9]\d* lazy with [1-9]\d* stubs/, 'auto stubs');
    if (lazy === 'fragments')
      t.regex(built.stdout + built.stderr, /, 1 deferred with/, 'only 75-defer.ps1 is deferred');
    loaders[lazy] = `. ${quotePs(out)}`;
  }
  const script = Object.entries(loaders)
    .map(
      ([name, load]) => `$p = [powershell]::Create()
$null = $p.AddScript(${quotePs(`${load}\n"$($global:ExitSeen -join ' ') end:$LASTEXITCODE fns:$(@(Get-Command Get-Exit*, Get-After -ErrorAction Ignore).Length) left:$(@(Get-Command __fragbundle_exit_* -ErrorAction Ignore).Length + @(Get-Variable __fragbundle_st_*, __fragbundle_l_* -ErrorAction Ignore).Length)"`)})
'${name} => ' + ($p.Invoke() -join ' ')
$p.Dispose()`,
    )
    .join('\n');
  const r = await runPwshCommand(script, { cwd: dir });
  t.is(r.exitCode, 0, r.stderr);
  const lines = r.stdout.split(/\r?\n/).filter((l) => l.includes(' => '));
  t.log(lines.join('\n'));
  const expected = '20:7 40:12 60:1 70:70-exit.ps1:70-exit.ps1 80:0 end:3 fns:6 left:0';
  t.deepEqual(lines, [
    `one by one => ${expected}`,
    `off => ${expected}`,
    `auto => ${expected}`,
    `fragments => ${expected}`,
  ]);
});
