/**
 * Bad command lines and bad configs, through the CLI as users run it: each ends with exit 2 (or
 * the documented code) and one clear line per problem naming the file or option, never a stack
 * trace or the internal-error hint; `--debug` may add a stack trace, nothing else changes.
 * (test/cli/cli.test.ts covers an unknown option and command, a missing and an empty folder, a
 * config with wrong types and a config that is a folder; these are the rest.)
 */
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { runBuild } from '../../src/cli/commands/build.js';
import { runWhere } from '../../src/cli/commands/where.js';
import { asUser, runCli, type CliResult } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp.js';
import { at } from '../../src/core/at.js';

const profile = {
  'profile.d/10-a.ps1': 'function Get-A { 1 }\nSet-Alias ga Get-A\n',
  'profile.d/20-b.ps1': 'function Get-B { Get-A }\n',
};

/** Exit `code`, exactly one stderr line matching `line`, no stack trace, no internal-error hint. */
function expectOneLine(t: ExecutionContext, r: CliResult, code: number, line: RegExp, what: string): void {
  t.is(r.exitCode, code, `${what}: exit code (stderr: ${r.stderr})`);
  // A usage error may add the hint to --help after its line.
  const lines = r.stderr
    .trim()
    .split('\n')
    .filter((l) => l !== 'fragbundle: see fragbundle --help');
  t.is(lines.length, 1, `${what}: one line, got:\n${r.stderr}`);
  t.regex(at(lines, 0), line, what);
  t.notRegex(r.stderr, /\n\s+at |run again with --debug|TypeError|is not a function/, `${what}: no crash`);
}

const cases: readonly (readonly [string, readonly string[], Record<string, string>, RegExp])[] = [
  ['unknown option on build', ['build', '--frobnicate'], {}, /^fragbundle: Unknown argument: frobnicate$/],
  [
    'folder that is a file',
    ['build', 'profile.d/10-a.ps1'],
    {},
    /10-a\.ps1:1:1: error NO_FRAGMENTS: .*10-a\.ps1 is not a folder$/,
  ],
  ['missing folder', ['check', 'nowhere'], {}, /error NO_FRAGMENTS: .*nowhere does not exist$/],
  [
    'missing --config file',
    ['build', '--config', 'nope.json'],
    {},
    /^nope\.json:1:1: error CONFIG_INVALID: nope\.json: config file not found$/,
  ],
  [
    '--config given twice',
    ['build', '--config', 'a.json', '--config', 'b.json'],
    {},
    /error CONFIG_INVALID: --config was given 2 times/,
  ],
  [
    '--output given twice',
    ['build', '-o', 'a.ps1', '-o', 'b.ps1'],
    {},
    /error CONFIG_INVALID: --output was given 2 times/,
  ],
  ['--env given twice', ['analyze', '--env', 'a', '--env', 'b'], {}, /error CONFIG_INVALID: --env was given 2 times/],
  ['--output without a value', ['build', '-o'], {}, /error CONFIG_INVALID: --output needs a value/],
  ['empty folder argument', ['build', ''], {}, /error CONFIG_INVALID: the folder argument needs a value/],
  ['where with a word for a line', ['where', 'abc'], {}, /^fragbundle: where: LINE must be a line number/],
  ['where line 0', ['where', '0'], {}, /^fragbundle: where: LINE must be a line number/],
  [
    'invalid JSON: position of the bad token, one line even when Node quotes the text',
    ['build'],
    { 'fragbundle.config.json': '{\n  "lazy": x,\n  "timings": true\n}\n' },
    /fragbundle\.config\.json:2:11: error CONFIG_INVALID: fragbundle\.config\.json: invalid JSON: unexpected "x"/,
  ],
  [
    'invalid JSON: trailing comma',
    ['check'],
    { 'fragbundle.config.json': '{ "lazy": "auto", }' },
    /fragbundle\.config\.json:1:19: error CONFIG_INVALID: .*invalid JSON: expected a double-quoted key, found "}"$/,
  ],
  [
    'invalid JSON: empty file',
    ['build'],
    { 'fragbundle.config.json': '' },
    /fragbundle\.config\.json:1:1: error CONFIG_INVALID: .*invalid JSON: unexpected end of file/,
  ],
  [
    'invalid JSON: text after the value',
    ['build'],
    { 'fragbundle.config.json': '{}\n{}' },
    /fragbundle\.config\.json:2:1: error CONFIG_INVALID: .*after the end of the JSON value$/,
  ],
  [
    'config is not an object',
    ['build'],
    { 'fragbundle.config.json': '["profile.d"]' },
    /fragbundle\.config\.json:1:1: error CONFIG_INVALID: fragbundle\.config\.json: \(root\) must be an object, not an array$/,
  ],
  [
    'unknown key',
    ['build'],
    { 'fragbundle.config.json': '{ "ouput": "x.ps1" }' },
    /fragbundle\.config\.json:\d+:\d+: error CONFIG_INVALID: fragbundle\.config\.json: ouput is not a known key \(did you mean "output"\?\)$/,
  ],
  [
    'wrong type',
    ['build'],
    { 'fragbundle.config.json': '{ "timings": "yes" }' },
    /error CONFIG_INVALID: fragbundle\.config\.json: timings must be a boolean, not a string$/,
  ],
  [
    'unknown severity code',
    ['build'],
    { 'fragbundle.config.json': '{ "severity": { "NOPE": "off" } }' },
    /error CONFIG_INVALID: fragbundle\.config\.json: severity\.NOPE is not a known key/,
  ],
  [
    'loader config with a wrong type',
    ['build'],
    { 'profile.d/.profile-fragments.json': '{ "disabled": "10-a" }' },
    /\.profile-fragments\.json:1:1: error CONFIG_INVALID: \.profile-fragments\.json: disabled must be an array of strings, not a string$/,
  ],
  [
    'loader config with invalid JSON',
    ['build'],
    { 'profile.d/.profile-fragments.json': '{ "disabled": [' },
    /\.profile-fragments\.json:1:16: error CONFIG_INVALID: .*invalid JSON: unexpected end of file/,
  ],
  [
    'output in a missing folder',
    ['build', '-o', 'no/such/dir/out.ps1'],
    {},
    /^fragbundle: cannot write no\/such\/dir\/out\.ps1: its folder does not exist$/,
  ],
  ['output is a folder', ['build', '-o', 'profile.d'], {}, /^fragbundle: cannot write profile\.d: it is a folder$/],
  [
    'output through a file',
    ['build', '-o', 'notes.txt/out.ps1'],
    { 'notes.txt': 'a file\n' },
    /^fragbundle: cannot write notes\.txt\/out\.ps1: a part of its path is a file, not a folder$/,
  ],
  [
    'output inside the fragments folder',
    ['build', '-o', 'profile.d/bundle.ps1'],
    {},
    /^error CONFIG_INVALID: --output: the bundle \.\/profile\.d\/bundle\.ps1 would be inside the fragments folder \.\/profile\.d, where a later build takes it as a fragment/,
  ],
];

