/**
 * What the emitter needs to write the bundle's own PowerShell. The helpers, the fragment loop and
 * the tables' frames live in the runtime template, src/bundle/runtime.ps1 (rendered by
 * template.ts, its tables' columns declared in table-layout.ts), and so do the pieces written
 * into the fragments' own text (lazy stubs and followed dot-sources, one-line sections rendered
 * per function); here are the bundle's names and the values the template is rendered with.
 */
import { countLineBreaks } from '../text/line-breaks.js';
import { quotePs } from '../text/quote.js';
import { deferNames } from './defer-runtime.js';
import { DEFERRED_LAYOUT, fragmentLayout, LAZY_LAYOUT, layoutValues } from './table-layout.js';
import { renderSection, SWITCHES, type RenderContext, type Switch, type Switches } from './template.js';

/** The names a bundle's runtime uses. */
export interface RuntimeNames {
  /** The bundle's id, which every name below ends with (but the timings'). */
  readonly id: string;
  readonly load: string;
  readonly fail: string;
  readonly lazy: string;
  /** The variable holding the shared stubs while the bundle loads, and the function that compiles them. */
  readonly stubs: string;
  readonly timeStart: string;
  readonly timeStop: string;
  /** The stale guard's quick check and its full comparison (runtime.ps1, section guard). */
  readonly guard: string;
  readonly guardFull: string;
  /**
   * The variables the fragment loop uses while the bundle loads: the fragment table, its index,
   * a fragment's syntax tree and its parse errors.
   */
  readonly table: string;
  readonly index: string;
  readonly ast: string;
  readonly errors: string;
  /** The script block holding the fragment loop, and its per-fragment state (runtime.ps1, section loop). */
  readonly loop: string;
  readonly state: string;
  /** The helper that makes a fragment's exits set `$LASTEXITCODE` at once (runtime.ps1, section loop). */
  readonly exit: string;
  /** The helper that gives a fragment its own `$MyInvocation` (runtime.ps1, section invocation; the fragment table's `inv` column says who needs it). */
  readonly invocation: string;
  readonly timingsCommand: string;
  readonly timingsVariable: string;
  /** The sub-file table (a variable, while the bundle loads) and the function that compiles an entry. */
  readonly subTable: string;
  readonly sub: string;
  /** The label of the loop an embedded sub-file's load-time exits break out of (runtime.ps1, section sub-exit-value). */
  readonly subExit: string;
}

/** Every helper function's name starts with this (for allow-lists and docs). */
export const HELPER_PREFIX = '__fragbundle_';
/** The timings command and variable are shared by every bundle a session loads. */
export const TIMINGS_COMMAND = 'Get-FragbundleTiming';
export const TIMINGS_VARIABLE = 'FragbundleTimings';

/**
 * The names for one bundle. `id` (a few hex digits of the bundle's input hash) makes the helpers
 * the bundle's own: two bundles in one session (the AllUsers and the CurrentUser profile), or a
 * fragment that dot-sources another bundle, must not replace each other's lazy table or remove
 * each other's load helpers half-way.
 */
export function runtimeNames(id: string): RuntimeNames {
  return {
    id,
    load: `${HELPER_PREFIX}load_${id}`,
    fail: `${HELPER_PREFIX}fail_${id}`,
    lazy: `${HELPER_PREFIX}lazy_${id}`,
    stubs: `${HELPER_PREFIX}stubs_${id}`,
    timeStart: `${HELPER_PREFIX}tstart_${id}`,
    timeStop: `${HELPER_PREFIX}tstop_${id}`,
    guard: `${HELPER_PREFIX}guard_${id}`,
    guardFull: `${HELPER_PREFIX}guardf_${id}`,
    table: `${HELPER_PREFIX}t_${id}`,
    index: `${HELPER_PREFIX}i_${id}`,
    ast: `${HELPER_PREFIX}a_${id}`,
    errors: `${HELPER_PREFIX}e_${id}`,
    loop: `${HELPER_PREFIX}l_${id}`,
    state: `${HELPER_PREFIX}st_${id}`,
    exit: `${HELPER_PREFIX}exit_${id}`,
    invocation: `${HELPER_PREFIX}inv_${id}`,
    timingsCommand: TIMINGS_COMMAND,
    timingsVariable: TIMINGS_VARIABLE,
    subTable: `${HELPER_PREFIX}s_${id}`,
    sub: `${HELPER_PREFIX}sub_${id}`,
    subExit: `${HELPER_PREFIX}x_${id}`,
  };
}

