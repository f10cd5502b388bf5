/**
 * PowerShell scripts run in fresh runspaces of a few long-lived pwsh processes
 * (test/pwsh/runspace-server.ps1), for tests that compare session state but are not about the
 * pwsh process itself. A runspace made from `InitialSessionState.CreateDefault2()` starts with the
 * session state of `pwsh -NoProfile`; the server resets the process-wide parts (environment
 * variables, current directory) before every job. Starting pwsh costs about 0.8 CPU seconds, a
 * runspace a small fraction of that. Tests about the process (exit codes, host, stdin, -File
 * arguments) keep `runPwshCommand` and friends from ./pwsh.ts.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { findPwsh, pwshEnv, type PwshOptions, type PwshResult } from './pwsh.js';

const SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/pwsh/runspace-server.ps1');

interface Job {
  readonly line: string;
  readonly timeout: number;
  readonly resolve: (r: PwshResult) => void;
  readonly reject: (e: Error) => void;
}

class Server {
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly marker = `@@fragbundle-runspace-${randomBytes(6).toString('hex')}@@ `;
  private current: (Job & { timer: NodeJS.Timeout }) | undefined;
  private stderr = '';
  private dead: Error | undefined;
  private readonly exited: Promise<void>;

  constructor(pwsh: string) {
    this.child = spawn(pwsh, ['-NoProfile', '-NonInteractive', '-File', SERVER, '-Marker', this.marker.trim()], {
      env: pwshEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    // Writing to a server that has died fails with EPIPE; its 'exit' rejects the job instead.
    this.child.stdin.on('error', () => undefined);
    this.child.stderr.setEncoding('utf8').on('data', (d: string) => {
      this.stderr += d;
    });
    createInterface({ input: this.child.stdout }).on('line', (l) => {
      this.onLine(l);
    });
    this.child.on('error', (e) => {
      this.fail(new Error(`pwsh runspace server failed to run: ${e.message}`));
    });
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.fail(new Error(`pwsh runspace server ended (${code ?? signal}):\n${this.stderr}`));
        resolve();
      });
    });
    this.idle();
  }

  get busy(): boolean {
    return this.current !== undefined;
  }

  get alive(): boolean {
    return this.dead === undefined;
  }

  run(job: Job): void {
    if (this.dead) {
      job.reject(this.dead);
      return;
    }
    const timer = setTimeout(() => {
      this.fail(new Error(`pwsh runspace job timed out after ${job.timeout} ms`));
      this.child.kill('SIGKILL');
    }, job.timeout);
    this.current = { ...job, timer };
    this.child.ref();
    this.child.stdin.write(job.line + '\n');
  }

  private onLine(line: string): void {
    if (!line.startsWith(this.marker) || !this.current) return;
    const reply = JSON.parse(line.slice(this.marker.length)) as PwshResult & { last: boolean };
    const job = this.current;
    clearTimeout(job.timer);
    this.current = undefined;
    if (reply.last)
      this.dead = new Error('pwsh runspace server ended after a job that made types or loaded PSReadLine');
    this.idle();
    job.resolve({ stdout: reply.stdout, stderr: reply.stderr, exitCode: reply.exitCode });
    release(this);
  }

  private fail(error: Error): void {
    if (this.dead) return;
    this.dead = error;
    const job = this.current;
    this.current = undefined;
    if (job) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    release(this);
  }

  /** End the server (at the end of its input) and wait until it has exited. */
  close(): Promise<void> {
    this.child.ref();
    for (const s of [this.child.stdout, this.child.stderr]) (s as { ref?: () => void }).ref?.();
    this.child.stdin.end();
    return this.exited;
  }

  /** An idle server must not keep the test process alive; it ends when its stdin closes. */
  private idle(): void {
    this.child.unref();
    for (const s of [this.child.stdin, this.child.stdout, this.child.stderr]) (s as { unref?: () => void }).unref?.();
  }
}

const maxServers = Number(process.env.FRAGBUNDLE_PWSH_JOBS ?? 2);
const servers: Server[] = [];
const all: Server[] = [];
const waiting: Job[] = [];

// Waiting for the servers at the end of a test file makes their CPU time count in the test
// process's children (what `/usr/bin/time npm test` reports); left alone they would still end.
test.after.always('end the pwsh runspace servers', async () => {
  await Promise.all(all.map((s) => s.close()));
});

function release(server: Server): void {
  const i = servers.indexOf(server);
  if (!server.alive && i >= 0) servers.splice(i, 1);
  dispatch();
}

function dispatch(): void {
  while (waiting.length > 0) {
    let server = servers.find((s) => s.alive && !s.busy);
    if (!server && servers.length < maxServers) {
      const pwsh = findPwsh();
      if (!pwsh) {
        for (const job of waiting.splice(0)) job.reject(new Error('pwsh is not installed'));
        return;
      }
      server = new Server(pwsh);
      servers.push(server);
      all.push(server);
    }
    if (!server) return;
    server.run(waiting.shift()!);
  }
}

/**
 * Run `script` at the global scope of a fresh runspace, in `options.cwd` with `options.env` added
 * to the environment: the same session state a `pwsh -NoProfile -NonInteractive -Command script`
 * child starts with. stdout holds the output objects as text, stderr the error records; exitCode
 * is 1 when either a terminating error ended the script or an error record was written.
 */
export function runPwshInRunspace(script: string, options: PwshOptions = {}): Promise<PwshResult> {
  return new Promise((resolve, reject) => {
    const line = JSON.stringify({ script, cwd: options.cwd ?? process.cwd(), env: options.env ?? {} });
    waiting.push({ line, timeout: options.timeout ?? 120_000, resolve, reject });
    dispatch();
  });
}
