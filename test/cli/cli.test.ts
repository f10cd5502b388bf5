import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { runAnalyze } from '../../src/cli/commands/analyze.js';
import { runBuild } from '../../src/cli/commands/build.js';
import { runCheck } from '../../src/cli/commands/check.js';
import { runExplain } from '../../src/cli/commands/explain.js';
import { runGraph } from '../../src/cli/commands/graph.js';
import { runInit } from '../../src/cli/commands/init.js';
import { runWhere } from '../../src/cli/commands/where.js';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp.js';

// Tests about the process (argument parsing, exit on thrown errors, --output-file, the step
// summary) run the CLI as a child; the rest call the commands in-process, as src/cli/main.ts
// does, which saves a Node.js start and a grammar load per call (docs/testing.md).

/** A small correct profile: bootstrap helpers used at load time, an env fragment, a library. */
const profile = {
  'profile.d/00-bootstrap.ps1':
    'function Set-ProfileAlias { param($Name, $Target) Set-Alias -Name $Name -Value $Target -Scope Global }\n',
  'profile.d/10-env.ps1': '$env:EDITOR = "vim"\n$ProfileName = "test"\n',
  'profile.d/20-git.ps1':
    '# Dependencies: bootstrap\nfunction Get-GitBranch { "main" }\nSet-ProfileAlias -Name gb -Target Get-GitBranch\n',
};

/** The same profile with the git fragment needing a helper that loads after it. */
const misordered = {
  ...profile,
  'profile.d/20-git.ps1': 'function Get-GitBranch { "main" }\nSet-LateAlias -Name gb -Target Get-GitBranch\n',
  'profile.d/30-late.ps1':
    'function Set-LateAlias { param($Name, $Target) Set-Alias -Name $Name -Value $Target -Scope Global }\n',
};

const oneLine = (s: string) => s.trim().split('\n').length === 1;

