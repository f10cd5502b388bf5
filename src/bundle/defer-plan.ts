/**
 * Whole-fragment deferral (`lazy: "fragments"`): which fragments can skip start-up entirely and be
 * run, whole, on the first call of one of the names they define. Pure: works on the parse stage's
 * FragmentSymbols (with the calls of name-built helpers resolved) and the graph, plus the
 * fragments' text, scanned for writes into engine state.
 *
 * A fragment is deferrable when everything it does at load time is one of: defining functions and
 * aliases nothing uses at load time, classes no other fragment names, variables no other fragment
 * reads or writes; calling definer helpers (the parse stage already treats those as definitions)
 * or the helpers the config declares harmless (`deferral.calls`: registration, idempotency
 * markers, side-effect-free and record-only helpers) or guards (`deferral.guards`). Anything else
 * keeps it eager, and the verdict names the first statement (file:line) that did.
 *
 * A fragment's sub-files (the files it dot-sources that were followed, attached to its symbols)
 * are part of it: each is judged by the same rules from its own parse and text, and a load-time
 * dot-source whose code is not all attached (FragmentSymbols.dotSourceGaps: a path not known, a
 * file not read, a fragment, a cycle, a file another fragment also loads) keeps it eager.
 *
 * Deferring moves the fragment's load after every eager fragment, so the analysis also refuses
 * what that would change: a variable it reads that a later fragment sets, a guard global (read by
 * a guard helper from a name-derived variable, `Test-FragmentLoaded 'git'` -> `$gitLoaded`, or set
 * by a call of a name-built setter, `Set-FragmentLoaded 'git'`: SymbolRef/SymbolDef `template`)
 * that another fragment leaks. That leak is a GUARD_VARIABLE_LEAK warning in every mode.
 */
import { diagnostic, TOKEN_RECOVERY } from '../core/diagnostics.js';
import type {
  DeferralOptions,
  DeferredStub,
  DependencyGraph,
  Diagnostic,
  FragmentSymbols,
  GraphSymbols,
  SideEffect,
  SymbolDef,
  SymbolRef,
} from '../core/types.js';
import { LineIndex } from '../text/line-index.js';
import { isStubbableName } from '../text/quote.js';
import { Askers, sameList, UseIndex } from './use-index.js';

/**
 * `$MyInvocation.PipelinePosition` and `.PipelineLength`: on the first call through a stub (lazy
 * or deferred) the real function runs in a pipeline of its own (1 of 1), and InvocationInfo has no
 * public setter for either (checked in pwsh), so code that reads them stays eager.
 */
export const PIPELINE_PLACE = /\bPipeline(?:Position|Length)\b/i;

export const NO_DEFERRAL_OPTIONS: DeferralOptions = { calls: [], guards: [] };

/** Why a fragment stays eager: the statement and the reason. */
export interface DeferBlocker {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly why: string;
}

/** The verdict for one fragment. */
export interface DeferVerdict {
  /** Present when the fragment must run at start-up. */
  readonly blocker?: DeferBlocker;
  /** The names that get a stub when it is deferred, in source order, one per name. */
  readonly stubs: readonly DeferredStub[];
}

