/**
 * A compact copy of tree-sitter's syntax tree in plain JavaScript objects, built in one cursor
 * walk that touches each node once. Everything after the parse works on this copy: reading node
 * properties through the wasm boundary is what makes tree walks slow (POWERSHELL.md), and the
 * copy drops what the analysis never looks at:
 *
 * - anonymous tokens (`(`, `=`, keywords), except under the few parents that need them;
 * - the grammar's single-child expression chains (`logical_expression > bitwise_expression >
 *   ... > unary_expression > variable` becomes `variable`), which are most of the nodes.
 *
 * Comments are collected on the side, ERROR and MISSING nodes are listed as error sites.
 * The walk is iterative: inputs nest thousands of levels deep.
 */
import type { Language, Tree } from 'web-tree-sitter';
import type { TextRange } from '../../core/types.js';
import { treeWalk } from './walkers.js';
import { last } from '../../core/at.js';
import type { NodeType } from './node-types.js';

/** How a script block runs, decided by the construct around it. */
export type BlockRole =
  /** Stored for later (assigned, passed as -ScriptBlock/-Action/-Body...): deferred, own scope. */
  | 'stored'
  /** `& { }`, `Invoke-Command { }`: runs at once, in a child scope. */
  | 'child'
  /** `. { }`: runs at once in the current scope. */
  | 'dot'
  /** ForEach-Object/Where-Object/.ForEach()/.Where(): runs at once per item, in the current scope. */
  | 'each';

/** One node of the compact tree. Offsets are JavaScript string indices into the parsed text. */
export interface SyntaxNode {
  readonly type: NodeType;
  start: number;
  end: number;
  readonly children: SyntaxNode[];
  parent: SyntaxNode | null;
  /** For `script_block_expression`: set by the analysis when the surrounding construct decides. */
  role?: BlockRole;
}

/** A place where the grammar gave up: an ERROR node, or a token it had to invent (MISSING). */
export interface ErrorSite extends TextRange {
  readonly missing: boolean;
}

/** The compact tree of one text, with its comments and error sites. */
export interface SyntaxTree {
  readonly root: SyntaxNode;
  readonly comments: readonly TextRange[];
  readonly errors: readonly ErrorSite[];
}

/** Expression wrappers that carry nothing when they have one child. */
const PASS_THROUGH = new Set([
  'logical_expression',
  'bitwise_expression',
  'comparison_expression',
  'additive_expression',
  'multiplicative_expression',
  'format_expression',
  'range_expression',
  'array_literal_expression',
  'unary_expression',
  'argument_expression',
  'logical_argument_expression',
  'bitwise_argument_expression',
  'comparison_argument_expression',
  'additive_argument_expression',
  'multiplicative_argument_expression',
  'format_argument_expression',
  'range_argument_expression',
  'string_literal',
  'integer_literal',
  'script_block_body',
  'key_expression',
  'member_name',
]);

/** Named nodes the analysis never reads: dropped with their subtrees. */
const DROPPED = new Set(['command_argument_sep', 'comparison_operator', 'format_operator']);

/**
 * Named nodes read by their text only: kept, but their children (anonymous tokens, or
 * `braced_variable` inside `variable`) are not copied. Saves a third of the cursor moves.
 */
const LEAVES = new Set([
  'variable',
  'command_name',
  'generic_token',
  'simple_name',
  'command_parameter',
  'verbatim_string_characters',
  'verbatim_here_string_characters',
  'decimal_integer_literal',
  'hexadecimal_integer_literal',
  'real_literal',
  'type_identifier',
  'function_name',
  'path_command_name_token',
  'assignement_operator',
  'block_name',
  'pipeline_chain_tail',
  'command_invokation_operator',
  'file_redirection_operator',
  'merging_redirection_operator',
  'switch_parameter',
  'class_attribute',
  'label',
  'stop_parsing',
]);

/** Parents whose anonymous tokens the analysis reads (keywords and braces). */
const KEEP_ANONYMOUS_UNDER = new Set([
  'function_statement',
  'class_statement',
  'enum_statement',
  'script_block_expression',
]);

const ERROR_TYPE_ID = 0xffff;

/** What the copy does with a node type, decided once per grammar (no Set lookups per node). */
const DROP = 1;
const PASS = 2;
const LEAF = 4;
const KEEP_ANONYMOUS = 8;
const COMMENT = 16;
const ERROR = 32;

interface TypeInfo {
  readonly name: NodeType;
  readonly named: boolean;
  readonly flags: number;
}

function nodeType(name: string, named: boolean): TypeInfo {
  let flags = 0;
  if (named && DROPPED.has(name)) flags |= DROP;
  if (named && PASS_THROUGH.has(name)) flags |= PASS;
  if (LEAVES.has(name)) flags |= LEAF;
  if (KEEP_ANONYMOUS_UNDER.has(name)) flags |= KEEP_ANONYMOUS;
  if (name === 'comment') flags |= COMMENT;
  if (name === 'ERROR') flags |= ERROR;
  // Every visible type of the grammar is in the union (test/parse/node-types.test.ts).
  return { name: internalized(name) as NodeType, named, flags };
}

