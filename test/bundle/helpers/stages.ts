/**
 * The real load, parse and graph stages, imported with their types: a renamed export fails the
 * build instead of turning a test into a pass.
 */
import { buildGraph } from '../../../src/graph/build-graph.js';
import { loadFragments } from '../../../src/load/load-fragments.js';
import { BUILTIN_DEFINERS, parseFragments } from '../../../src/parse/index.js';
import type { DependencyGraph, Fragment, FragmentSymbols } from '../../../src/core/types.js';

/** Symbols from src/parse and the graph from src/graph for these fragments. */
export async function realStages(
  fragments: readonly Fragment[],
): Promise<{ symbols: FragmentSymbols[]; graph: DependencyGraph }> {
  const symbols = await parseFragments(fragments, { definers: BUILTIN_DEFINERS });
  return { symbols, graph: buildGraph(symbols) };
}

/** Fragments as the real load stage reads a folder. */
export function realLoad(dir: string): readonly Fragment[] {
  return loadFragments(dir, {}).fragments;
}
