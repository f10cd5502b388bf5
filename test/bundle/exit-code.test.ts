/**
 * A fragment's top-level `exit` (issue 18 item 1): one by one it ends that fragment only and sets
 * `$LASTEXITCODE` at once, converted as pwsh converts an exit code, so a later fragment reads it
 * and the session ends up with the last exiting fragment's code. The bundle must match in every
 * lazy mode (a fragment with a top-level exit is never deferred). Each load runs in a fresh
 * runspace of one pwsh process.
 */
import fs from 'node:fs';
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

/**
 * Script blocks that are stored, not run while loading (a function body set through `Set-Item`,
 * `${function:X} =` or a definer helper, a block kept in a variable or handed to an unknown
 * command, an event action, a `ForEach-Object -Parallel` block, which runs in other runspaces):
 * one by one, their `exit` does not end the fragment and their text is as written. The bundle
 * must leave their text as written (`${function:X}`, `ToString()`), and still rewrite the exits
 * that do run while loading (ForEach-Object, `.ForEach()`, Invoke-Command inside `switch`, `while`).
 */
const STORED = {
  'profile.d/10-stored.ps1': `${big('Get-StoredA')}$global:ExitSeen = @()
$global:LASTEXITCODE = 99
function Set-AgentModeFunction { param($Name, $Body) Set-Item "function:global:$Name" -Value $Body }
function Save-Later($Block) { $global:SavedLater = $Block }
Set-Item function:global:Stop-A -Value { exit 1 }
$global:StoredB = { exit 2 }
Set-AgentModeFunction -Name Stop-C -Body { exit 3 }
$null = Register-EngineEvent -SourceIdentifier FbExitD -Action { exit 4 }
\${function:global:Stop-E} = { exit 5 }
1 | ForEach-Object -Parallel { exit 6 }
Save-Later { exit 7 }
$global:ExitSeen += ,"10:$LASTEXITCODE"
`,
  // Sent to another session (here it fails: no session), never run in this one: its text stays.
  'profile.d/15-remote.ps1': `Invoke-Command -Session $null -ScriptBlock { exit 11 }\n`,
  'profile.d/20-each.ps1': `${big('Get-StoredB')}1 | ForEach-Object { exit 8 }\n$global:ExitSeen += ,'20 ran on'\n`,
  'profile.d/30-after.ps1': record('30'),
  'profile.d/40-method.ps1': `${big('Get-StoredC')}@(1).ForEach({ exit 9 })\n$global:ExitSeen += ,'40 ran on'\n`,
  'profile.d/50-after.ps1': record('50'),
  'profile.d/60-nested.ps1': `${big('Get-StoredD')}while ($true) { switch (1) { 1 { Invoke-Command { exit 10 } } } }\n$global:ExitSeen += ,'60 ran on'\n`,
  'profile.d/70-after.ps1': `${record('70')}function Get-StoredAfter { 'after' }\n`,
  // The grammar reads the first line only as tokens: start-up finds this fragment's exits with pwsh's parser.
  'profile.d/80-partial.ps1': `$null = 1, 2 | % -Begin {} -Process {} -End {}
Set-Item function:global:Stop-F -Value { exit 13 }
1 | ForEach-Object { exit 14 }
$global:ExitSeen += ,'80 ran on'
`,
  'profile.d/90-after.ps1': record('90'),
};

/** What the stored blocks read as, and the exit codes the fragments saw, after loading with `load`. */
const storedProbe = (load: string): string => `${load}
$remote = @($Error | ForEach-Object { "$($_.InvocationInfo.Line)".TrimEnd() } | Where-Object { $_ -match 'exit 11' })[0]
$texts = @(\${function:Stop-A}, $global:StoredB, \${function:Stop-C}, (Get-EventSubscriber -SourceIdentifier FbExitD).Action.Command, \${function:Stop-E}, $global:SavedLater, $remote, \${function:Stop-F}) | ForEach-Object { "[$_]" }
"$($global:ExitSeen -join ' ') end:$LASTEXITCODE texts:$($texts -join '')"`;

/**
 * Builds `files` in off, auto and fragments, then (when `edit` is given) rewrites each fragment on
 * disk with `edit` and writes the `added` ones, so that the stale guard loads their text from disk; loads every bundle and the
 * files one by one, each in a fresh runspace of one pwsh, and returns each load's probe line.
 */
