/**
 * Renders sections of the runtime template, src/bundle/runtime.ps1 (read through the generated
 * runtime-template.ts, so the text travels inside the compiled and the bundled CLI alike). The
 * template is valid PowerShell as it stands; its markup is made of comments and names:
 *
 * - `#region section:NAME` ... `#endregion`: a piece the emitter writes (renderSection). Text
 *   outside sections is never written.
 * - `#region if:SWITCH` / `#region if:!SWITCH` ... `#endregion`: lines kept only when the switch
 *   is on (off); `<#if:SWITCH#>...<#end#>` does the same within one line.
 * - `##` comment lines are the template's own and are not written; `#` comments are.
 * - `__fragbundle_KEY_ID` becomes the bundle's own name `__fragbundle_KEY_<id>` (runtimeNames).
 * - `$FB_NAME` becomes the value named NAME: a column offset or stride (table-layout.ts) or data
 *   the emitter computed; ` + $FB_X` with X = 0 disappears, so offset 0 reads `$t[$i]`.
 * - A line `#insert:NAME` becomes the value NAME's lines (none when it is empty).
 */
import { RUNTIME_TEMPLATE } from './runtime-template.js';

/** The switches the template's conditional regions test. */
/** `keepsub`: deferred fragments load sub-files, so the sub-file loader outlives start-up (only with `sub` and `deferred`). */
/** `wildcard` and `aside` (only with `guarded`): the stale guard counts top-level files with a .NET wildcard; files were set aside (GuardSpec). */
export const SWITCHES = [
  'timed',
  'guarded',
  'lazy',
  'shared',
  'sub',
  'deferred',
  'keepsub',
  'wildcard',
  'aside',
] as const;
export type Switch = (typeof SWITCHES)[number];
export type Switches = Readonly<Record<Switch, boolean>>;

export interface RenderContext {
  /** The bundle's id: `__fragbundle_KEY_ID` becomes `__fragbundle_KEY_<id>`. */
  readonly id: string;
  readonly switches: Switches;
  /** `$FB_NAME` and `#insert:NAME` values, by NAME (with its `FB_` prefix for the former). */
  readonly values: Readonly<Record<string, string>>;
  /** Another KEY for some names in this rendering (the deferral's copy of the fail helper). */
  readonly rename?: Readonly<Record<string, string>>;
}

const REGION_IF = /^#region if:(!?)(\w+)$/;
const REGION_SECTION = /^#region section:([\w-]+)$/;
const INSERT = /^#insert:(\w+)$/;
const INLINE_IF = /<#if:(!?)(\w+)#>(.*?)<#end#>/g;
/** A value or a name, in one pass: a value's own text (a path, a fragment's name) is never rewritten. */
const PLACEHOLDER = /( \+ )?\$(FB_[A-Z0-9_]+)|__fragbundle_([a-z]+)_ID(?![A-Za-z0-9])/g;

let parsed: ReadonlyMap<string, readonly string[]> | undefined;

/** The template's sections by name, each as its lines (markers of the section itself excluded). */
export function templateSections(template: string = RUNTIME_TEMPLATE): ReadonlyMap<string, readonly string[]> {
  if (template === RUNTIME_TEMPLATE && parsed) return parsed;
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  let depth = 0;
  template.split('\n').forEach((line, i) => {
    const t = line.trim();
    const section = REGION_SECTION.exec(t);
    if (section) {
      if (current) throw new Error(`runtime.ps1:${i + 1}: a section inside a section`);
      if (sections.has(section[1]!)) throw new Error(`runtime.ps1:${i + 1}: section ${section[1]} twice`);
      sections.set(section[1]!, (current = []));
      depth = 0;
      return;
    }
    if (!current) return;
    if (t.startsWith('#region')) depth++;
    if (t === '#endregion') {
      if (depth === 0) {
        current = undefined;
        return;
      }
      depth--;
    }
    current.push(line);
  });
  if (current) throw new Error('runtime.ps1: a section is not closed');
  if (template === RUNTIME_TEMPLATE) parsed = sections;
  return sections;
}

