/**
 * Calls of name-built helpers, resolved: a function that sets or reads a variable named from its
 * own parameters (NameBuiltAccess, learned by the parse stage from its body; or a `deferral.guards`
 * entry) names a known variable at each call with literal arguments. `Set-FragmentLoaded 'git'`
 * then defines `$global:gitLoaded` where it is called, and `Test-FragmentLoaded 'git'` reads it, so
 * the graph and the plan see them like any other definition and use. A call whose argument is not
 * a literal gets the DYNAMIC_NAME finding, at the call: that is where the name is unknown.
 *
 * Pure: works on the fragments' symbols (sub-files attached) and the text of the files the calls
 * stand in, read lexically at each call (src/text/call-arguments.ts); the helpers come from every
 * parsed file, fragments and sub-files, in baseline order.
 */
import { diagnostic } from '../core/diagnostics.js';
import type {
  Diagnostic,
  FragmentSymbols,
  GuardSpec,
  NameBuiltAccess,
  PositionalBinding,
  ScopeQualifier,
  SymbolDef,
  SymbolRef,
} from '../core/types.js';
import { runsAt, runsBefore } from '../graph/resolve.js';
import { readCallElements, type CallElement } from '../text/call-arguments.js';
import { LineIndex } from '../text/line-index.js';

/** A helper whose calls name a variable: what it does, and how its parameters bind. */
export interface NameBuiltHelper {
  readonly command: string;
  readonly access: NameBuiltAccess['access'];
  /** The variable name, `{P}` standing for the value of parameter P. */
  readonly template: string;
  readonly scope?: ScopeQualifier;
  /** Parameters in declaration order. */
  readonly parameters: readonly string[];
  readonly switches?: readonly string[];
  /** How an advanced function binds positional arguments (NameBuiltAccess.positional); absent: as a simple one. */
  readonly positional?: PositionalBinding;
}

/**
 * The helpers in force: those learned from the files' bodies, in the order given (duplicates
 * dropped), then the configured ones, each replacing whatever was learned for its command.
 */
export function nameBuiltHelpers(
  parsed: readonly Pick<FragmentSymbols, 'nameBuilt'>[],
  configured: readonly GuardSpec[],
): NameBuiltHelper[] {
  const overridden = new Set(configured.map((g) => g.command.toLowerCase()));
  const seen = new Set<string>();
  const out: NameBuiltHelper[] = [];
  const add = (h: NameBuiltHelper) => {
    const key = JSON.stringify([h.command.toLowerCase(), h.access, h.template.toLowerCase(), h.scope]);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(h);
  };
  // Indexed, skipping files without: it runs per rebuild over every file.
  for (let i = 0; i < parsed.length; i++) {
    const learned = parsed[i]!.nameBuilt;
    if (learned === undefined) continue;
    for (const n of learned) {
      if (overridden.has(n.command.toLowerCase())) continue;
      add({
        command: n.command,
        access: n.access,
        template: n.template,
        ...(n.scope ? { scope: n.scope } : {}),
        parameters: n.parameters,
        ...(n.switches ? { switches: n.switches } : {}),
        ...(n.positional ? { positional: n.positional } : {}),
      });
    }
  }
  for (const g of configured) {
    const param = g.nameParameter ?? 'FragmentName';
    const template = (t: string) => t.replace(/\{name\}/gi, `{${param}}`);
    if (g.reads !== undefined)
      add({ command: g.command, access: 'read', template: template(g.reads), scope: 'global', parameters: [param] });
    if (g.sets !== undefined)
      add({ command: g.command, access: 'write', template: template(g.sets), scope: 'global', parameters: [param] });
  }
  return out;
}

/**
 * Every fragment's symbols with its calls of `helpers` resolved: a variable definition (write) or
 * read at each call whose arguments give the name, a DYNAMIC_NAME at each other call. A fragment
 * with no such call is returned as it is (the same object); one with calls, the same object as
 * the last time for the same fragment object and helpers, so a resident build sees what did not change.
 */
