/**
 * docs/ci.md's GitHub Actions workflow: valid YAML, current action versions, a Node.js that is
 * not past its end of life, the permissions the SARIF upload needs, and an upload skipped for
 * pull requests from forks (whose read-only token would fail the job).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const doc = readFileSync(path.join(root, 'docs', 'ci.md'), 'utf8');

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
}
interface Workflow {
  readonly on: unknown;
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, { readonly steps: readonly Step[] }>;
}

/** The workflow: the first yaml block holding `jobs:`. */
function workflow(): Workflow {
  const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const text = blocks.find((b) => /^jobs:/m.test(b));
  if (text === undefined) throw new Error('docs/ci.md has no workflow');
  return yaml.load(text) as Workflow;
}

test('docs/ci.md: the workflow parses, with current actions and a supported Node.js', (t) => {
  const w = workflow();
  const steps = Object.values(w.jobs).flatMap((j) => j.steps);
  const uses = (name: string) => steps.find((s) => s.uses?.startsWith(`${name}@`));
  // The newest major versions as of December 2026 (looked up, not guessed; see docs/ci.md).
  t.is(uses('actions/checkout')?.uses, 'actions/checkout@v7');
  t.is(uses('actions/setup-node')?.uses, 'actions/setup-node@v7');
  t.is(uses('github/codeql-action/upload-sarif')?.uses, 'github/codeql-action/upload-sarif@v4');
  // Node.js 24 is supported until April 2028; 20 ended in April 2026, 18 before it.
  const node = Number(uses('actions/setup-node')?.with?.['node-version']);
  t.true(node >= 24 && node % 2 === 0, `an LTS Node.js not past its end of life: ${node}`);
});

test('docs/ci.md: the SARIF upload has its permissions and skips pull requests from forks', (t) => {
  const w = workflow();
  t.is(w.permissions['security-events'], 'write');
  t.is(w.permissions.actions, 'read', 'private repositories need actions: read for the upload');
  t.is(w.permissions.contents, 'read');
  const steps = Object.values(w.jobs).flatMap((j) => j.steps);
  const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
  t.regex(upload.if ?? '', /always\(\)/, 'uploaded even when the check fails');
  t.regex(upload.if ?? '', /github\.event\.pull_request\.head\.repo\.full_name == github\.repository/);
  t.is(upload.with?.sarif_file, 'fragbundle.sarif');
  const sarif = steps.find((s) => s.run?.includes('--format sarif'));
  t.regex(sarif?.run ?? '', /-o fragbundle\.sarif/);
});
