/**
 * The parse stage against PowerShell's own parser (test/pwsh/ast-facts.ps1). For each kind of
 * fact, precision and recall over (file, name lower-cased, line, column, phase) tuples:
 * exact agreement on test/parse/fixtures, recall >= 0.995 for definitions and load-phase
 * references on examples/. Files pwsh rejects are left out.
 *
 * Both sides are filtered the same way, in code, for the documented intentional differences:
 * - PowerShell's automatic variables are dropped (we never report them);
 * - variables local to a function/method/stored block/`& {}` are dropped (ast-facts.ps1 marks
 *   them with the same scoping model as src/parse/walk/analyzer.ts);
 * - variables on other drives than `env:`/`variable:` (`${function:X}`, `${c:\x}`) are left out:
 *   we report them as functions/aliases or not at all;
 * - definitions made by commands (Set-Variable, SetEnvironmentVariable, Set-Item Env:) have no
 *   AssignmentStatementAst: only our assignment-made definitions (no `via`) are compared.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pwshTest, runPwshFile } from '../helpers/pwsh.js';
import { isAutomaticVariable } from '../../src/parse/walk/known-names.js';
import type { FragmentSymbols } from '../../src/core/types.js';
import { extract, fixturesDir, readText, repoRoot } from './parser.js';
import { at } from '../../src/core/at.js';

type Kind = 'function-defs' | 'command-calls' | 'variable-assignments' | 'variable-reads' | 'env';
const KINDS: readonly Kind[] = ['function-defs', 'command-calls', 'variable-assignments', 'variable-reads', 'env'];

interface Fact {
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly phase: string;
  readonly drive?: string | null;
  readonly qualifier?: string | null;
  readonly local?: boolean;
}

interface FileFacts {
  readonly file: string;
  readonly errors: readonly { message: string; line: number; column: number }[];
  readonly functions: readonly Fact[];
  readonly commands: readonly Fact[];
  readonly assigned: readonly Fact[];
  readonly reads: readonly Fact[];
}

/** A comparable fact: kind, file, name, line, column, phase (and a tag for env reads/writes). */
type Tuple = string;

function tuple(
  kind: Kind,
  file: string,
  f: { name: string; line: number; column: number; phase: string },
  tag = '',
): Tuple {
  return [kind, file, f.name.toLowerCase(), f.line, f.column, f.phase, tag].join('\t');
}

function listPs1(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  for (let d = stack.pop(); d !== undefined; d = stack.pop()) {
    let entries: string[];
    try {
      entries = readdirSync(d);
    } catch {
      continue;
    }
    for (const e of entries) {
      const full = path.join(d, e);
      if (statSync(full).isDirectory()) stack.push(full);
      else if (e.toLowerCase().endsWith('.ps1')) out.push(full);
    }
  }
  return out.sort();
}

function pwshTuples(facts: FileFacts, file: string): Set<Tuple> {
  const out = new Set<Tuple>();
  for (const f of facts.functions) out.add(tuple('function-defs', file, f));
  for (const f of facts.commands) out.add(tuple('command-calls', file, f));
  for (const f of facts.assigned) {
    if (f.drive === 'env') out.add(tuple('env', file, f, 'write'));
    else if (!f.drive && !f.local && !isAutomaticVariable(f.name)) out.add(tuple('variable-assignments', file, f));
  }
  for (const f of facts.reads) {
    if (f.drive === 'env') out.add(tuple('env', file, f, 'read'));
    else if ((!f.drive || f.drive === 'variable') && !f.local && !isAutomaticVariable(f.name)) {
      out.add(tuple('variable-reads', file, f));
    }
  }
  return out;
}

function ourTuples(symbols: FragmentSymbols, text: string, file: string): Set<Tuple> {
  const out = new Set<Tuple>();
  const lines = text.split(/\r\n|\n|\r/);
  const startsWithKeyword = (line: number, column: number) =>
    /^(function|filter|workflow)\s/i.test((lines[line - 1] ?? '').slice(column - 1));
  for (const d of symbols.defines) {
    if (d.kind === 'function' && startsWithKeyword(d.line, d.column)) out.add(tuple('function-defs', file, d));
    if (d.kind === 'variable' && d.via === undefined) out.add(tuple('variable-assignments', file, d));
    if (d.kind === 'env' && d.via === undefined) out.add(tuple('env', file, d, 'write'));
  }
  for (const r of symbols.references) {
    if (r.kind === 'command' && r.access === 'call') out.add(tuple('command-calls', file, r));
    if (r.kind === 'variable' && r.access === 'read') out.add(tuple('variable-reads', file, r));
    if (r.kind === 'env' && r.access === 'read') out.add(tuple('env', file, r, 'read'));
  }
  return out;
}

interface Score {
  readonly kind: string;
  readonly truth: number;
  readonly ours: number;
  readonly precision: number;
  readonly recall: number;
  readonly missed: readonly string[];
  readonly extra: readonly string[];
}