export function resolveNameBuiltCalls(
  symbols: readonly FragmentSymbols[],
  helpers: readonly NameBuiltHelper[],
  textOf: (path: string) => string | undefined,
): FragmentSymbols[] {
  if (helpers.length === 0) return [...symbols];
  const byCommand = new Map<string, NameBuiltHelper[]>();
  for (const h of helpers) {
    const key = h.command.toLowerCase();
    byCommand.set(key, [...(byCommand.get(key) ?? []), h]);
  }
  const key = JSON.stringify(helpers);
  return symbols.map((s) => {
    if (!s.references.some((r) => isCallOf(r, byCommand))) return s;
    const last = lastResolved.get(s);
    if (last?.key === key) return last.result;
    const result = resolveFragment(s, byCommand, textOf);
    lastResolved.set(s, { key, result });
    return result;
  });
}

const lastResolved = new WeakMap<FragmentSymbols, { key: string; result: FragmentSymbols }>();

function isCallOf(r: SymbolRef, byCommand: ReadonlyMap<string, readonly NameBuiltHelper[]>): boolean {
  return r.kind === 'command' && r.access === 'call' && byCommand.has(commandKey(r.name));
}

/** `Module\Verb-Noun` -> `verb-noun`. */
function commandKey(name: string): string {
  return (/^[\w.]+\\(.+)$/.exec(name)?.[1] ?? name).toLowerCase();
}

function resolveFragment(
  s: FragmentSymbols,
  byCommand: ReadonlyMap<string, readonly NameBuiltHelper[]>,
  textOf: (path: string) => string | undefined,
): FragmentSymbols {
  const files = new Map<string, { text: string; lines: LineIndex } | undefined>();
  const index = (file: string) => {
    if (!files.has(file)) {
      const text = textOf(file);
      files.set(file, text === undefined ? undefined : { text, lines: new LineIndex(text) });
    }
    return files.get(file);
  };
  const references: SymbolRef[] = [];
  const added: SymbolDef[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const r of s.references) {
    references.push(r);
    if (!isCallOf(r, byCommand)) continue;
    const file = r.file ?? s.path;
    const elements = callElements(index(file), r);
    const at = { line: r.line, column: r.column, ...(r.file === undefined ? {} : { file: r.file }) };
    for (const h of byCommand.get(commandKey(r.name)) ?? []) {
      const bound = elements && bind(h, elements);
      const name = bound && fill(h.template, bound);
      if (typeof name !== 'string') {
        const why = name?.why ?? 'its arguments could not be read';
        diagnostics.push(
          diagnostic(
            'DYNAMIC_NAME',
            `variable name is built at run time (${r.name} ${h.access === 'write' ? 'sets' : 'reads'} ${shown(h)}, and ${why}); it cannot be resolved statically`,
            { file, line: r.line, column: r.column },
          ),
        );
        continue;
      }
      const common = { kind: 'variable' as const, name, ...at, phase: r.phase, conditional: r.conditional };
      if (h.access === 'write') {
        added.push({ ...common, ...(h.scope ? { scope: h.scope } : {}), via: r.name, template: h.template });
      } else {
        references.push({ ...common, access: 'read', template: h.template });
      }
    }
  }
  return {
    ...s,
    defines: spliceInRunOrder(s, s.defines, added),
    references,
    diagnostics: [...s.diagnostics, ...diagnostics],
  };
}

/** `$global:{FragmentName}Loaded`, as messages show a helper's variable. */
function shown(h: NameBuiltHelper): string {
  return h.scope && h.scope !== 'local' ? `$${h.scope}:${h.template}` : `the variable ${h.template}`;
}

/** The elements of the call at `r`, when its text is known and the command name stands where `r` says. */
function callElements(
  file: { readonly text: string; readonly lines: LineIndex } | undefined,
  r: SymbolRef,
): CallElement[] | undefined {
  if (!file) return undefined;
  const { text, lines } = file;
  const start = lines.lineStart(r.line) + r.column - 1;
  if (text.slice(start, start + r.name.length).toLowerCase() !== r.name.toLowerCase()) return undefined;
  return readCallElements(text, start + r.name.length);
}

/** Parameters that take a value, common to every advanced function (names and aliases, lower case). */
const COMMON_WITH_VALUE = new Set([
  'erroraction',
  'ea',
  'warningaction',
  'wa',
  'informationaction',
  'infa',
  'progressaction',
  'proga',
  'errorvariable',
  'ev',
  'warningvariable',
  'wv',
  'informationvariable',
  'iv',
  'outvariable',
  'ov',
  'outbuffer',
  'ob',
  'pipelinevariable',
  'pv',
]);
const COMMON_SWITCHES = new Set(['verbose', 'vb', 'debug', 'db', 'whatif', 'wi', 'confirm', 'cf']);