export interface DeferralPlan {
  readonly verdicts: ReadonlyMap<string, DeferVerdict>;
  /** Findings in any mode (GUARD_VARIABLE_LEAK). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Commands a deferred fragment may always call at load time: they only write to the warning,
 * verbose, debug, information or error streams (in real profiles, mostly inside `catch`), which a
 * deferred fragment writes at its first use instead of at start-up.
 */
const STREAM_WRITERS = ['write-warning', 'write-verbose', 'write-debug', 'write-information', 'write-error'];

/** Functions the host itself calls (the prompt, tab completion, line editing): they stay defined as written. */
const HOST_HOOKS = new Set(['prompt', 'tabexpansion2', 'psconsolehostreadline']);

/** Kinds of load-time side effect that a configured helper call can excuse (a call of a named command). */
const EXCUSABLE = new Set<SideEffect['kind']>(['other-command', 'external-program']);

interface Use {
  readonly path: string;
  readonly line: number;
}

/** The file a symbol's span lies in: its own `file` when it has one (a sub-file), else the fragment. */
function fileOf(s: GraphSymbols, item: object): string {
  const f = (item as { readonly file?: unknown }).file;
  return typeof f === 'string' ? f : s.path;
}

function lower(name: string): string {
  return name.toLowerCase();
}

/** `Module\Verb-Noun` -> `verb-noun`. */
function commandKey(name: string): string {
  const q = /^[\w.]+\\(.+)$/.exec(name);
  return lower(q?.[1] ?? name);
}

/** A sub-file as the deferral analysis reads it: its own symbols (as parsed) and its text. */
export interface SubFileInput {
  readonly path: string;
  readonly symbols: FragmentSymbols;
  readonly text: string;
}

/**
 * Decide, for every fragment in `graph.order`, whether it can be deferred; and find the guard
 * globals other fragments leak. `texts` (by fragment id) is scanned for engine-state writes;
 * `subFiles` (by path) are the files fragments dot-source, judged by
 * the same rules as the fragment that loads them (`symbols` must have them attached).
 */
export function planDeferral(
  symbols: readonly FragmentSymbols[],
  graph: DependencyGraph,
  options: DeferralOptions,
  texts: ReadonlyMap<string, string>,
  subFiles: ReadonlyMap<string, SubFileInput> = new Map(),
  memory?: DeferralMemory,
): DeferralPlan {
  const byId = new Map(symbols.map((s) => [s.fragment, s]));
  const ordered = graph.order.map((id) => byId.get(id)).filter((s): s is FragmentSymbols => s !== undefined);
  const plan = planDeferralOrdered(symbols, ordered, graph, options, texts, subFiles, memory, undefined);
  const verdicts = new Map<string, DeferVerdict>();
  ordered.forEach((s, i) => verdicts.set(s.fragment, plan.bySlot[i]!));
  return { verdicts, diagnostics: plan.diagnostics };
}

/**
 * planDeferral given `ordered` (the symbols of the ids in `graph.order` that have them, in that
 * order), its verdicts by place in `ordered`. `textsChanged`: the ids whose text may differ from
 * the last call with this memory (undefined: any may).
 */
export function planDeferralOrdered(
  symbols: readonly FragmentSymbols[],
  ordered: readonly FragmentSymbols[],
  graph: DependencyGraph,
  options: DeferralOptions,
  texts: ReadonlyMap<string, string>,
  subFiles: ReadonlyMap<string, SubFileInput>,
  memory: DeferralMemory | undefined,
  textsChanged: ReadonlySet<string> | undefined,
): { readonly bySlot: readonly DeferVerdict[]; readonly diagnostics: readonly Diagnostic[] } {
  const mem = memory ?? new DeferralMemory();
  const orderSame = sameList(mem.order, graph.order);
  if (!orderSame) {
    mem.order = graph.order;
    mem.position = new Map(graph.order.map((id, i) => [id, i]));
  }
  const position = mem.position;
  /** What judging a fragment needs beyond its own inputs, made when the first one is judged. */
  let setup: { textOf: (path: string) => string | undefined; allowed: Set<string>; startup: Set<string> } | undefined;
  const need = () => {
    if (setup) return setup;
    // An analysed file's text by path: a sub-file's, else the last fragment's at that path that
    // has one (looked up for the few files judged, rather than mapping every fragment's).
    const subText = new Map<string, string>();
    for (const f of subFiles.values()) subText.set(f.path, f.text);
    const textOf = (path: string): string | undefined => {
      const sub = subText.get(path);
      if (sub !== undefined) return sub;
      for (let k = symbols.length - 1; k >= 0; k--) {
        const s = symbols[k]!;
        const t = s.path === path ? texts.get(s.fragment) : undefined;
        if (t !== undefined) return t;
      }
      return undefined;
    };
    const allowed = new Set([...STREAM_WRITERS, ...options.calls.map(commandKey)]);
    const startup = new Set((options.startupCalls ?? []).map(commandKey));
    // Guard helpers are also allowed calls when configured (what a call reads comes resolved in the
    // symbols, from the pipeline: src/pipeline/resolve-name-built.ts).
    for (const g of options.guards) allowed.add(commandKey(g.command));
    return (setup = { textOf, allowed, startup });
  };

  // A fragment's verdict reads its own symbols and text (and its sub-files'), its place, the
  // options, and the other fragments only through `index` (MapRead): kept per fragment while the
  // first are the same and every answer it read that may have changed (`dirty`) is too.
  const context = JSON.stringify(options);
  if (mem.context !== context) {
    mem.verdicts = new WeakMap();
    mem.slotRecords = [];
    mem.context = context;
  }
  const index = mem.index;
  const dirty = index.update(ordered);
  // The fragments whose kept reads may have changed answers (undefined: any may).
  const suspects = dirty && mem.askers.of(dirty);
  const generation = ++mem.generation;
  const diagnostics: Diagnostic[] = [];
  const bySlot: DeferVerdict[] = [];
  const records: VerdictRecord[] = [];
  const lastSymbols = mem.slotSymbols;
  const lastRecords = mem.slotRecords;
  for (let i = 0; i < ordered.length; i++) {
    const s = ordered[i]!;
    // At once, by place, a verdict found valid last call whose every input is known unchanged since.
    const here = lastSymbols[i] === s ? lastRecords[i] : undefined;
    if (
      here !== undefined &&
      here.checked === generation - 1 &&
      orderSame &&
      textsChanged?.has(s.fragment) === false &&
      suspects?.has(s.fragment) === false &&
      sameSubFiles(s, subFiles, here.subFiles)
    ) {
      here.checked = generation;
      bySlot.push(here.verdict);
      records.push(here);
      diagnostics.push(...here.diagnostics);
      continue;
    }
    const at = position.get(s.fragment) ?? 0;
    const text = texts.get(s.fragment);
    const last = mem.verdicts.get(s);
    if (
      last &&
      last.at === at &&
      last.text === text &&
      sameSubFiles(s, subFiles, last.subFiles) &&
      ((last.checked === generation - 1 && suspects?.has(s.fragment) === false) ||
        last.reads.every(
          (r) =>
            (last.checked === generation - 1 && dirty?.has(r.key) === false) || answer(index, position, r) === r.answer,
        ))
    ) {
      last.checked = generation;
      bySlot.push(last.verdict);
      records.push(last);
      diagnostics.push(...last.diagnostics);
      continue;
    }
    const { textOf, allowed, startup } = need();
    const before = diagnostics.length;
    const reads: MapRead[] = [];
    /** The first entry of another fragment in `map` under `key` that `pick` takes, its answer recorded. */
    const other = (
      map: keyof typeof MAPS,
      key: string,
      pick?: Pick<MapRead, 'after' | 'untemplated'>,
    ): Found | undefined => {
      const read: Omit<MapRead, 'answer'> = { key: `${MAPS[map]}\0${key}`, id: s.fragment, ...pick };
      const found = firstOther(index, position, read);
      reads.push({ ...read, answer: answerOf(found) });
      mem.askers.note(read.key, s.fragment);
      return found;
    };
    const blockers: DeferBlocker[] = [];
    const block = (item: { readonly line: number; readonly column: number }, why: string, file?: string) =>
      blockers.push({ file: file ?? fileOf(s, item), line: item.line, column: item.column, why });
    const where = (u: Use) => `${u.path}:${u.line}`;

    // The fragment's own file and every sub-file it loads, each judged by its own parse.
    const files: FragmentSymbols[] = [s];
    for (const l of s.subFiles ?? []) {
      const sub = subFiles.get(l.path)?.symbols;
      if (sub) files.push(sub);
      else block(l, `it dot-sources ${l.path}, whose code was not handed to the plan`, l.from);
    }
    for (const f of files) {
      const untrusted = untrustedParse(f);
      if (untrusted)
        block(untrusted, 'the grammar could not parse this code, and only guessed its symbols from its tokens', f.path);
      for (const r of f.directives.requires) block(r, `${r.text} is checked at start-up`, f.path);
      for (const e of f.directives.exits) block(e, 'a top-level exit', f.path);
      const leave = f.directives.loopExits[0];
      if (leave)
        block(
          leave,
          `a top-level ${leave.keyword}: one by one it leaves the file for the loader's loop (the next fragment, or the end of loading)`,
          f.path,
        );
      const text = textOf(f.path);
      const hook = text === undefined ? undefined : engineStateWrite(text);
      if (hook) block(hook, `it changes engine or host state (${hook.what})`, f.path);
      const place = text === undefined ? undefined : pipelinePlace(text);
      if (place)
        block(
          place,
          'it reads $MyInvocation.PipelinePosition or PipelineLength, which a first call through a stub cannot give',
          f.path,
        );
    }
    if (s.dotSourceGaps) {
      for (const g of s.dotSourceGaps) block(g, g.why, g.file);
    } else {
      // Symbols without their sub-files attached: nothing is known about what a dot-source runs.
      for (const d of s.directives.dotSources) {
        if (d.phase === 'load') block(d, `it dot-sources ${d.raw}, whose code is not analysed`);
      }
    }
    // A followed loader-helper call only dot-sources its files, whose code is judged here.
    const loaderCalls = new Set(
      files.flatMap((f) =>
        f.directives.dotSources
          .filter((d) => d.phase === 'load' && d.via !== undefined && (d.targets || d.walk))
          .map((d) => `${f.path}:${d.line}:${d.column}:${commandKey(d.via ?? '')}`),
      ),
    );
    for (const d of s.diagnostics) {
      if (d.code === 'DYNAMIC_NAME' && d.line !== undefined)
        block({ line: d.line, column: d.column ?? 1 }, 'it uses a name built at run time', d.file);
    }
    for (const e of s.sideEffects) {
      if (startup.has(commandKey(e.command))) {
        block(e, `it calls ${e.command}, which deferral.startupCalls keeps at start-up`);
        continue;
      }
      if (EXCUSABLE.has(e.kind) && allowed.has(commandKey(e.command))) continue;
      if (
        e.kind === 'other-command' &&
        loaderCalls.has(`${fileOf(s, e)}:${e.line}:${e.column}:${commandKey(e.command)}`)
      )
        continue;
      block(e, `${e.kind.replace(/-/g, ' ')}: ${e.command}`);
    }

    const stubs: DeferredStub[] = [];
    const seen = new Set<string>();
    for (const d of s.defines) {
      if (d.phase !== 'load') continue;
      const name = lower(d.name);
      if (d.kind === 'function' || d.kind === 'alias') {
        if (!isStubbableName(d.name)) {
          block(d, `${d.name}: its name cannot be written safely in a stub`);
          continue;
        }
        if (HOST_HOOKS.has(name)) block(d, `${d.name} is called by the host itself`);
        if (d.scope === 'private' || d.scope === 'local') block(d, `${d.name} is defined with ${d.scope}: scope`);
        const twice = other('loadDefs', `cmd:${name}`);
        if (twice) block(d, `${d.name} is also defined by ${where(twice.use)}`);
        const used = other('loadUses', name);
        if (used) block(d, `${d.name} is used at load time (${where(used.use)})`);
        if (!seen.has(name)) {
          seen.add(name);
          stubs.push({ name: d.name, kind: d.kind === 'alias' ? 'alias' : 'function' });
        }
      } else if (d.kind === 'variable') {
        const read = other('varReads', `variable:${name}`);
        if (read) block(d, `it sets $${d.name}, which ${where(read.use)} reads`);
        const written = other('loadDefs', `variable:${name}`);
        if (written) block(d, `it sets $${d.name}, which ${where(written.use)} also sets`);
      } else if (d.kind === 'class') {
        const used = other('classUses', name);
        if (used) block(d, `class ${d.name} is used by ${where(used.use)}`);
      } else {
        block(d, `it defines ${d.kind} ${d.name} at start-up`);
      }
    }

    // Guard globals another fragment leaks (a top-level variable of the name), reported once per name.
    const leaked = new Set<string>();
    const callAt = new Map<string, string>();
    for (const r of s.references) {
      if (r.phase !== 'load') continue;
      if (r.kind === 'command' && r.access === 'call') callAt.set(placeKey(s, r), r.name);
      if (r.kind === 'variable' || r.kind === 'env') {
        const later = other('loadDefs', `${r.kind}:${lower(r.name)}`, { after: at });
        if (later) block(r, `it reads ${sigil(r)}${r.name}, which ${where(later.use)} sets later`);
      }
      // A read at a guard call (`Test-FragmentLoaded 'modules'` reads $modulesLoaded): which of the
      // two runs first decides whether this fragment skips itself. Another fragment's own marker
      // call (a name-built setter) is no leak.
      if (r.kind === 'variable' && r.template !== undefined && !leaked.has(lower(r.name))) {
        const leak = withDef(other('loadDefs', `variable:${lower(r.name)}`, { untemplated: true }));
        if (!leak) continue;
        leaked.add(lower(r.name));
        const arg = nameArgument(r.template, r.name);
        const helper = `${callAt.get(placeKey(s, r)) ?? 'a guard helper'}${arg === undefined ? '' : ` '${arg}'`}`;
        block(r, `${helper} reads $${r.name}, which ${where(leak.use)} also sets`);
        diagnostics.push(
          diagnostic(
            'GUARD_VARIABLE_LEAK',
            `${helper} reads $global:${r.name}, and ${leak.use.path} sets a variable of that name at load time: whichever runs first decides whether this fragment skips itself`,
            { file: fileOf(s, r), line: r.line, column: r.column },
            [{ file: leak.use.path, line: leak.use.line, column: leak.def.column, message: `sets $${leak.def.name}` }],
          ),
        );
      }
    }
    // A guard global set by a call of a name-built setter (Set-FragmentLoaded 'modules'), leaked by
    // another fragment's top level: reported once per fragment and name, with the guard read if any.
    for (const d of s.defines) {
      if (d.phase !== 'load' || d.kind !== 'variable' || d.template === undefined || leaked.has(lower(d.name)))
        continue;
      const leak = withDef(other('loadDefs', `variable:${lower(d.name)}`, { untemplated: true }));
      if (!leak) continue;
      leaked.add(lower(d.name));
      diagnostics.push(
        diagnostic(
          'GUARD_VARIABLE_LEAK',
          `${d.via ?? 'a helper'} sets $global:${d.name}, and ${leak.use.path} sets a variable of that name at load time: whichever runs last decides its value, and so whether a guard that reads it skips its fragment`,
          { file: fileOf(s, d), line: d.line, column: d.column },
          [{ file: leak.use.path, line: leak.use.line, column: leak.def.column, message: `sets $${leak.def.name}` }],
        ),
      );
    }

    if (blockers.length === 0 && stubs.length === 0)
      blockers.push({ file: s.path, line: 1, column: 1, why: 'it defines no function or alias to stand in for it' });
    blockers.sort((a, b) => a.line - b.line || a.column - b.column);
    const first = blockers[0];
    const verdict = first ? { blocker: first, stubs } : { stubs };
    bySlot.push(verdict);
    const record: VerdictRecord = {
      text,
      subFiles: subFileInputs(s, subFiles),
      at,
      reads,
      verdict,
      diagnostics: diagnostics.slice(before),
      checked: generation,
    };
    mem.verdicts.set(s, record);
    records.push(record);
  }
  mem.slotSymbols = ordered;
  mem.slotRecords = records;
  return { bySlot, diagnostics };
}

/** The maps a verdict reads, each a prefix of the keys in DeferralMemory's index. */
const MAPS = { loadUses: 'U', loadDefs: 'D', varReads: 'R', classUses: 'C' } as const;

/** One entry of the index: a use or definition of a name, and for definitions the definition. */
interface MapItem {
  readonly use: Use;
  readonly def?: SymbolDef;
}

/**
 * One fragment's entries by key (MAPS prefix and lower-case name): who uses commands at load, who
 * defines what at load, who reads variables and classes. Reads only its graph view.
 */
function fragmentEntries(s: GraphSymbols): Map<string, MapItem[]> {
  const out = new Map<string, MapItem[]>();
  const add = (k: string, v: MapItem) => {
    const l = out.get(k);
    if (l) l.push(v);
    else out.set(k, [v]);
  };
  for (const r of s.references) {
    const use = { path: fileOf(s, r), line: r.line };
    if (r.phase === 'load' && (r.kind === 'command' || r.kind === 'function' || r.kind === 'alias'))
      add(`${MAPS.loadUses}\0${lower(r.name)}`, { use });
    if (r.kind === 'variable' || r.kind === 'env') add(`${MAPS.varReads}\0${r.kind}:${lower(r.name)}`, { use });
    if (r.kind === 'class') add(`${MAPS.classUses}\0${lower(r.name)}`, { use });
  }
  for (const d of s.defines) {
    if (d.phase !== 'load') continue;
    const key = d.kind === 'alias' || d.kind === 'function' ? `cmd:${lower(d.name)}` : `${d.kind}:${lower(d.name)}`;
    add(`${MAPS.loadDefs}\0${key}`, { def: d, use: { path: fileOf(s, d), line: d.line } });
  }
  return out;
}

/** True when two entries answer every MapRead alike: what answerOf records, and what firstOther filters on. */
function sameItem(a: MapItem, b: MapItem): boolean {
  return (
    a.use.path === b.use.path &&
    a.use.line === b.use.line &&
    (a.def === b.def ||
      (a.def !== undefined &&
        b.def !== undefined &&
        a.def.name === b.def.name &&
        a.def.column === b.def.column &&
        a.def.template === b.def.template))
  );
}

/** What a verdict may read of an entry it finds in the index: exactly what its MapRead answer records. */
interface Found {
  readonly use: Use;
  readonly def?: Pick<SymbolDef, 'name' | 'column'>;
}

/** One question a verdict asked of the index, and the answer it got. */
interface MapRead {
  /** The MAPS prefix and the key in that map. */
  readonly key: string;
  /** The asking fragment: its own entries are passed over. */
  readonly id: string;
  /** Only entries of fragments after this position in the load order. */
  readonly after?: number;
  /** Only definitions not made by a name-built setter call. */
  readonly untemplated?: boolean;
  /** answerOf what it found. */
  readonly answer: string;
}

/** A definition's entry (every loadDefs entry has its definition) as such. */
function withDef(found: Found | undefined): Required<Found> | undefined {
  return found?.def ? { use: found.use, def: found.def } : undefined;
}

/** Every field of Found, in one string ('' for nothing found). */
function answerOf(found: Found | undefined): string {
  if (found === undefined) return '';
  const def = found.def ? `\0${found.def.name}\0${found.def.column}` : '';
  return `${found.use.path}\0${found.use.line}${def}`;
}

/** The first entry under the read's key of a fragment other than the asking one that the read's filters take. */
function firstOther(
  index: UseIndex<GraphSymbols, MapItem>,
  position: ReadonlyMap<string, number>,
  read: Omit<MapRead, 'answer'>,
): Found | undefined {
  const { after, untemplated } = read;
  for (const g of index.list(read.key)) {
    if (g.id === read.id || (after !== undefined && (position.get(g.id) ?? 0) <= after)) continue;
    if (untemplated !== true) return g.items[0];
    const found = g.items.find((w) => w.def?.template === undefined);
    if (found) return found;
  }
  return undefined;
}

/** The answer `read` gets from the index, as MapRead records it. */
function answer(index: UseIndex<GraphSymbols, MapItem>, position: ReadonlyMap<string, number>, read: MapRead): string {
  return answerOf(firstOther(index, position, read));
}

/** A fragment's sub-files as its verdict reads them: each one's symbols and text, in load order. */
function subFileInputs(s: FragmentSymbols, subFiles: ReadonlyMap<string, SubFileInput>): readonly unknown[] {
  const loads = s.subFiles ?? [];
  if (loads.length === 0) return NO_INPUTS;
  return loads.flatMap((l) => {
    const f = subFiles.get(l.path);
    return [f?.symbols, f?.text];
  });
}

const NO_INPUTS: readonly unknown[] = [];

function sameSubFiles(
  s: FragmentSymbols,
  subFiles: ReadonlyMap<string, SubFileInput>,
  was: readonly unknown[],
): boolean {
  const loads = s.subFiles ?? [];
  if (was.length !== loads.length * 2) return false;
  for (let i = 0; i < loads.length; i++) {
    const f = subFiles.get(loads[i]!.path);
    if (f?.symbols !== was[2 * i] || f?.text !== was[2 * i + 1]) return false;
  }
  return true;
}

/** A fragment's verdict as kept, with what it was judged from. */
interface VerdictRecord {
  readonly text: string | undefined;
  /** subFileInputs when it was judged. */
  readonly subFiles: readonly unknown[];
  readonly at: number;
  readonly reads: readonly MapRead[];
  readonly verdict: DeferVerdict;
  readonly diagnostics: readonly Diagnostic[];
  /** The last call (generation) that found it valid: only then do the keys changed since (UseIndex) tell which reads to check. */
  checked: number;
}

/**
 * What planDeferral may keep for its next call in a resident build: the index of uses and
 * definitions by name (brought up to date by the fragments that changed) and each fragment's
 * verdict (by its symbols object, checked against its text, its sub-files' inputs and its place,
 * and against every answer it read of the index that may have changed), valid while the options
 * (`context`) are the same.
 */
export class DeferralMemory {
  readonly index = new UseIndex<GraphSymbols, MapItem>(fragmentEntries, sameItem);
  readonly askers = new Askers();
  context?: string;
  verdicts = new WeakMap<FragmentSymbols, VerdictRecord>();
  /** The last call's symbols and verdict records by place in its order. */
  slotSymbols: readonly FragmentSymbols[] = [];
  slotRecords: readonly VerdictRecord[] = [];
  /** Counts the calls. */
  generation = 0;
  /** The last graph order, and each id's place in it. */
  order?: readonly string[];
  position: ReadonlyMap<string, number> = new Map();
}

/**
 * Assignments into the engine's or the host's own objects: `$ExecutionContext.InvokeCommand.
 * CommandNotFoundAction = {...}`, `$Host.UI.RawUI.WindowTitle = ...`, `[Console]::OutputEncoding =
 * ...`, `$PSStyle.* = ...`, `$PSDefaultParameterValues[...] = ...`. The parse stage does not list
 * member assignments among side effects, so the text is scanned for these roots, function bodies
 * included: a false alarm only keeps a fragment at start-up.
 */
const ENGINE_WRITE =
  /(?:\$ExecutionContext|\$Host|\[(?:System\.)?Console\]|\$PSStyle|\$PSDefaultParameterValues)(?:\.[\w]+|::[\w]+|\[[^\]\r\n]*\])+\s*(?:[-+*/]?=)(?!=)/gi;

