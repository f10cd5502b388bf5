/**
 * The runtime template (src/bundle/runtime.ps1): the generated module holds its current text, pwsh
 * parses it as it stands and every rendering the emitter can ask for, its names are the ones
 * runtimeNames gives, and the markup renders as template.ts says.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import test from 'ava';
import { packageRoot } from '../../src/io/package-root.js';
import { declaredStubText, deferNames, installList } from '../../src/bundle/defer-runtime.js';
import { quotePs } from '../../src/text/quote.js';
import { RUNTIME_TEMPLATE } from '../../src/bundle/runtime-template.js';
import {
  runtimeContext,
  runtimeNames,
  sharedStubBody,
  sharedStubStatement,
  stubText,
  subFileDotSource,
  subFileEntry,
} from '../../src/bundle/runtime.js';
import {
  DEFERRED_LAYOUT,
  fragmentLayout,
  LAZY_LAYOUT,
  layoutValues,
  stride,
  tableRow,
} from '../../src/bundle/table-layout.js';
import { renderSection, SWITCHES, templateSections, type Switches } from '../../src/bundle/template.js';
import { runPwshFile, pwshTest } from '../helpers/pwsh.js';
import { tempDir } from '../helpers/temp.js';

interface Script {
  TEMPLATE_PS1: string;
  TEMPLATE_TS: string;
  runtimeTemplateSource(ps1: string): Promise<string>;
}

const script = async (): Promise<Script> =>
  (await import(pathToFileURL(path.join(packageRoot(), 'scripts', 'write-runtime-template.mjs')).href)) as Script;

test('runtime-template.ts is what scripts/write-runtime-template.mjs writes (run `npm run runtime-template`)', async (t) => {
  const s = await script();
  t.is(readFileSync(s.TEMPLATE_TS, 'utf8'), await s.runtimeTemplateSource(readFileSync(s.TEMPLATE_PS1, 'utf8')));
});

/** Every switch combination the emitter can produce: shared stubs exist only with lazy functions, keepsub only with sub-files and deferral. */
function combinations(): Switches[] {
  const all: Switches[] = [];
  for (let bits = 0; bits < 1 << SWITCHES.length; bits++) {
    const s = Object.fromEntries(SWITCHES.map((name, i) => [name, (bits & (1 << i)) !== 0])) as Record<
      (typeof SWITCHES)[number],
      boolean
    >;
    if (s.shared && !s.lazy) continue;
    if (s.keepsub && !(s.sub && s.deferred)) continue;
    if ((s.wildcard || s.aside) && !s.guarded) continue;
    all.push(s);
  }
  return all;
}

/** A deferred stub that declares parameters (defer-runtime.ts declaredStubText). */
function declared(switches: Switches, advanced: boolean): string {
  return declaredStubText(
    '0123abcd',
    `${advanced ? '[CmdletBinding()] ' : ''}param([string]$Name, [switch]$Force)`,
    advanced,
    switches,
  );
}

/**
 * A whole bundle body for one switch combination, rendered the way emitBundle orders the
 * sections, with one row per table (values with quotes, `$` and the placeholder shapes, which
 * must come through untouched).
 */
