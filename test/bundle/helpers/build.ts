/** Build a bundle for a folder of fragments the way the CLI does, with the pwsh symbol oracle. */
import { emitBundle, type EmittedBundle } from '../../../src/bundle/emit-bundle.js';
import { planBundle, type BundleOptions } from '../../../src/bundle/plan-bundle.js';
import type { BundlePlan, DependencyGraph, Fragment, FragmentSymbols } from '../../../src/core/types.js';
import { baselineGraph } from './graph.js';
import { loadFolder } from './load-folder.js';
import { pwshSymbols } from './pwsh-symbols.js';

export interface Built {
  readonly fragments: readonly Fragment[];
  readonly symbols: readonly FragmentSymbols[];
  readonly graph: DependencyGraph;
  readonly plan: BundlePlan;
  readonly bundle: EmittedBundle;
}

/**
 * Options that stub every function the plan allows, however small and however little the whole
 * saves: test profiles are small, and without these they would come out eager, leaving the lazy
 * code paths untested.
 */
export const STUB_ALL = { minStubChars: 0, minLazySavedChars: 0 } as const;

/** The version string bundles are built with in tests (kept fixed so goldens do not churn). */
export const TEST_VERSION = '0.0.0-test';

/** Symbols for the fragments of `dir` (pwsh oracle). */
export async function analyseFolder(
  dir: string,
  work: string,
): Promise<{ fragments: Fragment[]; symbols: FragmentSymbols[] }> {
  const fragments = loadFolder(dir);
  const symbols = await pwshSymbols(dir, fragments, work);
  return { fragments, symbols };
}

/** Plan and emit from already analysed fragments. */
export function buildFrom(
  fragments: readonly Fragment[],
  symbols: readonly FragmentSymbols[],
  options: BundleOptions,
  fragmentsDirFromBundle: string,
  graph: DependencyGraph = baselineGraph(symbols),
): Built {
  const plan = planBundle(symbols, graph, options, fragments);
  const bundle = emitBundle({
    fragments,
    symbols,
    graph,
    plan,
    options,
    fragmentsDirFromBundle,
    toolVersion: TEST_VERSION,
  });
  return { fragments, symbols, graph, plan, bundle };
}
