import test from 'ava';
import {
  DEFAULT_MIN_LAZY_SAVED_CHARS,
  DEFAULT_MIN_STUB_CHARS,
  planBundle,
  type BundleOptions,
} from '../../src/bundle/plan-bundle.js';
import type { FragmentSymbols } from '../../src/core/types.js';
import { baselineGraph } from './helpers/graph.js';
import { fragmentOf, naiveSymbols } from './helpers/naive-symbols.js';
import { at } from '../../src/core/at.js';

/** Stub whatever may be stubbed, however small (the rule for small functions has its own tests). */
const auto: BundleOptions = { lazy: 'auto', timings: false, minStubChars: 0, minLazySavedChars: 0 };

function sym(path: string, text: string, extra: Partial<FragmentSymbols> = {}): FragmentSymbols {
  return { ...naiveSymbols(fragmentOf(path, text)), ...extra };
}

function plan(symbols: FragmentSymbols[], options = auto) {
  return planBundle(symbols, baselineGraph(symbols), options).entries;
}

const lib = "function Get-A { 'a' }\nfunction Get-B { 'b' }\nSet-Alias ga Get-A\n$answer = 42\n";

test('a fragment of functions and plain definitions is lazy: every function gets a stub', (t) => {
  const e = at(plan([sym('lib.ps1', lib)]), 0);
  t.like(e, { fragment: 'lib', path: 'lib.ps1', mode: 'lazy', stubs: ['Get-A', 'Get-B'] });
  t.is(e.reason, '2 of 2 functions load on first use');
});

test('entries follow the graph order, not the order symbols come in', (t) => {
  const a = sym('a.ps1', lib);
  const b = sym('b.ps1', '$x = 1\n');
  const graph = { ...baselineGraph([a, b]), order: ['b', 'a'] };
  t.deepEqual(
    planBundle([a, b], graph, auto).entries.map((e) => e.fragment),
    ['b', 'a'],
  );
});

test('lazy off makes everything eager', (t) => {
  t.like(plan([sym('lib.ps1', lib)], { lazy: 'off', timings: false })[0], {
    mode: 'eager',
    stubs: [],
    reason: 'lazy loading is off',
  });
});

const inPlace: [string, Partial<FragmentSymbols>][] = [
  ['a param block', { directives: { ...sym('x.ps1', '').directives, hasParamBlock: true } }],
  [
    '#Requires',
    {
      directives: {
        ...sym('x.ps1', '').directives,
        requires: [{ text: '#Requires -Version 7', line: 1, column: 1, range: { start: 0, end: 1 } }],
      },
    },
  ],
  [
    'using',
    {
      directives: {
        ...sym('x.ps1', '').directives,
        usings: [{ text: 'using namespace X', line: 2, column: 1, range: { start: 0, end: 1 } }],
      },
    },
  ],
  ['a top-level return', { directives: { ...sym('x.ps1', '').directives, returns: [{ line: 3, column: 1 }] } }],
  ['a side effect', { sideEffects: [{ kind: 'module-import', command: 'Import-Module', line: 4, column: 1 }] }],
];
for (const [what, extra] of inPlace) {
  test(`a fragment with ${what} still defers its functions (their stubs stand in place)`, (t) => {
    t.like(plan([sym('lib.ps1', lib, extra)])[0], { mode: 'lazy', stubs: ['Get-A', 'Get-B'] });
  });
}

test('syntax errors keep the whole fragment eager', (t) => {
  t.like(plan([sym('lib.ps1', lib, { hasSyntaxErrors: true })])[0], {
    mode: 'eager',
    stubs: [],
    reason: 'the grammar reported syntax errors, so its function boundaries are not trusted',
  });
});

test('code that runs at load does not keep other functions eager; a fragment without functions is eager', (t) => {
  t.like(plan([sym('a.ps1', `${lib}Write-Host 'hi'\n`)])[0], { mode: 'lazy', stubs: ['Get-A', 'Get-B'] });
  t.like(plan([sym('b.ps1', "Set-Alias x y\n$v = 'z'\n")])[0], {
    mode: 'eager',
    reason: 'it defines no top-level function',
  });
});

