/**
 * planBundle with a PlanMemory (as `build --watch` keeps one) must give exactly the plan a fresh
 * planBundle gives for the same inputs, after every kind of edit: the same entries, the same
 * findings in the same order. The inputs come from the real stages, kept between steps as the
 * watch keeps them (symbols by content, the graph the same, lines mapped or built again), so
 * unchanged fragments keep their symbols objects and the memory is really used; each step checks
 * that it was.
 */
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { planBundle, PlanMemory, type BundleOptions } from '../../src/bundle/plan-bundle.js';
import { resolveConfig } from '../../src/config/load-config.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import type { BundlePlan } from '../../src/core/types.js';
import {
  analyzeLoaded,
  bundleOptions,
  loadProfile,
  SymbolMemory,
  type GraphMemory,
  type SubFileMemory,
} from '../../src/pipeline/analyze.js';
import { tempDir } from '../helpers/temp.js';
import { fragmentOf } from './helpers/naive-symbols.js';
import { REPO_ROOT } from './helpers/paths.js';
import { realStages } from './helpers/stages.js';

/** One edit of the copied profile: what it is, and what it does to the folder of fragments. */
type Edit = readonly [what: string, apply: (file: (rel: string) => string) => void];

const append = (rel: string, text: string) => (file: (r: string) => string) => {
  writeFileSync(file(rel), readFileSync(file(rel), 'utf8') + text);
};
const prepend = (rel: string, text: string) => (file: (r: string) => string) => {
  writeFileSync(file(rel), text + readFileSync(file(rel), 'utf8'));
};
const replace = (rel: string, from: string, to: string) => (file: (r: string) => string) => {
  const text = readFileSync(file(rel), 'utf8');
  if (!text.includes(from)) throw new Error(`${rel} does not hold ${from}`);
  writeFileSync(file(rel), text.replace(from, to));
};

/**
 * Copy `source`, then after each edit run the stages with the watch's memories and plan with a
 * PlanMemory per option set: each plan must equal a fresh planBundle's on the same inputs.
 */
async function drive(t: ExecutionContext, source: string, edits: readonly Edit[]): Promise<void> {
  const root = tempDir(t, 'fragbundle-plan-memory-');
  cpSync(source, root, { recursive: true });
  const config = resolveConfig({ cwd: root, config: path.join(root, 'fragbundle.config.json') });
  const file = (rel: string) => path.join(config.fragmentsDir, rel);
  const symbolMemory = new SymbolMemory();
  const graphMemory: GraphMemory = {};
  const subFileMemory: SubFileMemory = { reads: new Map(), walks: new Map() };
  const planMemory = new PlanMemory();
  const variants: [string, BundleOptions][] = [
    ['as configured', bundleOptions(config)],
    ['auto, every stub', { lazy: 'auto', timings: false, minStubChars: 0, minLazySavedChars: 0 }],
    ['auto, stubs that pay', { lazy: 'auto', timings: false }],
    [
      'fragments, every stub',
      { lazy: 'fragments', timings: false, minStubChars: 0, minLazySavedChars: 0, deferral: config.deferral },
    ],
    ['off', { lazy: 'off', timings: false }],
  ];
  const memories = variants.map(() => new PlanMemory());
  const last: (BundlePlan | undefined)[] = variants.map(() => undefined);
  let kept = 0;
  const step = async (what: string) => {
    // Every sub-file read again: their symbols still come back by content from symbolMemory.
    subFileMemory.reads.clear();
    subFileMemory.walks.clear();
    const analysis = await analyzeLoaded(config, loadProfile(config), {
      cwd: root,
      symbolMemory,
      graphMemory,
      subFileMemory,
      planMemory,
    });
    const subFiles = analysis.subFiles.flatMap((f, i) => {
      const s = analysis.subFileSymbols[i];
      return s ? [{ file: f, symbols: s }] : [];
    });
    /** The plan for these inputs: kept in `memory` when given, else fresh. */
    const planWith = (options: BundleOptions, memory?: PlanMemory) =>
      planBundle(analysis.symbols, analysis.graph, options, analysis.fragments, subFiles, memory);
    t.deepEqual(analysis.plan, planWith(bundleOptions(config)), `${what}: the pipeline's plan`);
    variants.forEach(([name, options], i) => {
      const plan = planWith(options, memories[i]);
      t.deepEqual(plan, planWith(options), `${what}: ${name}`);
      const before = new Set(last[i]?.entries);
      kept += plan.entries.filter((e) => before.has(e)).length;
      last[i] = plan;
    });
  };
  await step('the first plan');
  for (const [what, apply] of edits) {
    apply(file);
    const before = kept;
    await step(what);
    t.true(kept > before, `${what}: some entries were kept from the last plan`);
  }
}

