/**
 * How a call of a name-built helper binds its positional arguments, case by case: explicit
 * `Position=N` out of declaration order, parameters with and without a Position in an advanced
 * function, `PositionalBinding=$false`, simple functions, and the shapes fragbundle does not model
 * (parameter sets, remaining arguments, a Position that is not a literal). Each case says which
 * global pwsh sets (null: none, the call fails) and which fragbundle resolves (null: none, a
 * DYNAMIC_NAME at the call); fragbundle may fall short of pwsh, never name another variable. The
 * pwsh test runs every call in one session and checks the first column.
 */
import path from 'node:path';
import test from 'ava';
import { nameBuiltHelpers, resolveNameBuiltCalls } from '../../src/pipeline/resolve-name-built.js';
import { extract } from '../parse/parser.js';
import { pwshTest, runPwshFile } from '../helpers/pwsh.js';
import { tempFiles } from '../helpers/temp.js';

/** The body every helper has: it sets `$global:<Name>Mark`. */
const BODY = 'Set-Variable -Name "${Name}Mark" -Value 1 -Scope Global';

const HELPERS = [
  // Explicit positions out of declaration order: by Position, not by place.
  `function Set-OutOfOrder { param([Parameter(Position=1)]$Name, [Parameter(Position=0)]$Kind) ${BODY} }`,
  `function Set-Gaps([Parameter(Position=10)]$Name, [Parameter(Position=5)]$Kind) { ${BODY} }`,
  // Some with a Position, some without: those without take no positional argument.
  `function Set-Mixed { [CmdletBinding()] param([Parameter(Position=0)]$Kind, $Name) ${BODY} }`,
  `function Set-MixedNoBinding { param([Parameter(Position=0)]$Name, [string]$Kind) ${BODY} }`,
  // PositionalBinding=$false: none positional, unless given a Position.
  `function Set-Named { [CmdletBinding(PositionalBinding=$false)] param($Name) ${BODY} }`,
  `function Set-NamedPos { [cmdletbinding(positionalbinding=$FALSE)] param([Parameter(Position=0)]$Name, $Kind) ${BODY} }`,
  // Simple functions: declaration order, switches skipped, extra arguments to $args ([Alias] keeps it simple).
  `function Set-Simple($Kind, $Name) { ${BODY} }`,
  `function Set-SimpleSwitch { param([switch]$Force, [Alias('N')]$Name) ${BODY} }`,
  // Advanced without any Position: declaration order, switches skipped, no extra argument.
  `function Set-Advanced { [CmdletBinding()] param([switch]$Force, $Name) ${BODY} }`,
  `function Set-AdvancedByAttribute { param([Parameter(Mandatory)]$Name) ${BODY} }`,
  // Not modelled: fragbundle resolves only what is named.
  `function Set-Sets { [CmdletBinding(DefaultParameterSetName='k')] param([Parameter(ParameterSetName='k', Position=0)]$Kind, [Parameter(ParameterSetName='n', Position=0)]$Name) ${BODY} }`,
  `function Set-SamePos { param([Parameter(Position=0)]$Kind, [Parameter(Position=0)]$Name) ${BODY} }`,
  `function Set-Rest { param([Parameter(ValueFromRemainingArguments)]$Rest, $Name) ${BODY} }`,
  `function Set-PosExpr { param([Parameter(Position=(1))]$Name, [Parameter(Position=0)]$Kind) ${BODY} }`,
  `function Set-PosSwitch { param([Parameter(Position=0)][switch]$Force, [Parameter(Position=1)]$Name) ${BODY} }`,
];

interface Case {
  readonly call: string;
  /** The global pwsh sets (null: none). */
  readonly pwsh: string | null;
  /** The variable fragbundle resolves (null: none, a DYNAMIC_NAME). */
  readonly ours: string | null;
}