test('a function used at load time by another fragment stays eager, with the use named', (t) => {
  const user = sym('user.ps1', "$x = 'y'\n", {
    references: [
      { kind: 'command', name: 'get-a', line: 7, column: 1, phase: 'load', access: 'call', conditional: false },
    ],
  });
  const e = at(plan([sym('lib.ps1', lib), user]), 0);
  t.like(e, { mode: 'lazy', stubs: ['Get-B'] });
  t.deepEqual(e.eagerFunctions, [{ name: 'Get-A', reason: 'used at load time (user.ps1:7)' }]);
  t.is(e.reason, '1 of 2 functions load on first use; eager: Get-A: used at load time (user.ps1:7)');
});

test('deferred uses (inside functions) do not keep a function eager; probes at load do', (t) => {
  const deferred = sym('d.ps1', "$x = 'y'\n", {
    references: [
      { kind: 'command', name: 'Get-A', line: 1, column: 1, phase: 'deferred', access: 'call', conditional: false },
    ],
  });
  t.deepEqual(at(plan([sym('lib.ps1', lib), deferred]), 0).stubs, ['Get-A', 'Get-B']);
  const probe = sym('p.ps1', "$x = 'y'\n", {
    references: [
      { kind: 'function', name: 'Get-B', line: 2, column: 1, phase: 'load', access: 'probe', conditional: true },
    ],
  });
  t.deepEqual(at(plan([sym('lib.ps1', lib), probe]), 0).stubs, ['Get-A']);
});

test('functions that cannot be stubbed safely stay eager, each with its reason', (t) => {
  const text = [
    'function script:Get-Scoped { 1 }',
    'function global:Get-Global { 1 }',
    'function cd.. { 1 }',
    'function Get-Twice { 1 }',
    'function Get-Twice { 2 }',
    'function Get-Dyn { 1 }',
    'function Get-Ok { 1 }',
    '',
  ].join('\n');
  const s = sym('f.ps1', text);
  const statements = s.statements.map((st) =>
    st.kind === 'function' && st.function.name === 'Get-Dyn'
      ? { ...st, function: { ...st.function, namedBlocks: ['dynamicparam', 'end'] } }
      : st,
  );
  const e = at(plan([{ ...s, statements }]), 0);
  t.deepEqual(e.stubs, ['Get-Global', 'Get-Ok']);
  t.deepEqual(
    e.eagerFunctions!.map((k) => `${k.name}: ${k.reason}`),
    [
      'Get-Scoped: it is defined with script: scope',
      'cd..: its name cannot be written safely in a stub',
      'Get-Twice: the fragment defines it more than once',
      'Get-Twice: the fragment defines it more than once',
      'Get-Dyn: it has a dynamicparam block',
    ],
  );
});

test('a plan entry is needed for every fragment in the order', (t) => {
  const a = sym('a.ps1', lib);
  t.throws(() => planBundle([a], { ...baselineGraph([a]), order: ['a', 'missing'] }, auto), { message: /missing/ });
});

test('with the text: grammar errors keep only the functions around them eager', (t) => {
  const f = fragmentOf('lib.ps1', lib);
  const s = {
    ...naiveSymbols(f),
    hasSyntaxErrors: true,
    diagnostics: [
      {
        code: 'PARSE_RECOVERED' as const,
        severity: 'info' as const,
        message: 'x',
        file: 'lib.ps1',
        line: 2,
        column: 5,
      },
    ],
  };
  const e = at(planBundle([s], baselineGraph([s]), auto, [f]).entries, 0);
  t.deepEqual(e.stubs, ['Get-A']);
  t.deepEqual(e.eagerFunctions, [
    { name: 'Get-B', reason: 'the grammar recovered from an error in its head or parameters (line 2)' },
  ]);
  const unlocated = { ...s, diagnostics: [] };
  t.like(planBundle([unlocated], baselineGraph([unlocated]), auto, [f]).entries[0], { mode: 'eager', stubs: [] });
});

