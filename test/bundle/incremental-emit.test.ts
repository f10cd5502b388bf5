/**
 * An EmitCache keeps rendered parts of the bundle between emits (`build --watch`): after every
 * change, the bytes an emit gives with the cache must be the bytes one without it gives. Each
 * state here is analysed by the real stages (tree-sitter, no pwsh); what did not change keeps its
 * object from the state before (symbols, plan entries, stamps), as the watch's memories hand it
 * on, so that the cache's identity checks are the ones a resident build meets.
 */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import test from 'ava';
import { EmitCache } from '../../src/bundle/emit-bundle.js';
import { analyzeArgs } from '../../src/cli/run.js';
import type { Analysis } from '../../src/core/analysis.js';
import { bundleBytes, bundleText } from '../../src/pipeline/bundle-text.js';
import { tempDir } from '../helpers/temp.js';

/** A function big enough for the plan to stub (together they pass the lazy machinery's cost), with these declarations. */
function fn(name: string, params: string, body = 'default'): string {
  const lines = Array.from(
    { length: 120 },
    (_, i) => `    Write-Verbose "${name} ${body} step ${i}: nothing to see here"`,
  );
  return `function ${name} {\n    ${params}\n${lines.join('\n')}\n    "${name}"\n}\n`;
}

const SIMPLE = 'param([string]$Name)';
const ADVANCED = '[CmdletBinding()]\n    param([int]$Count)';

/** The starting profile: shared stubs of two bodies, own stubs (a class forbids sharing) with lazy indexes, a sub-file. */
function baseProfile(): Record<string, string> {
  return {
    '10-alpha.ps1': fn('Get-Alpha', SIMPLE),
    '20-beta.ps1': fn('Get-Beta', ADVANCED),
    '30-classy.ps1': `class Thing { [string] $Name }\n${fn('Get-Gamma', 'param($Thing)')}${fn('Get-Delta', 'param($Other)')}`,
    '40-epsilon.ps1': fn('Get-Epsilon', ADVANCED),
    '50-loader.ps1': `. (Join-Path $PSScriptRoot 'lib/helpers.ps1')\n${fn('Get-Zeta', SIMPLE)}`,
    'lib/helpers.ps1': fn('Get-Helper', SIMPLE),
  };
}

