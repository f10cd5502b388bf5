/**
 * A function's parameters as its header list or top `param()` block declares them, and how pwsh
 * binds positional arguments to them (pwsh 7.6.9, test/pipeline/name-built-binding.test.ts).
 */
import type { PositionalBinding } from '../../core/types.js';
import type { SyntaxNode } from '../tree/syntax-tree.js';
import { parseVariable } from './names.js';

/** What a function declares, as the walk keeps it (FunctionScope). */
export interface DeclaredParameters {
  /** Names as written, in declaration order. */
  readonly declared: string[];
  /** Those typed `[switch]` (or `[System.Management.Automation.SwitchParameter]`). */
  readonly switches: string[];
  /** How it binds positional arguments when it is an advanced function; absent for a simple one. */
  readonly positional?: PositionalBinding;
}

const PARAMETER_ATTRIBUTE = /^(?:System\.Management\.Automation\.)?Parameter(?:Attribute)?$/i;
const CMDLET_BINDING = /^(?:System\.Management\.Automation\.)?CmdletBinding(?:Attribute)?$/i;

/**
 * The parameters declared in `nodes` (a function's `function_parameter_declaration` and
 * `script_block`), and how they bind: a `[Parameter()]` attribute or `[CmdletBinding()]` makes the
 * function advanced; then a parameter with `Position=N` takes the N-th positional argument (in N
 * order) and, when any has one, those without take none; else every one but switches does, in
 * declaration order, unless `PositionalBinding=$false`.
 */
export function declaredParameters(nodes: readonly SyntaxNode[], text: string): DeclaredParameters {
  const params: { name: string; isSwitch: boolean; position?: number }[] = [];
  let advanced = false;
  let positionalBinding = true;
  let unknown: string | undefined;
  const stack = [...nodes].reverse();
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === 'script_parameter') {
      const v = n.children.find((c) => c.type === 'variable');
      if (!v) continue;
      const param: (typeof params)[number] = {
        name: parseVariable(text.slice(v.start, v.end)).name,
        isSwitch: /\[\s*(?:System\.Management\.Automation\.)?switch(?:Parameter)?\s*\]\s*$/i.test(
          text.slice(n.start, v.start),
        ),
      };
      let parameterAttributes = 0;
      for (const a of attributes(n, text)) {
        if (a.name === undefined) {
          // `[Parameter]` without parentheses: pwsh takes it as an attribute and a type at once.
          if (PARAMETER_ATTRIBUTE.test(a.type ?? '')) unknown ??= 'a [Parameter] attribute without parentheses';
          continue;
        }
        if (!PARAMETER_ATTRIBUTE.test(a.name)) continue;
        advanced = true;
        if (++parameterAttributes > 1) unknown ??= 'its parameters are in parameter sets';
        for (const [key, value] of a.arguments) {
          if (key === 'position') {
            if (value !== undefined && /^\d+$/.test(value)) param.position = Number(value);
            else unknown ??= 'a Position that is not a literal number';
          } else if (key === 'parametersetname') unknown ??= 'its parameters are in parameter sets';
          else if (key === 'valuefromremainingarguments' && !/^\$false$/i.test(value ?? ''))
            unknown ??= 'a parameter takes the remaining arguments';
        }
      }
      params.push(param);
      continue;
    }
    if (n.type === 'param_block') {
      for (const a of attributes(n, text)) {
        if (a.name === undefined || !CMDLET_BINDING.test(a.name)) continue;
        advanced = true;
        const value = a.arguments.find(([key]) => key === 'positionalbinding')?.[1];
        if (value === undefined || /^\$true$/i.test(value)) continue;
        if (/^\$false$/i.test(value)) positionalBinding = false;
        else unknown ??= 'a PositionalBinding that is not $true or $false';
      }
    }
    // Parameters of nested functions and script blocks are theirs, not this function's.
    if (n.type === 'function_statement' || n.type === 'script_block_expression' || n.type === 'statement_list')
      continue;
    stack.push(...[...n.children].reverse());
  }
  const declared = params.map((p) => p.name);
  const switches = params.filter((p) => p.isSwitch).map((p) => p.name);
  if (!advanced) return { declared, switches };
  if (unknown !== undefined) return { declared, switches, positional: { unknown } };
  const positioned = params.filter((p) => p.position !== undefined);
  positioned.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const shared = positioned.find((p, k) => k > 0 && p.position === positioned[k - 1]?.position);
  if (shared)
    return { declared, switches, positional: { unknown: `two parameters share Position ${shared.position}` } };
  const order = positioned.length > 0 ? positioned : positionalBinding ? params.filter((p) => !p.isSwitch) : [];
  return { declared, switches, positional: { order: order.map((p) => p.name) } };
}

/** The attributes written directly on a parameter or param block: name (undefined for a type literal) and arguments. */
function attributes(
  node: SyntaxNode,
  source: string,
): { name?: string; type?: string; arguments: [string, string | undefined][] }[] {
  const out: { name?: string; type?: string; arguments: [string, string | undefined][] }[] = [];
  const text = (n: SyntaxNode) => source.slice(n.start, n.end);
  for (const list of node.children) {
    if (list.type !== 'attribute_list') continue;
    for (const a of list.children) {
      if (a.type !== 'attribute') continue;
      const name = a.children.find((c) => c.type === 'attribute_name');
      if (!name) {
        const type = a.children.find((c) => c.type === 'type_literal')?.children.find((c) => c.type === 'type_spec');
        out.push({ ...(type ? { type: text(type) } : {}), arguments: [] });
        continue;
      }
      const args = a.children
        .filter((c) => c.type === 'attribute_arguments')
        .flatMap((c) => c.children.filter((d) => d.type === 'attribute_argument'))
        .map((arg): [string, string | undefined] => {
          const key = arg.children.find((c) => c.type === 'simple_name');
          const value = key ? arg.children.filter((c) => c !== key) : [];
          const first = value.at(0);
          const last = value.at(-1);
          return [
            key ? text(key).toLowerCase() : '',
            first && last ? source.slice(first.start, last.end).trim() : undefined,
          ];
        });
      out.push({ name: text(name).replace(/\s+/g, ''), arguments: args });
    }
  }
  return out;
}