for (const [title, args, extra, line] of cases) {
  test(`bad input, exit 2 and one line: ${title}`, async (t) => {
    const dir = tempFiles(t, { ...profile, ...extra });
    const r = await runCli([...args, '--no-cache'], dir);
    expectOneLine(t, r, 2, line, title);
    const debug = await runCli([...args, '--no-cache', '--debug'], dir);
    t.is(debug.exitCode, 2, `${title} with --debug`);
    t.regex(at(debug.stderr.split('\n'), 0), line, `${title} with --debug: same first line`);
  });
}

// yargs' "Invalid values:" message has three lines of its own; src/cli/entry.ts joins them into one.
test('bad input, exit 2 and one line: unknown option value', async (t) => {
  const dir = tempFiles(t, profile);
  const r = await runCli(['check', '--format', 'xml', '--no-cache'], dir);
  expectOneLine(t, r, 2, /^fragbundle: .*format.*xml/, 'unknown option value');
});

// Root reads and writes regardless of permissions: as root, the CLI runs as nobody (helpers/cli.ts
// asUser); skipped (visibly) only where that cannot be done.
(asUser() === undefined ? test.skip : test)('an unreadable config (chmod 000): exit 2 naming the file', async (t) => {
  const dir = tempFiles(t, { ...profile, 'fragbundle.config.json': '{}' });
  chmodSync(dir, 0o755);
  const config = path.join(dir, 'fragbundle.config.json');
  chmodSync(config, 0o000);
  t.teardown(() => {
    chmodSync(config, 0o644);
  });
  const r = await runCli(['build', '--no-cache'], dir, {}, true);
  expectOneLine(
    t,
    r,
    2,
    /fragbundle\.config\.json:1:1: error CONFIG_INVALID: .*cannot read: permission denied$/,
    'chmod 000',
  );
});

// As above: as root, the CLI runs as nobody.
(asUser() === undefined ? test.skip : test)('an unreadable bundle (chmod 000): check and where say why', async (t) => {
  const dir = tempFiles(t, profile);
  chmodSync(dir, 0o755);
  t.is((await runBuild({ cwd: dir, cache: false })).exitCode, 0);
  const bundle = path.join(dir, 'profile.bundle.ps1');
  chmodSync(bundle, 0o000);
  t.teardown(() => {
    chmodSync(bundle, 0o644);
  });
  const check = await runCli(['check', '--no-cache'], dir, {}, true);
  t.is(check.exitCode, 1, check.stdout + check.stderr);
  t.regex(check.stdout + check.stderr, /error BUNDLE_UNREADABLE: \S+ cannot be read: permission denied/);
  const where = await runCli(['where', '1'], dir, {}, true);
  expectOneLine(t, where, 2, /^fragbundle: cannot read bundle \S+: permission denied$/, 'where');
});

