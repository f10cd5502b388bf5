/**
 * Colour in text output: each rule of src/report/colour.ts in-process with injected environment
 * and streams, and the built CLI coloured or not as a user would see it.
 */
import test from 'ava';
import { colourOutput, colourText, printsText, wantsColour } from '../../src/report/colour.js';
import { CLI, runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp.js';

const tty = { isTTY: true, hasColors: () => true };
const pipe = { isTTY: false };
const ESC = '\u001b[';

test('the rules: a terminal colours; a pipe does not; NO_COLOR, FORCE_COLOR, --color and --no-color', (t) => {
  const want = (argv: string[], env: NodeJS.ProcessEnv, stream: typeof tty | typeof pipe) =>
    wantsColour({ argv, env, stream });
  t.true(want(['check'], {}, tty), 'a terminal with colours');
  t.false(want(['check'], {}, { isTTY: true, hasColors: () => false }), 'a terminal without colours');
  t.false(want(['check'], {}, pipe), 'not a terminal');
  t.false(want(['check'], { NO_COLOR: '1' }, tty), 'NO_COLOR=1');
  t.false(want(['check'], { NO_COLOR: 'yes please' }, tty), 'NO_COLOR, any non-empty value');
  t.true(want(['check'], { NO_COLOR: '' }, tty), 'an empty NO_COLOR is not set');
  t.false(want(['check', '--no-color'], {}, tty), '--no-color');
  t.true(want(['check'], { FORCE_COLOR: '1' }, pipe), 'FORCE_COLOR through a pipe');
  t.true(want(['check'], { FORCE_COLOR: '' }, pipe), 'FORCE_COLOR set empty');
  t.false(want(['check'], { FORCE_COLOR: '0' }, tty), 'FORCE_COLOR=0');
  t.false(want(['check'], { NO_COLOR: '1', FORCE_COLOR: '1' }, tty), 'NO_COLOR wins over FORCE_COLOR');
  t.true(want(['check', '--color'], { NO_COLOR: '1' }, pipe), '--color forces');
  t.false(want(['check', '--color', '--no-color'], {}, tty), 'the last flag wins');
  t.false(want(['check', '--color', 'false'], {}, tty), '--color false, as yargs reads it');
  t.false(want(['check', '--color=false'], {}, tty), '--color=false');
  t.false(want(['check', '--', '--color'], {}, pipe), 'after -- it is not a flag');
});

test('severity, file:line and the verdict are coloured; JSON and graph output never', (t) => {
  const text =
    'profile.d/20-git.ps1:2:1: error ORDER_VIOLATION: Set-X is used at load time\n' +
    '    profile.d/30-late.ps1:1:1: Set-X is defined here\n' +
    'warning CONFIG_UNKNOWN_KEY: no location\n' +
    '\nfragbundle check FAILED: 3 fragments\n';
  const c = colourText(text);
  t.is(c.replace(/\u001b\[\d+m/g, ''), text, 'only escapes are added');
  t.true(c.includes(`${ESC}36mprofile.d/20-git.ps1:2:1${ESC}39m`), 'the location in cyan');
  t.regex(c, /\u001b\[31merror\u001b\[39m/, 'error in red');
  t.true(c.includes(`${ESC}36mprofile.d/30-late.ps1:1:1`), 'a related location');
  t.regex(c, /\u001b\[33mwarning/, 'warning in yellow');
  t.regex(c, /\u001b\[31mFAILED/, 'the verdict');
  t.true(printsText(['check']));
  t.false(printsText(['check', '--format', 'json']));
  t.false(printsText(['check', '--format=sarif']));
  t.false(printsText(['graph']));
  const json = colourOutput(
    { stdout: '{"a": "x:1:1: error X: y"}\n', stderr: '' },
    ['analyze', '--format', 'json'],
    { FORCE_COLOR: '1' },
    { stdout: tty, stderr: tty },
  );
  t.false(json.stdout.includes(ESC));
});

const misordered = {
  'profile.d/10-git.ps1': 'function Get-GitBranch { "main" }\nSet-LateAlias -Name gb -Target Get-GitBranch\n',
  'profile.d/20-late.ps1': 'function Set-LateAlias { param($Name, $Target) }\n',
};

test('the CLI through a pipe: FORCE_COLOR colours; --no-color wins; JSON never', async (t) => {
  // The rules themselves are tested in-process above; these children prove main.ts applies them.
  const dir = tempFiles(t, misordered);
  const check = (args: string[], env: Record<string, string>) =>
    runCli(['check', '--order-only', '--no-cache', ...args], dir, { NO_COLOR: '', ...env });
  const forced = await check([], { FORCE_COLOR: '1' });
  t.is(forced.exitCode, 1);
  t.true(forced.stdout.includes(`${ESC}36mprofile.d/10-git.ps1:2:1`), forced.stdout);
  t.false((await check(['--no-color'], { FORCE_COLOR: '1' })).stdout.includes(ESC), '--no-color');
  t.false((await check(['--format', 'json'], { FORCE_COLOR: '1' })).stdout.includes(ESC), 'JSON never');
});

test('at a real terminal (a pseudo-terminal from script(1)): coloured, a replayed run too; NO_COLOR plain', async (t) => {
  const { spawnSync } = await import('node:child_process');
  if (spawnSync('script', ['--version']).status !== 0) {
    t.log('SKIPPED: no script(1) here to make a pseudo-terminal');
    t.pass();
    return;
  }
  const dir = tempFiles(t, misordered);
  const cacheDir = `${dir}/cache`;
  const atTerminal = (env: Record<string, string>) => {
    const command = [process.execPath, CLI, 'check', '--order-only', '--cache-dir', cacheDir].join(' ');
    const base = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => k !== 'NO_COLOR' && k !== 'FORCE_COLOR' && k !== 'CI'),
    );
    return spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...base, TERM: 'xterm-256color', ...env },
    }).stdout;
  };
  t.true(atTerminal({}).includes(`${ESC}36mprofile.d/10-git.ps1:2:1`), 'the first run');
  t.true(atTerminal({}).includes(`${ESC}36mprofile.d/10-git.ps1:2:1`), 'the replayed run');
  t.false(atTerminal({ NO_COLOR: '1' }).includes(ESC), 'NO_COLOR at a terminal');
});