test('an emit with a kept EmitCache gives the bytes of one without, after every kind of change', async (t) => {
  const root = tempDir(t, 'fragbundle-incremental-emit-');
  const dir = path.join(root, 'profile.d');
  const files = baseProfile();
  const change = (rel: string, edit: (text: string) => string) => {
    files[rel] = edit(files[rel] ?? '');
  };
  let config: Record<string, unknown> = {};
  // Only what changed is written: an unchanged file keeps its stamp, as in the watch.
  let written: Record<string, string> = {};
  const write = () => {
    for (const rel of Object.keys(written)) if (!(rel in files)) rmSync(path.join(dir, rel));
    for (const [rel, text] of Object.entries(files)) {
      if (written[rel] === text) continue;
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    written = { ...files };
    writeFileSync(path.join(root, 'fragbundle.config.json'), JSON.stringify(config));
  };

  const cache = new EmitCache();
  let last: Analysis | undefined;
  /** The state on disk now, with what is unchanged since `last` handed on as the same objects. */
  const analyse = async () => {
    write();
    const { analysis, config: resolved } = await analyzeArgs({ cwd: root, dir: 'profile.d', cache: false });
    const before = last;
    const kept: Analysis = before
      ? {
          ...analysis,
          fragments: analysis.fragments.map((f) => {
            const old = before.fragments.find((o) => o.path === f.path && o.hash === f.hash);
            return old?.stamp && f.stamp && isDeepStrictEqual(old.stamp, f.stamp) ? { ...f, stamp: old.stamp } : f;
          }),
          symbols: analysis.symbols.map((s) => before.symbols.find((o) => isDeepStrictEqual(o, s)) ?? s),
          subFileSymbols: analysis.subFileSymbols.map(
            (s) => before.subFileSymbols.find((o) => isDeepStrictEqual(o, s)) ?? s,
          ),
          plan: {
            ...analysis.plan,
            entries: analysis.plan.entries.map((e) => before.plan.entries.find((o) => isDeepStrictEqual(o, e)) ?? e),
          },
        }
      : analysis;
    last = kept;
    return { analysis: kept, config: resolved };
  };
  const same = async (what: string): Promise<string> => {
    const { analysis, config: resolved } = await analyse();
    const request = { loaded: { fragments: analysis.fragments, setAside: [] } };
    const warm = Buffer.concat(bundleBytes(analysis, resolved, request, cache));
    const cold = bundleText(analysis, resolved, request);
    t.is(warm.toString('utf8'), cold, `${what}: the bytes with the cache differ from a cold emit's`);
    return cold;
  };

  const first = await same('the first emit');
  t.regex(first, /\$\{function:Get-Beta\} = \$__fragbundle_stubs_[0-9a-f]{8}\[1\]/, 'two shared stub bodies');
  t.regex(first, /__fragbundle_lazy_[0-9a-f]{8} ''Get-Gamma'' 2\)/, 'own stubs name their lazy index');
  t.regex(first, /__fragbundle_s_[0-9a-f]{8} = @\{/, 'a sub-file is embedded');

  change('10-alpha.ps1', (x) => x + '# appended\n');
  await same('a line appended');

  change('10-alpha.ps1', (x) => `# inserted\n${x}`);
  await same('a line inserted at the top');

  // A lazy function's body edited in place: the same length and lines, other bytes.
  change('10-alpha.ps1', (x) => x.replace('step 7:', 'step 8:'));
  await same('a body edited in place');

  // A function more before the class's fragment: its own stubs' lazy indexes move by one.
  change('10-alpha.ps1', (x) => x + fn('Get-AlphaTwo', 'param($Other, $More)'));
  const shifted = await same('a function added before own stubs');
  t.regex(shifted, /__fragbundle_lazy_[0-9a-f]{8} ''Get-Gamma'' 3\)/, 'the lazy indexes moved');

  // Get-Alpha takes Get-Beta's declarations: the simple body goes, the advanced one becomes number 0.
  files['10-alpha.ps1'] = fn('Get-Alpha', ADVANCED);
  const renumbered = await same('shared stubs renumbered');
  t.regex(
    renumbered,
    /\$\{function:Get-Beta\} = \$__fragbundle_stubs_[0-9a-f]{8}\[0\]/,
    'the shared stubs were renumbered',
  );

  // A later definition of the same name keeps the first eager (it is used at load time): Get-Beta's
  // fragment changes mode without being edited, and the lazy indexes after it move.
  change('40-epsilon.ps1', (x) => x + fn('Get-Beta', ADVANCED, 'again'));
  t.regex(await same('a function defined again later'), /# --- 20-beta\.ps1 \(eager\)/, 'the first stays eager');
  // Its reason names the later definition's line: an edit there changes it, not the fragment.
  change('40-epsilon.ps1', (x) => `# moved down\n${x}`);
  await same('a line inserted above the use that keeps another fragment eager');
  delete files['40-epsilon.ps1'];
  files['40-epsilon.ps1'] = fn('Get-Epsilon', ADVANCED);
  await same('the second definition removed');

  change('lib/helpers.ps1', (x) => x + fn('Get-HelperTwo', SIMPLE));
  await same('an edited sub-file');
  change('lib/helpers.ps1', (x) => x + '# a comment at the end\n');
  await same('a comment appended to the sub-file');

  config = { staleGuard: false };
  await same('the stale guard off');
  change('20-beta.ps1', (x) => x + '# edited without a guard\n');
  await same('an edit without the stale guard');
  config = {};
  await same('the stale guard on again');

  config = { lazy: 'fragments' };
  const deferred = await same('whole fragments deferred');
  t.regex(deferred, /\(deferred\)/, 'fragments are deferred');
  // A load-time side effect keeps a fragment at start-up: the deferred rows after it are numbered anew.
  change('20-beta.ps1', (x) => x + '$env:FRAGBUNDLE_TEST_SEEN = 1\n');
  t.regex(await same('a fragment no longer deferred'), /# --- 20-beta\.ps1 \((?:eager|lazy)\)/, 'it loads at start-up');
  files['20-beta.ps1'] = fn('Get-Beta', ADVANCED);
  await same('that fragment deferred again');
  // A deferred fragment's stubs copy the declarations of functions its sub-file defines, from the
  // sub-file's text: a type of the same length changes them, not the sub-file's symbols.
  change('lib/helpers.ps1', (x) => x.replaceAll('[string]', '[object]'));
  await same('a line inserted in the sub-file of a deferred fragment');
  change('30-classy.ps1', (x) => x + '# appended while deferred\n');
  await same('a deferred fragment edited');

  config = {};
  await same('fragments lazy again');
  config = { timings: true };
  await same('timings on');
  // Saved again unchanged: only its stamp (which the stale guard records) differs.
  const later = new Date(Date.now() + 60_000);
  utimesSync(path.join(dir, '20-beta.ps1'), later, later);
  await same('a fragment touched');
  // A fragment with no lazy rows, last: the sub-file's rows stay where they were, its number in the header moves.
  files['70-env.ps1'] = '$env:FRAGBUNDLE_TEST_LATE = 1\n';
  await same('an eager fragment added last');
  files['60-late.ps1'] = fn('Get-Late', SIMPLE);
  await same('a fragment added');
  delete files['10-alpha.ps1'];
  await same('a fragment removed');
});
