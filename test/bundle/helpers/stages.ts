/**
 * The real parse and graph stages, imported at run time so the bundle tests compile and run
 * before those stages exist (they are written by others, in parallel). Undefined until built.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DependencyGraph, Fragment, FragmentSymbols } from '../../../src/types.js';
import { REPO_ROOT } from './paths.js';

type Module = Record<string, unknown>;

async function load(rel: string): Promise<Module | undefined> {
  const file = path.join(REPO_ROOT, 'dist', 'src', rel);
  return existsSync(file) ? ((await import(pathToFileURL(file).href)) as Module) : undefined;
}

/** Symbols from src/parse and the graph from src/graph for these fragments, or undefined. */
export async function realStages(
  fragments: readonly Fragment[],
): Promise<{ symbols: FragmentSymbols[]; graph: DependencyGraph } | undefined> {
  const [parse, graph] = await Promise.all([load('parse/index.js'), load('graph/build-graph.js')]);
  if (typeof parse?.parseFragments !== 'function' || typeof graph?.buildGraph !== 'function') return undefined;
  const parseFragments = parse.parseFragments as (f: readonly Fragment[], o: object) => Promise<FragmentSymbols[]>;
  const buildGraph = graph.buildGraph as (s: readonly FragmentSymbols[]) => DependencyGraph;
  const symbols = await parseFragments(fragments, { definers: parse.BUILTIN_DEFINERS });
  return { symbols, graph: buildGraph(symbols) };
}

/** Fragments as the real load stage reads a folder, or undefined while it is not built. */
export async function realLoad(dir: string): Promise<Fragment[] | undefined> {
  const mod = await load('load/load-fragments.js');
  if (typeof mod?.loadFragments !== 'function') return undefined;
  return (mod.loadFragments as (d: string, o: object) => { fragments: Fragment[] })(dir, {}).fragments;
}
