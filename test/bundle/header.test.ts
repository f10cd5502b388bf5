import test from 'ava';
import { emitBundle } from '../../src/bundle/emit-bundle.js';
import { computeInputHash, HEADER_LINES, readBundleHeader, whereLine } from '../../src/bundle/header.js';
import { DEFAULT_MIN_LAZY_SAVED_CHARS, DEFAULT_MIN_STUB_CHARS, planBundle } from '../../src/bundle/plan-bundle.js';
import { STUB_ALL } from './helpers/build.js';
import { baselineGraph } from './helpers/graph.js';
import { fragmentOf, naiveSymbols } from './helpers/naive-symbols.js';
import { at } from '../../src/core/at.js';
import type { FileStamp } from '../../src/core/types.js';

const options = { lazy: 'auto', timings: false } as const;

function build(
  files: Record<string, string>,
  opts: { lazy: 'auto' | 'off'; timings: boolean; staleGuard?: boolean } = options,
  dir = 'profile.d',
  stamps: readonly (FileStamp | undefined)[] = [],
) {
  const fragments = Object.entries(files).map(([p, text], i) => {
    const f = fragmentOf(p, text, i);
    const stamp = stamps[i];
    return stamp ? { ...f, stamp } : f;
  });
  const symbols = fragments.map((f) => naiveSymbols(f));
  const graph = baselineGraph(symbols);
  // Every function the plan allows gets a stub, however small: the header maps stubs' lines.
  const stubAll = { ...opts, ...STUB_ALL };
  const plan = planBundle(symbols, graph, stubAll);
  return {
    fragments,
    bundle: emitBundle({
      fragments,
      symbols,
      graph,
      plan,
      options: stubAll,
      fragmentsDirFromBundle: dir,
      toolVersion: '1.2.3',
    }),
  };
}

const files = {
  '00-env.ps1': "$env:FB = 'x'\nWrite-Host 'loaded'\n",
  '10-lib.ps1':
    '# helpers\nfunction Get-A { \'a\' }\n\nfunction Get-B {\n  [CmdletBinding()] param([switch]$X)\n  "b $X"\n}\nSet-Alias gb Get-B\n',
  "sub dir/20 ü 'q'.ps1": 'function Get-C($n) {\n  "c $n"\n}\n',
};

test('the header reads back what was written: version, hash, options, fragments with hashes and modes', (t) => {
  const { fragments, bundle } = build(files);
  const header = readBundleHeader(bundle.text);
  t.truthy(header);
  t.is(header!.version, '1.2.3');
  t.is(header!.inputHash, bundle.inputHash);
  t.deepEqual(header!.options, { ...options, staleGuard: true });
  t.is(header!.fragmentsDir, 'profile.d');
  t.deepEqual(
    header!.fragments.map((f) => [f.path, f.hash, f.mode]),
    fragments.map((f, i) => [f.path, f.hash, i === 0 ? 'eager' : 'lazy']),
  );
  t.deepEqual(header!.lineTable, bundle.lineTable);
});

test('the stale guard records each stamp in the header and the table, outside the input hash; off, neither', (t) => {
  const stamps = [
    { size: 40, modified: '1796523876219419946' },
    { size: 120, modified: '1700000000000000099' },
  ];
  const stamped = build(files, options, 'profile.d', stamps);
  const plain = build(files);
  const header = readBundleHeader(stamped.bundle.text)!;
  t.deepEqual(
    header.fragments.map((f) => f.stamp),
    [...stamps, undefined],
  );
  t.is(stamped.bundle.inputHash, plain.bundle.inputHash, 'a stamp is not content: the input hash ignores it');
  // .NET ticks: 100 ns units since 0001-01-01 UTC, what FileInfo.LastWriteTimeUtc.Ticks gives.
  t.true(stamped.bundle.text.includes(", 40, 639321206762194199, '"), 'size and ticks in the first entry');
  t.true(stamped.bundle.text.includes(', -1, 0, '), 'a fragment without a stamp never matches: its hash decides');
  const off = build(files, { ...options, staleGuard: false }, 'profile.d', stamps);
  t.false(off.bundle.text.includes('__fragbundle_guard_'), 'no guard');
  t.deepEqual(
    readBundleHeader(off.bundle.text)!.fragments.map((f) => f.stamp),
    [undefined, undefined, undefined],
  );
  t.false(off.bundle.text.includes('639321206762194199'), 'no stamp: the bundle does not depend on file times');
  t.deepEqual(readBundleHeader(off.bundle.text)!.options, { ...options, staleGuard: false });
});

