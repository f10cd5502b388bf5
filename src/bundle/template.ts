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

/** The text of one section for one bundle: every line ends with `\n`. */
export function renderSection(name: string, ctx: RenderContext, template?: string): string {
  const lines = templateSections(template).get(name);
  if (!lines) throw new Error(`runtime.ps1 has no section '${name}'`);
  const on = (not: string, s: string): boolean => {
    if (!(SWITCHES as readonly string[]).includes(s)) throw new Error(`runtime.ps1 (${name}): unknown switch '${s}'`);
    return ctx.switches[s as Switch] !== (not === '!');
  };
  const value = (key: string): string => {
    const v = ctx.values[key];
    if (v === undefined) throw new Error(`runtime.ps1 (${name}): no value for ${key}`);
    return v;
  };
  const out: string[] = [];
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
      const v = value(insert[1]!);
      if (v !== '') out.push(v);
      continue;
    }
    out.push(
      line
        .replace(INLINE_IF, (_, not: string, s: string, text: string) => (on(not, s) ? text : ''))
        .replace(PLACEHOLDER, (_, plus: string | undefined, key: string | undefined, helper: string | undefined) => {
          if (helper !== undefined) return `__fragbundle_${ctx.rename?.[helper] ?? helper}_${ctx.id}`;
          const v = value(key!);
          return plus === undefined ? v : v === '0' ? '' : `${plus}${v}`;
        }),
    );
  }
  if (open.length > 0) throw new Error(`runtime.ps1 (${name}): #region without #endregion`);
  return out.map((l) => `${l}\n`).join('');
}
