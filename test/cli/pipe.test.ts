/**
 * A reader that stops early (`fragbundle analyze --format json | head`) closes the pipe while the
 * CLI is still writing. That is no failure of fragbundle's: no stack trace, and the exit code is
 * the command's own, so `set -o pipefail` still sees a `1` for error findings.
 */
import test from 'ava';
import { runCli, spawnCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp.js';

/** Run the CLI, read the first chunk of its standard output, then close the pipe. */
function runAndHangUp(
  args: readonly string[],
  cwd: string,
): Promise<{ stderr: string; exitCode: number | null; read: number }> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, cwd);
    let stderr = '';
    let read = 0;
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.length;
      child.stdout.destroy();
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (exitCode) => {
      resolve({ stderr, exitCode, read });
    });
  });
}

/** Over 64 KB of JSON (more than a pipe holds), and a CYCLE error when `cycle`. */
function bigProfile(cycle: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 300; i++) {
    files[`profile.d/5${String(i).padStart(3, '0')}-filler.ps1`] = `function Get-Filler${i} { 'x' }\n$Filler${i} = 1\n`;
  }
  if (cycle) {
    files['profile.d/10-a.ps1'] = "function Get-A { 'a' }\n$fromB = Get-B\n";
    files['profile.d/20-b.ps1'] = "function Get-B { 'b' }\n$fromA = Get-A\n";
  }
  return files;
}

for (const cycle of [false, true]) {
  test(`analyze piped into a reader that hangs up: quiet, exit code kept (${cycle ? 'error findings' : 'clean'})`, async (t) => {
    const dir = tempFiles(t, bigProfile(cycle));
    const args = ['analyze', 'profile.d', '--format', 'json', '--no-cache'];
    const full = await runCli(args, dir);
    t.true(full.stdout.length > 256 * 1024, `${full.stdout.length} characters of output`);
    t.is(full.exitCode, cycle ? 1 : 0, full.stderr);
    const cut = await runAndHangUp(args, dir);
    t.true(cut.read < full.stdout.length, 'the reader hung up before the end');
    t.is(cut.stderr, full.stderr, 'nothing more on stderr: no EPIPE, no stack trace');
    t.is(cut.exitCode, full.exitCode);
  });
}
