import { createRequire } from 'node:module';
import test from 'ava';
import { DIAGNOSTIC_RULES, diagnostic } from '../../src/core/diagnostics.js';
import { reportGithub } from '../../src/report/github.js';
import { toSarif } from '../../src/report/sarif.js';
import { projectUrl, TOOL_URL } from '../../src/io/version.js';
import type { Diagnostic } from '../../src/core/types.js';

const require = createRequire(import.meta.url);
// The SARIF 2.1.0 schema (draft-04) as Microsoft ships it for its own validators.
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
const AjvDraft04 = require('ajv-draft-04') as new (opts: object) => {
  compile(s: object): ((d: unknown) => boolean) & { errors?: unknown };
};

const findings: Diagnostic[] = [
  diagnostic('CYCLE', 'cycle between a -> b -> a', { file: 'a.ps1', line: 3, column: 5 }, [
    { file: 'b.ps1', line: 2, column: 1, message: 'b needs a for Get-A' },
  ]),
  diagnostic('ORDER_VIOLATION', 'Set-X is used at load time but only defined later', {
    file: 'sub dir/10 x,y.ps1',
    line: 7,
    column: 1,
  }),
  {
    ...diagnostic('SHARED_ENV', '$env:PATH is written by 2 fragments', { file: 'b.ps1', line: 1, column: 1 }),
    severity: 'info',
  },
  diagnostic('CONFIG_INVALID', 'fragbundle.config.json: lazy must be one of "auto", "off"'),
];
const ctx = {
  toRepoPath: (f: string) => `profile.d/${f}`,
  lineText: (_f: string, line: number) => `line ${line} text`,
};

test('SARIF output validates against the SARIF 2.1.0 schema', (t) => {
  const ajv = new AjvDraft04({ strict: false, unicodeRegExp: false, validateFormats: false, allErrors: true });
  const validate = ajv.compile(sarifSchema);
  const log = toSarif(findings, ctx);
  t.true(validate(log), JSON.stringify(validate.errors, null, 2));
  const linked = toSarif(findings, ctx, 'https://github.com/someone/fragbundle');
  t.true(validate(linked), JSON.stringify(validate.errors, null, 2));
  t.false(
    validate({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }],
    }),
    'the validator does reject bad logs',
  );
});

test('SARIF: one rule per code, levels, regions, repo-relative URIs, related locations', (t) => {
  const log = toSarif(findings, ctx) as any;
  const run = log.runs[0];
  t.deepEqual(
    run.tool.driver.rules.map((r: any) => r.id),
    DIAGNOSTIC_RULES.map((r) => r.code),
  );
  const [cycle, order, env, config] = run.results;
  t.is(cycle.ruleId, 'CYCLE');
  t.is(cycle.level, 'error');
  t.is(run.tool.driver.rules[cycle.ruleIndex].id, 'CYCLE');
  t.deepEqual(cycle.locations[0].physicalLocation, {
    artifactLocation: { uri: 'profile.d/a.ps1', uriBaseId: '%SRCROOT%' },
    region: { startLine: 3, startColumn: 5 },
  });
  t.is(cycle.relatedLocations[0].message.text, 'b needs a for Get-A');
  t.is(order.locations[0].physicalLocation.artifactLocation.uri, 'profile.d/sub%20dir/10%20x,y.ps1');
  t.is(env.level, 'note');
  t.is(config.locations, undefined);
});