/** What a stub needs to know about its function. */
export interface StubSpec {
  /** The function name (checked with isStubbableName: safe to write bare). */
  readonly name: string;
  /** `global:` when the function was written so, else empty: the stub is defined where the function would be. */
  readonly scope: '' | 'global:';
  /** Its entry in the lazy table. */
  readonly index: number;
  /** True when the function is advanced (CmdletBinding or [Parameter()]): the stub is too. */
  readonly advanced: boolean;
  /** The function's parameter declarations, copied verbatim, and how many line breaks come before them in the function. */
  readonly params?: { readonly text: string; readonly breaksBefore: number };
  /** Line breaks the function statement holds in all: the stub holds as many. */
  readonly breaks: number;
}

/**
 * The stub that takes a lazy function's place in its fragment's text, spanning the same lines
 * (runtime.ps1, sections stub, stub-simple and stub-advanced).
 */
export function stubText(s: StubSpec, n: RuntimeNames): string {
  const blocks = stubBlocks(s.advanced, false, n, { FB_STUB_LITERAL: `'${s.name}'`, FB_STUB_INDEX: String(s.index) });
  // The line breaks go inside the braces: the stub's extent ends on the function's last line.
  let body = `${blocks}${'\n'.repeat(s.breaks)}`;
  if (s.params) {
    const inParams = countLineBreaks(s.params.text);
    const after = Math.max(0, s.breaks - s.params.breaksBefore - inParams);
    body = `${'\n'.repeat(s.params.breaksBefore)}${s.params.text} ${blocks}${'\n'.repeat(after)}`;
  }
  return oneLine('stub', n, { FB_STUB_SCOPE: s.scope, FB_STUB_NAME: s.name, FB_STUB_BODY: body });
}

/** A stub's named blocks (runtime.ps1, sections stub-simple and stub-advanced; `shared`: a shared stub's). */
function stubBlocks(advanced: boolean, shared: boolean, n: RuntimeNames, values: Record<string, string>): string {
  return oneLine(advanced ? 'stub-advanced' : 'stub-simple', n, values, { shared });
}

/** The switches a one-line section is rendered with, but those it is given. */
const NO_SWITCHES: Switches = Object.fromEntries(SWITCHES.map((s) => [s, false])) as Record<Switch, boolean>;

/** A one-line section rendered for one bundle, without its line's end. */
function oneLine(
  section: string,
  n: RuntimeNames,
  values: Readonly<Record<string, string>>,
  on: Partial<Record<Switch, boolean>> = {},
): string {
  const switches = { ...NO_SWITCHES, ...on };
  return renderSection(section, { id: n.id, switches, values }).slice(0, -1);
}

/**
 * A shared stub: the body of one script block that every stubbed function with the same
 * parameter declarations (copied verbatim) and kind gets, instead of a `function` statement of
 * its own: its declarations, then section stub-simple or stub-advanced rendered with `shared`
 * (runtime.ps1; the statement that assigns it is section stub-shared).
 */
export function sharedStubBody(advanced: boolean, params: string | undefined, n: RuntimeNames): string {
  const blocks = stubBlocks(advanced, true, n, {});
  return params === undefined ? blocks : `${params} ${blocks}`;
}

/** The statement that takes a lazy function's place in its fragment when its stub is shared, spanning as many lines. */
export function sharedStubStatement(
  name: string,
  scope: '' | 'global:',
  shared: number,
  breaks: number,
  n: RuntimeNames,
): string {
  const statement = oneLine('stub-shared', n, {
    FB_STUB_SCOPE: scope,
    FB_STUB_NAME: name,
    FB_STUB_SHARED: String(shared),
  });
  return `${statement}${'\n'.repeat(breaks)}`;
}

/**
 * What the stale guard compares for one table entry: the file's size, its modification time as
 * .NET ticks (`FileInfo.LastWriteTimeUtc.Ticks`) and its content hash. Size -1 and ticks 0 for
 * a fragment without a stamp: never equal, so the guard compares its hash.
 */
export interface EntryStamp {
  readonly size: number;
  readonly ticks: string;
  readonly hash: string;
}

/** .NET ticks (100 ns since 0001-01-01 UTC, what `LastWriteTimeUtc.Ticks` gives) of a time in nanoseconds since the Unix epoch. */
export function ticksOf(unixNanoseconds: string): string {
  const ns = BigInt(unixNanoseconds);
  const floor = ns >= 0n ? ns / 100n : (ns - 99n) / 100n;
  return (floor + 621_355_968_000_000_000n).toString();
}

