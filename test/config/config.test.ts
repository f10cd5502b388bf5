import { readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { Ajv } from 'ajv';
import { ConfigError, resolveConfig } from '../../src/config/load-config.js';
import { CONFIG_SCHEMA, validate } from '../../src/config/schema.js';
import { tempFiles } from '../helpers/temp.js';
import { at } from '../../src/core/at.js';

test('fragbundle.schema.json is the schema the validator uses', (t) => {
  const committed = JSON.parse(readFileSync('fragbundle.schema.json', 'utf8'));
  t.deepEqual(committed, JSON.parse(JSON.stringify(CONFIG_SCHEMA)), 'run: npm run schema');
});

test('the schema is valid JSON Schema, and ajv agrees with our validator', (t) => {
  const ajv = new Ajv({ strict: false });
  const check = ajv.compile(CONFIG_SCHEMA as object);
  const samples: unknown[] = [
    {},
    { fragments: 'profile.d', exclude: ['*-test-*'], severity: { SHARED_ENV: 'off' }, lazy: 'off' },
    { baseline: 'name' },
    { baseline: ['a', 'b'] },
    { definers: [{ command: 'Set-X', kind: 'function', nameParameter: 'Name', bodyParameter: 'Body' }] },
    { fragments: 3 },
    { lazy: 'sometimes' },
    { severity: { NOT_A_CODE: 'error' } },
    { severity: { CYCLE: 'fatal' } },
    { definers: [{ command: 'Set-X', kind: 'function' }] },
    { baseline: 'reverse' },
    { unknownKey: true },
    [],
  ];
  for (const sample of samples) {
    t.is(validate(sample, CONFIG_SCHEMA).length === 0, check(sample), JSON.stringify(sample));
  }
});

test('errors name the key path', (t) => {
  const paths = (v: unknown) => validate(v, CONFIG_SCHEMA).map((e) => `${e.path} ${e.message}`);
  t.deepEqual(paths({ severity: { CYCLE: 'fatal' } }), [
    'severity.CYCLE must be one of "error", "warning", "info", "off"',
  ]);
  t.deepEqual(paths({ definers: [{ command: 'X', kind: 'thing', nameParameter: 'Name' }] }), [
    'definers[0].kind must be one of "function", "alias", "variable", "env", "drive", "module", "class"',
  ]);
  t.deepEqual(paths({ outptu: 'x' }), ['outptu is not a known key (did you mean "output"?)']);
  t.deepEqual(paths({ Fragment: 'x' }), ['Fragment is not a known key (did you mean "fragments"?)']);
  t.deepEqual(paths({ colour: true }), ['colour is not a known key'], 'nothing near: no guess');
  t.deepEqual(paths({ severity: { ORDER_VIOLATON: 'off' } }), [
    'severity.ORDER_VIOLATON is not a known key (did you mean "ORDER_VIOLATION"?)',
  ]);
  t.deepEqual(paths({ exclude: 'x' }), ['exclude must be an array of strings, not a string']);
});

test('discovered from the working folder upward; paths resolve against the config file', (t) => {
  const dir = tempFiles(t, {
    'fragbundle.config.json': JSON.stringify({ fragments: 'ps/profile.d', output: 'out/bundle.ps1', lazy: 'off' }),
    'ps/profile.d/a.ps1': '',
    'deep/er/x': '',
  });
  const c = resolveConfig({ cwd: path.join(dir, 'deep', 'er') });
  t.is(c.configPath, path.join(dir, 'fragbundle.config.json'));
  t.is(c.fragmentsDir, path.join(dir, 'ps', 'profile.d'));
  t.is(c.output, path.join(dir, 'out', 'bundle.ps1'));
  t.is(c.lazy, 'off');
  t.is(resolveConfig({ cwd: dir, lazy: 'auto', dir: 'elsewhere' }).lazy, 'auto', 'command line wins');
});

test('defaults: ./profile.d when present, bundle beside it', (t) => {
  const dir = tempFiles(t, { 'profile.d/a.ps1': '' });
  const c = resolveConfig({ cwd: dir });
  t.is(c.fragmentsDir, path.join(dir, 'profile.d'));
  t.is(c.output, path.join(dir, 'profile.bundle.ps1'));
  t.deepEqual(c.include, ['*.ps1']);
  t.is(c.baseline, 'name');
});

test('no fragments folder named and no ./profile.d: refused, saying how to name one (not the current folder)', (t) => {
  const dir = tempFiles(t, { 'install.ps1': 'Write-Host setup\n' });
  const error = t.throws(() => resolveConfig({ cwd: dir }), { instanceOf: ConfigError });
  t.regex(
    error.message,
    /no fragments folder: \.\/profile\.d does not exist\. Name the folder \(fragbundle build <folder>\), set "fragments" in fragbundle\.config\.json, or run fragbundle init/,
  );
  t.is(resolveConfig({ cwd: dir, dir: '.', output: '../x.ps1' }).fragmentsDir, dir, 'named explicitly, it is used');
});

test('an output inside the fragments folder is refused, from the command line or the config', (t) => {
  const dir = tempFiles(t, {
    'profile.d/a.ps1': '',
    'other/fragbundle.config.json': '{ "output": "profile.d/sub/b.ps1", "fragments": "profile.d" }',
    'other/profile.d/a.ps1': '',
  });
  const cli = t.throws(() => resolveConfig({ cwd: dir, output: 'profile.d/bundle.ps1' }), { instanceOf: ConfigError });
  t.regex(
    cli.message,
    /--output: the bundle \.\/profile\.d\/bundle\.ps1 would be inside the fragments folder \.\/profile\.d/,
  );
  const file = t.throws(() => resolveConfig({ cwd: path.join(dir, 'other') }), { instanceOf: ConfigError });
  t.regex(file.message, /fragbundle\.config\.json output: the bundle \.\/profile\.d\/sub\/b\.ps1 would be inside/);
  t.is(
    resolveConfig({ cwd: dir, output: 'profile.d.ps1' }).output,
    path.join(dir, 'profile.d.ps1'),
    'a sibling name is fine',
  );
});

test('invalid JSON names the line and column', (t) => {
  const dir = tempFiles(t, { 'fragbundle.config.json': '{\n  "lazy": "off",\n  oops\n}' });
  const e = t.throws(() => resolveConfig({ cwd: dir }), { instanceOf: ConfigError });
  t.is(at(e.diagnostics, 0).code, 'CONFIG_INVALID');
  t.is(at(e.diagnostics, 0).line, 3);
  t.is(at(e.diagnostics, 0).column, 3);
});

test('.profile-fragments.json: disabled, loadOrder, environments with --env', (t) => {
  const dir = tempFiles(t, {
    'profile.d/.profile-fragments.json': JSON.stringify({
      disabled: ['x'],
      loadOrder: ['b', 'a'],
      environments: { minimal: ['a'] },
    }),
    'profile.d/a.ps1': '',
  });
  const c = resolveConfig({ cwd: dir, env: 'minimal' });
  t.deepEqual(c.disabled, ['x']);
  t.deepEqual(c.baseline, ['b', 'a']);
  t.deepEqual(c.environment, { name: 'minimal', fragments: ['a'] });
  const e = t.throws(() => resolveConfig({ cwd: dir, env: 'nope' }), { instanceOf: ConfigError });
  t.regex(e.message, /no such environment.*known: minimal/);
});

test('a wrong type in .profile-fragments.json is a config error with the key path', (t) => {
  const dir = tempFiles(t, { 'profile.d/.profile-fragments.json': '{"disabled": "x"}', 'profile.d/a.ps1': '' });
  const e = t.throws(() => resolveConfig({ cwd: dir }), { instanceOf: ConfigError });
  t.regex(e.message, /disabled must be an array/);
});

test('a deferral.guards entry says what its calls read or set', (t) => {
  const dir = tempFiles(t, {
    'fragbundle.config.json': JSON.stringify({
      deferral: { guards: [{ command: 'Set-FragmentLoaded', sets: '{name}Loaded' }, { command: 'Test-Nothing' }] },
    }),
    'profile.d/a.ps1': '',
  });
  const e = t.throws(() => resolveConfig({ cwd: dir }), { instanceOf: ConfigError });
  t.deepEqual(
    e.diagnostics.map((d) => d.message),
    ['fragbundle.config.json: deferral.guards[1] needs "reads" or "sets" (or both)'],
  );
});