test('the header is ASCII, takes a fixed number of lines, and survives a BOM and CRLF', (t) => {
  const { bundle } = build(files);
  const head = bundle.text.split('\n').slice(0, HEADER_LINES);
  t.true(
    head.every((l) => /^[\x20-\x7e]*$/.test(l)),
    'pure printable ASCII',
  );
  t.is(head[HEADER_LINES - 1], '');
  t.truthy(readBundleHeader(`\uFEFF${bundle.text}`));
  t.truthy(readBundleHeader(bundle.text.replace(/\n/g, '\r\n')));
});

test('a bundle without a valid header reads as undefined', (t) => {
  t.is(readBundleHeader(''), undefined);
  t.is(readBundleHeader('# hello\nWrite-Host 1\n'), undefined);
  t.is(readBundleHeader('# fragbundle-header: {not json\n'), undefined);
  t.is(readBundleHeader('# fragbundle-header: {"format":2}\n'), undefined);
  const { bundle } = build(files);
  t.is(readBundleHeader(bundle.text.replace('"lazy":"auto"', '"lazy":"sometimes"')), undefined);
});

test('the input hash depends on paths, contents, order, options and version, and on nothing else', (t) => {
  const { fragments } = build(files);
  const h = computeInputHash(fragments, options, '1');
  t.regex(h, /^[0-9a-f]{64}$/);
  t.is(
    computeInputHash(
      fragments.map((f) => ({ ...f, text: 'ignored: only the hash counts' })),
      options,
      '1',
    ),
    h,
  );
  t.not(computeInputHash([...fragments].reverse(), options, '1'), h);
  t.not(computeInputHash(fragments, { lazy: 'off', timings: false }, '1'), h);
  t.not(computeInputHash(fragments, { lazy: 'auto', timings: true }, '1'), h);
  t.not(computeInputHash(fragments, options, '2'), h);
  t.not(
    computeInputHash(
      fragments.map((f, i) => (i === 1 ? { ...f, hash: '0'.repeat(64) } : f)),
      options,
      '1',
    ),
    h,
  );
  t.not(
    computeInputHash(
      fragments.map((f, i) => (i === 1 ? { ...f, path: 'renamed.ps1' } : f)),
      options,
      '1',
    ),
    h,
  );
  t.is(
    computeInputHash(fragments, { timings: false, lazy: 'auto' }, '1'),
    h,
    'key order of the options does not matter',
  );
  t.not(computeInputHash(fragments, { ...options, minStubChars: 0 }, '1'), h);
  t.not(computeInputHash(fragments, { ...options, minLazySavedChars: 0 }, '1'), h);
  t.is(
    computeInputHash(
      fragments,
      { ...options, minStubChars: DEFAULT_MIN_STUB_CHARS, minLazySavedChars: DEFAULT_MIN_LAZY_SAVED_CHARS },
      '1',
    ),
    h,
    'an option left out hashes as its default',
  );
});

test('emitting is deterministic and independent of the order symbols are given in', (t) => {
  const a = build(files).bundle;
  const b = build(files).bundle;
  t.is(a.text, b.text);
  const fragments = Object.entries(files).map(([p, text], i) => fragmentOf(p, text, i));
  const symbols = fragments.map((f) => naiveSymbols(f));
  const graph = baselineGraph(symbols);
  const plan = planBundle([...symbols].reverse(), graph, { ...options, ...STUB_ALL });
  const c = emitBundle({
    fragments,
    symbols: [...symbols].reverse(),
    graph,
    plan,
    options: { ...options, ...STUB_ALL },
    fragmentsDirFromBundle: 'profile.d',
    toolVersion: '1.2.3',
  });
  t.is(c.text, a.text);
  t.false(a.text.includes('\r'), 'generated code uses \\n only (these fragments have no CR)');
});