test('with the text: a function whose extent the text does not confirm stays eager', (t) => {
  const f = fragmentOf('lib.ps1', lib);
  const s = naiveSymbols(f);
  const statements = s.statements.map((st) =>
    st.kind === 'function' && st.function.name === 'Get-A'
      ? { ...st, function: { ...st.function, range: { ...st.function.range, end: st.function.range.end - 1 } } }
      : st,
  );
  const broken = { ...s, statements };
  const e = at(planBundle([broken], baselineGraph([broken]), auto, [f]).entries, 0);
  t.deepEqual(e.stubs, ['Get-B']);
  t.deepEqual(e.eagerFunctions, [{ name: 'Get-A', reason: 'its extent in the text could not be confirmed' }]);
});

test('with the text: an error the grammar recovered from deep in a body does not keep the function eager', (t) => {
  const text = "function Get-Long {\n  param($A)\n  switch -Regex ($A) { 'x' { 1 } default { 2 } }\n}\n";
  const f = fragmentOf('long.ps1', text);
  const s = {
    ...naiveSymbols(f),
    hasSyntaxErrors: true,
    diagnostics: [
      {
        code: 'PARSE_RECOVERED' as const,
        severity: 'info' as const,
        message: 'x',
        file: 'long.ps1',
        line: 3,
        column: 3,
      },
    ],
  };
  t.deepEqual(at(planBundle([s], baselineGraph([s]), auto, [f]).entries, 0).stubs, ['Get-Long']);
});

test('with the text: parameter declarations that contradict isAdvanced, or a hidden dynamicparam block, keep a function eager', (t) => {
  const text =
    'function Get-P {\n  [CmdletBinding()] param($A)\n  $A\n}\nfunction Get-D {\n  dynamicparam { }\n  end { 1 }\n}\n';
  const f = fragmentOf('p.ps1', text);
  const s = naiveSymbols(f);
  const statements = s.statements.map((st) =>
    st.kind === 'function' && st.function.name === 'Get-P'
      ? { ...st, function: { ...st.function, isAdvanced: false } }
      : st,
  );
  const e = at(planBundle([{ ...s, statements }], baselineGraph([s]), auto, [f]).entries, 0);
  t.deepEqual(e.eagerFunctions, [
    { name: 'Get-P', reason: 'its parameter declarations could not be confirmed' },
    { name: 'Get-D', reason: 'it has a dynamicparam block' },
  ]);
});

/** A function of about `chars` characters (a comment line pads its body). */
function sized(name: string, chars: number): string {
  const head = `function ${name} {\n  param([string]$Path)\n`;
  const tail = '  $Path\n}\n';
  const pad = chars - head.length - tail.length - 5;
  return `${head}  # ${'x'.repeat(Math.max(0, pad))}\n${tail}`;
}

test('by default a small function stays eager (its stub would cost more than parsing it) and a big one is stubbed', (t) => {
  const text = `${sized('Get-Small', 200)}${sized('Get-Big', 3000)}`;
  const f = fragmentOf('lib.ps1', text);
  const s = naiveSymbols(f);
  const e = at(
    planBundle([s], baselineGraph([s]), { lazy: 'auto', timings: false, minLazySavedChars: 0 }, [f]).entries,
    0,
  );
  t.is(e.mode, 'lazy');
  t.deepEqual(e.stubs, ['Get-Big']);
  t.is(e.eagerFunctions!.length, 1);
  t.is(at(e.eagerFunctions!, 0).name, 'Get-Small');
  t.regex(
    at(e.eagerFunctions!, 0).reason,
    new RegExp(`^it is small \\(\\d+ < ${DEFAULT_MIN_STUB_CHARS} characters\\): stubbing it costs more than it saves$`),
  );
  t.regex(e.reason, /^1 of 2 functions load on first use; eager: Get-Small: it is small/);
});