test('a kept plan equals a fresh one after each edit (deferral fixture: guards, leaks, helpers)', async (t) => {
  await drive(t, path.join(REPO_ROOT, 'test', 'bundle', 'deferral'), [
    ['a comment appended', append('20-git.ps1', '# a comment\n')],
    ['a line inserted at the top', prepend('20-git.ps1', '# moved down\n')],
    ['lines inserted at the top of another fragment', prepend('40-files.ps1', '# one\n# two\n')],
    ['a load-time call of a deferred function', append('50-uses-git.ps1', '$branch = Get-FixtureBranch\n')],
    ['that call moved down a line', prepend('50-uses-git.ps1', '# moved\n')],
    ['that call removed', replace('50-uses-git.ps1', '$branch = Get-FixtureBranch\n', '')],
    // The first use of a function (which its plan names) moves to an earlier fragment.
    ['a late load-time use', append('60-failing.ps1', '$rep = Invoke-FixtureRepeat\n')],
    ['an earlier one', append('45-tools.ps1', '$rep = Invoke-FixtureRepeat\n')],
    ['a body read', append('60-failing.ps1', 'function Show-Body { ${function:Invoke-FixtureRepeat} }\n')],
    ['a function defined twice', append('45-tools.ps1', "function Measure-FixtureLine { 'again' }\n")],
    // The use that keeps the first one eager comes from the graph's edge between the two: its line moves.
    ['the second definition moved down', prepend('45-tools.ps1', '# moved\n')],
    ['the second definition removed', replace('45-tools.ps1', "function Measure-FixtureLine { 'again' }\n", '')],
    [
      'a read of the pipeline position',
      append('40-files.ps1', 'function Get-Place { $MyInvocation.PipelinePosition }\n'),
    ],
    // Read from the text alone (the symbols do not say): engine state set at load.
    ['an engine-state write', append('30-kubectl.ps1', "$Host.UI.RawUI.WindowTitle = 'kube'\n")],
    ['a variable another fragment sets', append('30-dart.ps1', "$gitDefaultRemote = 'upstream'\n")],
    ['a leaked guard global', append('47-tools-env.ps1', '$filesLoaded = 1\n')],
    ['the leak moved down', prepend('47-tools-env.ps1', '# moved\n')],
    ['a class', append('40-files.ps1', 'class FixtureThing { [string] $Name }\n')],
    ['the class defined again later', append('45-bound.ps1', 'class FixtureThing { [int] $Size }\n')],
    ['the class used', append('90-prompt.ps1', '$thing = [FixtureThing]::new()\n')],
    ['a fragment moved in the order', prepend('20-git.ps1', '# Dependencies: 90-prompt\n')],
    ['back in its place', replace('20-git.ps1', '# Dependencies: 90-prompt\n', '')],
    [
      'a function removed',
      replace('40-files.ps1', 'function Invoke-FixtureRepeat { "repeat $($args -join \' \')" }\n', ''),
    ],
    [
      'a fragment renamed',
      (file) => {
        renameSync(file('30-dart.ps1'), file('31-dart.ps1'));
      },
    ],
    [
      'a fragment removed',
      (file) => {
        rmSync(file('48-dynamic.ps1'));
      },
    ],
    [
      'a fragment added',
      (file) => {
        writeFileSync(file('99-added.ps1'), "function Get-Added { 'added' }\n");
      },
    ],
  ]);
});

test('a kept plan equals a fresh one after each edit (examples/modular: code in sub-files)', async (t) => {
  await drive(t, path.join(REPO_ROOT, 'examples', 'modular'), [
    ['a line inserted at the top of a fragment', prepend('30-utils.ps1', '# moved down\n')],
    ['a sub-file appended to', append('git-modules/core.ps1', "function Get-GitExtra { 'extra' }\n")],
    ['a line inserted at the top of a sub-file', prepend('git-modules/core.ps1', '# moved down\n')],
    ['a sub-file function used at load time', append('85-session.ps1', '$extra = Get-GitExtra\n')],
    ['that use removed', replace('85-session.ps1', '$extra = Get-GitExtra\n', '')],
  ]);
});

