/**
 * Static values of argument nodes: what a bareword or a string without variables says, and the
 * `$PSScriptRoot`-relative paths of dot-sources. Anything that depends on run-time values is
 * `undefined` (dynamic).
 */
import type { SyntaxNode } from '../tree/syntax-tree.js';

/** Node types whose value is a string known without running anything. */
const STRING_TYPES = new Set([
  'generic_token',
  'verbatim_string_characters',
  'verbatim_here_string_characters',
  'expandable_string_literal',
  'expandable_here_string_literal',
  'command_name',
  'simple_name',
  'type_identifier',
  'decimal_integer_literal',
  'path_command_name_token',
]);

/** Resolve PowerShell backtick escapes in double-quoted text and barewords. */
function unescape(s: string): string {
  return s.replace(/`(.)/g, (_m, c: string) => ({ n: '\n', r: '\r', t: '\t', '0': '\0' })[c] ?? c);
}

/** True when the node is a string-ish node whose text depends on variables or sub-expressions. */
export function isDynamicString(node: SyntaxNode): boolean {
  return (
    (node.type === 'expandable_string_literal' || node.type === 'expandable_here_string_literal') &&
    node.children.length > 0
  );
}

/**
 * The static string value of a node, or undefined when it is computed at run time (variables,
 * sub-expressions, expressions). Barewords containing `$` are dynamic (`Update-$Name`).
 */
export function staticString(node: SyntaxNode, text: string): string | undefined {
  if (!STRING_TYPES.has(node.type)) {
    if (node.type === 'path_command_name' && node.children.every((c) => c.type === 'path_command_name_token')) {
      return text.slice(node.start, node.end);
    }
    return undefined;
  }
  const raw = text.slice(node.start, node.end);
  switch (node.type) {
    case 'verbatim_string_characters':
      return raw.slice(1, -1).replace(/''/g, "'");
    case 'verbatim_here_string_characters':
      return raw.replace(/^@'[^\n]*\n/, '').replace(/\r?\n'@$/, '');
    case 'expandable_string_literal':
      if (node.children.length > 0 || /(^|[^`])\$[\w{(]/.test(raw)) return undefined;
      return unescape(raw.slice(1, -1).replace(/""/g, '"'));
    case 'expandable_here_string_literal':
      if (node.children.length > 0) return undefined;
      return unescape(raw.replace(/^@"[^\n]*\n/, '').replace(/\r?\n"@$/, ''));
    default:
      if (/(^|[^`])\$/.test(raw)) return undefined;
      return unescape(raw);
  }
}

/** The static strings of a literal or a comma list of literals; undefined when any is dynamic. */
export function staticStrings(node: SyntaxNode, text: string): string[] | undefined {
  if (node.type === 'array_literal_expression') {
    const out: string[] = [];
    for (const c of node.children) {
      const v = staticString(c, text);
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  }
  const v = staticString(node, text);
  return v === undefined ? undefined : [v];
}

/** True when a name contains wildcard characters (a pattern, not a name). */
export function isWildcard(name: string): boolean {
  return /[*?[\]]/.test(name);
}