test('whereLine maps every line of every fragment to itself, and fragbundle code to nothing or its fragment', (t) => {
  const { fragments, bundle } = build(files);
  const header = readBundleHeader(bundle.text)!;
  const lines = bundle.text.split('\n');
  t.is(whereLine(header, 1), undefined, 'the header is fragbundle code');
  t.is(whereLine(header, HEADER_LINES + 1), undefined, 'the runtime helpers are fragbundle code');
  for (const f of fragments) {
    f.text.split('\n').forEach((line, i) => {
      if (line.trim().length < 8) return;
      const escaped = line.replace(/'/g, "''");
      const hits = lines.map((l, n) => (l.includes(escaped) ? n + 1 : 0)).filter((n) => n > 0);
      t.true(hits.length > 0, `fragment line ${f.path}:${i + 1} is in the bundle`);
      for (const n of hits) {
        const w = whereLine(header, n);
        t.truthy(w, `bundle line ${n} maps somewhere`);
        t.is(w!.path, f.path);
        if (!w!.generated) t.is(w!.line, i + 1, `bundle line ${n} is ${f.path}:${i + 1}`);
      }
    });
  }
  const stubLine =
    lines.findIndex((l) => l.startsWith('${function:Get-B} = ') || l.startsWith('function Get-B { ')) + 1;
  t.true(stubLine > 0, 'the stub is in the bundle');
  t.deepEqual(
    whereLine(header, stubLine),
    { path: '10-lib.ps1', line: 4, generated: false },
    "a stub takes its function's lines",
  );
  const entry = lines.findIndex((l) => l.startsWith("'profile.d/10-lib.ps1', 4, 1, 'function Get-B {")) + 1;
  t.deepEqual(
    whereLine(header, entry),
    { path: '10-lib.ps1', line: 4, generated: false },
    'a lazy text maps to its own lines',
  );
  t.is(whereLine(header, lines.length + 5), undefined);
});

test('file names are escaped: quotes doubled in literals, line breaks removed from comments', (t) => {
  const { bundle } = build({ "a'b\n#c\u2019.ps1": '$x = 1\n' }, options, "../my 'dots'");
  t.true(bundle.text.includes("'../my ''dots''/a''b\n#c\u2019\u2019.ps1'"));
  t.true(bundle.text.includes("# --- a'b #c\u2019.ps1 (eager)"));
  t.is(at(readBundleHeader(bundle.text)!.fragments, 0).path, "a'b\n#c\u2019.ps1");
});

test("the stale guard's quick check: no sub-file data without sub-files, a .NET wildcard for the default include, no template comment", (t) => {
  const { bundle } = build(files);
  const guard = bundle.text.slice(bundle.text.indexOf('function __fragbundle_guard_'));
  const quick = guard.slice(0, guard.indexOf('function __fragbundle_guardf_'));
  t.regex(
    guard,
    /^\$__fragbundle_t_\w+ = __fragbundle_guard_\w+ \$__fragbundle_t_\w+$/m,
    'the call binds the table alone',
  );
  t.false(guard.includes('$Subs'), 'no sub-file data: the bundle has no sub-files');
  t.false(guard.includes('@() @()'));
  t.regex(guard, /GetFiles\(\$r \+ 'profile\.d', '\*\.ps1', /, 'the default include counted with a wildcard');
  t.false(quick.includes('-match') || quick.includes('-replace'), 'no regular expression in the quick check');
  t.regex(quick, /\.Length -eq 2$/m, 'two top-level fragments (the third is in a sub-folder)');
  t.false(bundle.text.includes('# Index -2'), "the lazy loader's template comment stays in the template");
});