test('minStubChars sets the size below which a function stays eager', (t) => {
  const text = `${sized('Get-Small', 200)}${sized('Get-Big', 3000)}`;
  const f = fragmentOf('lib.ps1', text);
  const s = naiveSymbols(f);
  const stubs = (minStubChars: number) =>
    at(
      planBundle([s], baselineGraph([s]), { lazy: 'auto', timings: false, minStubChars, minLazySavedChars: 0 }, [f])
        .entries,
      0,
    ).stubs;
  t.deepEqual(stubs(0), ['Get-Small', 'Get-Big']);
  t.deepEqual(stubs(5000), []);
});

test('by default nothing is stubbed when the stubs together would save less than the lazy machinery costs', (t) => {
  const one = fragmentOf('one.ps1', sized('Get-Big', 3000));
  const s = naiveSymbols(one);
  const e = at(planBundle([s], baselineGraph([s]), { lazy: 'auto', timings: false }, [one]).entries, 0);
  t.like(e, { mode: 'eager', stubs: [] });
  t.regex(
    e.reason,
    /^lazy loading does not pay: past their own cost the stubs would save the parse time of \d+ characters, less than the lazy machinery costs \(\d+\)$/,
  );
  t.deepEqual(
    e.eagerFunctions!.map((k) => k.name),
    ['Get-Big'],
  );

  // Enough big functions, and the same rule stubs them all.
  const count = Math.ceil(DEFAULT_MIN_LAZY_SAVED_CHARS / (3000 - DEFAULT_MIN_STUB_CHARS)) + 1;
  const many = Array.from({ length: count }, (_, i) => fragmentOf(`f${i}.ps1`, sized(`Get-Big${i}`, 3000), i));
  const symbols = many.map((f) => naiveSymbols(f));
  const entries = planBundle(symbols, baselineGraph(symbols), { lazy: 'auto', timings: false }, many).entries;
  t.true(entries.every((x) => x.mode === 'lazy' && x.stubs.length === 1));
});

test('a function whose body is read anywhere, also in a function that runs later, stays eager', (t) => {
  const a = sym('a.ps1', lib);
  const b = sym('b.ps1', 'function Invoke-Later { 1 }\n', {
    references: [
      { kind: 'function', name: 'get-a', line: 1, column: 30, phase: 'deferred', access: 'read', conditional: false },
    ],
  });
  const [e] = plan([a, b]);
  t.deepEqual(e?.stubs, ['Get-B']);
  t.deepEqual(e?.eagerFunctions, [
    { name: 'Get-A', reason: "its body is read (b.ps1:1): a stub's would be read instead" },
  ]);
});

test('a fragment whose class a later fragment defines again stays eager; the later one may be lazy', (t) => {
  const classDef = (line: number) => ({
    kind: 'class' as const,
    name: 'Who',
    line,
    column: 1,
    phase: 'load' as const,
    conditional: false,
  });
  const a = sym('a.ps1', 'class Who { }\nfunction Get-A { [Who]::new() }\n');
  const b = sym('b.ps1', 'class Who { }\nfunction Get-B { [Who]::new() }\n');
  const entries = plan([
    { ...a, defines: [...a.defines, classDef(1)] },
    { ...b, defines: [...b.defines, classDef(1)] },
  ]);
  t.like(entries[0], {
    mode: 'eager',
    reason:
      'its class Who is defined again by b.ps1, which loads later: a function loaded on first call would bind to that one',
  });
  t.deepEqual(entries[1]!.stubs, ['Get-B']);
});

test('a function that reads its pipeline position stays eager, with a KEPT_EAGER finding', (t) => {
  const text = 'function Get-Pos { $MyInvocation.PipelinePosition }\nfunction Get-Other { 1 }\n';
  const f = fragmentOf('a.ps1', text);
  const result = planBundle([naiveSymbols(f)], baselineGraph([naiveSymbols(f)]), auto, [f]);
  t.deepEqual(result.entries[0]!.stubs, ['Get-Other']);
  t.deepEqual(
    result.diagnostics.map((d) => [d.code, d.severity, d.file, d.line]),
    [['KEPT_EAGER', 'info', 'a.ps1', 1]],
  );
  t.deepEqual(
    planBundle([naiveSymbols(f)], baselineGraph([naiveSymbols(f)]), { ...auto, lazy: 'off' }, [f]).diagnostics,
    [],
  );
});