async function loadAll(
  t: Parameters<Parameters<typeof pwshTest>[1]>[0],
  files: Record<string, string>,
  probe: (load: string) => string,
  edit?: (text: string, name: string) => string,
  added: Record<string, string> = {},
  check?: (lazy: string, output: string) => void,
): Promise<string[]> {
  const dir = tempFiles(t, files);
  const order = [...Object.keys(files), ...Object.keys(added)].filter((f) => /^profile\.d\/[^/]+\.ps1$/.test(f)).sort();
  const loaders: Record<string, string> = {};
  for (const lazy of ['off', 'auto', 'fragments']) {
    const out = path.join(dir, `bundle-${lazy}.ps1`);
    const built = await runCli(
      ['build', '--lazy', lazy, '--output', out, '--cache-dir', path.join(dir, '.cache')],
      dir,
    );
    t.is(built.exitCode, 0, built.stderr);
    check?.(lazy, built.stdout + built.stderr);
    if (lazy === 'auto') t.regex(built.stdout + built.stderr, /[1-9]\d* lazy with [1-9]\d* stubs/, 'auto stubs');
    loaders[lazy] = `. ${quotePs(out)}`;
  }
  if (edit)
    for (const f of Object.keys(files).filter((f) => f.endsWith('.ps1')))
      fs.writeFileSync(path.join(dir, f), edit(files[f]!, f));
  for (const [f, text] of Object.entries(added)) fs.writeFileSync(path.join(dir, f), text);
  loaders['one by one'] = order.map((f) => `try { . ${quotePs(path.join(dir, f))} } catch { }`).join('; ');
  const script = ['one by one', 'off', 'auto', 'fragments']
    .map(
      (name) => `$p = [powershell]::Create()
$null = $p.AddScript(${quotePs(probe(loaders[name]!))})
'${name} => ' + ($p.Invoke() -join ' ')
$p.Dispose()`,
    )
    .join('\n');
  const r = await runPwshCommand(script, { cwd: dir });
  t.is(r.exitCode, 0, r.stderr);
  const lines = r.stdout.split(/\r?\n/).filter((l) => l.includes(' => '));
  t.log(lines.join('\n'));
  return lines;
}

/** Every load's line equals one by one's. */
function sameAsOneByOne(t: Parameters<Parameters<typeof pwshTest>[1]>[0], lines: string[]): void {
  t.is(lines.length, 4);
  const expected = lines[0]!.replace(/^one by one => /, '');
  t.deepEqual(
    lines.slice(1),
    ['off', 'auto', 'fragments'].map((m) => `${m} => ${expected}`),
  );
}

pwshTest(
  'exit: only exits that run while loading are rewritten; stored blocks keep their text, in every lazy mode',
  async (t) => {
    const lines = await loadAll(t, STORED, storedProbe);
    t.is(
      lines[0],
      'one by one => 10:99 30:8 50:9 70:10 90:14 end:14 texts:[ exit 1 ][ exit 2 ][ exit 3 ][ exit 4 ][ exit 5 ][ exit 7 ][Invoke-Command -Session $null -ScriptBlock { exit 11 }][ exit 13 ]',
    );
    sameAsOneByOne(t, lines);
  },
);

pwshTest("exit: text the stale guard loads from disk gets the same treatment, found by pwsh's parser", async (t) => {
  const added = {
    'profile.d/85-added.ps1': `Set-Item function:global:Stop-G -Value { exit 15 }\n@(1).Where({ exit 16 })\n$global:ExitSeen += ,'85 ran on'\n`,
    'profile.d/86-added.ps1': `${record('86')}$null = & { exit 17 }\n$global:ExitSeen += ,'86 ran on'\n`,
  };
  const probe = (load: string): string =>
    storedProbe(load).replace('${function:Stop-F})', '${function:Stop-F}, ${function:Stop-G})');
  const lines = await loadAll(t, STORED, probe, (text) => `${text}\n# edited\n`, added);
  t.regex(lines[0]!, / 86:16 90:17 end:17 .*\[ exit 13 \]\[ exit 15 \]$/);
  sameAsOneByOne(t, lines);
});

/**
 * An `exit` in a sub-file a fragment dot-sources (directly, through a configured loader helper
 * that dot-sources in its own scope, with arguments for a `param()`, and from a deferred
 * fragment's function): one by one it ends that sub-file only, sets `$LASTEXITCODE` at once, and
 * the caller goes on. An exit in a function the sub-file defines keeps its text.
 */