/**
 * The same string, as V8 keeps property names: one copy per spelling, so that comparing it with
 * a string literal (the analysis's `switch (node.type)`, 40 cases) compares pointers. The names
 * web-tree-sitter decodes from the grammar are fresh strings, compared character by character.
 */
function internalized(name: string): string {
  const [key = name] = Object.keys({ [name]: 0 });
  return key;
}

const ERROR_NODE_TYPE: TypeInfo = nodeType('ERROR', true);
const UNKNOWN_NODE_TYPE: TypeInfo = nodeType('?', true);
const PROGRAM_NODE_TYPE: TypeInfo = nodeType('program', true);
const typeTables = new WeakMap<Language, readonly TypeInfo[]>();

/** Every node type of the grammar by id, made once per language (no wasm call during walks). */
function typeTable(lang: Language): readonly TypeInfo[] {
  let table = typeTables.get(lang);
  if (!table) {
    table = lang.types.map((name, id) => nodeType(name, lang.nodeTypeIsNamed(id)));
    typeTables.set(lang, table);
  }
  return table;
}

/** Copy a tree-sitter tree into plain objects. Never recurses. */
export function buildSyntaxTree(tree: Tree): SyntaxTree {
  const types = typeTable(tree.language);
  const typeOf = (id: number): TypeInfo => (id === ERROR_TYPE_ID ? ERROR_NODE_TYPE : (types[id] ?? UNKNOWN_NODE_TYPE));
  const comments: TextRange[] = [];
  const errors: ErrorSite[] = [];
  let errorDepth = 0;

  // Without errors, an anonymous node is never MISSING, so its offsets need not be read.
  // (Read before the walk: the cursor walk owns the transfer buffer until it is done.)
  const { hasError: checkMissing, endIndex } = tree.rootNode;

  const w = treeWalk(tree, endIndex);
  let root: SyntaxNode | undefined;
  // The nodes entered and not yet left (null: dropped, its subtree not visited), and their flags.
  const open: (SyntaxNode | null)[] = [];
  const openFlags: number[] = [];
  let nodeFlags = 0;

  // Make the node just entered, or null when the copy drops it (then its subtree is skipped).
  const visit = (id: number, parent: SyntaxNode, parentType: number): SyntaxNode | null => {
    const type = typeOf(id);
    const flags = type.flags;
    nodeFlags = flags;
    if (!type.named) {
      if (checkMissing && w.start() === w.end()) {
        if (errorDepth === 0) errors.push({ start: w.start(), end: w.start(), missing: true });
        return null;
      }
      if ((parentType & KEEP_ANONYMOUS) === 0) return null;
    } else if (flags & DROP) {
      return null;
    } else if (flags & PASS) {
      // Offsets read in close(), only if the node is not collapsed into its child.
      const lazy: SyntaxNode = { type: type.name, start: -1, end: -1, children: [], parent };
      parent.children.push(lazy);
      return lazy;
    }
    const start = w.start();
    const end = w.end();
    if (start === end) {
      if (errorDepth === 0) errors.push({ start, end, missing: true });
      return null;
    }
    if (flags & COMMENT) {
      comments.push({ start, end });
      return null;
    }
    if (flags & ERROR) {
      if (errorDepth === 0) errors.push({ start, end, missing: false });
      errorDepth++;
    }
    const made: SyntaxNode = { type: type.name, start, end, children: [], parent };
    parent.children.push(made);
    return made;
  };

  // Called when the walk leaves `closing`, after its children.
  const close = (closing: SyntaxNode | null): void => {
    if (!closing?.parent) return;
    if (closing.type === 'ERROR') errorDepth--;
    if (closing.start >= 0) return;
    const siblings = closing.parent.children;
    const [only] = closing.children;
    if (only !== undefined && closing.children.length === 1) {
      siblings[siblings.length - 1] = only;
      only.parent = closing.parent;
      return;
    }
    closing.start = w.start();
    closing.end = w.end();
    if (closing.start === closing.end) siblings.pop();
  };

  const enter = (id: number): boolean => {
    if (root === undefined) {
      // The root itself is an ERROR node when the grammar could not make a program of the text.
      const rootIsError = id === ERROR_TYPE_ID;
      root = { type: rootIsError ? 'ERROR' : 'program', start: w.start(), end: w.end(), children: [], parent: null };
      if (rootIsError) {
        errors.push({ start: root.start, end: root.end, missing: false });
        errorDepth = 1;
      }
      open.push(root);
      openFlags.push(rootIsError ? ERROR_NODE_TYPE.flags : PROGRAM_NODE_TYPE.flags);
      return true;
    }
    // Entered only below a node that was made (a dropped one's children are not visited).
    const made = visit(id, last(open)!, last(openFlags));
    open.push(made);
    openFlags.push(nodeFlags);
    return made !== null && (nodeFlags & LEAF) === 0;
  };
  const leave = (): void => {
    openFlags.pop();
    close(open.pop()!);
  };
  w.run(enter, leave);
  return { root: root!, comments, errors };
}

/** The text of a node. */
export function textOf(text: string, node: TextRange): string {
  return text.slice(node.start, node.end);
}

/** The first child of a type, if any. */
export function childOfType(node: SyntaxNode, type: NodeType): SyntaxNode | undefined {
  return node.children.find((c) => c.type === type);
}