function renderAll(switches: Switches): string {
  const names = runtimeNames('0123abcd');
  const stubBodies = [
    sharedStubBody(false, undefined, names),
    sharedStubBody(true, '[CmdletBinding()] param([string]$Name)', names),
    sharedStubBody(false, 'param($x)', names),
  ];
  const ctx = runtimeContext({
    id: '0123abcd',
    switches,
    sharedLookup: switches.shared ? [{ literal: "'Get-It''s'", index: 0 }] : [],
    stubTexts: switches.shared ? stubBodies.map(quotePs) : [],
    deferInstall: switches.deferred
      ? [
          installList(
            [
              { name: 'Get-Deferred', kind: 'function' },
              { name: "it's", kind: 'alias' },
              { name: 'Get-Plain', kind: 'function' },
            ],
            [1, 1, 0],
            '__fragbundle_da_0123abcd_',
          ),
        ]
      : [],
    deferDeclared: switches.deferred ? [quotePs(declared(switches, true))] : [],
    subPrune: switches.keepsub ? ["'profile.d/lib/eager.ps1'", "'profile.d/lib/it''s.ps1'"] : [],
    guard: {
      dirLiteral: "'profile.d'",
      pathLiterals: ["'profile.d/__fragbundle_x_ID.ps1'", "'profile.d/$FB_X.ps1'", "'profile.d/lib/it''s.ps1'"],
      subLiterals: ["'profile.d/lib/it''s.ps1'"],
      subInfoLiterals: ["'lib/it''s.ps1'", "'00ff'"],
      stampsLiteral: "'1/2/5;3/4/6'",
      topLevelCount: 3,
      setAsideLiterals: switches.aside ? ["'off.ps1'", "'sub/x.ps1'"] : [],
      topAsideLiterals: switches.aside ? ["'profile.d/off.ps1'"] : [],
      includeLiteral: "'(?i)^[^/]*\\.ps1$'",
      excludeLiteral: "'(?!)'",
      ...(switches.wildcard ? { wildcardLiteral: "'*.ps1'" } : {}),
      skipLiteral: switches.aside ? 'if ($IsWindows) { 0 } else { 2 }' : '0',
      configLiteral: "'conf/fragbundle.config.json'",
      flagsLiteral: "' --timings'",
    },
  });
  const render = (name: string, rename?: Record<string, string>): string =>
    renderSection(name, rename ? { ...ctx, rename } : ctx);
  const parts = [render('load'), render('fail'), render('invocation')];
  if (switches.lazy) {
    const row = tableRow(LAZY_LAYOUT, { rel: "'profile.d/a.ps1'", line: 3, column: 1 });
    parts.push(render('lazy-open'), `${row.head}'function Get-It { 1 }'${row.tail}\n`, render('lazy-close'));
  }
  if (switches.shared) parts.push(render('stubs'));
  if (switches.lazy) {
    // The stubs a fragment's text holds (runtime.ts stubText, sharedStubStatement), as code: every
    // kind, with and without declarations, the line breaks where they go.
    const params = { text: 'param(\n  [switch]$Force\n)', breaksBefore: 1 };
    for (const advanced of [false, true]) {
      parts.push(`${stubText({ name: 'Get-It', scope: '', index: 0, advanced, breaks: 2 }, names)}\n`);
      parts.push(`${stubText({ name: 'Get-It', scope: 'global:', index: 0, advanced, params, breaks: 5 }, names)}\n`);
    }
    if (switches.shared) parts.push(`${sharedStubStatement('Get-It', 'global:', 1, 2, names)}\n`);
  }
  if (switches.timed) parts.push(render('timings'));
  if (switches.sub) {
    const row = subFileEntry("'profile.d/lib/x.ps1'");
    parts.push(render('sub-open'), `${row.head}'$x = 1'${row.tail}`, render('sub-close'));
    // Followed dot-sources as the fragment's text holds them (runtime.ts subFileDotSource).
    for (const late of [false, true]) parts.push(`. ${subFileDotSource('"$PSScriptRoot/lib/x.ps1"', late, names)}\n`);
  }
  if (switches.guarded) parts.push(render('guard'));
  if (switches.deferred) {
    const row = tableRow(DEFERRED_LAYOUT, { rel: "'profile.d/d.ps1'", show: "'d.ps1'", inv: '$false' });
    parts.push(
      render('defer-setup'),
      render('fail', { fail: 'dfail' }),
      render('defer-open'),
      `${row.head}'function Get-Deferred { }'${row.tail}\n`,
      render('defer-close'),
      // Both kinds of stub that declare parameters, as code (the bundle holds them as strings).
      `$null = { ${declared(switches, true)} }\n$null = { ${declared(switches, false)} }\n`,
    );
  }
  const row = tableRow(fragmentLayout(switches), {
    rel: "'profile.d/a.ps1'",
    show: "'a.ps1'",
    inv: '$true',
    exit: '$true',
    mode: "'eager'",
    size: 1,
    ticks: '2',
    hash: "'ab'",
  });
  parts.push(render('table-open'), `${row.head}'$x = 1'${row.tail}\n`);
  if (switches.deferred) parts.push(`${row.head}0${row.tail}\n`);
  parts.push(render('table-close'), render('loop'));
  return parts.join('');
}

pwshTest('pwsh parses runtime.ps1 as it stands and every rendering of it, without errors', async (t) => {
  const dir = tempDir(t);
  const files: string[] = [path.join(dir, 'raw.ps1')];
  writeFileSync(files[0]!, RUNTIME_TEMPLATE);
  for (const s of combinations()) {
    const name = SWITCHES.filter((k) => s[k]).join('-') || 'none';
    const text = renderAll(s);
    // Nothing of the markup is left, and the values came through as given.
    t.notRegex(
      text,
      /__fragbundle_[a-z]+_ID(?![A-Za-z0-9]|\.ps1)|\$FB_[A-Z](?![A-Z_]*\.ps1)|#region|#endregion|<#if|<#end#>|^\s*##/m,
      name,
    );
    t.true(text.includes("'profile.d/__fragbundle_x_ID.ps1'") === s.guarded, `${name}: a value is not rewritten`);
    files.push(path.join(dir, `${name}.ps1`));
    writeFileSync(files.at(-1)!, text);
  }
  const check = path.join(dir, 'check.ps1');
  writeFileSync(
    check,
    `foreach ($f in $args) {
    $e = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput([System.IO.File]::ReadAllText($f), $f, [ref]$null, [ref]$e)
    foreach ($x in $e) { '{0}:{1}:{2}: {3}' -f [System.IO.Path]::GetFileName($f), $x.Extent.StartLineNumber, $x.Extent.StartColumnNumber, $x.Message }
    'parsed ' + [System.IO.Path]::GetFileName($f)
}
`,
  );
  const r = await runPwshFile(check, files);
  t.is(r.exitCode, 0, r.stderr);
  const lines = r.stdout.trim().split(/\r?\n/);
  t.deepEqual(
    lines.filter((l) => !l.startsWith('parsed ')),
    [],
  );
  t.is(lines.filter((l) => l.startsWith('parsed ')).length, files.length, 'every file was parsed');
  t.true(files.length > 40);
});

