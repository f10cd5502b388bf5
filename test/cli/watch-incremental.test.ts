/**
 * `build --watch` rebuilds incrementally (symbols, sub-file reads, the graph and the bundle's
 * rendered entries kept in memory between rebuilds): after every kind of edit its bundle must be
 * byte for byte the bundle a cold `build` of the same files writes. In-process, real files, real
 * stages; the speed is bench/watch-bench.ts's business.
 */
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { generateProfile } from '../../bench/generate-profile.js';
import { runBuild } from '../../src/cli/commands/build.js';
import { startWatch } from '../../src/cli/commands/watch.js';
import { analyzeArgs } from '../../src/cli/run.js';
import type { Analysis } from '../../src/core/analysis.js';
import { tempDir } from '../helpers/temp.js';

const WAIT_MS = 60_000;

test('build --watch: after each kind of edit, the incremental bundle is byte-identical to a cold build', async (t) => {
  const root = tempDir(t, 'fragbundle-incremental-');
  const dir = path.join(root, 'profile.d');
  for (const [rel, text] of generateProfile({ fragments: 14, targetBytes: 120_000 })) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  const file = (rel: string) => path.join(dir, rel);
  const fragments = readdirSync(dir)
    .filter((n) => n.endsWith('.ps1'))
    .sort();
  const pick = (k: number) => fragments[k] ?? t.fail(`no fragment ${k}`);
  const lib = readdirSync(file('lib')).sort()[0] ?? t.fail('no sub-file');
  const bundle = path.join(root, 'profile.bundle.ps1');

  const lines: string[] = [];
  let analysed: { analysis: Analysis; graph?: string } | undefined;
  const waiting: ((line: string) => void)[] = [];
  const session = startWatch(
    { cwd: root, dir: 'profile.d', output: bundle, cache: false, debounceMs: 30 },
    {
      out: (line) => {
        // One save can be several events further apart than the debounce: wait for the rebuild that wrote.
        if (line.startsWith('fragbundle: up to date:')) return;
        const w = waiting.shift();
        if (w) w(line);
        else lines.push(line);
      },
      err: () => undefined,
      analysed: (info) => {
        analysed = info;
      },
    },
  );
  t.teardown(() => {
    session.stop();
  });
  const nextLine = (what: string) =>
    lines.length > 0
      ? Promise.resolve(lines.shift()!)
      : new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => {
            reject(new Error(`no rebuild after ${what} within ${WAIT_MS} ms`));
          }, WAIT_MS);
          waiting.push((line) => {
            clearTimeout(timer);
            resolve(line);
          });
        });
  /** Waits for the rebuild, compares bundle, graph, plan and findings with a cold build's; `graph`: how the watch must have had its graph. */
  const same = async (what: string, graph?: 'same' | 'moved' | 'built') => {
    const line = await nextLine(what);
    t.regex(line, /^fragbundle: wrote /, what);
    const seen = analysed;
    if (graph) t.is(seen?.graph, graph, `${what}: the graph`);
    const { analysis } = await analyzeArgs({ cwd: root, dir: 'profile.d', cache: false });
    t.deepEqual(seen?.analysis.symbols, analysis.symbols, `${what}: the symbols differ from a cold build's`);
    t.deepEqual(seen?.analysis.subFileSymbols, analysis.subFileSymbols, `${what}: the sub-files' symbols differ`);
    t.deepEqual(seen?.analysis.graph, analysis.graph, `${what}: the graph differs from a cold build's`);
    t.deepEqual(seen?.analysis.plan, analysis.plan, `${what}: the plan differs from a cold build's`);
    t.deepEqual(seen?.analysis.diagnostics, analysis.diagnostics, `${what}: the findings differ from a cold build's`);
    const cold = path.join(root, 'cold.bundle.ps1');
    const result = await runBuild({ cwd: root, dir: 'profile.d', output: cold, cache: false, quiet: true });
    t.is(result.exitCode, 0, `${what}: cold build: ${result.stderr}`);
    const warm = readFileSync(bundle);
    t.true(warm.equals(readFileSync(cold)), `${what}: the watch's bundle differs from a cold build's`);
    rmSync(cold);
    return warm.toString('utf8');
  };

  const first = await same('the first build');
  t.regex(first, /__fragbundle_stubs_/, 'the profile shares stubs');
  t.regex(first, /__fragbundle_s_[0-9a-f]+ = @\{/, 'the profile embeds sub-files');

  // A body-only change: the same lines, the same definitions.
  const body = pick(5);
  const text = readFileSync(file(body), 'utf8');
  const changed = text.replace(/Write-Verbose "trim (\d+)"/, 'Write-Verbose "trimmed $1"');
  t.not(changed, text, 'the body edit found its target');
  writeFileSync(file(body), changed);
  await same('a body-only change', 'same');

  appendFileSync(file(body), '# a comment at the end\n');
  await same('a comment appended', 'same');

  // A line inserted at the top: every position in the fragment moves; the graph is the last one, its lines mapped.
  // The first user of a bootstrap function: its edge, a header finding and that function's plan reason carry its lines.
  const top = file(pick(2));
  writeFileSync(top, `# moved down\n${readFileSync(top, 'utf8')}`);
  await same('a line inserted at the top', 'moved');

  // Lines inserted between two functions: the lines after them move, those before stay.
  const middle = readFileSync(top, 'utf8');
  const cut = middle.indexOf('\nfunction ', middle.indexOf('\nfunction ') + 1);
  t.true(cut > 0, 'the fragment has two functions');
  writeFileSync(top, `${middle.slice(0, cut)}\n# two lines\n# in the middle\n${middle.slice(cut + 1)}`);
  await same('lines inserted in the middle', 'moved');

  writeFileSync(top, middle.replace(/^# moved down\n/, ''));
  await same('a line removed', 'moved');

  // Lines moved in a fragment with a sub-file attached (whose lines did not move): its own lines are mapped.
  writeFileSync(file(body), `# moved down\n${readFileSync(file(body), 'utf8')}`);
  await same('a line inserted at the top of a fragment with a sub-file', 'moved');

  appendFileSync(file(pick(7)), 'function Get-NewThing { param($Name) "new $Name" }\n');
  await same('a new function', 'built');

  // What another fragment reads changes that function's plan: used at load time, then no longer.
  const user = file(pick(10));
  const unused = readFileSync(user, 'utf8');
  writeFileSync(user, `${unused}$newThing = Get-NewThing 'x'\n`);
  await same("a load-time use of another fragment's function", 'built');
  t.regex(
    JSON.stringify(analysed?.analysis.plan),
    /Get-NewThing","reason":"used at load time/,
    'the use keeps the function eager',
  );
  writeFileSync(user, unused);
  await same('that use removed', 'built');

  rmSync(file(pick(8)));
  await same('a removed fragment');

  writeFileSync(
    file('9999-added.ps1'),
    'function Show-Invocation { $MyInvocation.MyCommand.Name }\n$here = $MyInvocation.MyCommand.Path\n',
  );
  await same('an added fragment');

  // The watch keeps the folder's walk while the events name only fragments it took that are still
  // files (load-fragments.ts listingStillValid); each of these must make it walk again, or not.
  writeFileSync(file(`${pick(3)}~`), 'an editor backup');
  appendFileSync(file(pick(3)), '# saved\n');
  await same('an editor backup file beside an edit');
  writeFileSync(file('.9997-hidden.ps1'), 'function Get-Hidden {}\n');
  appendFileSync(file(pick(3)), '# saved again\n');
  await same('a hidden fragment added (LOAD_HIDDEN) beside an edit');
  t.true(
    analysed?.analysis.diagnostics.some((d) => d.code === 'LOAD_HIDDEN' && d.file === '.9997-hidden.ps1'),
    'the hidden fragment is reported',
  );
  const linked = file(pick(4));
  const kept = readFileSync(linked);
  rmSync(linked);
  symlinkSync(path.join(root, 'nowhere.ps1'), linked);
  t.regex(await nextLine('a fragment replaced by a broken link'), /^fragbundle: not writing /);
  t.true(
    analysed?.analysis.diagnostics.some((d) => d.code === 'LOAD_UNREADABLE' && d.file === pick(4)),
    'the broken link is reported',
  );
  rmSync(linked);
  writeFileSync(linked, kept);
  await same('the broken link replaced by the file again');

  // The private-use character the emitter's cache stands the bundle's id with: rendered without the cache.
  writeFileSync(
    file('9998-private.ps1'),
    "$mark = '\uE000\uE000\uE000\uE000\uE000\uE000\uE000\uE000'\nfunction Get-Mark { $mark }\n",
  );
  await same('a fragment holding the cache placeholder character');

  appendFileSync(file(path.join('lib', lib)), "function Get-FromLib { 'lib' }\n");
  await same('an edited sub-file');

  writeFileSync(path.join(root, 'fragbundle.config.json'), JSON.stringify({ lazy: 'fragments' }));
  await same('a config change (whole-fragment deferral)');

  // Deferral verdicts name the uses that keep fragments at start-up: moved lines there too.
  writeFileSync(top, `# moved down again\n${readFileSync(top, 'utf8')}`);
  const wholeDeferred = await same('a line inserted at the top, with whole-fragment deferral', 'moved');

  // A load-time side effect keeps a deferred fragment at start-up: the deferred rows after it are numbered anew.
  const deferredText = readFileSync(file(pick(10)), 'utf8');
  t.regex(wholeDeferred, new RegExp(`# --- ${pick(10)} \\(deferred\\)`), 'it was deferred');
  appendFileSync(file(pick(10)), '$env:FRAGBUNDLE_WATCH_SEEN = 1\n');
  t.notRegex(await same('a deferred fragment made eager'), new RegExp(`# --- ${pick(10)} \\(deferred\\)`), 'it is not');
  writeFileSync(file(pick(10)), deferredText);
  await same('that fragment deferred again');
  // A loop exit (the parse stage's loopExits, nothing else) keeps it at start-up too.
  appendFileSync(file(pick(10)), 'if ($null) { continue }\n');
  t.notRegex(await same('a loop exit added'), new RegExp(`# --- ${pick(10)} \\(deferred\\)`), 'it is not deferred');
  writeFileSync(file(pick(10)), deferredText);
  await same('the loop exit removed');

  writeFileSync(user, `${unused}$newThing = Get-NewThing 'x'\n`);
  await same("a load-time use of another fragment's function, with whole-fragment deferral", 'built');
  writeFileSync(user, unused);
  await same('that use removed, with whole-fragment deferral', 'built');

  writeFileSync(path.join(root, 'fragbundle.config.json'), JSON.stringify({ timings: true }));
  await same('a config change (timings)');

  // Without the stale guard the table has no stamp columns, and an edit changes no other entry.
  writeFileSync(path.join(root, 'fragbundle.config.json'), JSON.stringify({ staleGuard: false }));
  await same('the stale guard off');
  appendFileSync(file(pick(3)), '# edited without the guard\n');
  await same('an edit without the stale guard');
  writeFileSync(path.join(root, 'fragbundle.config.json'), JSON.stringify({}));
  await same('the stale guard on again');

  // A function more in an early fragment: every lazy index after it moves.
  appendFileSync(
    file(pick(2)),
    `function Get-EarlyExtra {\n    param($Name)\n${'    Write-Verbose "extra line"\n'.repeat(40)}}\n`,
  );
  await same('a function added early', 'built');

  session.stop();
  await session.closed;
});

test.serial(
  'build --watch: an edit within the debounce time of the last throws the build away; one bundle, from the last save',
  async (t) => {
    const root = tempDir(t, 'fragbundle-quiet-');
    const dir = path.join(root, 'profile.d');
    mkdirSync(dir);
    const file = path.join(dir, '10-a.ps1');
    writeFileSync(file, "function Get-A { 'a0' }\n");
    writeFileSync(path.join(dir, '20-b.ps1'), "function Get-B { 'b' }\n");
    const bundle = path.join(root, 'profile.bundle.ps1');
    const DEBOUNCE = 400;
    const lines: string[] = [];
    const errors: string[] = [];
    const waiting: ((line: string) => void)[] = [];
    let phases: readonly (readonly [string, number])[] = [];
    const session = startWatch(
      { cwd: root, dir: 'profile.d', output: bundle, cache: false, debounceMs: DEBOUNCE },
      {
        out: (line) => {
          lines.push(line);
          waiting.shift()?.(line);
        },
        err: (text) => errors.push(text),
        phases: (marks) => (phases = marks),
      },
    );
    t.teardown(() => {
      session.stop();
    });
    const next = () =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`no line within ${WAIT_MS} ms`));
        }, WAIT_MS);
        waiting.push((line) => {
          clearTimeout(timer);
          resolve(line);
        });
      });
    t.regex(await next(), /^fragbundle: wrote /, 'the first build');
    const rebuilt = next();
    writeFileSync(file, "function Get-A { 'a1' }\n");
    // Within the quiet time of the first save: the build from it must not be written.
    await new Promise((r) => setTimeout(r, DEBOUNCE / 4));
    const lastEdit = performance.now();
    writeFileSync(file, "function Get-A { 'a2' }\n");
    const line = await rebuilt;
    const writtenAt = performance.now();
    t.regex(line, /^fragbundle: wrote .* after 10-a\.ps1/);
    const text = readFileSync(bundle, 'utf8');
    t.true(text.includes("'a2'") && !text.includes("'a1'"), 'the bundle is the last save');
    t.true(writtenAt - lastEdit >= DEBOUNCE - 1, 'written only after the debounce time without events');
    t.true(
      phases.some(([name]) => name === 'quiet'),
      'the rebuild says what it waited',
    );
    // No second rebuild follows: the one written had seen both saves.
    await new Promise((r) => setTimeout(r, DEBOUNCE * 2));
    t.is(lines.length, 2, lines.join('\n'));
    // A failure waits for the quiet time too: a config caught half-saved is not reported when the
    // rest of the save follows within it.
    const config = path.join(root, 'fragbundle.config.json');
    const fixed = next();
    writeFileSync(config, '{ "timings": ');
    await new Promise((r) => setTimeout(r, DEBOUNCE / 4));
    writeFileSync(config, '{ "timings": true }\n');
    t.regex(await fixed, /^fragbundle: wrote /);
    t.false(errors.join('').includes('CONFIG_'), errors.join(''));
    t.true(readFileSync(bundle, 'utf8').includes('FragbundleTimings'), 'built with the saved config');
    session.stop();
    await session.closed;
  },
);