const CASES: readonly Case[] = [
  { call: 'Set-OutOfOrder a1 b1', pwsh: 'b1Mark', ours: 'b1Mark' },
  { call: 'Set-OutOfOrder -Kind a2 b2', pwsh: 'b2Mark', ours: 'b2Mark' },
  { call: 'Set-OutOfOrder -Name a3 b3', pwsh: 'a3Mark', ours: 'a3Mark' },
  { call: 'Set-Gaps a4 b4', pwsh: 'b4Mark', ours: 'b4Mark' },
  { call: 'Set-Mixed a5 b5', pwsh: null, ours: null },
  { call: 'Set-Mixed a6 -Name b6', pwsh: 'b6Mark', ours: 'b6Mark' },
  { call: 'Set-MixedNoBinding a7', pwsh: 'a7Mark', ours: 'a7Mark' },
  { call: 'Set-MixedNoBinding a8 b8', pwsh: null, ours: null },
  { call: 'Set-Named a9', pwsh: null, ours: null },
  { call: 'Set-Named -Name a10', pwsh: 'a10Mark', ours: 'a10Mark' },
  { call: 'Set-NamedPos a11', pwsh: 'a11Mark', ours: 'a11Mark' },
  { call: 'Set-NamedPos a12 b12', pwsh: null, ours: null },
  { call: 'Set-Simple a13 b13 c13', pwsh: 'b13Mark', ours: 'b13Mark' },
  { call: 'Set-SimpleSwitch a14 b14', pwsh: 'a14Mark', ours: 'a14Mark' },
  { call: 'Set-Advanced a15', pwsh: 'a15Mark', ours: 'a15Mark' },
  { call: 'Set-Advanced a16 b16', pwsh: null, ours: null },
  { call: 'Set-AdvancedByAttribute a17 b17', pwsh: null, ours: null },
  { call: 'Set-Sets a18', pwsh: 'Mark', ours: null },
  { call: 'Set-Sets -Name a19', pwsh: 'a19Mark', ours: 'a19Mark' },
  { call: 'Set-SamePos a20', pwsh: null, ours: null },
  { call: 'Set-Rest a21 b21', pwsh: 'a21Mark', ours: null },
  { call: 'Set-PosExpr a22 b22', pwsh: 'b22Mark', ours: null },
  { call: 'Set-PosSwitch a23 b23', pwsh: null, ours: null },
];

const TEXT = [...HELPERS, ...CASES.map((c) => c.call)].join('\n') + '\n';

test('fragbundle never names a variable pwsh would not set', (t) => {
  for (const c of CASES) t.true(c.ours === null || c.ours === c.pwsh, c.call);
});

test('each call resolves to the variable pwsh binds it to, or to none', async (t) => {
  const symbols = await extract('binding.ps1', TEXT);
  t.deepEqual(
    symbols.nameBuilt?.map((n) => n.command),
    HELPERS.map((h) => /function (\S+?)[\s(]/.exec(h)?.[1]),
    'every helper is learned',
  );
  const [resolved] = resolveNameBuiltCalls([symbols], nameBuiltHelpers([symbols], []), () => TEXT);
  const dynamic = new Set(resolved?.diagnostics.filter((d) => d.code === 'DYNAMIC_NAME').map((d) => d.line));
  const got = CASES.map((c, k) => {
    const line = HELPERS.length + k + 1;
    const set = resolved?.defines.filter((d) => d.template !== undefined && d.line === line).map((d) => d.name);
    return `${c.call} => ${set?.join(',') || (dynamic.has(line) ? 'DYNAMIC_NAME' : 'nothing')}`;
  });
  t.deepEqual(
    got,
    CASES.map((c) => `${c.call} => ${c.ours ?? 'DYNAMIC_NAME'}`),
  );
  const named = HELPERS.length + CASES.findIndex((c) => c.call === 'Set-Named a9') + 1;
  t.regex(
    resolved?.diagnostics.find((d) => d.code === 'DYNAMIC_NAME' && d.line === named)?.message ?? '',
    /passes 1 positional argument where Set-Named takes 0, so pwsh cannot bind it/,
  );
});

pwshTest('pwsh: each call sets the global the table says, or none', async (t) => {
  const dir = tempFiles(t, {
    'calls.ps1': `${HELPERS.join('\n')}
$calls = @(${CASES.map((c) => `{ ${c.call} }`).join(', ')})
$out = foreach ($call in $calls) {
  $before = @(Get-Variable -Scope Global | ForEach-Object Name)
  try { $null = & $call 2>&1 } catch { }
  $new = @(Get-Variable -Scope Global | Where-Object { $_.Name -like '*Mark' -and $before -notcontains $_.Name } | ForEach-Object Name)
  "$($call.ToString().Trim()) => $($new -join ',')"
}
$out | ConvertTo-Json -Compress
`,
  });
  const run = await runPwshFile(path.join(dir, 'calls.ps1'));
  t.is(run.exitCode, 0, run.stderr);
  t.deepEqual(
    JSON.parse(run.stdout),
    CASES.map((c) => `${c.call} => ${c.pwsh ?? ''}`),
  );
});
