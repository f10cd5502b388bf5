/**
 * Name-built helpers on test/pipeline/name-built: the bootstrap's Set-FragmentLoaded and
 * Test-FragmentLoaded name `$global:<name>Loaded` from their parameter. The parse stage learns them
 * from their bodies (no DYNAMIC_NAME there); each call with a literal argument defines or reads the
 * resolved variable in the calling fragment; a call with any other argument is the DYNAMIC_NAME, at
 * the call. pwsh settles what the resolved names are: loading the fragments one by one sets exactly
 * those globals, and each resolved read is what the call reads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { resolveConfig } from '../../src/config/load-config.js';
import type { Analysis } from '../../src/core/analysis.js';
import { analyzeProfile } from '../../src/pipeline/analyze.js';
import { pwshTest, runPwshFile } from '../helpers/pwsh.js';
import { tempFiles } from '../helpers/temp.js';
import { REPO_ROOT } from '../bundle/helpers/paths.js';

const FIXTURE = path.join(REPO_ROOT, 'test', 'pipeline', 'name-built');

async function analyse(deferral?: object): Promise<Analysis> {
  const config = resolveConfig({ cwd: FIXTURE, config: path.join(FIXTURE, 'fragbundle.config.json') });
  return analyzeProfile(deferral ? { ...config, deferral: { ...config.deferral, ...deferral } } : config, {
    cwd: FIXTURE,
  });
}

/** `file:line:col CODE` of the findings with these codes. */
function findings(a: Analysis, ...codes: string[]): string[] {
  return a.diagnostics
    .filter((d) => codes.includes(d.code))
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)
    .sort();
}

/** Variables resolved at helper calls, per fragment: `+name` set (with scope), `?name` read. */
function resolved(a: Analysis): Record<string, string[]> {
  return Object.fromEntries(
    a.symbols.map((s) => [
      s.fragment,
      [
        ...s.defines
          .filter((d) => d.template !== undefined)
          .map((d) => `+${d.scope}:${d.name}@${d.file === undefined ? '' : `${d.file}:`}${d.line}`),
        ...s.references.filter((r) => r.template !== undefined).map((r) => `?${r.name}@${r.line}`),
      ],
    ]),
  );
}

test('the helpers are learned, not reported; literal calls resolve, the other call is the DYNAMIC_NAME', async (t) => {
  const a = await analyse();
  t.deepEqual(findings(a, 'DYNAMIC_NAME', 'NAME_BUILT_HELPER'), [
    '30-dynamic.ps1:2:1 DYNAMIC_NAME',
    'bootstrap/GlobalState.ps1:10:20 NAME_BUILT_HELPER',
    'bootstrap/GlobalState.ps1:3:31 NAME_BUILT_HELPER',
    'bootstrap/GlobalState.ps1:7:24 NAME_BUILT_HELPER',
  ]);
  t.deepEqual(resolved(a), {
    '00-bootstrap': [],
    '10-git': ['+global:gitLoaded@3', '?gitLoaded@1'],
    '20-uses-git': ['?gitLoaded@2'],
    '30-dynamic': ['+global:pfxLoaded@3'],
    '40-leak': [],
    '50-tools': ['+global:toolsLoaded@2', '+global:tool-kind@4'],
    '60-sub': ['+global:subLoaded@sub/mark.ps1:2'],
  });
  const dynamic = a.diagnostics.find((d) => d.code === 'DYNAMIC_NAME');
  t.is(
    dynamic?.message,
    'variable name is built at run time (Set-FragmentLoaded sets $global:{FragmentName}Loaded, and its -FragmentName argument is not a literal); it cannot be resolved statically',
  );
});