function engineStateWrite(text: string): { line: number; column: number; what: string } | undefined {
  let lines: LineIndex | undefined;
  for (const m of text.matchAll(ENGINE_WRITE)) {
    const at = (lines ??= new LineIndex(text)).position(m.index);
    if (/#/.test(text.slice(m.index - at.column + 1, m.index))) continue;
    return { ...at, what: m[0].replace(/\s*[-+*/]?=$/, '') };
  }
  return undefined;
}

/**
 * Where a file's symbols cannot be trusted, if anywhere: the parse stage gave up on it, or read a
 * region only as tokens. A region the grammar rejected but that parsed after a same-length rewrite
 * was read from a real tree, and counts as parsed.
 */
export function untrustedParse(f: FragmentSymbols): { line: number; column: number } | undefined {
  if (!f.hasSyntaxErrors) return undefined;
  const bad = f.diagnostics.find(
    (d) =>
      (d.file === undefined || d.file === f.path) &&
      (d.code === 'PARSE_FAILED' || (d.code === 'PARSE_RECOVERED' && d.message.includes(TOKEN_RECOVERY))),
  );
  if (bad) return { line: bad.line ?? 1, column: bad.column ?? 1 };
  const recovered = f.diagnostics.some(
    (d) => d.code === 'PARSE_RECOVERED' && (d.file === undefined || d.file === f.path),
  );
  return recovered ? undefined : { line: 1, column: 1 };
}

function sigil(r: SymbolRef): string {
  return r.kind === 'env' ? '$env:' : '$';
}

/** The argument a one-parameter name template was filled with: `{FragmentName}Loaded`, `gitLoaded` -> `git`. */
function nameArgument(template: string, name: string): string | undefined {
  const parts = template.split(/\{\w+\}/);
  if (parts.length !== 2) return undefined;
  const [before = '', after = ''] = parts;
  return name.slice(before.length, name.length - after.length);
}

/** A place in a fragment or one of its sub-files, as a key. */
function placeKey(s: GraphSymbols, item: { readonly line: number; readonly column: number }): string {
  return `${fileOf(s, item)}:${item.line}:${item.column}`;
}

/** Where a text first names PipelinePosition or PipelineLength (1-based line and column). */
function pipelinePlace(text: string): { line: number; column: number } | undefined {
  const m = PIPELINE_PLACE.exec(text);
  return m ? new LineIndex(text).position(m.index) : undefined;
}