function score(kind: string, truth: Set<Tuple>, ours: Set<Tuple>, filter: (t: Tuple) => boolean): Score {
  const t = [...truth].filter(filter);
  const o = [...ours].filter(filter);
  const oSet = new Set(o);
  const tSet = new Set(t);
  const hit = t.filter((x) => oSet.has(x)).length;
  return {
    kind,
    truth: t.length,
    ours: o.length,
    precision: o.length === 0 ? 1 : hit / o.length,
    recall: t.length === 0 ? 1 : hit / t.length,
    missed: t.filter((x) => !oSet.has(x)),
    extra: o.filter((x) => !tSet.has(x)),
  };
}

function table(title: string, scores: readonly Score[]): string {
  const rows = scores.map(
    (s) =>
      `  ${s.kind.padEnd(34)} pwsh ${String(s.truth).padStart(5)}  ours ${String(s.ours).padStart(5)}  ` +
      `precision ${s.precision.toFixed(4)}  recall ${s.recall.toFixed(4)}`,
  );
  return [title, ...rows].join('\n');
}

const isLoad = (t: Tuple) => t.split('\t')[5] === 'load';
const kindIs = (k: Kind) => (t: Tuple) => t.startsWith(`${k}\t`);

pwshTest('extractSymbols agrees with PowerShell AST on fixtures and examples', async (t) => {
  const fixtureFiles = listPs1(fixturesDir);
  const exampleFiles = listPs1(path.join(repoRoot, 'examples'));
  const files = [...fixtureFiles, ...exampleFiles];
  const result = await runPwshFile(path.join(repoRoot, 'test', 'pwsh', 'ast-facts.ps1'), files, { timeout: 300_000 });
  t.is(result.exitCode, 0, result.stderr);
  const facts = JSON.parse(result.stdout) as FileFacts[];
  t.is(facts.length, files.length);

  const corpora = {
    fixtures: { truth: new Set<Tuple>(), ours: new Set<Tuple>() },
    examples: { truth: new Set<Tuple>(), ours: new Set<Tuple>() },
  };
  const rejected: string[] = [];
  for (const [i, file] of files.entries()) {
    const rel = path.relative(repoRoot, file).split(path.sep).join('/');
    const f = at(facts, i);
    if (f.errors.length > 0) {
      rejected.push(`${rel}: ${at(at(f.errors, 0).message.split('\n'), 0)}`);
      continue;
    }
    const text = readText(file);
    const symbols = await extract(rel, text);
    const corpus = i < fixtureFiles.length ? corpora.fixtures : corpora.examples;
    for (const x of pwshTuples(f, rel)) corpus.truth.add(x);
    for (const x of ourTuples(symbols, text, rel)) corpus.ours.add(x);
  }

  const report: string[] = [
    `files pwsh rejects (left out): ${rejected.length ? `\n  ${rejected.join('\n  ')}` : 'none'}`,
  ];
  const all = (t: Tuple) => t.length > 0;
  // Checked after the report is printed: a failing check throws, and the figures are wanted then most.
  const checks: (() => void)[] = [];
  for (const [name, c] of Object.entries(corpora)) {
    const scores = [
      ...KINDS.map((k) => score(k, c.truth, c.ours, kindIs(k))),
      score(
        'definitions (all kinds)',
        c.truth,
        c.ours,
        (x) => /^(function-defs|variable-assignments)\t/.test(x) || /\twrite$/.test(x),
      ),
      score(
        'load-phase references',
        c.truth,
        c.ours,
        (x) => isLoad(x) && (/^(command-calls|variable-reads)\t/.test(x) || /\tread$/.test(x)),
      ),
      score('load-phase calls', c.truth, c.ours, (x) => isLoad(x) && kindIs('command-calls')(x)),
      score('deferred calls', c.truth, c.ours, (x) => !isLoad(x) && kindIs('command-calls')(x)),
      score('everything', c.truth, c.ours, all),
    ];
    report.push(table(`${name} (${name === 'fixtures' ? fixtureFiles.length : exampleFiles.length} files):`, scores));
    const last = at(scores, scores.length - 1);
    if (last.missed.length > 0) report.push(`  missed:\n    ${last.missed.slice(0, 40).join('\n    ')}`);
    if (last.extra.length > 0) report.push(`  extra:\n    ${last.extra.slice(0, 40).join('\n    ')}`);
    checks.push(() => {
      if (name === 'fixtures') {
        t.deepEqual(last.missed, [], 'fixtures: facts PowerShell sees that we miss');
        t.deepEqual(last.extra, [], 'fixtures: facts we report that PowerShell does not');
      } else {
        t.true(at(scores, 5).recall >= 0.995, `examples: definition recall ${at(scores, 5).recall}`);
        t.true(at(scores, 6).recall >= 0.995, `examples: load-phase reference recall ${at(scores, 6).recall}`);
      }
    });
  }
  const text = report.join('\n');
  t.log(text);
  process.stdout.write(`\n${text}\n`);
  for (const check of checks) check();
});