test('SARIF rules: a readable name unlike the id, help in full sentences, no relative links', (t) => {
  const rules = (toSarif(findings, ctx) as any).runs[0].tool.driver.rules as any[];
  const names = new Set<string>();
  for (const rule of rules) {
    t.regex(rule.name, /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)*$/, `${rule.id}: a PascalCase name`);
    t.not(rule.name, rule.id);
    names.add(rule.name);
    for (const text of [rule.shortDescription.text, rule.fullDescription.text, rule.help.text, rule.help.markdown])
      t.regex(text, /^[A-Z`"#$].*[.?!]$/s, `${rule.id}: a full sentence: ${text}`);
    const links = JSON.stringify(rule).match(/https?:\/\/[^"\s)]+|\b(?:docs|src)\/[\w./#-]+/g) ?? [];
    t.deepEqual(
      links.filter((l) => !/^https:\/\//.test(l)),
      [],
      `${rule.id}: no relative path as a link`,
    );
    if (rule.helpUri !== undefined) t.regex(rule.helpUri, /^https:\/\//);
  }
  t.is(names.size, rules.length, 'names are distinct');
});

test('SARIF links: absolute addresses from package.json, or none at all', (t) => {
  // This package.json names no address today: no informationUri, no helpUri.
  t.is(TOOL_URL, undefined);
  const plain = (toSarif(findings, ctx) as any).runs[0].tool.driver;
  t.is(plain.informationUri, undefined);
  t.true(plain.rules.every((r: any) => r.helpUri === undefined));
  const linked = (toSarif(findings, ctx, 'https://github.com/someone/fragbundle') as any).runs[0].tool.driver;
  t.is(linked.informationUri, 'https://github.com/someone/fragbundle');
  const order = linked.rules.find((r: any) => r.id === 'ORDER_VIOLATION');
  t.is(order.helpUri, 'https://github.com/someone/fragbundle/blob/HEAD/docs/diagnostics.md#order_violation');
  // A homepage on an unknown host: its address, but no guessed file layout for helpUri.
  const home = (toSarif(findings, ctx, 'https://fragbundle.example') as any).runs[0].tool.driver;
  t.is(home.informationUri, 'https://fragbundle.example');
  t.true(home.rules.every((r: any) => r.helpUri === undefined));

  t.is(projectUrl({ repository: { type: 'git', url: 'git+https://github.com/o/r.git' } }), 'https://github.com/o/r');
  t.is(projectUrl({ repository: 'git+https://gitlab.com/o/r.git#main' }), 'https://gitlab.com/o/r');
  t.is(projectUrl({ homepage: 'https://o.example/r/', repository: 'x' }), 'https://o.example/r');
  t.is(projectUrl({ repository: 'github:o/r' }), undefined, 'a shorthand is not an address');
  t.is(projectUrl({ homepage: './docs', repository: 'git@github.com:o/r.git' }), undefined, 'relative or ssh: none');
  t.is(projectUrl({}), undefined);
});

test('SARIF fingerprints survive a line shift and tell repeated findings apart', (t) => {
  const a = diagnostic('SHARED_VARIABLE', 'm', { file: 'x.ps1', line: 3, column: 1 });
  const moved = { ...a, line: 10 };
  const fp = (ds: Diagnostic[], lineText: (f: string, l: number) => string) =>
    (toSarif(ds, { toRepoPath: (f) => f, lineText }) as any).runs[0].results.map(
      (r: any) => r.partialFingerprints['fragbundle/v1'],
    );
  const same = () => '$x = 1';
  t.deepEqual(fp([a], same), fp([moved], same), 'same code, file and line text: same fingerprint');
  const [first, second] = fp([a, moved], same);
  t.not(first, second, 'two identical findings in one file get distinct fingerprints');
});

test('github: workflow commands with escaped properties, at most 10 per severity, and a step summary', (t) => {
  const many = Array.from({ length: 12 }, (_, i) =>
    diagnostic('DUPLICATE_DEFINITION', `dup ${i}`, { file: 'a.ps1', line: i + 1, column: 1 }),
  );
  const r = reportGithub([...findings, ...many], (f) => `profile.d/${f}`, 'fragbundle check');
  const lines = r.output.trim().split('\n');
  t.is(lines[0], '::error file=profile.d/a.ps1,line=3,col=5,title=CYCLE::cycle between a -> b -> a');
  t.true(
    lines.includes(
      '::warning file=profile.d/sub dir/10 x%2Cy.ps1,line=7,col=1,title=ORDER_VIOLATION::Set-X is used at load time but only defined later',
    ),
  );
  t.is(lines.filter((l) => l.startsWith('::warning')).length, 10);
  t.true(lines.some((l) => /3 more finding\(s\) not annotated/.test(l)));
  t.is(r.exitCode, 1);
  t.regex(r.summary, /^## fragbundle check/);
  t.regex(r.summary, /\| error \| CYCLE \| profile\.d\/a\.ps1:3:5 \|/);
});

test('github: newlines and percent signs in messages are escaped', (t) => {
  const r = reportGithub(
    [diagnostic('CYCLE', '100% bad\nsecond line', { file: 'a.ps1', line: 1, column: 1 })],
    (f) => f,
    't',
  );
  t.regex(r.output, /::100%25 bad%0Asecond line\n/);
});
