/**
 * Invoke-Command runs its block in this session only with the parameters of its InProcess set
 * (`-ScriptBlock`, `-ArgumentList`, `-InputObject`, `-NoNewScope`): in a child scope, or in the
 * caller's with `-NoNewScope`, as `. { }` does. With `-Session`, `-AsJob`, `-ComputerName`,
 * `-HostName`, `-ContainerId`, `-VMName` it runs it in another runspace or process, or not at all
 * when pwsh rejects the call: such a block neither defines nor reads anything in the session at
 * load time. The analyzer treats it as sent elsewhere (a stored block, as for `ForEach-Object
 * -Parallel`), and the call itself as a load-time effect. The pwsh test runs the same text with a
 * real PSSession (a second local pwsh reached over its named pipe) and watches the reads with
 * variable breakpoints; without remoting here, `-ComputerName`, `-HostName`, `-ContainerId` and
 * `-VMName` only fail, which also leaves the session untouched.
 */
import path from 'node:path';
import test from 'ava';
import { INVOKE_COMMAND_ELSEWHERE, INVOKE_COMMAND_HERE } from '../../src/parse/walk/command-semantics.js';
import { extract } from './parser.js';
import { pwshTest, runPwshFile } from '../helpers/pwsh.js';
import { tempFiles } from '../helpers/temp.js';

const TEXT = `Invoke-Command { $global:icmLocal = $icmReadLocal; function global:Icm-Local { } }
Invoke-Command -ScriptBlock { $global:icmNamed = 1 } -ArgumentList 1
icm -Args 1 -Script { $global:icmPrefix = 1 }
Invoke-Command -Session $s { $global:icmSession = $icmReadSession; function global:Icm-Session { } }
Invoke-Command -Sess $s -ScriptBlock { $global:icmAmbiguousSession = 1 }
$icmJob = Invoke-Command -Session $s -AsJob { $global:icmAsJob = $icmReadJob }
$null = $icmJob | Wait-Job -Timeout 60
Invoke-Command -ComputerName localhost { $global:icmComputer = 1 } -ErrorAction SilentlyContinue
icm -cn localhost { $global:icmCn = $icmReadCn } -ea 0
Invoke-Command -HostName nosuch.invalid { $global:icmHost = 1 } -ea 0
Invoke-Command -ContainerId none { $global:icmContainer = 1 } -ea 0
Invoke-Command -VMName none { $global:icmVm = 1 } -ea 0
Invoke-Command -C { $global:icmAmbiguous = 1 } -ea 0
Invoke-Command -NoNewScope { $icmCaller = $icmReadCaller; function Icm-Caller { } }
icm -NoNew:$false { $icmChildOnly = 1 }
`;

/** What runs in the session: the globals and functions defined, the variables read (pwsh and fragbundle agree). */
const IN_SESSION = {
  defined: ['Icm-Caller', 'Icm-Local', 'icmCaller', 'icmJob', 'icmLocal', 'icmNamed', 'icmPrefix'],
  read: ['icmReadLocal', 'icmReadCaller'],
};
/** The lines whose Invoke-Command sends its block elsewhere (or nowhere). */
const ELSEWHERE_LINES = [4, 5, 6, 8, 9, 10, 11, 12, 13];

test('a block sent elsewhere defines and reads nothing at load time; sending it is an effect', async (t) => {
  const s = await extract('icm.ps1', TEXT);
  t.deepEqual(s.diagnostics, []);
  t.deepEqual(
    s.defines
      .filter((d) => d.phase === 'load' && /^icm/i.test(d.name))
      .map((d) => d.name)
      .sort(),
    IN_SESSION.defined,
  );
  t.deepEqual(
    s.references.filter((r) => r.phase === 'load' && /^icmRead/.test(r.name)).map((r) => r.name),
    IN_SESSION.read,
  );
  t.deepEqual(
    s.sideEffects.filter((e) => /^(Invoke-Command|icm)$/.test(e.command)).map((e) => `${e.line} ${e.kind}`),
    ELSEWHERE_LINES.map((l) => `${l} other-command`),
  );
  // Still analysed, as stored blocks: their definitions are deferred, not lost.
  t.true(s.defines.some((d) => d.name === 'icmSession' && d.phase === 'deferred'));
});

