/**
 * The result of running the pipeline up to the plan: what every command reports from.
 * Types only.
 */
import type { BundlePlan, DependencyGraph, Diagnostic, Fragment, FragmentSymbols } from './types.js';

/** Everything fragbundle knows about one profile folder. */
export interface Analysis {
  /** The fragments folder as the user named it (relative to the working folder when inside it). */
  readonly root: string;
  /** Fragments in baseline order. */
  readonly fragments: readonly Fragment[];
  /** One per fragment, same order. */
  readonly symbols: readonly FragmentSymbols[];
  readonly graph: DependencyGraph;
  readonly plan: BundlePlan;
  /** Every finding of every stage, after severities and suppressions, sorted. */
  readonly diagnostics: readonly Diagnostic[];
}