test('the graph sees the resolved variables: an edge to the reader, the leak of a marker global', async (t) => {
  const a = await analyse();
  const edge = a.graph.edges.find((e) => e.from === '10-git' && e.to === '20-uses-git');
  t.deepEqual(
    edge?.via.map((v) => `${v.kind}:${v.name}`),
    ['variable:gitLoaded'],
    '20-uses-git reads $gitLoaded, which 10-git sets',
  );
  t.deepEqual(
    a.diagnostics
      .filter((d) => d.code === 'GUARD_VARIABLE_LEAK')
      .map((d) => `${d.file}:${d.line} ${d.related?.map((r) => `${r.file}:${r.line}`).join(',')}`),
    ['50-tools.ps1:2 40-leak.ps1:2'],
  );
  const plan = Object.fromEntries(
    a.plan.entries.map((e) => [e.fragment, e.mode === 'eager' ? e.keptEagerBy?.why : e.mode]),
  );
  t.is(plan['10-git'], 'it sets $gitLoaded, which 20-uses-git.ps1:2 reads');
  t.is(plan['30-dynamic'], 'it uses a name built at run time');
});

test('a deferral.guards entry wins over what was learned for its command', async (t) => {
  const a = await analyse({
    guards: [
      { command: 'Set-FragmentLoaded', sets: '{name}Done' },
      { command: 'Test-FragmentLoaded', reads: 'Seen_{name}', nameParameter: 'FragmentName' },
    ],
  });
  const r = resolved(a);
  t.deepEqual(r['10-git'], ['+global:gitDone@3', '?Seen_git@1']);
  t.deepEqual(r['30-dynamic'], ['+global:pfxDone@3']);
});

pwshTest(
  'pwsh: loading the fragments one by one sets exactly the resolved globals, and each call reads its resolved one',
  async (t) => {
    const a = await analyse();
    const sets = a.symbols.flatMap((s) => s.defines.filter((d) => d.template !== undefined).map((d) => d.name));
    const reads = a.symbols.flatMap((s) =>
      s.references
        .filter((r) => r.template !== undefined)
        .map((r) => {
          const text = readFileSync(path.join(FIXTURE, 'profile.d', r.file ?? s.path), 'utf8');
          const line = text.split(/\r?\n/)[r.line - 1] ?? '';
          return { name: r.name, call: line.slice(r.column - 1).split(')')[0] ?? '' };
        }),
    );
    t.true(sets.length >= 3 && reads.length >= 2, 'the fixture resolves calls');
    const dir = tempFiles(t, {
      'check.ps1': `param([string]$Folder)
$before = @(Get-Variable -Scope Global | ForEach-Object Name)
foreach ($f in Get-ChildItem -LiteralPath $Folder -Filter *.ps1 | Sort-Object Name) { . $f.FullName }
$new = @(Get-Variable -Scope Global | Where-Object { $before -notcontains $_.Name -and $_.Value -is [bool] -and $_.Value } | ForEach-Object Name | Sort-Object)
$reads = @(${reads.map((r) => `@{ name = '${r.name}'; call = { ${r.call} } }`).join('; ')})
$verdicts = foreach ($r in $reads) {
  Remove-Variable -Name $r.name -Scope Global -ErrorAction Ignore
  $without = & $r.call
  Set-Variable -Name $r.name -Value $true -Scope Global
  $with = & $r.call
  "$($r.name): $without/$with"
}
$found = foreach ($n in @(${sets.map((n) => `'${n}'`).join(', ')})) { "$($n): $(Get-Variable -Name $n -Scope Global -ValueOnly -ErrorAction Ignore)" }
[pscustomobject]@{ set = $new; reads = @($verdicts); found = @($found) } | ConvertTo-Json -Compress
`,
    });
    const run = await runPwshFile(path.join(dir, 'check.ps1'), [path.join(FIXTURE, 'profile.d')]);
    t.is(run.exitCode, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { set: string[]; reads: string[]; found: string[] };
    // dynLoaded is the one the non-literal call set: pwsh knows it, fragbundle says it cannot.
    // A variable made through `variable:global:X` keeps `global:` in its PSVariable.Name (pwsh
    // 7.6), though it is the global X: `found` looks each resolved name up as written.
    t.deepEqual(
      out.set.map((n) => n.toLowerCase().replace(/^global:/, '')).sort(),
      [...sets, 'dynLoaded'].map((n) => n.toLowerCase()).sort(),
    );
    t.deepEqual(
      out.found,
      sets.map((n) => `${n}: True`),
    );
    t.deepEqual(
      out.reads,
      reads.map((r) => `${r.name}: False/True`),
    );
  },
);
