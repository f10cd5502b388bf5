/**
 * Write the bundle text: pure string building from the fragments, their symbols, the graph's
 * load order and the plan. Deterministic: the same input gives byte-identical text. Generated
 * code uses `\n`; a fragment's own text is embedded byte for byte (its line breaks included: a
 * here-string's value must not change).
 *
 * Layout:
 *   header (header.ts)                       what it was built from + the line table
 *   runtime helpers (runtime.ts)             compile, report, lazy-load, [timings]
 *   per fragment, in load order:
 *     # --- <path> (eager|lazy): <reason>
 *     stubs of its lazy functions            `function global:X { <params> begin {...} ... }`
 *     try { . (__fragbundle_load <rel> <path> '<text>') } catch { __fragbundle_fail ... }
 *   removal of the load helpers
 */
import type { BundlePlan, DependencyGraph, Fragment, FragmentSymbols, FunctionShape, PlanEntry } from '../types.js';
import { blankRanges, countLineBreaks, fragmentEdits, functionTextStart, LineIndex, sliceWithEdits, type TextEdit } from './fragment-text.js';
import { computeInputHash, formatHeader, HEADER_LINES, makeHeader, type LineMapping } from './header.js';
import type { BundleOptions } from './plan-bundle.js';
import { commentText, quotePs } from './quote.js';
import {
  cleanupStatement,
  FAIL_HELPER,
  fragmentParts,
  LAZY_HELPER,
  LOAD_HELPER,
  RUNTIME_NAMES,
  stubParts,
  TIMING_HELPERS,
  timeStartStatement,
  timeStopStatement,
} from './runtime.js';

/** Everything emitBundle needs; the CLI fills it from the earlier stages. */
export interface EmitInput {
  /** In baseline order (as the load stage gives them): hashed in this order. */
  readonly fragments: readonly Fragment[];
  readonly symbols: readonly FragmentSymbols[];
  readonly graph: DependencyGraph;
  readonly plan: BundlePlan;
  readonly options: BundleOptions;
  /** Path of the fragments folder relative to the bundle file's folder, '/' separators, e.g. 'profile.d' or '.' or '../dotfiles/profile.d'. */
  readonly fragmentsDirFromBundle: string;
  readonly toolVersion: string;
}

/** The bundle, its input hash (also in its header) and its line table (also in its header). */
export interface EmittedBundle {
  readonly text: string;
  readonly inputHash: string;
  readonly lineTable: readonly LineMapping[];
}

/** Build the bundle text. Throws only on inconsistent input (a plan entry without its fragment). */
export function emitBundle(input: EmitInput): EmittedBundle {
  const fragments = new Map(input.fragments.map((f) => [f.id, f]));
  const symbols = new Map(input.symbols.map((s) => [s.fragment, s]));
  const entries = input.plan.entries;
  const paths = entries.map((e) => e.path);
  const hasStubs = entries.some((e) => e.stubs.length > 0);
  const w = new BundleWriter(HEADER_LINES + 1);

  w.generated(`${LOAD_HELPER}\n${FAIL_HELPER}\n`);
  if (hasStubs) w.generated(`${LAZY_HELPER}\n`);
  if (input.options.timings) w.generated(`${TIMING_HELPERS}\n`);

  entries.forEach((entry, index) => {
    const fragment = fragments.get(entry.fragment);
    const sym = symbols.get(entry.fragment);
    if (!fragment || !sym) throw new Error(`emitBundle: plan names fragment '${entry.fragment}' that is not in the input`);
    emitFragment(w, index, entry, fragment, sym, input);
  });

  const helpers: string[] = [RUNTIME_NAMES.load, RUNTIME_NAMES.fail];
  if (input.options.timings) helpers.push(RUNTIME_NAMES.timeStart, RUNTIME_NAMES.timeStop);
  w.generated(`${cleanupStatement(helpers)}\n`);

  const inputHash = computeInputHash(input.fragments, input.options, input.toolVersion);
  const lineTable = w.lineTable(paths);
  const header = makeHeader({
    version: input.toolVersion,
    inputHash,
    options: input.options,
    fragmentsDir: input.fragmentsDirFromBundle,
    fragments: entries.map((e) => ({ path: e.path, hash: fragments.get(e.fragment)!.hash, mode: e.mode })),
    lineTable,
  });
  return { text: formatHeader(header) + w.text(), inputHash, lineTable };
}

/** `dir/path` relative to the bundle's folder. */
export function bundleRelativePath(fragmentsDirFromBundle: string, fragmentPath: string): string {
  const dir = fragmentsDirFromBundle.replace(/\\/g, '/').replace(/\/+$/, '');
  return dir === '' || dir === '.' ? fragmentPath : `${dir}/${fragmentPath}`;
}

