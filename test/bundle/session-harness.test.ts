/**
 * The session harness itself: a session run in a fresh runspace of a shared pwsh process
 * (test/helpers/pwsh-runspace.ts, the default of runSession) must dump exactly what the same
 * session dumps in a fresh `pwsh -NoProfile` process, whatever ran in that pwsh before it. Every
 * session-equivalence test of the bundle rests on this.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pwshTest } from '../helpers/pwsh.js';
import { runPwshInRunspace } from '../helpers/pwsh-runspace.js';
import { tempDir } from '../helpers/temp.js';
import { SAMPLES_DIR } from './helpers/paths.js';
import { runSession, type SessionDump, type SessionSpec } from './helpers/session.js';

/** Samples whose sessions touch what runspaces could share: classes and enums, stubs, $PSScriptRoot, sub-files. */
function specs(work: string): [string, SessionSpec][] {
  const sample = (name: string) => path.join(SAMPLES_DIR, name);
  const calls = (name: string) => path.join(sample(name), '_calls.ps1');
  const fragments = (name: string, files: string[]) => files.map((f) => path.join(sample(name), 'profile.d', f));
  return [
    [
      'class-baseline',
      {
        kind: 'baseline',
        fragments: fragments('class', ['10-types.ps1', '20-uses-types.ps1']),
        calls: calls('class'),
        work,
        cwd: sample('class'),
      },
    ],
    // The same class names again, now from the bundle: an earlier runspace's types must not answer
    // (without a new pwsh after a job that made types: "Cannot convert FbPoint to FbPoint").
    [
      'class-lazy',
      {
        kind: 'bundle',
        bundle: path.join(sample('class'), '_expected.ps1'),
        calls: calls('class'),
        work,
        cwd: sample('class'),
      },
    ],
    [
      'script-root-lazy',
      {
        kind: 'bundle',
        bundle: path.join(sample('script-root'), '_expected.ps1'),
        before: 'Get-Command -CommandType Function | ForEach-Object Name',
        calls: calls('script-root'),
        work,
        cwd: sample('script-root'),
      },
    ],
  ];
}

pwshTest('a session in a fresh runspace dumps exactly what it dumps in a fresh pwsh process', async (t) => {
  const work = tempDir(t);
  const inRunspaces: SessionDump[] = [];
  // One after another, so that they share a pwsh process and each follows the others' leftovers.
  for (const [name, spec] of specs(work))
    inRunspaces.push((await runSession(spec, `${name}-runspace`, 'runspace')).dump);
  const inProcesses = await Promise.all(
    specs(work).map(async ([name, spec]) => (await runSession(spec, `${name}-process`, 'process')).dump),
  );
  specs(work).forEach(([name], i) => {
    const process = inProcesses[i]!;
    const runspace = inRunspaces[i]!;
    for (const key of Object.keys(process) as (keyof SessionDump)[]) {
      t.deepEqual(runspace[key], process[key], `${name}: ${key}`);
    }
    t.true(process.calls.length > 0, `${name} made calls`);
  });
});

