/**
 * Binding a command's arguments to parameter names the way PowerShell would for the few commands
 * the parse stage understands: `-Name value`, `-Name:value`, unique prefixes (`-Val`), and
 * positional arguments in order.
 */
import type { SyntaxNode } from '../tree/syntax-tree.js';
import { at } from '../../core/at.js';

/** One command call, split into its parts. */
export interface CommandParts {
  /** `&` or `.` when invoked with an operator. */
  readonly operator?: '&' | '.';
  /** The node naming the command (`command_name`, or the expression after `&`/`.`). */
  readonly nameNode: SyntaxNode;
  /** Argument elements in order (parameters and values), redirections excluded. */
  readonly elements: readonly SyntaxNode[];
}

/** Split a `command` node. */
export function commandParts(command: SyntaxNode, text: string): CommandParts | undefined {
  let operator: '&' | '.' | undefined;
  let nameNode: SyntaxNode | undefined;
  const elements: SyntaxNode[] = [];
  for (const c of command.children) {
    if (c.type === 'command_invokation_operator') {
      operator = text.slice(c.start, c.end).trim() === '.' ? '.' : '&';
    } else if (c.type === 'command_name' || c.type === 'command_name_expr') {
      nameNode = c.type === 'command_name_expr' && c.children.length === 1 ? c.children[0] : c;
    } else if (c.type === 'command_elements') {
      for (const e of c.children) {
        if (e.type !== 'redirection' && e.type !== 'stop_parsing' && e.type !== 'comment') elements.push(e);
      }
    }
  }
  if (!nameNode) return undefined;
  return operator ? { operator, nameNode, elements } : { nameNode, elements };
}

/** Parameters every cmdlet has that take a value. */
const COMMON_VALUE_PARAMETERS = [
  'ErrorAction',
  'WarningAction',
  'InformationAction',
  'ProgressAction',
  'ErrorVariable',
  'WarningVariable',
  'InformationVariable',
  'OutVariable',
  'OutBuffer',
  'PipelineVariable',
];

/** Switch parameters commonly written on the commands we bind: they take no value. */
const KNOWN_SWITCHES = new Set(
  [
    'Force',
    'PassThru',
    'Global',
    'NoClobber',
    'DisableNameChecking',
    'AsCustomObject',
    'ListAvailable',
    'All',
    'Recurse',
    'Raw',
    'Quiet',
    'Verbose',
    'Debug',
    'WhatIf',
    'Confirm',
    'IsValid',
    'Refresh',
    'SkipEditionCheck',
    'Persist',
    'Native',
    'NoNewScope',
    'AsJob',
    'Syntax',
    'ShowCommandInfo',
    'ValueOnly',
    'Exclude',
    'FullyQualifiedModule',
  ].map((s) => s.toLowerCase()),
);

/** Arguments bound to parameter names (lower-case, canonical) and positions. */
export interface BoundArguments {
  readonly named: ReadonlyMap<string, SyntaxNode | true>;
  readonly positional: readonly SyntaxNode[];
}

/**
 * Bind `elements` for a command whose value parameters are `valueParameters` (canonical names).
 * A `-Param` that is a unique prefix of one of them binds to it; other parameters take the next
 * value unless they are known switches. Positional values then fill `positionalOrder` (the
 * command's positional parameters, in position order) that no name bound, as PowerShell does.
 */
export function bindArguments(
  written: readonly SyntaxNode[],
  text: string,
  valueParameters: readonly string[],
  positionalOrder: readonly string[] = [],
): BoundArguments {
  const elements = joinCommaLists(written, text);
  const canonical = [...valueParameters, ...COMMON_VALUE_PARAMETERS].map((p) => p.toLowerCase());
  const named = new Map<string, SyntaxNode | true>();
  const positional: SyntaxNode[] = [];
  for (let i = 0; i < elements.length; i++) {
    const e = at(elements, i);
    if (e.type !== 'command_parameter') {
      positional.push(e);
      continue;
    }
    const raw = text.slice(e.start, e.end);
    const colon = raw.endsWith(':');
    const written = raw.replace(/^-+/, '').replace(/:$/, '').toLowerCase();
    const exact = canonical.find((p) => p === written);
    const prefixed = canonical.filter((p) => p.startsWith(written));
    const name = exact ?? (prefixed.length === 1 ? at(prefixed, 0) : written);
    const next = elements.at(i + 1);
    const takesValue = colon || (!KNOWN_SWITCHES.has(name) && next !== undefined && next.type !== 'command_parameter');
    if (takesValue && next && next.type !== 'command_parameter') {
      named.set(name, next);
      i++;
    } else {
      named.set(name, true);
    }
  }
  let next = 0;
  for (const p of positionalOrder) {
    const key = p.toLowerCase();
    if (named.has(key)) continue;
    const value = positional.at(next++);
    if (value === undefined) break;
    named.set(key, value);
  }
  return { named, positional };
}

/**
 * `-Name a, b` is one array argument. The grammar (or a repair of it, see repair.ts) may leave
 * the items as separate elements: join values separated by a comma in the text into one
 * `array_literal_expression`.
 */
function joinCommaLists(elements: readonly SyntaxNode[], text: string): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const joined = new Set<SyntaxNode>();
  for (const e of elements) {
    const prev = out.at(-1);
    if (
      prev &&
      prev.type !== 'command_parameter' &&
      e.type !== 'command_parameter' &&
      /^\s*,\s*$/.test(text.slice(prev.end, e.start))
    ) {
      const items = joined.has(prev) ? prev.children : [prev];
      const list: SyntaxNode = {
        type: 'array_literal_expression',
        start: at(items, 0).start,
        end: e.end,
        children: [...items, e],
        parent: e.parent,
      };
      joined.add(list);
      out[out.length - 1] = list;
      continue;
    }
    out.push(e);
  }
  return out;
}

/** The value node bound to `parameter`, if any (a bare switch has none). */
export function argumentFor(bound: BoundArguments, parameter: string): SyntaxNode | undefined {
  const v = bound.named.get(parameter.toLowerCase());
  return v === true ? undefined : v;
}