/**
 * The values of the helper's parameters at a call, as PowerShell binds them: named first (exact
 * name or a unique prefix, `-Name value` or `-Name:value`; `[switch]` parameters take no value),
 * then the remaining values by position to the positional parameters not yet bound, in turn: a
 * simple function's in declaration order, switches excluded, extra values left to `$args`; an
 * advanced function's as `positional` says, where an extra value, or one landing on a switch,
 * fails the call. `null` for a value that is not a literal; why, when pwsh cannot bind the call
 * or fragbundle cannot tell how it does.
 */
function bind(
  h: NameBuiltHelper,
  elements: readonly CallElement[],
): Map<string, string | null> | { readonly why: string } {
  const values = new Map<string, string | null>();
  const switches = new Set((h.switches ?? []).map((p) => p.toLowerCase()));
  const positional: (string | null)[] = [];
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (!e) break;
    if ('value' in e) {
      positional.push(e.value);
      continue;
    }
    const lower = e.parameter.toLowerCase();
    const exact = h.parameters.find((p) => p.toLowerCase() === lower);
    const prefixed = h.parameters.filter((p) => p.toLowerCase().startsWith(lower));
    const param = exact ?? (prefixed.length === 1 ? prefixed[0] : undefined);
    if (param === undefined) {
      if (COMMON_SWITCHES.has(lower)) continue;
      if (COMMON_WITH_VALUE.has(lower)) {
        if (e.attached === undefined) i++;
        continue;
      }
      return { why: `its parameter -${e.parameter} is not one of ${h.command}'s` };
    }
    if (switches.has(param.toLowerCase())) continue;
    if (e.attached !== undefined) {
      values.set(param.toLowerCase(), e.attached);
      continue;
    }
    const next = elements[i + 1];
    if (next && 'value' in next) {
      values.set(param.toLowerCase(), next.value);
      i++;
    } else values.set(param.toLowerCase(), null);
  }
  const binding = h.positional;
  if (binding && 'unknown' in binding) {
    return positional.length === 0
      ? values
      : { why: `it passes a positional argument, and how pwsh binds one is not known here (${binding.unknown})` };
  }
  const open = (binding?.order ?? h.parameters.filter((p) => !switches.has(p.toLowerCase()))).filter(
    (p) => !values.has(p.toLowerCase()),
  );
  if (binding && positional.length > open.length) {
    return {
      why: `it passes ${positional.length} positional argument${positional.length === 1 ? '' : 's'} where ${h.command} takes ${open.length}, so pwsh cannot bind it`,
    };
  }
  for (const [k, v] of positional.entries()) {
    const p = open[k];
    if (p === undefined) break;
    if (switches.has(p.toLowerCase())) return { why: `its positional argument would bind to the switch -${p}` };
    values.set(p.toLowerCase(), v);
  }
  return values;
}

/** The template with every `{P}` replaced, or why not. */
function fill(
  template: string,
  bound: Map<string, string | null> | { readonly why: string },
): string | { readonly why: string } {
  if (!(bound instanceof Map)) return bound;
  let why: string | undefined;
  const name = template.replace(/\{(\w+)\}/g, (_m, p: string) => {
    const v = bound.get(p.toLowerCase());
    if (v === undefined) why ??= `it is called without -${p}`;
    else if (v === null) why ??= `its -${p} argument is not a literal`;
    return v ?? '';
  });
  return why === undefined ? name : { why };
}

/** `defines` with `added` put where they run (each after every definition that runs before it). */
function spliceInRunOrder(s: FragmentSymbols, defines: readonly SymbolDef[], added: readonly SymbolDef[]): SymbolDef[] {
  if (added.length === 0) return [...defines];
  const out = [...defines];
  for (const d of added) {
    const chain = runsAt(s, d);
    let k = out.length;
    while (k > 0 && runsBefore(chain, runsAt(s, out[k - 1]!))) k--;
    out.splice(k, 0, d);
  }
  return out;
}