test('the template names exactly the helpers and variables runtimeNames and deferNames give', (t) => {
  const inTemplate = new Set(
    [...RUNTIME_TEMPLATE.matchAll(/__fragbundle_([a-z]+)_ID(?![A-Za-z0-9])/g)].map((m) => m[0]),
  );
  const { id, timingsCommand, timingsVariable, ...names } = runtimeNames('ID');
  t.is(id, 'ID');
  const { aliasTarget, ...defer } = deferNames('ID');
  t.true(RUNTIME_TEMPLATE.includes(`function global:${timingsCommand}`));
  t.true(RUNTIME_TEMPLATE.includes(`$global:${timingsVariable}`));
  t.true(RUNTIME_TEMPLATE.includes(`'${aliasTarget}'`));
  t.deepEqual(
    [...inTemplate].sort(),
    [...Object.values(names), ...Object.values(defer), aliasTarget.slice(0, -1)].sort(),
  );
});

test('the template markup: sections, switches, inline switches, inserts, values and names', (t) => {
  const template = [
    '## not written',
    '#region section:a',
    'function __fragbundle_load_ID {',
    '    ## not written either',
    '#region if:timed',
    '    $t[$i + $FB_T_SHOW]<#if:!guarded#> # unguarded<#end#>',
    '#endregion',
    '#region if:!timed',
    '    $t[$i + $FB_T_REL]',
    '#endregion',
    '#insert:ROWS',
    '#insert:NONE',
    '    $x = __fragbundle_da_ID_ + $FB_V',
    '}',
    '#endregion',
    'outside',
  ].join('\n');
  const switches = {
    timed: true,
    guarded: false,
    lazy: false,
    shared: false,
    sub: false,
    deferred: false,
    keepsub: false,
    wildcard: false,
    aside: false,
  };
  const values = { FB_T_SHOW: '1', FB_T_REL: '0', ROWS: "  'a'\n  'b'", NONE: '', FB_V: '$FB_V __fragbundle_x_ID' };
  t.is(
    renderSection('a', { id: 'beef', switches, values }, template),
    "function __fragbundle_load_beef {\n    $t[$i + 1] # unguarded\n  'a'\n  'b'\n    $x = __fragbundle_da_beef_ + $FB_V __fragbundle_x_ID\n}\n",
  );
  t.is(
    renderSection(
      'a',
      { id: 'beef', switches: { ...switches, timed: false }, values, rename: { load: 'l2' } },
      template,
    ),
    "function __fragbundle_l2_beef {\n    $t[$i]\n  'a'\n  'b'\n    $x = __fragbundle_da_beef_ + $FB_V __fragbundle_x_ID\n}\n",
  );
  t.throws(
    () =>
      renderSection(
        'a',
        { id: 'beef', switches, values: Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'FB_T_SHOW')) },
        template,
      ),
    {
      message: /no value for FB_T_SHOW/,
    },
  );
  t.throws(() => renderSection('b', { id: 'beef', switches, values }, template), { message: /no section 'b'/ });
  t.deepEqual([...templateSections(template).keys()], ['a']);
});

test('table rows follow the column declarations, and the template reads the same offsets', (t) => {
  const all = fragmentLayout({ timed: true, guarded: true });
  t.is(stride(all), 9);
  t.is(stride(fragmentLayout({ timed: false, guarded: false })), 5);
  const values = {
    rel: "'r'",
    show: "'s'",
    inv: '$false',
    exit: '$true',
    mode: "'lazy'",
    size: 5,
    ticks: '6',
    hash: "'h'",
  };
  t.deepEqual(tableRow(all, values), { head: "'r', 's', ", tail: ", $false, $true, 'lazy', 5, 6, 'h'," });
  t.deepEqual(tableRow(fragmentLayout({ timed: false, guarded: true }), values), {
    head: "'r', 's', ",
    tail: ", $false, $true, 5, 6, 'h',",
  });
  t.like(layoutValues(all), {
    FB_FRAGMENT_STRIDE: '9',
    FB_FRAGMENT_TEXT: '2',
    FB_FRAGMENT_INV: '3',
    FB_FRAGMENT_EXIT: '4',
    FB_FRAGMENT_MODE: '5',
    FB_FRAGMENT_HASH: '8',
    FB_FRAGMENT_ADDED:
      "($Dir + '/' + $name), $name, $texts[$name], $texts[$name].Contains('MyInvocation', [System.StringComparison]::OrdinalIgnoreCase), $texts[$name].Contains('exit', [System.StringComparison]::OrdinalIgnoreCase), 'eager', -1, 0, ''",
  });
  t.is(layoutValues(fragmentLayout({ timed: false, guarded: true })).FB_FRAGMENT_SIZE, '5');
  t.is(layoutValues(fragmentLayout({ timed: false, guarded: true })).FB_FRAGMENT_MODE, undefined);
  t.deepEqual(tableRow(LAZY_LAYOUT, { rel: "'r'", line: 2, column: 3 }), { head: "'r', 2, 3, ", tail: ',' });
});
