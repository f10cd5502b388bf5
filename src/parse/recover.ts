/**
 * Recovering symbols from an ERROR region the repairs could not fix. The structured pieces the
 * grammar still built inside it (commands, variables, blocks) are analysed as usual; the loose
 * text between them is scanned for tokens: `function NAME`, `$var =`, `$var`, and `Verb-Noun`
 * words at the start of a statement. A best effort: what it finds has positions but no phase
 * subtleties beyond the region's own context.
 */
import type { Analyzer, Context } from './analyzer.js';
import type { SyntaxNode } from './syntax-tree.js';

/** Token-like node types the grammar leaves loose in ERROR regions; their text is rescanned. */
const TOKENISH = new Set([
  'simple_name',
  'generic_token',
  'command_parameter',
  'decimal_integer_literal',
  'hexadecimal_integer_literal',
  'real_literal',
  'type_identifier',
  'assignement_operator',
  'file_redirection_operator',
  'label',
]);

/** Visit an ERROR node: its structured children as usual, its loose text by token scan. */
export function recoverError(a: Analyzer, node: SyntaxNode, ctx: Context): void {
  const structured = node.children.filter((c) => !TOKENISH.has(c.type));
  let at = node.start;
  for (const c of structured) {
    if (c.start > at) scan(a, node, at, c.start, ctx);
    at = Math.max(at, c.end);
  }
  if (node.end > at) scan(a, node, at, node.end, ctx);
  // A command name the grammar could not attach to a command is still a call.
  for (const c of structured) {
    if (c.type === 'command_name') a.reference('command', a.text(c), c.start, ctx, 'call');
  }
  a.push(structured, ctx);
}

const TOKEN = /(#[^\r\n]*)|('(?:[^']|'')*'?)|(\b(?:function|filter)\s+([\w:.-]+))|(\$\{[^}]+\}|\$[\w:?]+)(\s*=(?!=))?|((?:^|(?<=[\r\n;|{(&]))\s*([A-Za-z]+-[A-Za-z][\w]*))/g;

function scan(a: Analyzer, error: SyntaxNode, start: number, end: number, ctx: Context): void {
  const text = a.source.text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (m[1] || m[2]) continue;
    if (m[3]) {
      a.define('function', m[4]!.replace(/^(global|script|local|private):/i, ''), start + m.index, ctx);
      continue;
    }
    if (m[5]) {
      const variable: SyntaxNode = { type: 'variable', start: start + m.index, end: start + m.index + m[5].length, children: [], parent: error };
      if (m[6]) a.assignTarget(variable, ctx, false);
      else a.pushOne(variable, ctx);
      continue;
    }
    if (m[8]) {
      const nameAt = start + m.index + m[0].length - m[8].length;
      a.reference('command', m[8], nameAt, ctx, 'call');
    }
  }
}
