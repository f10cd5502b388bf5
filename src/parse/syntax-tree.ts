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
import type { Tree } from 'web-tree-sitter';
import type { TextRange } from '../types.js';

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
  readonly type: string;
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

/** Copy a tree-sitter tree into plain objects. Never recurses. */
export function buildSyntaxTree(tree: Tree): SyntaxTree {
  const lang = tree.language;
  const typeNames = new Map<number, { name: string; named: boolean }>();
  const typeOf = (id: number): { name: string; named: boolean } => {
    let t = typeNames.get(id);
    if (!t) {
      t =
        id === ERROR_TYPE_ID
          ? { name: 'ERROR', named: true }
          : { name: lang.types[id] ?? '?', named: lang.nodeTypeIsNamed(id) };
      typeNames.set(id, t);
    }
    return t;
  };
  const comments: TextRange[] = [];
  const errors: ErrorSite[] = [];
  let errorDepth = 0;

  const cursor = tree.walk();
  // The root itself is an ERROR node when the grammar could not make a program of the text.
  const rootIsError = cursor.nodeTypeId === ERROR_TYPE_ID;
  const root: SyntaxNode = {
    type: rootIsError ? 'ERROR' : 'program',
    start: cursor.startIndex,
    end: cursor.endIndex,
    children: [],
    parent: null,
  };
  if (rootIsError) {
    errors.push({ start: root.start, end: root.end, missing: false });
    errorDepth = 1;
  }
  const parents: SyntaxNode[] = [];
  let node: SyntaxNode | null = root;

  // Without errors, an anonymous node is never MISSING, so its offsets need not be read.
  const checkMissing = tree.rootNode.hasError;

  // Make the node under the cursor, or null when the copy drops it (then its subtree is skipped).
  const visit = (parent: SyntaxNode): SyntaxNode | null => {
    const t = typeOf(cursor.nodeTypeId);
    if (!t.named) {
      if (checkMissing && cursor.startIndex === cursor.endIndex) {
        if (errorDepth === 0) errors.push({ start: cursor.startIndex, end: cursor.startIndex, missing: true });
        return null;
      }
      if (!KEEP_ANONYMOUS_UNDER.has(parent.type)) return null;
    } else if (DROPPED.has(t.name)) {
      return null;
    } else if (PASS_THROUGH.has(t.name)) {
      // Offsets read in close(), only if the node is not collapsed into its child.
      const lazy: SyntaxNode = { type: t.name, start: -1, end: -1, children: [], parent };
      parent.children.push(lazy);
      return lazy;
    }
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    if (start === end) {
      if (errorDepth === 0) errors.push({ start, end, missing: true });
      return null;
    }
    if (t.name === 'comment') {
      comments.push({ start, end });
      return null;
    }
    if (t.name === 'ERROR') {
      if (errorDepth === 0) errors.push({ start, end, missing: false });
      errorDepth++;
    }
    const made: SyntaxNode = { type: t.name, start, end, children: [], parent };
    parent.children.push(made);
    return made;
  };

  // Called with the cursor on `closing` again, after its children.
  const close = (closing: SyntaxNode | null): void => {
    if (!closing || !closing.parent) return;
    if (closing.type === 'ERROR') errorDepth--;
    if (closing.start >= 0) return;
    const siblings = closing.parent.children;
    if (closing.children.length === 1) {
      const only = closing.children[0];
      siblings[siblings.length - 1] = only;
      only.parent = closing.parent;
      return;
    }
    closing.start = cursor.startIndex;
    closing.end = cursor.endIndex;
    if (closing.start === closing.end) siblings.pop();
  };

  try {
    for (;;) {
      if (node && !LEAVES.has(node.type) && cursor.gotoFirstChild()) {
        parents.push(node);
        node = visit(node);
        continue;
      }
      for (;;) {
        close(node);
        if (parents.length === 0) return { root, comments, errors };
        if (cursor.gotoNextSibling()) {
          node = visit(parents[parents.length - 1]);
          break;
        }
        cursor.gotoParent();
        node = parents.pop()!;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** The text of a node. */
export function textOf(text: string, node: TextRange): string {
  return text.slice(node.start, node.end);
}

/** The first child of a type, if any. */
export function childOfType(node: SyntaxNode, type: string): SyntaxNode | undefined {
  return node.children.find((c) => c.type === type);
}