/** What the stale guard knows besides the table (runtime.ps1, section guard). */
export interface GuardSpec {
  /** The fragments folder relative to the bundle's folder (quoted). */
  readonly dirLiteral: string;
  /** Every table entry's path, then every embedded sub-file's, relative to the bundle's folder (quoted), in table order: what the stamps are of. */
  readonly pathLiterals: readonly string[];
  /** Every embedded sub-file's key in the sub-file table (its path relative to the bundle, quoted), in table order. */
  readonly subLiterals: readonly string[];
  /** Per sub-file, the path warnings show and its content hash (quoted each): `show1, hash1, show2, hash2`. */
  readonly subInfoLiterals: readonly string[];
  /** Sizes, then ticks, of every entry in table order, then of every sub-file: `s1/s2;t1/t2` (quoted). */
  readonly stampsLiteral: string;
  /** How many top-level names the build saw (fragments and set-aside files). */
  readonly topLevelCount: number;
  /** Paths the build's patterns matched that are not fragments (quoted each, relative to the fragments folder). */
  readonly setAsideLiterals: readonly string[];
  /** The top-level ones among them, relative to the bundle's folder (quoted each): switch `aside` when any. */
  readonly topAsideLiterals: readonly string[];
  /** .NET regular expressions (quoted) for top-level names the patterns include and exclude. */
  readonly includeLiteral: string;
  readonly excludeLiteral: string;
  /** The include glob as a .NET wildcard that takes the same names (quoted), when there is one: switch `wildcard`. */
  readonly wildcardLiteral?: string;
  /** The wildcard count's AttributesToSkip: an expression (Hidden on Unix unless the build took hidden files). */
  readonly skipLiteral: string;
  /** The config file relative to the bundle's folder (quoted), or `''`. */
  readonly configLiteral: string;
  /** Further rebuild arguments, one quoted string starting with a space, or `''`. */
  readonly flagsLiteral: string;
}

/**
 * One entry of the sub-file table, in two parts around the quoted text; `search`: a one-element
 * array, which the sub-file loader searches for load-time exits with pwsh's parser (section sub-open).
 */
export function subFileEntry(keyLiteral: string, search = false): { head: string; tail: string } {
  return search ? { head: `${keyLiteral} = @(`, tail: ')\n' } : { head: `${keyLiteral} = `, tail: '\n' };
}

/**
 * The path expression of a followed dot-source, rewritten to go through the sub-file loader
 * (runtime.ps1, sections sub-dot-source and sub-dot-source-late: `late` for code that may run
 * after the bundle has loaded).
 */
export function subFileDotSource(expression: string, late: boolean, n: RuntimeNames): string {
  return oneLine(late ? 'sub-dot-source-late' : 'sub-dot-source', n, { FB_SUB_PATH: expression });
}

/**
 * What an `exit` that runs while a fragment loads gets inserted (runtime.ps1, section exit-value):
 * `head` right after its keyword and `tail` right after its value, or `none` after a keyword with
 * no value. Two inserts around the value, so that edits inside it (a followed dot-source) stay.
 */
export function exitRewrite(n: RuntimeNames): { readonly head: string; readonly tail: string; readonly none: string } {
  const marker = '\u0000';
  const [head = '', tail = ''] = oneLine('exit-value', n, { FB_EXIT_VALUE: `$(${marker})` }).split(marker);
  return { head, tail, none: oneLine('exit-value', n, { FB_EXIT_VALUE: '$null' }) };
}

/**
 * What a sub-file's load-time exits get (runtime.ps1, sections sub-exit-*): `keyword` replaces
 * `exit`, `head`/`tail` go around its value (or `none` after a keyword with no value), `open` before
 * the first top-level statement that can exit and `close` on a line after the text.
 */
export function subExitRewrite(n: RuntimeNames): {
  readonly keyword: string;
  readonly head: string;
  readonly tail: string;
  readonly none: string;
  readonly open: string;
  readonly close: string;
} {
  const marker = '\u0000';
  const [head = '', tail = ''] = oneLine('sub-exit-value', n, { FB_EXIT_VALUE: `$(${marker})` }).split(marker);
  return {
    keyword: 'break',
    head,
    tail,
    none: oneLine('sub-exit-value', n, { FB_EXIT_VALUE: '$null' }),
    open: oneLine('sub-exit-open', n, {}),
    close: `${oneLine('sub-exit-close', n, {})}\n`,
  };
}

/** The data one bundle's runtime is rendered with, besides its tables' rows. */
export interface RuntimeData {
  /** The bundle's id (runtimeNames). */
  readonly id: string;
  readonly switches: Switches;
  /** The lazy functions whose stub is shared (sharedStubBody): quoted name and lazy-table index. */
  readonly sharedLookup: readonly { readonly literal: string; readonly index: number }[];
  /** The shared stubs' bodies, quoted. */
  readonly stubTexts: readonly string[];
  /** Per deferred fragment, what the fragment loop installs for it (defer-runtime.ts installList). */
  readonly deferInstall: readonly string[];
  /** The deferred stubs that declare parameters, quoted (defer-runtime.ts declaredStubText), numbered from 1. */
  readonly deferDeclared: readonly string[];
  readonly guard?: GuardSpec;
  /** With `keepsub`: the sub-file table's keys (quoted) that no deferred fragment loads, dropped after start-up. */
  readonly subPrune?: readonly string[];
}

