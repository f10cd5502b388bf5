/** Running the built CLI as a user does: a child process, its output and exit code. */
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { at } from '../../src/core/at.js';

/** The CLI as users run it: the bundled dist/fragbundle.mjs (tests run from dist/test). */
export const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fragbundle.mjs');

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

let unprivileged: readonly string[] | null | undefined;

/**
 * Permission tests need a user that permissions apply to, and root ignores them. When the tests
 * run as root (CI containers do), the CLI runs as `nobody` through util-linux's setpriv, if that
 * works here (checked once, on first use: setpriv present, the CLI runnable by nobody). The
 * command prefix that does it: empty when not root, undefined when root and it cannot be done.
 */
export function asUser(): readonly string[] | undefined {
  if (unprivileged === undefined) {
    if (process.getuid?.() !== 0) {
      unprivileged = [];
    } else {
      const prefix = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
      const probe = spawnSync(at(prefix, 0), [...prefix.slice(1), process.execPath, CLI, '--version'], {
        encoding: 'utf8',
      });
      unprivileged = probe.status === 0 ? prefix : null;
    }
  }
  return unprivileged ?? undefined;
}

/**
 * `fragbundle ...args` as a child process in `cwd`: no standard input, output and errors piped,
 * CI=true, run through `prefix` (see asUser) when given. The helpers here, and tests that need
 * the streams themselves, start the CLI with it.
 */
export function spawnCli(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
  prefix: readonly string[] = [],
): ChildProcessByStdio<null, Readable, Readable> {
  const command = [...prefix, process.execPath, CLI, ...args];
  return spawn(at(command, 0), command.slice(1), {
    cwd,
    env: { ...process.env, CI: 'true', GITHUB_STEP_SUMMARY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Run `fragbundle ...args` in `cwd` with no standard input. `asUnprivileged`: as a user file
 * permissions apply to (see asUser; the caller skips the test when asUser() is undefined, and
 * makes `cwd` readable to that user).
 */
export function runCli(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
  asUnprivileged = false,
): Promise<CliResult> {
  const prefix = asUnprivileged ? (asUser() ?? []) : [];
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, cwd, env, prefix);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ stdout, stderr, exitCode: code ?? -1 });
    });
  });
}