test('unknown options and commands: exit 2, one clear line, no stack trace', async (t) => {
  const dir = tempFiles(t, profile);
  for (const args of [
    ['analyze', '--frobnicate'],
    ['frobnicate'],
    // No command at all prints the command list instead (test/hostile/bad-cli.test.ts).
    ['build', '--lazy', 'sometimes'],
    ['where', 'x'],
  ]) {
    const r = await runCli(args, dir);
    t.is(r.exitCode, 2, args.join(' '));
    t.regex(r.stderr, /^fragbundle: /, args.join(' '));
    t.notRegex(r.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('a missing folder and an empty folder: exit 2 naming the folder', async (t) => {
  const dir = tempFiles(t, { 'empty/readme.txt': '' });
  const missing = await runCli(['analyze', 'nope'], dir);
  t.is(missing.exitCode, 2);
  t.true(oneLine(missing.stderr));
  t.regex(missing.stderr, /nope does not exist/);
  const empty = await runCli(['build', 'empty'], dir);
  t.is(empty.exitCode, 2);
  t.regex(empty.stderr, /NO_FRAGMENTS: \S*empty: no files match \*\.ps1/);
});

test('a bad config: exit 2 with the file and key path; --debug adds no noise for expected errors', async (t) => {
  const dir = tempFiles(t, { ...profile, 'fragbundle.config.json': '{ "lazy": "sometimes", "exclude": "x" }' });
  const r = await runCli(['check'], dir);
  t.is(r.exitCode, 2);
  t.regex(r.stderr, /error CONFIG_INVALID: fragbundle\.config\.json: lazy must be one of "auto", "off"/);
  t.regex(r.stderr, /exclude must be an array of strings/);
  const unreadable = tempFiles(t, { ...profile, 'fragbundle.config.json/x': '' });
  const r2 = await runCli(['analyze'], unreadable);
  t.is(r2.exitCode, 2);
  t.regex(r2.stderr, /cannot read: it is a folder/);
});

test('analyze --format json is versioned and byte-identical across runs', async (t) => {
  const dir = tempFiles(t, profile);
  // One run as a child, one in-process: the in-process calls below print what the CLI prints.
  const a = await runCli(['analyze', '--format', 'json'], dir);
  const b = await runAnalyze({ cwd: dir, format: 'json' });
  t.is(a.exitCode, 0, a.stderr);
  t.is(a.stdout, b.stdout);
  const doc = JSON.parse(a.stdout);
  t.is(doc.version, 1);
  t.deepEqual(doc.order, ['00-bootstrap', '10-env', '20-git']);
  t.deepEqual(
    doc.edges.map((e: { from: string; to: string }) => `${e.from}>${e.to}`),
    ['00-bootstrap>20-git'],
  );
  t.true(doc.edges[0].declared && doc.edges[0].inferred);
});

test('build writes the bundle, then reports it up to date; check passes, then fails when a fragment changes', async (t) => {
  const dir = tempFiles(t, profile);
  const built = await runBuild({ cwd: dir });
  t.is(built.exitCode, 0, built.stderr);
  t.regex(built.stdout, /wrote profile\.bundle\.ps1 \(3 fragments/);
  const first = readFileSync(path.join(dir, 'profile.bundle.ps1'), 'utf8');
  const again = await runBuild({ cwd: dir });
  t.regex(again.stdout, /up to date: profile\.bundle\.ps1/);
  t.is(readFileSync(path.join(dir, 'profile.bundle.ps1'), 'utf8'), first);

  const ok = await runCheck({ cwd: dir, format: 'text' });
  t.is(ok.exitCode, 0, ok.stdout + ok.stderr);
  t.regex(ok.stdout, /fragbundle check ok: 3 fragments, order and bundle profile\.bundle\.ps1 \(fresh\)/);

  writeFileSync(path.join(dir, 'profile.d', '10-env.ps1'), '$env:EDITOR = "nvim"\n');
  const stale = await runCheck({ cwd: dir, format: 'text' });
  t.is(stale.exitCode, 1);
  t.regex(stale.stdout, /error BUNDLE_STALE: profile\.bundle\.ps1 is stale: changed 10-env\.ps1; run fragbundle build/);
});

test('build refuses on an error finding and keeps the last good bundle', async (t) => {
  const dir = tempFiles(t, profile);
  t.is((await runBuild({ cwd: dir })).exitCode, 0);
  const good = readFileSync(path.join(dir, 'profile.bundle.ps1'), 'utf8');
  writeFileSync(
    path.join(dir, 'profile.d', '20-git.ps1'),
    '# Dependencies: bootstrapp\nfunction Get-GitBranch { "main" }\n',
  );
  const r = await runBuild({ cwd: dir });
  t.is(r.exitCode, 1);
  t.regex(
    r.stderr,
    /profile\.d\/20-git\.ps1:1:\d+: error MISSING_DEPENDENCY|20-git\.ps1:1:\d+: error MISSING_DEPENDENCY/,
  );
  t.regex(r.stderr, /not writing profile\.bundle\.ps1: 1 error/);
  t.is(readFileSync(path.join(dir, 'profile.bundle.ps1'), 'utf8'), good);
});

test('check: a misordered profile fails with the use and the definition; --order-only and --suggest-order', async (t) => {
  const dir = tempFiles(t, misordered);
  const r = await runCheck({ cwd: dir, format: 'text', orderOnly: true });
  t.is(r.exitCode, 1);
  t.regex(
    r.stdout,
    /profile\.d\/20-git\.ps1:2:1: error ORDER_VIOLATION: Set-LateAlias is used at load time but only defined later, by 30-late\.ps1:1/,
  );
  const s = await runCheck({ cwd: dir, format: 'text', suggestOrder: true });
  t.is(s.exitCode, 0);
  // Not in a git repository: plain renames, from the current folder.
  t.regex(s.stdout, /not in a git repository/);
  // One rename: 30-late moves before 20-git (the other fragments keep their names).
  t.regex(s.stdout, /^mv profile\.d\/30-late\.ps1 profile\.d\/15-late\.ps1$/m);
  t.is(s.stdout.match(/^mv /gm)?.length, 1);
  t.regex(s.stdout, /"loadOrder": \[\n\s+"00-bootstrap",\n\s+"10-env",\n\s+"30-late",\n\s+"20-git"/);
});

test('check --format github writes annotations and the step summary', async (t) => {
  const dir = tempFiles(t, misordered);
  const summary = path.join(dir, 'summary.md');
  const r = await runCli(['check', '--format', 'github', '--order-only'], dir, { GITHUB_STEP_SUMMARY: summary });
  t.is(r.exitCode, 1);
  t.regex(r.stdout, /^::error file=profile\.d\/20-git\.ps1,line=2,col=1,title=ORDER_VIOLATION::/m);
  t.true(existsSync(summary));
  t.regex(readFileSync(summary, 'utf8'), /\| error \| ORDER_VIOLATION \|/);
});

test('explain a fragment and a symbol; where maps a bundle line back to the fragment', async (t) => {
  const dir = tempFiles(t, profile);
  const frag = await runExplain({ cwd: dir, name: 'git' });
  t.is(frag.exitCode, 0, frag.stderr);
  t.regex(frag.stdout, /fragment 20-git\.ps1\n {2}loads 3rd of 3/);
  t.regex(frag.stdout, /00-bootstrap \(declared\): Set-ProfileAlias \(20-git\.ps1:3:1\)/);
  const sym = await runExplain({ cwd: dir, name: '$env:EDITOR' });
  t.regex(sym.stdout, /10-env\.ps1:1:1 {2}env \(load/);
  const none = await runExplain({ cwd: dir, name: 'Nothing-Here' });
  t.is(none.exitCode, 1);

  t.is((await runBuild({ cwd: dir })).exitCode, 0);
  const text = readFileSync(path.join(dir, 'profile.bundle.ps1'), 'utf8').split('\n');
  const line = text.findIndex((l) => l.includes('Set-ProfileAlias -Name gb')) + 1;
  const w = runWhere({ cwd: dir, line: String(line) });
  t.is(w.exitCode, 0, w.stderr);
  t.is(w.stdout.trim(), '20-git.ps1:3');
  // Past the end is a bad argument, not "fragbundle's own code".
  const last = text.length - 1; // the bundle ends with a line break
  t.is(runWhere({ cwd: dir, line: String(last) }).exitCode, 1, 'the last line is generated');
  const past = runWhere({ cwd: dir, line: String(last + 1) });
  t.is(past.exitCode, 2);
  t.is(past.stderr, `fragbundle: profile.bundle.ps1 has ${last} lines; there is no line ${last + 1}\n`);
});

test('graph: dot and mermaid label edges with their symbols', async (t) => {
  const dir = tempFiles(t, profile);
  const dot = await runGraph({ cwd: dir, format: 'dot' });
  t.regex(dot.stdout, /"00-bootstrap" -> "20-git" \[label="Set-ProfileAlias"\];/);
  const mermaid = await runGraph({ cwd: dir, format: 'mermaid' });
  t.regex(mermaid.stdout, /f0 -->\|"Set-ProfileAlias"\| f2/);
});

test('graph --format mermaid: backward edges orange, cycle edges red, as in dot and docs/cli.md', async (t) => {
  const back = await runGraph({ cwd: tempFiles(t, misordered), format: 'mermaid' });
  t.regex(back.stdout, /^  linkStyle \d+ stroke:#e67e22,stroke-width:2px$/m);
  t.notRegex(back.stdout, /#c0392b/, 'no cycle, no red');
  const cycle = await runGraph({
    cwd: tempFiles(t, {
      'profile.d/10-a.ps1': 'function Get-A { 1 }\n$b = Get-B\n',
      'profile.d/20-b.ps1': 'function Get-B { 2 }\n$a = Get-A\n',
    }),
    format: 'mermaid',
  });
  t.is(cycle.exitCode, 1);
  t.regex(cycle.stdout, /^  linkStyle \d+(,\d+)* stroke:#c0392b,stroke-width:2px$/m);
});

test('check --max-warnings N exits 1 when there are more warnings; -o writes the report to a file', async (t) => {
  const dir = tempFiles(t, {
    ...profile,
    'profile.d/30-x.ps1': 'function Get-X { 1 }\n',
    'profile.d/40-x.ps1': 'function Get-X { 2 }\n',
  });
  t.is((await runBuild({ cwd: dir, quiet: true })).exitCode, 0);
  const plain = await runCheck({ cwd: dir, format: 'text', cache: false });
  t.is(plain.exitCode, 0, 'a warning alone passes');
  t.regex(plain.stdout, /warning DUPLICATE_DEFINITION/);
  const strict = await runCheck({ cwd: dir, format: 'text', cache: false, maxWarnings: 0 });
  t.is(strict.exitCode, 1);
  t.regex(strict.stderr, /^fragbundle: 1 warning, more than --max-warnings 0$/m);
  t.is((await runCheck({ cwd: dir, format: 'text', cache: false, maxWarnings: 1 })).exitCode, 0);

  // --output-file is src/cli/main.ts's: these run as a child.
  const sarif = await runCheck({ cwd: dir, format: 'sarif', cache: false });
  const toFile = await runCli(['check', '--no-cache', '--format', 'sarif', '-o', 'fragbundle.sarif'], dir);
  t.is(toFile.exitCode, 0, toFile.stderr);
  t.is(toFile.stdout, '');
  t.is(readFileSync(path.join(dir, 'fragbundle.sarif'), 'utf8'), sarif.stdout);
  const graph = await runCli(['graph', '--output-file', 'g.dot'], dir);
  t.is(graph.stdout, '');
  t.regex(readFileSync(path.join(dir, 'g.dot'), 'utf8'), /^digraph/);
  const nowhere = await runCli(['check', '--no-cache', '-o', 'no/such/x.sarif'], dir);
  t.is(nowhere.exitCode, 2);
  t.regex(nowhere.stderr, /^fragbundle: cannot write no\/such\/x\.sarif: its folder does not exist$/m);
});

test('every command shows a finding path relative to the current folder; SARIF keeps repository paths', async (t) => {
  const repo = tempFiles(t, {
    'powershell/profile.d/10-dup.ps1': 'function Get-X { 1 }\n',
    'powershell/profile.d/12-tools.ps1': '\nfunction Get-X { 2 }\n',
  });
  mkdirSync(path.join(repo, '.git'));
  const cwd = path.join(repo, 'powershell');
  const line = /^profile\.d\/12-tools\.ps1:2:1: warning DUPLICATE_DEFINITION/m;
  const related = /^\s+profile\.d\/10-dup\.ps1:1:1: earlier definition/m;
  const build = await runBuild({ cwd, cache: false });
  t.regex(build.stderr + build.stdout, line, 'build');
  t.regex(build.stderr + build.stdout, related, 'build, related location');
  const check = await runCheck({ cwd, format: 'text', cache: false });
  t.regex(check.stdout, line, 'check');
  const analyze = await runAnalyze({ cwd, format: 'text', cache: false });
  t.regex(analyze.stdout, /^\s+profile\.d\/12-tools\.ps1:2:1: warning DUPLICATE_DEFINITION/m, 'analyze');
  const explain = await runExplain({ cwd, name: '12-tools', cache: false });
  t.regex(explain.stdout, /^\s+profile\.d\/12-tools\.ps1:2:1: warning DUPLICATE_DEFINITION/m, 'explain');
  const sarif = JSON.parse((await runCheck({ cwd, format: 'sarif', cache: false })).stdout);
  t.is(
    sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri,
    'powershell/profile.d/12-tools.ps1',
  );
});

test('--quiet means only errors for build, check and analyze', async (t) => {
  const dir = tempFiles(t, {
    ...profile,
    'profile.d/30-x.ps1': 'function Get-X { 1 }\n',
    'profile.d/40-x.ps1': 'function Get-X { 2 }\n',
  });
  const build = await runBuild({ cwd: dir, cache: false, quiet: true });
  t.is(build.stdout + build.stderr, '', 'build: a warning alone prints nothing');
  const check = await runCheck({ cwd: dir, format: 'text', cache: false, quiet: true });
  t.is(check.exitCode, 0);
  t.is(check.stdout + check.stderr, '', 'check: a passing check prints nothing');
  const sarif = JSON.parse((await runCheck({ cwd: dir, format: 'sarif', cache: false, quiet: true })).stdout);
  t.deepEqual(sarif.runs[0].results, [], 'no warnings in SARIF either');
  const analyze = await runAnalyze({ cwd: dir, format: 'text', cache: false, quiet: true });
  t.notRegex(analyze.stdout, /(warning|info) [A-Z_]+:/);
  t.regex(analyze.stdout, /Findings \(0 errors, 0 warnings, 0 info\)/);
  writeFileSync(path.join(dir, 'profile.d', '05-early.ps1'), 'Set-LateAlias x\n');
  writeFileSync(path.join(dir, 'profile.d', '90-late.ps1'), 'function Set-LateAlias { }\n');
  const failing = await runCheck({ cwd: dir, format: 'text', cache: false, quiet: true });
  t.is(failing.exitCode, 1);
  t.regex(failing.stdout, /error ORDER_VIOLATION/);
  t.notRegex(failing.stdout, /warning DUPLICATE_DEFINITION/);
});

test('init writes a commented config once, adds the loading line to a profile once', async (t) => {
  const dir = tempFiles(t, profile);
  const r = await runInit({ cwd: dir, profile: 'Microsoft.PowerShell_profile.ps1' });
  t.is(r.exitCode, 0, r.stderr);
  t.regex(readFileSync(path.join(dir, 'fragbundle.config.json'), 'utf8'), /^\/\/ fragbundle configuration/);
  const analyzed = await runAnalyze({ cwd: dir, format: 'text' });
  t.is(analyzed.exitCode, 0, 'the commented config is read');
  await runInit({ cwd: dir, profile: 'Microsoft.PowerShell_profile.ps1' });
  const prof = readFileSync(path.join(dir, 'Microsoft.PowerShell_profile.ps1'), 'utf8');
  t.is(prof.split('# fragbundle: load the bundled profile').length, 2, 'added exactly once');
  const again = await runInit({ cwd: dir });
  t.regex(again.stdout, /exists; left as it is/);
});

test('init writes what it finds: no missing folder, the kept config output in the load line, safe severities', async (t) => {
  // No ./profile.d: refused, nothing written.
  const empty = tempFiles(t, { 'install.ps1': 'Write-Host setup\n' });
  const none = await runInit({ cwd: empty });
  t.is(none.exitCode, 2);
  t.regex(
    none.stderr,
    /^fragbundle: no fragments folder profile\.d: name the folder that holds your \*\.ps1 fragments: fragbundle init <folder>\n$/,
  );
  t.false(existsSync(path.join(empty, 'fragbundle.config.json')));

  // The config written: no $schema path that a global install does not have, ORDER_VIOLATION
  // left an error, and `check` refuses a misordered profile with it.
  const dir = tempFiles(t, misordered);
  t.is((await runInit({ cwd: dir })).exitCode, 0);
  const written = readFileSync(path.join(dir, 'fragbundle.config.json'), 'utf8');
  t.notRegex(written, /\$schema|node_modules/);
  t.notRegex(written, /ORDER_VIOLATION/);
  const checked = await runCheck({ cwd: dir, format: 'text', orderOnly: true });
  t.is(checked.exitCode, 1, checked.stdout + checked.stderr);
  t.regex(checked.stdout + checked.stderr, /error ORDER_VIOLATION/);

  // With fragbundle installed in the repository, $schema points at its schema.
  const local = tempFiles(t, { ...profile, 'node_modules/fragbundle/fragbundle.schema.json': '{}' });
  await runInit({ cwd: local });
  t.regex(
    readFileSync(path.join(local, 'fragbundle.config.json'), 'utf8'),
    /"\$schema": "\.\/node_modules\/fragbundle\/fragbundle\.schema\.json"/,
  );

  // A kept config with its own output: the load line names that bundle.
  const kept = tempFiles(t, { ...profile, 'fragbundle.config.json': '{ "output": "out/my.bundle.ps1" }' });
  const r = await runInit({ cwd: kept, profile: 'p.ps1' });
  t.is(r.exitCode, 0, r.stderr);
  const line = readFileSync(path.join(kept, 'p.ps1'), 'utf8');
  t.true(line.includes(`'${path.join(kept, 'out', 'my.bundle.ps1')}'`), line);
});

test('init that cannot write: exit 2, one line naming the file, and what it did before', async (t) => {
  const dir = tempFiles(t, profile);
  mkdirSync(path.join(dir, 'fragbundle.config.json'));
  const r = await runInit({ cwd: dir, force: true });
  t.is(r.exitCode, 2);
  t.is(r.stderr, 'fragbundle: cannot write fragbundle.config.json: it is a folder\n');
  const profileAsFolder = tempFiles(t, profile);
  mkdirSync(path.join(profileAsFolder, 'profile.ps1'));
  const p = await runInit({ cwd: profileAsFolder, profile: 'profile.ps1' });
  t.is(p.exitCode, 2);
  t.is(p.stderr, 'fragbundle: cannot read profile.ps1: it is a folder\n');
  t.is(p.stdout, '', 'nothing reported done');
  t.false(
    existsSync(path.join(profileAsFolder, 'fragbundle.config.json')),
    'the profile is read before the config is written',
  );
});

test('build -o a symbolic link keeps the link and writes the file it leads to; check reads it through the link', async (t) => {
  const dir = tempFiles(t, { ...profile, 'dotfiles/keep.txt': '' });
  symlinkSync('dotfiles/profile.bundle.ps1', path.join(dir, 'linked.ps1'));
  const built = await runBuild({ cwd: dir, dir: 'profile.d', output: 'linked.ps1', cache: false });
  t.is(built.exitCode, 0, built.stderr);
  t.true(lstatSync(path.join(dir, 'linked.ps1')).isSymbolicLink());
  t.regex(readFileSync(path.join(dir, 'dotfiles', 'profile.bundle.ps1'), 'utf8'), /^# Generated by fragbundle/);
  const checked = await runCheck({ cwd: dir, dir: 'profile.d', bundle: 'linked.ps1', format: 'text', cache: false });
  t.is(checked.exitCode, 0, checked.stdout);
  t.regex(checked.stdout, /\(fresh\)/);
});

test('names in the config lists that match no fragment are UNKNOWN_FRAGMENT warnings at their file', async (t) => {
  const dir = tempFiles(t, {
    'profile.d/00-boot.ps1': 'function Get-Boot { 1 }\n',
    'profile.d/a.ps1': '$a = 1\n',
    'profile.d/b.ps1': '$b = 1\n',
    'profile.d/c.ps1': '$c = 1\n',
    'profile.d/.profile-fragments.json': JSON.stringify({
      loadOrder: ['b', 'nope'],
      disabled: ['c', 'ghost'],
      environments: { work: ['a', 'B', 'boot', 'phantom'] },
    }),
    'fragbundle.config.json': JSON.stringify({ first: ['boot', 'qq', 'c'] }),
  });
  const r = await runAnalyze({ cwd: dir, env: 'work', format: 'json', cache: false });
  t.is(r.exitCode, 0, r.stderr);
  const report = JSON.parse(r.stdout) as {
    diagnostics: { code: string; file: string; severity: string; message: string }[];
  };
  const unknown = report.diagnostics
    .filter((d) => d.code === 'UNKNOWN_FRAGMENT')
    .map((d) => [path.basename(d.file), d.severity, d.message]);
  t.deepEqual(unknown.sort(), [
    ['.profile-fragments.json', 'warning', 'disabled names "ghost": no fragment has that name'],
    ['.profile-fragments.json', 'warning', 'environment "work" names "phantom": no fragment has that name'],
    ['.profile-fragments.json', 'warning', 'the baseline order names "nope": no fragment has that name'],
    ['fragbundle.config.json', 'warning', 'first names "qq": no fragment has that name'],
  ]);
});

test('explain shows an edge only guarded uses need as guarded; analyze --format json marks it', async (t) => {
  const dir = tempFiles(t, {
    'profile.d/00-bootstrap.ps1': 'function Set-AgentModeFunction { param($Name, $Body) }\n',
    'profile.d/10-git.ps1':
      "# Dependencies: bootstrap\nif (Get-Command Set-AgentModeFunction -ea 0) {\n    Set-AgentModeFunction -Name 'gs' -Body { git status }\n}\n",
  });
  const frag = await runExplain({ cwd: dir, name: 'git' });
  t.is(frag.exitCode, 0, frag.stderr);
  t.regex(frag.stdout, /00-bootstrap \(declared, guarded: [^)]*\): Set-AgentModeFunction/);
  t.regex(frag.stdout, /info GUARDED_DEPENDENCY: declares a dependency on 00-bootstrap that only guarded uses need/);
  const sym = await runExplain({ cwd: dir, name: 'Set-AgentModeFunction' });
  t.regex(sym.stdout, /10-git\.ps1:3:5 {2}call command \(load, conditional, guarded\)/);
  const json = await runAnalyze({ cwd: dir, format: 'json' });
  const parsed = JSON.parse(json.stdout) as {
    edges: { from: string; guarded?: boolean; via: { guarded?: boolean }[] }[];
  };
  const edge = parsed.edges.find((e) => e.from === '00-bootstrap');
  t.true(edge?.guarded);
  t.true(edge!.via.every((v) => v.guarded));
});