test('a kept plan equals a fresh one when only the load order changes (fragments that did not change moved)', async (t) => {
  // planBundle takes any graph: here the order alone changes between calls, so every fragment
  // keeps its symbols object while its place, and what loads after it, changes.
  const fragments = [
    fragmentOf('a.ps1', "$shared = 1\nfunction Get-A { 'a' }\n", 0),
    fragmentOf('b.ps1', "$copy = $shared\nfunction Get-B { 'b' }\n", 1),
    fragmentOf('c.ps1', "function Get-C { 'c' }\nclass Thing { }\n", 2),
    fragmentOf('d.ps1', 'class Thing { }\nfunction Get-D { [Thing]::new() }\n', 3),
  ];
  const { symbols, graph } = await realStages(fragments);
  const orders = [
    ['a', 'b', 'c', 'd'],
    ['b', 'a', 'c', 'd'],
    ['b', 'a', 'd', 'c'],
    ['a', 'b', 'c', 'd'],
  ];
  for (const options of [
    { lazy: 'fragments', timings: false, minStubChars: 0, minLazySavedChars: 0 },
    { lazy: 'auto', timings: false, minStubChars: 0, minLazySavedChars: 0 },
  ] as const) {
    const memory = new PlanMemory();
    for (const order of orders) {
      const g = { ...graph, order };
      t.deepEqual(
        planBundle(symbols, g, options, fragments, [], memory),
        planBundle(symbols, g, options, fragments),
        `${options.lazy}: ${order.join(' ')}`,
      );
    }
  }
});

test('a kept plan follows a change of options', async (t) => {
  const fragments = [
    fragmentOf('a.ps1', "$shared = 1\nfunction Get-A { 'a' }\n", 0),
    fragmentOf('b.ps1', 'function Get-B { Get-A }\nfunction Get-Place { $MyInvocation.PipelinePosition }\n', 1),
  ];
  const { symbols, graph } = await realStages(fragments);
  const every = { timings: false, minStubChars: 0, minLazySavedChars: 0 } as const;
  const memory = new PlanMemory();
  for (const options of [
    { lazy: 'auto', ...every },
    { lazy: 'auto', timings: false },
    { lazy: 'off', timings: false },
    { lazy: 'fragments', ...every },
    { lazy: 'auto', ...every },
  ] as const) {
    t.deepEqual(
      planBundle(symbols, graph, options, fragments, [], memory),
      planBundle(symbols, graph, options, fragments),
      JSON.stringify(options),
    );
  }
});

test('a kept plan follows a change of text alone (the same symbols)', async (t) => {
  // The symbols say nothing of PipelineLength; the text read by the plan does.
  const reads = '$MyInvocation.PipelineLength';
  const before = `function Get-B { '${'_'.repeat(reads.length - 2)}' }\n$b = 1\n`;
  const after = `function Get-B { ${reads} }\n$b = 1\n`;
  const a = fragmentOf('a.ps1', "function Get-A { 'a' }\n", 0);
  const { symbols, graph } = await realStages([a, fragmentOf('b.ps1', before, 1)]);
  const every = { timings: false, minStubChars: 0, minLazySavedChars: 0 } as const;
  for (const options of [
    { lazy: 'auto', ...every },
    { lazy: 'fragments', ...every },
  ] as const) {
    const memory = new PlanMemory();
    for (const text of [before, after, before]) {
      const fragments = [a, fragmentOf('b.ps1', text, 1)];
      const plan = planBundle(symbols, graph, options, fragments, [], memory);
      t.deepEqual(plan, planBundle(symbols, graph, options, fragments), `${options.lazy}: ${text}`);
    }
  }
});

test('a kept plan follows uses that come from the graph edges alone', async (t) => {
  // b defines Get-A again: the graph's state edge a -> b names it (a use at load time that no
  // fragment's references hold), on the edge that b's read of $shared makes anyway; then b stops.
  const parse = async (path: string, text: string, order: number) => {
    const fragment = fragmentOf(path, text, order);
    return { fragment, symbols: (await realStages([fragment])).symbols[0]! };
  };
  const a = await parse('a.ps1', "$shared = 1\nfunction Get-A { 'a' }\n", 0);
  const steps = [
    "$copy = $shared\nfunction Get-A { 'again' }\n",
    "# moved\n$copy = $shared\nfunction Get-A { 'again' }\n",
    "$copy = $shared\nfunction Get-B { 'b' }\n",
    "$copy = $shared\nfunction Get-A { 'again' }\n",
  ];
  const options = { lazy: 'auto', timings: false, minStubChars: 0, minLazySavedChars: 0 } as const;
  const memory = new PlanMemory();
  for (const text of steps) {
    const b = await parse('b.ps1', text, 1);
    const symbols = [a.symbols, b.symbols];
    const graph = buildGraph(symbols);
    const fragments = [a.fragment, b.fragment];
    t.deepEqual(
      planBundle(symbols, graph, options, fragments, [], memory),
      planBundle(symbols, graph, options, fragments),
      text,
    );
  }
});
