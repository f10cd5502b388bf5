/**
 * The user's policy over findings (src/pipeline/policy.ts): severity overrides and `# fragbundle-ignore`
 * comments, as the parse stage reads them (src/parse/walk/comments.ts), and end to end through the analyze command.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { diagnostic } from '../../src/core/diagnostics.js';
import { applyPolicy } from '../../src/pipeline/policy.js';
import type { Diagnostic, FragmentSymbols, Suppression } from '../../src/core/types.js';
import { fragment } from '../graph/make-symbols.js';
import { runAnalyze } from '../../src/cli/commands/analyze.js';

/** Fragment `a.ps1` with these suppression comments. */
function suppressing(...suppressions: Suppression[]): FragmentSymbols[] {
  const a = fragment('a');
  return [{ ...a, directives: { ...a.directives, suppressions } }];
}

const order = diagnostic('ORDER_VIOLATION', 'uses X before it is defined', { file: 'a.ps1', line: 5, column: 1 });
const shared = diagnostic('SHARED_VARIABLE', '$x leaks', { file: 'a.ps1', line: 5, column: 1 });
const elsewhere = diagnostic('ORDER_VIOLATION', 'uses Y before it is defined', { file: 'b.ps1', line: 5, column: 1 });
const codes = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.file}:${d.line} ${d.code}`);

test('a code on the line of a finding, or the line above, silences that code there only', (t) => {
  for (const line of [5, 4]) {
    const kept = applyPolicy(
      [order, shared, elsewhere],
      suppressing({ codes: ['ORDER_VIOLATION'], line, wholeFile: false }),
      {},
    );
    t.deepEqual(codes(kept), ['a.ps1:5 SHARED_VARIABLE', 'b.ps1:5 ORDER_VIOLATION'], `comment on line ${line}`);
  }
  for (const line of [3, 6]) {
    const kept = applyPolicy([order], suppressing({ codes: ['ORDER_VIOLATION'], line, wholeFile: false }), {});
    t.is(kept.length, 1, `a comment on line ${line} is too far`);
  }
});

test('before the first statement a suppression covers the whole file, and nothing else', (t) => {
  const kept = applyPolicy(
    [order, shared, elsewhere],
    suppressing({ codes: ['ORDER_VIOLATION'], line: 1, wholeFile: true }),
    {},
  );
  t.deepEqual(codes(kept), ['a.ps1:5 SHARED_VARIABLE', 'b.ps1:5 ORDER_VIOLATION']);
});

test('a suppression without codes silences every code; one with only unknown codes silences none', (t) => {
  t.deepEqual(codes(applyPolicy([order, shared], suppressing({ codes: [], line: 1, wholeFile: true }), {})), []);
  const typo = suppressing({ codes: ['ORDER-VIOLATION'], line: 1, wholeFile: true });
  t.deepEqual(codes(applyPolicy([order, shared], typo, {})), ['a.ps1:5 ORDER_VIOLATION', 'a.ps1:5 SHARED_VARIABLE']);
});

test('the tool failing to do its job cannot be silenced by a comment', (t) => {
  const config = diagnostic('CONFIG_INVALID', 'bad key', { file: 'a.ps1', line: 5 });
  const kept = applyPolicy([config], suppressing({ codes: [], line: 1, wholeFile: true }), {});
  t.deepEqual(codes(kept), ['a.ps1:5 CONFIG_INVALID']);
});

test('severity overrides change a code everywhere, and "off" drops it', (t) => {
  const kept = applyPolicy([order, shared, elsewhere], [], { ORDER_VIOLATION: 'error', SHARED_VARIABLE: 'off' });
  t.deepEqual(
    kept.map((d) => `${d.file} ${d.code} ${d.severity}`),
    ['a.ps1 ORDER_VIOLATION error', 'b.ps1 ORDER_VIOLATION error'],
  );
});

test('a misspelt or lower-case code in a comment: what the CLI reports', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fragbundle-policy-'));
  t.teardown(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const frag = path.join(dir, 'profile.d');
  mkdirSync(frag);
  writeFileSync(path.join(frag, '20-b.ps1'), '$global:Shared = 2\n');
  const findings = async (comment: string) => {
    writeFileSync(path.join(frag, '10-a.ps1'), `${comment}\n$global:Shared = 1\n`);
    // In-process, as src/cli/main.ts runs it: the report is what the CLI prints.
    const r = await runAnalyze({ cwd: dir, dir: frag, format: 'json', cache: false });
    const report = JSON.parse(r.stdout) as { diagnostics: Diagnostic[] };
    return report.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
  };
  t.deepEqual(await findings('# no comment'), ['2:1 SHARED_VARIABLE']);
  t.deepEqual(await findings('# fragbundle-ignore shared_variable'), [], 'any case');
  t.deepEqual(await findings('# fragbundle-ignore SHARED_VARIABLE -- the installer sets it'), [], 'a reason');
  // Before, a word that was no code was dropped, and a comment left with none silenced everything.
  t.deepEqual(await findings('# fragbundle-ignore SHARED-VARIABLE'), ['1:21 UNKNOWN_CODE', '2:1 SHARED_VARIABLE']);
  t.deepEqual(await findings('# fragbundle-ignore ORDER_VIOLATION, SHARED_VARIABLE because'), ['1:54 UNKNOWN_CODE']);
});