/** The last id's exit values (exitValues): a resident build renders with the same placeholder id every time. */
let lastExitValues: { readonly id: string; readonly values: Readonly<Record<string, string>> } | undefined;

/** The exit rewrite as PowerShell literals, for the helper that applies it at load time (section loop). */
function exitValues(id: string): Readonly<Record<string, string>> {
  if (lastExitValues?.id === id) return lastExitValues.values;
  const values = exitValuesOf(id);
  lastExitValues = { id, values };
  return values;
}

function exitValuesOf(id: string): Record<string, string> {
  const r = exitRewrite(runtimeNames(id));
  const sub = subExitRewrite(runtimeNames(id));
  return {
    FB_EXIT_HEAD: quotePs(r.head),
    FB_EXIT_TAIL: quotePs(r.tail),
    FB_EXIT_NONE: quotePs(r.none),
    FB_SUBEXIT_HEAD: quotePs(sub.keyword + sub.head),
    FB_SUBEXIT_TAIL: quotePs(sub.tail),
    FB_SUBEXIT_NONE: quotePs(sub.keyword + sub.none),
    FB_SUBEXIT_OPEN: quotePs(sub.open),
    FB_SUBEXIT_CLOSE: quotePs(sub.close),
  };
}

/** The tables' layout values under each pair of layout switches (they depend on nothing else). */
const LAYOUT_VALUES = new Map<string, Readonly<Record<string, string>>>();

function tableValues(s: Switches): Readonly<Record<string, string>> {
  const key = `${s.timed}/${s.guarded}`;
  let values = LAYOUT_VALUES.get(key);
  if (values === undefined) {
    values = {
      ...layoutValues(fragmentLayout(s)),
      ...layoutValues(LAZY_LAYOUT),
      ...layoutValues(DEFERRED_LAYOUT),
    };
    LAYOUT_VALUES.set(key, values);
  }
  return values;
}

/** A list's joined text by the list (RuntimeData's lists are readonly): a resident build hands unchanged lists on as they are. */
const JOINED = new WeakMap<readonly unknown[], string>();

function joinedOnce<T>(list: readonly T[], join: (list: readonly T[]) => string): string {
  let text = JOINED.get(list);
  if (text === undefined) JOINED.set(list, (text = join(list)));
  return text;
}

/** The context renderSection needs for one bundle: every placeholder's value (template.ts). */
export function runtimeContext(d: RuntimeData): RenderContext {
  const g = d.guard;
  return {
    id: d.id,
    switches: d.switches,
    values: {
      ...tableValues(d.switches),
      // Keys must be unique without regard to case (a hashtable literal with a duplicate key does
      // not parse): emitBundle shares no stub of a name stubbed twice.
      SHARED_LOOKUP: joinedOnce(d.sharedLookup, (l) =>
        l.map((s) => `            ${s.literal} = ${s.index}`).join('\n'),
      ),
      STUB_TEXTS: joinedOnce(d.stubTexts, (l) => l.join(',\n')),
      FB_DEFER_COUNT: String(d.deferInstall.length),
      DEFER_INSTALL: d.deferInstall.map((x) => `${x},`).join('\n'),
      FB_DEFER_DECLARED: d.deferDeclared.join(', '),
      FB_ALIAS_TARGET_LENGTH: String(deferNames(d.id).aliasTarget.length),
      FB_SUB_PRUNE: (d.subPrune ?? []).join(', '),
      ...exitValues(d.id),
      ...(g
        ? {
            FB_GUARD_DIR: g.dirLiteral,
            // Each path made absolute by `$r` (the bundle's folder and a `/`), within the one conversion.
            FB_GUARD_PATHS: joinedOnce(g.pathLiterals, (l) => l.map((p) => `($r + ${p})`).join(', ')),
            FB_GUARD_SUBS: g.subLiterals.join(', '),
            FB_GUARD_SUBINFO: g.subInfoLiterals.join(', '),
            FB_GUARD_STAMPS: g.stampsLiteral,
            FB_GUARD_COUNT: String(g.topLevelCount),
            FB_GUARD_ASIDE: g.setAsideLiterals.join(', '),
            FB_GUARD_ASIDE_TOP: g.topAsideLiterals.join(', '),
            FB_GUARD_INCLUDE: g.includeLiteral,
            FB_GUARD_EXCLUDE: g.excludeLiteral,
            FB_GUARD_WILDCARD: g.wildcardLiteral ?? "''",
            FB_GUARD_SKIP: g.skipLiteral,
            FB_GUARD_CONFIG: g.configLiteral,
            FB_GUARD_FLAGS: g.flagsLiteral,
          }
        : {}),
    },
  };
}
