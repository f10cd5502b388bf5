/**
 * Recovering symbols from an ERROR region that no repair fixed (repair.ts). Inside such a region
 * the grammar's structure is unreliable (it splits `function Get-X` across nodes), so the whole
 * region is scanned as tokens instead: `function NAME`, `$var =`, `$var` (also inside
 * double-quoted strings), and `Verb-Noun` words at the start of a statement. Braces are
 * tracked so that a script block runs when PowerShell would run it: a function body, a block
 * assigned with `=` or passed as an argument to a command (`Describe 'x' { }`, `-ScriptBlock { }`)
 * is deferred code in its own scope; the blocks of `if`/`foreach`/`try` and other keywords, of
 * `& { }`/`. { }`, of ForEach-Object/Where-Object and of `.ForEach()`/`.Where()` run at once.
 * A best effort, reported with a PARSE_RECOVERED diagnostic.
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
    /(?<command>(?:^|(?<=[\r\n;|{(&=]))[ \t]*(?<commandName>[A-Za-z]+-[A-Za-z]\w*|[A-Za-z_][\w.]*(?![\w.:\\/-])))/
      .source,
  ].join('|'),
  'g',
);

/** What stands before a `{` that opens deferred code: `function X(...)`, or `=` (a stored block). */
const STORED_BLOCK_BEFORE = /(\b(function|filter)\s+[\w:.-]+\s*(\([^)]*\))?|=)\s*$/;

/** Keywords whose `{ }` runs at once in the current scope (the statement's own blocks). */
const BLOCK_KEYWORDS = new Set([
  'if',
  'elseif',
  'else',
  'switch',
  'foreach',
  'for',
  'while',
  'do',
  'until',
  'try',
  'catch',
  'finally',
  'trap',
  'begin',
  'process',
  'end',
  'clean',
  'dynamicparam',
  'class',
  'enum',
  'data',
]);

/** Commands whose script-block arguments run at once (per item, in the caller's scope). */
const RUN_AT_ONCE = new Set(['foreach-object', '%', 'foreach', 'where-object', '?', 'where', '&', '.']);

/**
 * How a `{` in an unparsed region runs, from the statement before it on its line (or after the
 * last `;`, `|` or unclosed bracket): `stored` for a block passed to a command as an argument or
 * assigned, `now` for keyword, `&`/`.`, ForEach-Object/Where-Object and `.ForEach()` blocks, and
 * for a block inside an expression (a hashtable `@{`, `$( )`).
 */
function blockRole(before: string): 'stored' | 'now' {
  if (STORED_BLOCK_BEFORE.test(before)) return 'stored';
  if (/[@$]$/.test(before) || /\.(foreach|where)\s*\(\s*$/i.test(before) || /[(,]\s*$/.test(before)) {
    // `@{`, `${`, `.ForEach({`: an expression or a block run at once; `({`, `, {`: a value.
    return /[(,]\s*$/.test(before) && !/\.(foreach|where)\s*\(\s*$/i.test(before) ? 'stored' : 'now';
  }
  const first = /^\s*([&.](?=\s)|[\w?%.:\\/-]+)/.exec(statementBefore(before))?.[1]?.toLowerCase();
  if (first === undefined || BLOCK_KEYWORDS.has(first) || RUN_AT_ONCE.has(first)) return 'now';
  return 'stored';
}

/**
 * The pipeline element a `{` belongs to: the text back to the last `;`, `|`, `{`, `}` or line
 * break (not continued by a backtick) outside brackets, so that `It 'x' -TestCases @(...) {`
 * over several lines is one statement.
 */
function statementBefore(before: string): string {
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (depth === 0) return before.slice(i + 1);
      depth--;
    } else if (depth === 0 && (c === ';' || c === '|' || c === '{' || c === '}')) {
      return before.slice(i + 1);
    } else if (depth === 0 && (c === '\n' || c === '\r')) {
      let j = i - 1;
      while (j >= 0 && (before[j] === '\r' || before[j] === ' ' || before[j] === '\t')) j--;
      if (before[j] !== '`' && before.slice(i + 1).trim() !== '') return before.slice(i + 1);
    }
  }
  return before;
}

const STRING_VARIABLE = /(?<!`)(\$\{[^}]+\}|\$[\w:]+)/g;

/** Words at the start of a statement that are keywords, not commands. */
const KEYWORDS = new Set([
  ...BLOCK_KEYWORDS,
  'function',
  'filter',
  'workflow',
  'configuration',
  'param',
  'return',
  'break',
  'continue',
  'throw',
  'exit',
  'in',
  'default',
  'using',
  'hidden',
  'static',
  'true',
  'false',
  'null',
]);

/**
 * Whether a word found at a statement's start is a command call. A `Verb-Noun` word always
 * is; any other word (`git`, `kubectl`) only where a command must stand, after `|`, `=`, `&`,
 * `;` or `{`, or at the start of a line the line before does not continue (backtick, `,`), and
 * not when it is a keyword, a hashtable key or an enum member (`Name = 1`) or comes after `(`
 * (`[Parameter(Mandatory)]`).
 */
function isCommandWord(text: string, index: number, word: string, length: number): boolean {
  if (/^[A-Za-z]+-[A-Za-z]\w*$/.test(word)) return true;
  if (KEYWORDS.has(word.toLowerCase())) return false;
  if (/^\s*=(?!=)/.test(text.slice(index + length, index + length + 40))) return false;
  const before = text.slice(Math.max(0, index - 200), index);
  if (/\($/.test(before)) return false;
  // `=` assigns only after a space or a variable: `--branch=main` is one argument.
  if (/=[ \t]*$/.test(before) && !/(\s[+\-*/%]?|\$[\w:]+)=[ \t]*$/.test(before)) return false;
  if (/[\r\n]$/.test(before)) return !/[`,][ \t]*\r?\n$/.test(before);
  return true;
}

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
      const at = node.start + m.index;
      const before = a.source.text.slice(Math.max(0, at - 400), at);
      contexts.push(blockRole(before) === 'stored' ? a.deferredScope(current()) : current());
    } else if (g.close) {
      if (contexts.length > 1) contexts.pop();
    } else if (g.commandName && isCommandWord(text, m.index, g.commandName, m[0].length)) {
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
