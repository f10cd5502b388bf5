/**
 * Running real PowerShell from tests. pwsh is the ground truth for every claim about what
 * PowerShell does, so tests that need it must not pass quietly without it:
 *
 * - pwsh missing, FRAGBUNDLE_REQUIRE_PWSH unset: the test is skipped with a loud message.
 * - pwsh missing, FRAGBUNDLE_REQUIRE_PWSH=1 (as .ci/run sets): the test fails.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import test, { type ExecutionContext, type ImplementationFn } from 'ava';

let cached: string | null | undefined;

/** Absolute path of pwsh, or null when it is not installed. Looks on PATH and in ~/.dotnet/tools. */
export function findPwsh(): string | null {
  if (cached !== undefined) return cached;
  const candidates = [
    ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean),
    path.join(homedir(), '.dotnet', 'tools'),
  ].map((dir) => path.join(dir, process.platform === 'win32' ? 'pwsh.exe' : 'pwsh'));
  cached = candidates.find((c) => existsSync(c)) ?? null;
  return cached;
}

/** The environment every pwsh run gets: no telemetry, no update check (there is no network). */
export function pwshEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    POWERSHELL_TELEMETRY_OPTOUT: '1',
    POWERSHELL_UPDATECHECK: 'Off',
    POWERSHELL_CLI_TELEMETRY_OPTOUT: '1',
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    ...extra,
  };
}

export interface PwshResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface PwshOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  /** Milliseconds; default two minutes. */
  readonly timeout?: number;
}

function requirePwsh(): string {
  const pwsh = findPwsh();
  if (!pwsh) throw new Error('pwsh is not installed (dotnet tool install --global PowerShell)');
  return pwsh;
}

/** Run a pwsh script file with arguments: `pwsh -NoProfile -NonInteractive -File script args...`. */
export function runPwshFile(
  script: string,
  args: readonly string[] = [],
  options: PwshOptions = {},
): Promise<PwshResult> {
  return runPwshArgs(['-NoProfile', '-NonInteractive', '-File', script, ...args], options);
}

/** Run a command string: `pwsh -NoProfile -NonInteractive -Command <command>`. */
export function runPwshCommand(command: string, options: PwshOptions = {}): Promise<PwshResult> {
  return runPwshArgs(['-NoProfile', '-NonInteractive', '-Command', command], options);
}

/** Run pwsh with exactly these arguments. Resolves with the exit code; never rejects on non-zero exit. */
export function runPwshArgs(args: readonly string[], options: PwshOptions = {}): Promise<PwshResult> {
  const pwsh = requirePwsh();
  return new Promise((resolve, reject) => {
    execFile(
      pwsh,
      args,
      {
        cwd: options.cwd,
        env: pwshEnv(options.env),
        timeout: options.timeout ?? 120_000,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`pwsh failed to run: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ stdout, stderr, exitCode: error ? Number(error.code) : 0 });
      },
    );
  });
}

/** Synchronous variant for setup code. Throws on non-zero exit with stderr in the message. */
export function runPwshCommandSync(command: string, options: PwshOptions = {}): string {
  return execFileSync(requirePwsh(), ['-NoProfile', '-NonInteractive', '-Command', command], {
    cwd: options.cwd,
    env: pwshEnv(options.env),
    timeout: options.timeout ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
}

const required = process.env.FRAGBUNDLE_REQUIRE_PWSH === '1';
let warned = false;

/**
 * Declare a test that needs pwsh. Without pwsh it is skipped loudly, or fails when
 * FRAGBUNDLE_REQUIRE_PWSH=1.
 */
export function pwshTest(title: string, implementation: ImplementationFn<[]>): void {
  if (findPwsh()) {
    test(title, implementation);
    return;
  }
  if (required) {
    test(title, (t: ExecutionContext) => {
      t.fail('pwsh is required (FRAGBUNDLE_REQUIRE_PWSH=1) but was not found on PATH or in ~/.dotnet/tools');
    });
    return;
  }
  if (!warned) {
    warned = true;
    process.stderr.write(
      '\n*** fragbundle: pwsh not found: tests that compare with real PowerShell are SKIPPED. ***\n' +
        '*** Install it: dotnet tool install --global PowerShell --version 7.6.9           ***\n\n',
    );
  }
  test.skip(`${title} (SKIPPED: pwsh not installed)`, implementation);
}

/** Same as pwshTest but serial (for tests that must not run pwsh processes concurrently). */
export function pwshTestSerial(title: string, implementation: ImplementationFn<[]>): void {
  if (findPwsh()) {
    test.serial(title, implementation);
    return;
  }
  pwshTest(title, implementation);
}
