/**
 * Recovering symbols from an ERROR region that no repair fixed (repair.ts). Inside such a region
 * the grammar's structure is unreliable (it splits `function Get-X` across nodes), so the whole
 * region is scanned as tokens instead: `function NAME`, `$var =`, `$var` (also inside
 * double-quoted strings), and `Verb-Noun` words at the start of a statement. Braces are
 * tracked so that a function body or a block assigned with `=` is deferred code in its own
 * scope. A best effort, reported with a PARSE_RECOVERED diagnostic.
 */
import type { Context, Walk } from './context.js';
import type { SyntaxNode } from '../tree/syntax-tree.js';
import { last } from '../../core/at.js';
import { splitFunctionScope } from './names.js';

const TOKEN = new RegExp(
  [
    /(?<comment><#[\s\S]*?#>|#[^\r\n]*)/.source,
    /(?<verbatim>'(?:[^']|'')*'?)/.source,
    /(?<expandable>"(?:[^"`]|`.|"")*"?)/.source,
    /(?<fn>\b(?:function|filter)\s+(?<fnName>[\w:.-]+))/.source,
    /(?<variable>\$\{[^}]+\}|\$[\w:?]+)(?<assign>\s*(?:[+\-*/%]?=)(?!=))?/.source,
    /(?<open>\{)/.source,
    /(?<close>\})/.source,
    /(?<command>(?:^|(?<=[\r\n;|{(&=]))[ \t]*(?<commandName>[A-Za-z]+-[A-Za-z]\w*))/.source,
  ].join('|'),
  'g',
);

/** What stands before a `{` that opens deferred code: `function X(...)`, or `=` (a stored block). */
const STORED_BLOCK_BEFORE = /(\b(function|filter)\s+[\w:.-]+\s*(\([^)]*\))?|=)\s*$/;

const STRING_VARIABLE = /(?<!`)(\$\{[^}]+\}|\$[\w:]+)/g;

/** Scan an unrepaired ERROR node's text for symbols. */
export function recoverError(a: Walk, node: SyntaxNode, ctx: Context): void {
  const text = a.source.text.slice(node.start, node.end);
  const contexts: Context[] = [ctx];
  const current = (): Context => last(contexts);
  const variable = (start: number, length: number): SyntaxNode => ({
    type: 'variable',
    start: node.start + start,
    end: node.start + start + length,
    children: [],
    parent: node,
  });
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const g = m.groups!;
    if (g.comment || g.verbatim) continue;
    if (g.expandable) {
      STRING_VARIABLE.lastIndex = 0;
      for (let v = STRING_VARIABLE.exec(g.expandable); v; v = STRING_VARIABLE.exec(g.expandable)) {
        const [, name = ''] = v;
        a.readVariable(variable(m.index + v.index, name.length), { ...current(), inString: true });
      }
      continue;
    }
    if (g.fn && g.fnName) {
      a.define('function', splitFunctionScope(g.fnName).name, node.start + m.index, current());
    } else if (g.variable) {
      const v = variable(m.index, g.variable.length);
      if (g.assign) {
        a.assignTarget(v, current(), g.assign.trim() !== '=');
      } else {
        a.readVariable(v, current());
      }
    } else if (g.open) {
      const before = text.slice(Math.max(0, m.index - 200), m.index);
      contexts.push(STORED_BLOCK_BEFORE.test(before) ? a.deferredScope(current()) : current());
    } else if (g.close) {
      if (contexts.length > 1) contexts.pop();
    } else if (g.commandName) {
      a.reference(
        'command',
        g.commandName,
        node.start + m.index + m[0].length - g.commandName.length,
        current(),
        'call',
      );
    }
  }
}