const SUBS = {
  'fragbundle.config.json': JSON.stringify({
    fragments: 'profile.d',
    loaders: [{ command: 'Import-Lib', rootParameter: 'Root', pathParameter: 'Path' }],
  }),
  'profile.d/00-boot.ps1': `${big('Get-SubsC')}$global:ExitSeen = @()
function global:Import-Lib {
    param([string]$Root, [string[]]$Path)
    $full = $Root
    foreach ($s in $Path) { $full = Join-Path $full $s }
    . $full
    $global:ExitSeen += ,"helper:$LASTEXITCODE/$helperLocal"
}
`,
  'profile.d/10-subs.ps1': `${big('Get-SubsA')}. "$PSScriptRoot/lib/exit-a.ps1"
$global:ExitSeen += ,"10:$LASTEXITCODE/$(Get-SubA)/$subLocal"
Import-Lib -Root $PSScriptRoot -Path @('lib', 'exit-b.ps1')
$global:ExitSeen += ,"10b:$LASTEXITCODE/$(Get-SubB)"
. "$PSScriptRoot/lib/exit-c.ps1" 'arg'
$global:ExitSeen += ,"10c:$LASTEXITCODE"
. "$PSScriptRoot/lib/exit-e.ps1"
$global:ExitSeen += ,"10e:$LASTEXITCODE"
`,
  'profile.d/lib/exit-a.ps1': `function global:Get-SubA { 'a' }
function global:Stop-SubA { exit 9 }
$subLocal = 'local'
if ($true) { exit 4 }
$global:ExitSeen += ,'a ran on'
`,
  'profile.d/lib/exit-b.ps1': `function global:Get-SubB { 'b' }
$helperLocal = 'hl'
& { exit "12" }
$global:ExitSeen += ,'b ran on'
`,
  'profile.d/lib/exit-c.ps1': `param($x)
$global:ExitSeen += ,"c:$x"
:outer foreach ($i in 1) { 1 | ForEach-Object { exit $true } }
$global:ExitSeen += ,'c ran on'
`,
  // The grammar reads the first line only as tokens: the sub-file loader finds the exits with pwsh's parser.
  'profile.d/lib/exit-e.ps1': `$null = 1, 2 | % -Begin {} -Process {} -End {}
Set-Item function:global:Stop-SubE -Value { exit 13 }
1 | ForEach-Object { exit 8 }
$global:ExitSeen += ,'e ran on'
`,
  'profile.d/20-after.ps1': `${big('Get-SubsB')}${record('20')}`,
  'profile.d/30-defer.ps1': `${big('Get-SubsD')}function Get-SubDeferred {\n    Import-Lib -Root $PSScriptRoot -Path @('lib', 'exit-d.ps1')\n    "d:$LASTEXITCODE"\n}\n`,
  'profile.d/lib/exit-d.ps1': `exit 6\n'd ran on'\n`,
};

const subsProbe = (load: string): string => `${load}
$atLoad = "$($global:ExitSeen -join ' ') end:$LASTEXITCODE"
$d = Get-SubDeferred
"$atLoad then:$d/$LASTEXITCODE text:[\${function:Stop-SubA}][\${function:Stop-SubE}]"`;

pwshTest(
  'exit: an exit in a dot-sourced sub-file ends only that sub-file, as one by one, in every lazy mode',
  async (t) => {
    const lines = await loadAll(t, SUBS, subsProbe);
    t.is(
      lines[0],
      'one by one => 10:4/a/local helper:12/hl 10b:12/b c:arg 10c:1 10e:8 20:8 end:8 then:d:6/6 text:[ exit 9 ][ exit 13 ]',
    );
    sameAsOneByOne(t, lines);
  },
);

pwshTest('exit: a sub-file the stale guard reloads from disk gets the same treatment', async (t) => {
  const lines = await loadAll(t, SUBS, subsProbe, (text, name) =>
    name.includes('/lib/') ? `${text}\n# edited\n` : text,
  );
  t.regex(lines[0]!, /^one by one => 10:4\/a\/local /);
  sameAsOneByOne(t, lines);
});

/**
 * A deferred fragment (`--lazy fragments`) whose sub-file the stale guard reloads with an `exit`
 * added: the fragment runs at the first call of a name it defines, and the sub-file's exit must
 * end only the sub-file there too (the exit helper outlives start-up while the sub-file loader does).
 */
const DEFERRED_SUB = {
  'profile.d/00-first.ps1': `${big('Get-DefA')}${big('Get-DefA2')}`,
  'profile.d/40-deferred.ps1': `${big('Get-DefB')}. "$PSScriptRoot/lib/defs.ps1"\nfunction Get-DefAfter { 'after' }\n`,
  'profile.d/lib/defs.ps1': "function global:Get-Defs { 'defs' }\n",
  'profile.d/50-more.ps1': `${big('Get-DefC')}${big('Get-DefC2')}`,
};

pwshTest('exit: a reloaded sub-file of a deferred fragment ends only itself at the first call', async (t) => {
  const lines = await loadAll(
    t,
    DEFERRED_SUB,
    (load) =>
      `${load}\n"$(Get-Defs) $(Get-DefAfter) code:$LASTEXITCODE never:$(@(Get-Command Get-Never -ErrorAction Ignore).Length)"`,
    (text, name) => (name.includes('/lib/') ? `${text}exit 3\nfunction global:Get-Never { }\n` : text),
    {},
    (lazy, output) => {
      if (lazy === 'fragments') t.regex(output, /, 3 deferred with/, 'every fragment is deferred');
    },
  );
  t.is(lines[0], 'one by one => defs after code:3 never:0');
  sameAsOneByOne(t, lines);
});