// As above: as root, the CLI runs as nobody.
(asUser() === undefined ? test.skip : test)(
  'output into a read-only folder: exit 2, one line naming the bundle',
  async (t) => {
    const dir = tempFiles(t, { ...profile, 'ro/keep.txt': '' });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'ro'), 0o555);
    t.teardown(() => {
      chmodSync(path.join(dir, 'ro'), 0o755);
    });
    const r = await runCli(['build', '-o', 'ro/out.ps1', '--no-cache'], dir, {}, true);
    expectOneLine(t, r, 2, /^fragbundle: cannot write ro\/out\.ps1: permission denied$/, 'read-only folder');
  },
);

test('build with no fragments folder named and no ./profile.d refuses, writing nothing anywhere', async (t) => {
  const root = tempFiles(t, { 'repo/install.ps1': 'Write-Host setup\n' });
  const r = await runCli(['build', '--no-cache'], path.join(root, 'repo'));
  expectOneLine(
    t,
    r,
    2,
    /^error CONFIG_INVALID: no fragments folder: \.\/profile\.d does not exist\. Name the folder \(fragbundle build <folder>\)/,
    'no folder',
  );
  t.false(existsSync(path.join(root, 'profile.bundle.ps1')), 'nothing written beside the folder');
});

test('an output that names an existing file of the user is refused, and the file is kept byte for byte', async (t) => {
  const dir = tempFiles(t, { ...profile, 'Microsoft.PowerShell_profile.ps1': 'Set-Location ~\n' });
  const own = path.join(dir, 'Microsoft.PowerShell_profile.ps1');
  const r = await runCli(['build', '-o', 'Microsoft.PowerShell_profile.ps1', '--no-cache'], dir);
  expectOneLine(
    t,
    r,
    2,
    /^fragbundle: not overwriting Microsoft\.PowerShell_profile\.ps1: it exists and is not a bundle/,
    'output = the user profile',
  );
  t.is((await import('node:fs')).readFileSync(own, 'utf8'), 'Set-Location ~\n');
  // Naming a fragment is refused before that: it is inside the fragments folder.
  const fragment = await runCli(['build', '-o', 'profile.d/10-a.ps1', '--no-cache'], dir);
  expectOneLine(
    t,
    fragment,
    2,
    /--output: the bundle \.\/profile\.d\/10-a\.ps1 would be inside the fragments folder/,
    'output = fragment',
  );
  t.is(
    (await import('node:fs')).readFileSync(path.join(dir, 'profile.d', '10-a.ps1'), 'utf8'),
    profile['profile.d/10-a.ps1'],
  );
});

test('an existing empty output file may be replaced', async (t) => {
  const dir = tempFiles(t, profile);
  writeFileSync(path.join(dir, 'out.ps1'), '');
  const r = await runBuild({ cwd: dir, output: 'out.ps1', cache: false });
  t.is(r.exitCode, 0, r.stderr);
});

test('bare fragbundle prints the command list once (init included) on stderr, exit 2', async (t) => {
  const dir = tempFiles(t, profile);
  const r = await runCli([], dir);
  t.is(r.exitCode, 2);
  t.is(r.stderr.split('Commands:').length, 2, r.stderr);
  t.is(r.stderr.split('fragbundle init [dir]').length, 2, r.stderr);
  t.notRegex(r.stderr, /fragbundle: fragbundle:|name a command/);
});

test('-h is --help, for the tool and for a command', async (t) => {
  const dir = tempFiles(t, profile);
  for (const args of [[], ['check']]) {
    const long = await runCli([...args, '--help'], dir);
    const short = await runCli([...args, '-h'], dir);
    t.is(short.exitCode, 0, short.stderr);
    t.is(short.stdout, long.stdout);
    t.regex(short.stdout, /Options:/);
  }
});

test('where with a LINE that is not a number says what is wrong with it', (t) => {
  const dir = tempFiles(t, profile);
  // The command's own message, in-process (the table above runs `where abc` as a child).
  const r = runWhere({ cwd: dir, line: 'abc' });
  expectOneLine(
    t,
    r,
    2,
    /^fragbundle: where: LINE must be a line number of the bundle \(1 or more\), not "abc"$/,
    'abc',
  );
});

test('every option of every command has a description in --help', async (t) => {
  const dir = tempFiles(t, profile);
  for (const command of ['analyze', 'build', 'check', 'graph', 'explain', 'where', 'init']) {
    const help = (await runCli([command, '--help'], dir)).stdout;
    // An option line: flags, then the description, then yargs' [type] [choices] [default] notes.
    const bare = help
      .split('\n')
      .filter((l) => /^\s+(-\w, )?--?[\w-]+/.test(l) || /^\s+(name|line|dir)\s/.test(l))
      .map((l) => l.replace(/^\s+(-\w, )?(--?[\w-]+|name|line|dir)/, '').replace(/\[[^\]]*\]/g, ''))
      .filter((rest) => !/[A-Za-z]/.test(rest));
    t.deepEqual(bare, [], `${command} --help:\n${help}`);
  }
});
