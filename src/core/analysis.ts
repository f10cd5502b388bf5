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
  /** One per fragment, same order, with the sub-files each loads attached (src/attach-sub-files.ts). */
  readonly symbols: readonly FragmentSymbols[];
  /**
   * Every sub-file the fragments dot-source that fragbundle read, attached or not, in the order
   * first reached: what the bundle embeds, and what its header and the caches hash.
   */
  readonly subFiles: readonly Fragment[];
  /** The parse stage's symbols of each of `subFiles`, same order, as parsed (before attachment). */
  readonly subFileSymbols: readonly FragmentSymbols[];
  /** The file-system answers reading the sub-files got (for replay, src/pipeline/replay.ts). */
  readonly subFileJournal: readonly InputAnswer[];
  readonly graph: DependencyGraph;
  readonly plan: BundlePlan;
  /** Every finding of every stage, after severities and suppressions, sorted. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * One file-system question and its answer's fingerprint: the shape of src/io/input-journal.ts's
 * JournalEntry, restated here because core depends on nothing.
 */
export interface InputAnswer {
  readonly kind: 'stat' | 'lstat' | 'list' | 'real' | 'read';
  readonly path: string;
  readonly value: string;
  readonly hash?: string;
}