pwshTest('pwsh: only the in-process Invoke-Command blocks define or read in the session', async (t) => {
  const dir = tempFiles(t, {
    'icm.ps1': TEXT,
    'run.ps1': `param([string]$Fragment)
$here = @(${INVOKE_COMMAND_HERE.map((p) => `'${p}'`).join(', ')})
$elsewhere = @(${INVOKE_COMMAND_ELSEWHERE.map((p) => `'${p}'`).join(', ')})
$common = [System.Management.Automation.Cmdlet]::CommonParameters
$meta = Get-Command Invoke-Command
$names = { param($ps) $ps | Where-Object { $common -notcontains $_.Name } | ForEach-Object { $_.Name.ToLower(); $_.Aliases.ToLower() } | Sort-Object -Unique }
$inProcess = & $names ($meta.ParameterSets | Where-Object Name -eq 'InProcess').Parameters
$all = & $names $meta.ParameterSets.Parameters
$lists = "here: $((Compare-Object $inProcess $here).Count) elsewhere: $((Compare-Object ($all | Where-Object { $inProcess -notcontains $_ }) $elsewhere).Count)"
$global:reads = [System.Collections.Generic.List[string]]::new()
foreach ($v in 'icmReadLocal', 'icmReadSession', 'icmReadJob', 'icmReadCn', 'icmReadCaller') {
  $null = Set-PSBreakpoint -Variable $v -Mode Read -Action ([scriptblock]::Create("\`$global:reads.Add('$v')"))
}
$before = @(Get-Variable | ForEach-Object Name) + @(Get-ChildItem Function: | ForEach-Object Name)
# The second pwsh ends with this one; the fragment runs outside any try, as at a profile's top level.
$p = Start-Process -FilePath ([Environment]::ProcessPath) -ArgumentList (Join-Path $PSHOME 'pwsh.dll'), '-NoProfile', '-NonInteractive', '-Command', "Wait-Process -Id $PID -Timeout 120" -PassThru
$s = $null
for ($k = 0; $k -lt 50 -and $null -eq $s; $k++) {
  try {
    $rs = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($p.Id))
    $rs.Open()
    $s = [System.Management.Automation.Runspaces.PSSession]::Create($rs, 'pipe', $null)
  } catch { Start-Sleep -Milliseconds 200 }
}
$remotePid = Invoke-Command -Session $s { $PID }
. $Fragment 2>$null
$remote = Invoke-Command -Session $s { (@(Get-Variable -Scope Global -Name icm* | ForEach-Object Name) + @(Get-ChildItem Function:Icm-* | ForEach-Object Name) | Sort-Object) -join ',' }
$p.Kill()
$p.WaitForExit()
$new = @(Get-Variable | ForEach-Object Name) + @(Get-ChildItem Function: | ForEach-Object Name) | Where-Object { $_ -like 'icm*' -and $before -notcontains $_ } | Sort-Object
[pscustomobject]@{ lists = $lists; other = $remotePid -ne $PID; remote = $remote; defined = @($new); read = @($global:reads) } | ConvertTo-Json -Compress
`,
  });
  const run = await runPwshFile(path.join(dir, 'run.ps1'), [path.join(dir, 'icm.ps1')]);
  t.is(run.exitCode, 0, run.stderr);
  // ssh prints its own failure (-HostName) to the console: the answer is the last line.
  const out = JSON.parse(run.stdout.trim().split(/\r?\n/).at(-1) ?? '') as {
    lists: string;
    other: boolean;
    remote: string;
    defined: string[];
    read: string[];
  };
  t.is(out.lists, 'here: 0 elsewhere: 0', "fragbundle's parameter lists are Invoke-Command's");
  t.true(out.other, 'the session is another process');
  t.deepEqual(out.remote.split(',').sort(), ['Icm-Session', 'icmAsJob', 'icmSession'], 'the -Session blocks ran there');
  t.deepEqual([...out.defined].sort(), IN_SESSION.defined);
  t.deepEqual(out.read, IN_SESSION.read);
});