/** A section compiled for one set of switches: literal text, and what is filled in per rendering. */
type Part =
  | string
  | { readonly value: string; readonly plus: string | undefined }
  | { readonly helper: string }
  | { readonly insert: string };

/** Compiled sections of the runtime template, by name and switches (the template never changes). */
const compiled = new Map<string, readonly Part[]>();

/**
 * A section's text with the switches applied: literal runs and the places values, names and
 * inserts go. Only the switches decide it, so renderSection compiles a section of the runtime
 * template once per set of switches and then only fills it in.
 */
function compileSection(name: string, switches: Switches, template: string | undefined): readonly Part[] {
  const key = template === undefined ? `${name}\0${SWITCHES.map((s) => (switches[s] ? 1 : 0)).join('')}` : undefined;
  const kept = key === undefined ? undefined : compiled.get(key);
  if (kept) return kept;
  const lines = templateSections(template).get(name);
  if (!lines) throw new Error(`runtime.ps1 has no section '${name}'`);
  const on = (not: string, s: string): boolean => {
    if (!(SWITCHES as readonly string[]).includes(s)) throw new Error(`runtime.ps1 (${name}): unknown switch '${s}'`);
    return switches[s as Switch] !== (not === '!');
  };
  const parts: Part[] = [];
  let text = '';
  const open: boolean[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (t.startsWith('##')) continue;
    const region = REGION_IF.exec(t);
    if (region) {
      open.push(on(region[1]!, region[2]!));
      continue;
    }
    if (t === '#endregion') {
      if (open.pop() === undefined) throw new Error(`runtime.ps1 (${name}): #endregion without #region`);
      continue;
    }
    if (open.includes(false)) continue;
    const insert = INSERT.exec(t);
    if (insert) {
      parts.push(text, { insert: insert[1]! });
      text = '';
      continue;
    }
    const kept = line.replace(INLINE_IF, (_, not: string, s: string, inner: string) => (on(not, s) ? inner : ''));
    let at = 0;
    for (const m of kept.matchAll(PLACEHOLDER)) {
      text += kept.slice(at, m.index);
      parts.push(text, m[3] !== undefined ? { helper: m[3] } : { value: m[2]!, plus: m[1] });
      text = '';
      at = m.index + m[0].length;
    }
    text += `${kept.slice(at)}\n`;
  }
  if (open.length > 0) throw new Error(`runtime.ps1 (${name}): #region without #endregion`);
  parts.push(text);
  const out = parts.filter((p) => p !== '');
  if (key !== undefined) compiled.set(key, out);
  return out;
}

/**
 * The last rendering of each compiled section of the runtime template, with the id and the values
 * it was rendered with (in the order its parts name them): the same text while they are the same.
 */
const rendered = new WeakMap<
  readonly Part[],
  { readonly id: string; readonly values: readonly string[]; readonly text: string }
>();

/** The text of one section for one bundle: every line ends with `\n`. */
export function renderSection(name: string, ctx: RenderContext, template?: string): string {
  const parts = compileSection(name, ctx.switches, template);
  const value = (key: string): string => {
    const v = ctx.values[key];
    if (v === undefined) throw new Error(`runtime.ps1 (${name}): no value for ${key}`);
    return v;
  };
  const memo = template === undefined && ctx.rename === undefined;
  const used: string[] = [];
  if (memo) {
    for (const p of parts)
      if (typeof p !== 'string' && !('helper' in p)) used.push(value('insert' in p ? p.insert : p.value));
    const last = rendered.get(parts);
    if (last?.id === ctx.id && last.values.every((v, i) => v === used[i])) return last.text;
  }
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if ('helper' in p) out += `__fragbundle_${ctx.rename?.[p.helper] ?? p.helper}_${ctx.id}`;
    else if ('insert' in p) {
      // An insert's lines, none when it is empty.
      const v = value(p.insert);
      if (v !== '') out += `${v}\n`;
    } else {
      // ` + $FB_X` with X = 0 disappears.
      const v = value(p.value);
      out += p.plus === undefined ? v : v === '0' ? '' : `${p.plus}${v}`;
    }
  }
  if (memo) rendered.set(parts, { id: ctx.id, values: used, text: out });
  return out;
}
