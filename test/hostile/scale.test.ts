/**
 * Scale, end to end through the CLI: a single ~50 MB fragment (many functions, one huge
 * here-string, random bytes) and 10,000 fragments. Each must end with exit 0 or a clear
 * diagnostic: no crash, no stack trace, no internal-error hint. Times are printed (t.log), never
 * asserted. Serial: each run can take over a gigabyte of memory.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { runCli, type CliResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const MB = 1024 * 1024;

/** A folder with profile.d/ holding these files. */
function profileDir(t: ExecutionContext, files: Record<string, string | Buffer>): string {
  const dir = tempDir(t, 'fragbundle-scale-');
  mkdirSync(path.join(dir, 'profile.d'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, 'profile.d', name), content);
  return dir;
}

async function build(t: ExecutionContext, dir: string, what: string): Promise<CliResult> {
  const start = process.hrtime.bigint();
  const r = await runCli(['build', 'profile.d', '-o', 'out.ps1', '--no-cache'], dir);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  t.log(`${what}: exit ${r.exitCode} in ${seconds.toFixed(1)} s`);
  t.log(`stderr: ${r.stderr.slice(0, 600)}`);
  return r;
}

/** Exit 0, or 1/2 with only one-line diagnostics: never a crash, a stack trace or an internal error. */
function assertClean(t: ExecutionContext, r: CliResult): void {
  t.true([0, 1, 2].includes(r.exitCode), `exit code ${r.exitCode}`);
  t.notRegex(r.stderr, /\n\s+at /, 'no stack trace');
  t.notRegex(r.stderr, /Aborted\(\)|run again with --debug|internal error|RangeError|heap out of memory/i);
  if (r.exitCode !== 0) {
    for (const line of r.stderr
      .trim()
      .split('\n')
      .filter((l) => !/^\s/.test(l))) {
      t.regex(line, /^(\S.*:\d+:\d+: (error|warning|info) [A-Z_]+: |fragbundle: )/, `not a diagnostic line: ${line}`);
    }
  }
}

/** ~`size` bytes of realistic functions with aliases. */
function manyFunctions(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const s = `function Get-Thing${i} {\n  param([string]$Name = "x${i}")\n  if ($Name) { Write-Output "thing ${i}: $Name" }\n}\nSet-Alias -Name gt${i} -Value Get-Thing${i}\n`;
    parts.push(s);
    length += s.length;
  }
  return parts.join('');
}

// A fragment over the parse stage's limit (8 MiB; tree-sitter needs ~200 bytes per character
// of dense code and aborted near 2 GB, taking the whole run with it) is not analysed: a
// PARSE_FAILED warning names it, and it is bundled unchanged.
test.serial('one 50 MB fragment of 320,000 functions: exit 0, a PARSE_FAILED warning, bundled as it is', async (t) => {
  const text = manyFunctions(50 * MB);
  const dir = profileDir(t, { '10-big.ps1': text, '20-small.ps1': 'function Get-Small { 1 }\n' });
  const r = await build(t, dir, '50 MB of functions');
  assertClean(t, r);
  t.is(r.exitCode, 0, r.stderr);
  t.regex(r.stderr, /10-big\.ps1:1:1: warning PARSE_FAILED: not analysed \(it is \d+\.\d MiB, more than the 8 MiB/);
  // The small fragment is still bundled (and analysed: no finding about it); one tiny function is
  // not worth a lazy stub (plan-bundle.ts), so nothing is lazy.
  t.regex(r.stdout, /2 fragments, 0 lazy with 0 stubs; 0 errors, 1 warning/);
  t.true(statSync(path.join(dir, 'out.ps1')).size > 50 * MB);
});

test.serial('one 50 MB here-string: exit 0, the bundle carries it', async (t) => {
  const line = 'Lorem ipsum $notexpanded `backtick "quote" {brace} # not a comment \u2019 ü\n';
  const body = line.repeat(Math.ceil((50 * MB) / line.length));
  const dir = profileDir(t, { '10-big.ps1': `$Text = @'\n${body}'@\nfunction Get-Text { $Text }\n` });
  const r = await build(t, dir, '50 MB here-string');
  assertClean(t, r);
  t.is(r.exitCode, 0, r.stderr);
  t.true(statSync(path.join(dir, 'out.ps1')).size > 50 * MB);
});

test.serial('50 MB of random bytes: exit 2 with LOAD_BINARY naming the file', async (t) => {
  const dir = profileDir(t, { '10-big.ps1': randomBytes(50 * MB) });
  const r = await build(t, dir, '50 MB random bytes');
  assertClean(t, r);
  t.is(r.exitCode, 2);
  t.regex(r.stderr, /10-big\.ps1:\d+:\d+: error LOAD_BINARY: 10-big\.ps1 contains a NUL byte/);
});

// Random bytes without NUL decode (with U+FFFD). At 5 MB they go through the whole parser; at
// 50 MB the parse stage declines them (PARSE_FAILED), as any fragment over 8 MiB.
test.serial('5 MB of random bytes without NUL: exit 0 with a LOAD_ENCODING warning', async (t) => {
  const bytes = randomBytes(5 * MB);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) bytes[i] = 1;
  const dir = profileDir(t, { '10-big.ps1': bytes });
  const r = await build(t, dir, '5 MB random non-NUL bytes');
  assertClean(t, r);
  t.is(r.exitCode, 0, r.stderr);
  t.regex(r.stderr, /warning LOAD_ENCODING/);
});

test.serial('10,000 fragments in a dependency chain: exit 0, all in the bundle', async (t) => {
  const files: Record<string, string> = {};
  const id = (k: number) => `${String(k).padStart(5, '0')}-frag`;
  for (let k = 0; k < 10_000; k++) {
    files[`${id(k)}.ps1`] =
      `${k > 0 ? `# Dependencies: ${id(k - 1)}\n` : ''}function Get-F${k} { Get-F${Math.max(0, k - 1)} }\n` +
      `$V${k} = ${k > 0 ? `$V${k - 1}` : 1}\nSet-Alias f${k} Get-F${k}\n`;
  }
  const dir = profileDir(t, files);
  const r = await build(t, dir, '10,000 fragments');
  assertClean(t, r);
  t.is(r.exitCode, 0, r.stderr.slice(0, 2000));
  t.regex(r.stdout, /wrote out\.ps1 \(10000 fragments/);
});