pwshTest('nothing of one runspace job reaches the next: state, modules, environment, location', async (t) => {
  const dir = tempDir(t);
  const run = async (lines: string[], cwd: string, env: Record<string, string> = {}) => {
    const r = await runPwshInRunspace(lines.join('\n'), { cwd, env });
    t.is(r.stderr, '');
    return r.stdout.trim().split(/\r?\n/);
  };
  const [startPath, given] = await run(
    [
      '$env:PATH',
      '"given=[$env:FB_HARNESS_GIVEN]"',
      "$env:FB_HARNESS_LEAK = 'leaked'",
      "$env:PATH = '/nowhere'",
      "function global:Get-FbHarnessLeak { 'leaked' }",
      "$global:fbHarnessLeak = 'leaked'",
      'Set-Alias -Name fbHarnessLeak -Value Get-Date -Scope Global',
      'Set-Location /',
      "[System.Environment]::CurrentDirectory = '/'",
      'Import-Module Microsoft.PowerShell.Utility',
      // PSReadLine's handlers live in a static singleton: the server must not reuse this process.
      'Import-Module PSReadLine; Set-PSReadLineKeyHandler -Chord Ctrl+q -ScriptBlock { 1 } -BriefDescription fbLeak',
    ],
    dir,
    { FB_HARNESS_GIVEN: 'given' },
  );
  t.is(given, 'given=[given]', 'the job gets its own environment variables');
  t.deepEqual(
    await run(
      [
        '"modules=[$((Get-Module).Name -join \',\')]"',
        `"env leak=[$([System.Environment]::GetEnvironmentVariables().Contains('FB_HARNESS_LEAK'))] given=[$([System.Environment]::GetEnvironmentVariables().Contains('FB_HARNESS_GIVEN'))] path=[$($env:PATH -ceq '${(startPath ?? '').replace(/'/g, "''")}')]"`,
        '"function=[$([bool](Get-Command Get-FbHarnessLeak -ErrorAction SilentlyContinue))]"',
        '"variable=[$fbHarnessLeak] alias=[$([bool](Get-Alias fbHarnessLeak -ErrorAction SilentlyContinue))]"',
        '"location=[$((Get-Location).Path)] process=[$([System.Environment]::CurrentDirectory)]"',
        'Import-Module PSReadLine; "handler=[$((Get-PSReadLineKeyHandler -Bound | Where-Object Key -EQ \'Ctrl+q\').Function)]"',
      ],
      tmpdir(),
    ),
    [
      'modules=[]',
      'env leak=[False] given=[False] path=[True]',
      'function=[False]',
      'variable=[] alias=[False]',
      `location=[${tmpdir()}] process=[${tmpdir()}]`,
      'handler=[]',
    ],
  );
});

pwshTest('the dump holds engine hooks, event subscribers and PSReadLine handlers, and tells them apart', async (t) => {
  const work = tempDir(t);
  const setup = (body: string) => [
    "$ExecutionContext.InvokeCommand.CommandNotFoundAction = { param($n, $e) 'nf' }",
    `$ExecutionContext.InvokeCommand.PreCommandLookupAction = { param($n, $e) '${body}' }`,
    `$null = Register-EngineEvent -SourceIdentifier Fb.Harness -Action { '${body}' }`,
    '$null = Register-ObjectEvent -InputObject ([System.Timers.Timer]::new()) -EventName Elapsed',
    'Import-Module PSReadLine',
    `Set-PSReadLineKeyHandler -Chord Ctrl+q -ScriptBlock { 1 } -BriefDescription fb${body} -Description 'fb handler'`,
  ];
  const session = async (name: string, lines: string[]) => {
    const calls = path.join(work, `${name}.ps1`);
    writeFileSync(calls, lines.join('\n') + '\n');
    return (await runSession({ kind: 'bundle', bundle: path.join(work, 'empty.ps1'), calls, work, cwd: work }, name))
      .dump;
  };
  writeFileSync(path.join(work, 'empty.ps1'), '');
  const [plain, one, other] = await Promise.all([
    session('plain', []),
    session('one', setup('one')),
    session('other', setup('other')),
  ]);
  t.deepEqual(plain.hooks, {
    CommandNotFoundAction: null,
    LocationChangedAction: null,
    PostCommandLookupAction: null,
    PreCommandLookupAction: null,
  });
  t.deepEqual(plain.events, []);
  t.is(plain.psreadline, null, 'no PSReadLine section when the session did not load it');
  const file = path.join(work, 'one.ps1');
  t.deepEqual(one.hooks.CommandNotFoundAction, [`{ param($n, $e) 'nf' } @${file}`]);
  t.deepEqual(one.hooks.PreCommandLookupAction, [`{ param($n, $e) 'one' } @${file}`]);
  t.deepEqual(one.events, [
    { source: 'Fb.Harness', event: null, object: null, action: " 'one' " },
    { source: '<guid>', event: 'Elapsed', object: 'System.Timers.Timer', action: null },
  ]);
  t.true(one.psreadline?.handlers.includes('Ctrl+q fbone: fb handler'), 'the custom key handler');
  t.truthy((one.psreadline?.options as Record<string, unknown> | undefined)?.EditMode, 'PSReadLine options');
  t.notDeepEqual(one.hooks, other.hooks);
  t.notDeepEqual(one.events, other.events);
  t.notDeepEqual(one.psreadline?.handlers, other.psreadline?.handlers);
  t.deepEqual(one.psreadline?.options, other.psreadline?.options);
});