/**
 * Sub-file shapes whose exits the build's rewrite (a labelled break out of a loop around the
 * statements) must not change: a top-level `trap` before the first exit (its `continue` resumes
 * after the failing statement, its `break` rethrows), named `begin`/`process`/`end` blocks, and an
 * exit in a `finally` block. One by one each exit ends only its sub-file.
 */
const SUB_EDGES = {
  'profile.d/10-edges.ps1': `${big('Get-EdgesA')}${big('Get-EdgesC')}$global:ExitSeen = @()
. "$PSScriptRoot/lib/trap-continue.ps1"
$global:ExitSeen += ,"10a:$LASTEXITCODE"
try { . "$PSScriptRoot/lib/trap-break.ps1" } catch { $global:ExitSeen += ,"caught:$_" }
$global:ExitSeen += ,"10b:$LASTEXITCODE"
. "$PSScriptRoot/lib/named.ps1"
$global:ExitSeen += ,"10c:$LASTEXITCODE"
. "$PSScriptRoot/lib/finally.ps1"
$global:ExitSeen += ,"10d:$LASTEXITCODE"
. "$PSScriptRoot/lib/trap-late.ps1"
$global:ExitSeen += ,"10e:$LASTEXITCODE"
. "$PSScriptRoot/lib/named-begin.ps1"
$global:ExitSeen += ,"10f:$LASTEXITCODE"
foreach ($i in 1, 2) { . "$PSScriptRoot/lib/loop-exit.ps1"; $global:ExitSeen += ,"10g$($i):$LASTEXITCODE" }
`,
  'profile.d/lib/trap-continue.ps1': `trap { $global:ExitSeen += ,"trap:$_"; continue }
$global:ExitSeen += ,'t1'
if ($true) {
    throw 'boom'
    $global:ExitSeen += ,'t2'
    exit 4
}
$global:ExitSeen += ,'t ran on'
`,
  'profile.d/lib/trap-break.ps1': `trap { $global:ExitSeen += ,"trapb:$_"; break }
foreach ($i in 1) { if ($i) { exit 3 } }
$global:ExitSeen += ,'tb ran on'
`,
  'profile.d/lib/named.ps1': `begin { $global:ExitSeen += ,'begin' }
process { $global:ExitSeen += ,'process'; if ($true) { exit 5 }; $global:ExitSeen += ,'process ran on' }
end { $global:ExitSeen += ,'end ran' }
`,
  'profile.d/lib/finally.ps1': `try { $global:ExitSeen += ,'try' } finally { exit 6 }
$global:ExitSeen += ,'f ran on'
`,
  'profile.d/lib/trap-late.ps1': `$global:ExitSeen += ,'l1'
$null = 1 / $null
$global:ExitSeen += ,'l2'
if ($true) { exit 7 }
trap { $global:ExitSeen += ,'trapl'; continue }
`,
  'profile.d/lib/named-begin.ps1': `begin { $global:ExitSeen += ,'nb'; exit 8 }
process { $global:ExitSeen += ,'nb process ran' }
end { $global:ExitSeen += ,'nb end ran' }
`,
  'profile.d/lib/loop-exit.ps1': `$global:ExitSeen += ,"le$i"
if ($i -eq 2) { exit 9 }
continue
`,
  'profile.d/20-after.ps1': `${big('Get-EdgesB')}${big('Get-EdgesD')}${record('20')}`,
};

const edgesProbe = (load: string): string => `${load}\n"$($global:ExitSeen -join ' ') end:$LASTEXITCODE"`;

pwshTest(
  'exit: sub-files with a trap, named blocks or an exit in finally end only themselves, as one by one',
  async (t) => {
    const lines = await loadAll(t, SUB_EDGES, edgesProbe);
    t.is(
      lines[0],
      'one by one => t1 trap:boom t ran on 10a: 10b:3 begin process 10c:5 try 10d:6 l1 trapl l2 10e:7 nb 10f:8 le1 le2 10g2:9 20:9 end:9',
    );
    sameAsOneByOne(t, lines);
  },
);

pwshTest('exit: such sub-files the stale guard reloads from disk get the same treatment', async (t) => {
  const lines = await loadAll(t, SUB_EDGES, edgesProbe, (text, name) =>
    name.includes('/lib/') ? `${text}\n# edited\n` : text,
  );
  t.regex(lines[0]!, /^one by one => t1 trap:boom t ran on 10a: /);
  sameAsOneByOne(t, lines);
});
