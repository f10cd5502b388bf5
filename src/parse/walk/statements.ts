/**
 * The fragment's top-level statements, classified for the bundle stage: function definitions
 * (with the shape a lazy stub needs), pure definitions, and everything else.
 */
import type { FunctionShape, TextRange, TopLevelStatement } from '../../core/types.js';
import { canonicalCommand } from './command-semantics.js';
import { commandParts } from './command-args.js';
import type { LineIndex } from '../../text/line-index.js';
import { parseVariable, splitFunctionScope } from './names.js';
import type { SyntaxNode } from '../tree/syntax-tree.js';
import { at } from '../../core/at.js';

/** The top-level statement nodes of a program, in order (empty statements skipped). */
export function topLevelNodes(root: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const c of root.children) {
    // A loop, not push(...spread): a fragment can have more statements than a call has arguments.
    if (c.type === 'statement_list') {
      for (const s of c.children) if (s.type !== 'empty_statement') out.push(s);
    } else if (c.type !== 'param_block') out.push(c);
  }
  return out;
}

/** Classify the top-level statements. */
export function classifyStatements(root: SyntaxNode, text: string, lines: LineIndex): TopLevelStatement[] {
  return topLevelNodes(root).map((node) => {
    const range: TextRange = { start: node.start, end: node.end };
    const line = lines.line(node.start);
    if (node.type === 'function_statement') {
      const shape = functionShape(node, text);
      return shape ? { kind: 'function', range, line, function: shape } : { kind: 'other', range, line };
    }
    return { kind: isPureDefinition(node, text) ? 'definition' : 'other', range, line };
  });
}

/** The shape of a `function`/`filter` statement; undefined for a dynamic name. */
export function functionShape(node: SyntaxNode, text: string): FunctionShape | undefined {
  const nameNode = node.children.find((c) => c.type === 'function_name');
  if (!nameNode) return undefined;
  const written = text.slice(nameNode.start, nameNode.end);
  if (/[$(]/.test(written)) return undefined;
  const { scope, name } = splitFunctionScope(written);
  const keyword = text.slice(node.start, nameNode.start).trim().toLowerCase();
  const open = node.children.find((c) => c.type === '{');
  const header = node.children.find((c) => c.type === 'function_parameter_declaration');
  const block = node.children.find((c) => c.type === 'script_block');
  const paramBlock = block?.children.find((c) => c.type === 'param_block');
  const named = block?.children.find((c) => c.type === 'named_block_list');
  const shape: { -readonly [K in keyof FunctionShape]: FunctionShape[K] } = {
    name,
    isFilter: keyword === 'filter',
    range: { start: node.start, end: node.end },
    body: { start: open?.start ?? node.end, end: node.end },
    isAdvanced: [paramBlock, header].some((n) => n !== undefined && hasAdvancedAttribute(n, text)),
    namedBlocks: (named?.children ?? [])
      .filter((c) => c.type === 'named_block')
      .map((c) =>
        text
          .slice(c.start, c.children[0]?.end ?? c.start)
          .trim()
          .toLowerCase(),
      ),
  };
  if (scope) shape.scope = scope;
  if (header) shape.headerParams = { start: header.start, end: header.end };
  if (paramBlock) shape.paramBlock = { start: paramBlock.start, end: paramBlock.end };
  return shape;
}

/** `[CmdletBinding()]` or any `[Parameter()]` inside a parameter declaration. */
function hasAdvancedAttribute(node: SyntaxNode, text: string): boolean {
  const stack = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === 'attribute') {
      const name = n.children.find((c) => c.type === 'attribute_name');
      const written = name ? text.slice(name.start, name.end).trim().toLowerCase() : '';
      if (written === 'cmdletbinding' || written === 'parameter') return true;
    }
    if (n.type === 'script_block_expression') continue;
    for (const c of n.children) stack.push(c);
  }
  return false;
}

/** Nodes a literal value may consist of. */
const LITERAL_TYPES = new Set([
  'pipeline',
  'pipeline_chain',
  'statement_list',
  'array_literal_expression',
  'array_expression',
  'hash_literal_expression',
  'hash_literal_body',
  'hash_entry',
  'key_expression',
  'simple_name',
  'verbatim_string_characters',
  'verbatim_here_string_characters',
  'expandable_string_literal',
  'expandable_here_string_literal',
  'decimal_integer_literal',
  'hexadecimal_integer_literal',
  'real_literal',
  'expression_with_unary_operator',
  'cast_expression',
  'type_literal',
  'type_spec',
  'type_name',
  'type_identifier',
  'parenthesized_expression',
  'empty_statement',
]);

/** True when a value is made of literals only (strings without variables, numbers, arrays, hashtables). */
function isLiteral(node: SyntaxNode, text: string): boolean {
  const stack = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === 'variable') {
      const v = parseVariable(text.slice(n.start, n.end));
      if (v.drive || v.qualifier || !/^(true|false|null)$/i.test(v.name)) return false;
      continue;
    }
    if (!LITERAL_TYPES.has(n.type)) return false;
    if (
      (n.type === 'expandable_string_literal' || n.type === 'expandable_here_string_literal') &&
      n.children.length > 0
    ) {
      return false;
    }
    for (const c of n.children) stack.push(c);
  }
  return true;
}

/** `Set-Alias` with literal arguments, `$x = <literal>`, `${function:X} = { }`, `$env:X = <literal>`. */
function isPureDefinition(node: SyntaxNode, text: string): boolean {
  if (node.type !== 'pipeline' || node.children.length !== 1) return false;
  const only = at(node.children, 0);
  if (only.type === 'assignment_expression') {
    const left = only.children.at(0);
    const value = only.children.at(2);
    if (!left || !value) return false;
    const target = left.children.length === 1 ? at(left.children, 0) : left;
    if (target.type !== 'variable') return false;
    const v = parseVariable(text.slice(target.start, target.end));
    if (v.drive === 'function' && value.type === 'pipeline') {
      const block = unwrapSingle(value);
      if (block?.type === 'script_block_expression') return true;
    }
    if (v.drive && v.drive !== 'env') return false;
    return isLiteral(value, text);
  }
  if (only.type !== 'pipeline_chain' || only.children.length !== 1) return false;
  const command = at(only.children, 0);
  if (command.type !== 'command') return false;
  const parts = commandParts(command, text);
  if (!parts || parts.operator) return false;
  const name = canonicalCommand(text.slice(parts.nameNode.start, parts.nameNode.end));
  if (name !== 'set-alias' && name !== 'new-alias') return false;
  return parts.elements.every(
    (e) => e.type === 'command_parameter' || e.type === 'generic_token' || isLiteral(e, text),
  );
}

function unwrapSingle(node: SyntaxNode): SyntaxNode | undefined {
  let n: SyntaxNode | undefined = node;
  while (n && (n.type === 'pipeline' || n.type === 'pipeline_chain') && n.children.length === 1) n = n.children.at(0);
  return n;
}