function emitFragment(w: BundleWriter, index: number, entry: PlanEntry, fragment: Fragment, sym: FragmentSymbols, input: EmitInput): void {
  const text = fragment.text;
  const edits = fragmentEdits(fragment, sym);
  const rel = quotePs(bundleRelativePath(input.fragmentsDirFromBundle, fragment.path));
  const show = quotePs(fragment.path);
  const timed = input.options.timings;
  const first = { fragment: index, line: 1 };
  w.generated(`# --- ${commentText(fragment.path)} (${entry.mode}): ${commentText(entry.reason)}\n`, first);
  if (timed) w.generated(`${timeStartStatement(show, entry.mode)}\n`, first);

  const stubbed = stubbedFunctions(entry, sym);
  const lines = new LineIndex(text);
  const ends = sym.statements.map((s) => s.range.end);
  for (const f of stubbed) emitStub(w, index, f, text, lines, ends, edits, rel);

  const rest = sym.statements.length > stubbed.length || stubbed.length === 0;
  if (!rest) {
    if (timed) w.generated(`${timeStopStatement()}\n`, first);
    return;
  }
  const body = stubbed.length === 0 ? sliceWithEdits(text, 0, text.length, edits) : blankRanges(text, stubbed.map((f) => f.range), edits);
  const parts = fragmentParts(rel, show, timed);
  w.generated(parts.head, first);
  w.source(quotePs(body), index, 1);
  w.generated(`${parts.tail}\n`, { fragment: index, line: 1 + countLineBreaks(text) });
}

/** The shapes of the functions the plan stubs, in source order. */
function stubbedFunctions(entry: PlanEntry, sym: FragmentSymbols): FunctionShape[] {
  if (entry.stubs.length === 0) return [];
  const names = new Set(entry.stubs.map((n) => n.toLowerCase()));
  const shapes: FunctionShape[] = [];
  for (const st of sym.statements) {
    if (st.kind === 'function' && st.function && names.has(st.function.name.toLowerCase())) shapes.push(st.function);
  }
  return shapes;
}

function emitStub(
  w: BundleWriter,
  index: number,
  f: FunctionShape,
  text: string,
  lines: LineIndex,
  ends: readonly number[],
  edits: readonly TextEdit[],
  rel: string,
): void {
  const start = functionTextStart(text, f.range.start, ends);
  const at = lines.positionAt(start);
  const fnLine = { fragment: index, line: lines.positionAt(f.range.start).line };
  const paramRange = f.paramBlock ?? f.headerParams;
  const params = f.paramBlock
    ? sliceWithEdits(text, f.paramBlock.start, f.paramBlock.end, edits)
    : f.headerParams
      ? `param${sliceWithEdits(text, f.headerParams.start, f.headerParams.end, edits)}`
      : '';
  const { open, load, tail } = stubParts({ name: f.name, relLiteral: rel, line: at.line, column: at.column, advanced: f.isAdvanced });
  w.generated(`${open}\n`, fnLine);
  if (params !== '' && paramRange) {
    w.source(params, index, lines.positionAt(paramRange.start).line);
    w.generated('\n', fnLine);
  }
  w.generated(load, fnLine);
  w.source(quotePs(sliceWithEdits(text, start, f.range.end, edits)), index, at.line);
  w.generated(`${tail}\n`, fnLine);
}

interface LineOrigin {
  readonly fragment: number;
  readonly line: number;
  readonly generated: boolean;
}

/** Accumulates the bundle body and remembers, for every bundle line, which fragment line it stands for. */
class BundleWriter {
  private readonly parts: string[] = [];
  private readonly origins: (LineOrigin | undefined)[] = [];
  private line: number;

  constructor(private readonly firstLine: number) {
    this.line = firstLine;
  }

  /** Text fragbundle wrote; lines not yet attributed are attributed to `at` (generated), if given. */
  generated(text: string, at?: { fragment: number; line: number }): void {
    this.parts.push(text);
    const breaks = countLineBreaks(text);
    if (at) {
      // A line break at the very end opens the next line without writing on it yet.
      const last = this.line + breaks - (endsWithBreak(text) ? 1 : 0);
      for (let l = this.line; l <= last; l++) {
        const i = l - this.firstLine;
        if (this.origins[i] === undefined) this.origins[i] = { fragment: at.fragment, line: at.line, generated: true };
      }
    }
    this.line += breaks;
  }

  /** A fragment's own text starting at fragment line `line`: its lines map one to one. */
  source(text: string, fragment: number, line: number): void {
    this.parts.push(text);
    const breaks = countLineBreaks(text);
    const last = breaks - (endsWithBreak(text) ? 1 : 0);
    for (let k = 0; k <= last; k++) this.origins[this.line + k - this.firstLine] = { fragment, line: line + k, generated: false };
    this.line += breaks;
  }

  text(): string {
    return this.parts.join('');
  }

  /** The line table as runs, naming fragments by `paths[fragment]`. */
  lineTable(paths: readonly string[]): LineMapping[] {
    const runs: LineMapping[] = [];
    let run: { bundleLine: number; lines: number; origin: LineOrigin } | undefined;
    const flush = () => {
      if (run) runs.push({ bundleLine: run.bundleLine, lines: run.lines, path: paths[run.origin.fragment]!, line: run.origin.line, generated: run.origin.generated });
      run = undefined;
    };
    this.origins.forEach((o, i) => {
      const bundleLine = i + this.firstLine;
      if (o === undefined) return flush();
      if (run && continues(run.origin, run.lines, o) && run.bundleLine + run.lines === bundleLine) {
        run.lines += 1;
        return;
      }
      flush();
      run = { bundleLine, lines: 1, origin: o };
    });
    flush();
    return runs;
  }
}

function endsWithBreak(text: string): boolean {
  return text.endsWith('\n') || text.endsWith('\r');
}

/** True when `next` extends a run that starts at `first` and already has `length` lines. */
function continues(first: LineOrigin, length: number, next: LineOrigin): boolean {
  if (first.fragment !== next.fragment || first.generated !== next.generated) return false;
  return first.generated ? next.line === first.line : next.line === first.line + length;
}
