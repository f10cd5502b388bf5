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
import type { Language, Tree, TreeCursor } from 'web-tree-sitter';
import type { TextRange } from '../types.js';
import { cursorBinding, type CursorBinding } from './grammar.js';

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

/** What the copy does with a node type, decided once per grammar (no Set lookups per node). */
const DROP = 1;
const PASS = 2;
const LEAF = 4;
const KEEP_ANONYMOUS = 8;
const COMMENT = 16;
const ERROR = 32;

interface NodeType {
  readonly name: string;
  readonly named: boolean;
  readonly flags: number;
}

function nodeType(name: string, named: boolean): NodeType {
  let flags = 0;
  if (named && DROPPED.has(name)) flags |= DROP;
  if (named && PASS_THROUGH.has(name)) flags |= PASS;
  if (LEAVES.has(name)) flags |= LEAF;
  if (KEEP_ANONYMOUS_UNDER.has(name)) flags |= KEEP_ANONYMOUS;
  if (name === 'comment') flags |= COMMENT;
  if (name === 'ERROR') flags |= ERROR;
  return { name, named, flags };
}

const ERROR_NODE_TYPE: NodeType = nodeType('ERROR', true);
const UNKNOWN_NODE_TYPE: NodeType = nodeType('?', true);
const PROGRAM_NODE_TYPE: NodeType = nodeType('program', true);
const typeTables = new WeakMap<Language, readonly NodeType[]>();

/** Every node type of the grammar by id, made once per language (no wasm call during walks). */
function typeTable(lang: Language): readonly NodeType[] {
  let table = typeTables.get(lang);
  if (!table) {
    table = lang.types.map((name, id) => nodeType(name, lang.nodeTypeIsNamed(id)));
    typeTables.set(lang, table);
  }
  return table;
}

/**
 * The cursor moves and reads buildSyntaxTree needs, as plain functions of the tree's address:
 * on the fast path they are the wasm exports themselves (no wrapper closure per call, which
 * cost as much as the calls), on the slow path closures over a TreeCursor that ignore it.
 * Moves return 1 when they moved.
 */
interface Walker {
  readonly tree: number;
  readonly firstChild: (tree: number) => number;
  readonly nextSibling: (tree: number) => number;
  readonly parent: (tree: number) => number;
  readonly typeId: (tree: number) => number;
  readonly start: (tree: number) => number;
  readonly end: (tree: number) => number;
  /** Free the cursor. */
  done(): void;
}

/** A walker over `tree`: the fast binding when there is one, else web-tree-sitter's TreeCursor. */
function walker(tree: Tree): Walker {
  const cursor = tree.walk();
  const fast = cursorBinding();
  return fast ? fastWalker(tree, cursor, fast) : apiWalker(cursor);
}

function apiWalker(cursor: TreeCursor): Walker {
  return {
    tree: 0,
    firstChild: () => (cursor.gotoFirstChild() ? 1 : 0),
    nextSibling: () => (cursor.gotoNextSibling() ? 1 : 0),
    parent: () => (cursor.gotoParent() ? 1 : 0),
    typeId: () => cursor.nodeTypeId,
    start: () => cursor.startIndex,
    end: () => cursor.endIndex,
    done: () => {
      cursor.delete();
    },
  };
}

/**
 * The cursor's handles stay in the module's transfer buffer for the whole walk; the wasm
 * functions read and update them there. Nothing else may use the tree-sitter API until `done()`,
 * which copies the handles back so that `TreeCursor.delete` frees the right memory.
 */
function fastWalker(tree: Tree, cursor: TreeCursor, b: CursorBinding): Walker {
  // `handles` and `tree[0]` are web-tree-sitter internals (pinned version, see grammar.ts).
  const handles = (cursor as unknown as { handles: number[] }).handles;
  const buf = b.transferBuffer;
  for (let i = 0; i < 4; i++) b.setI32(buf + 4 * i, handles[i]);
  return {
    tree: (tree as unknown as { 0: number })[0],
    firstChild: b.gotoFirstChild,
    nextSibling: b.gotoNextSibling,
    parent: b.gotoParent,
    typeId: b.typeId,
    start: b.startIndex,
    end: b.endIndex,
    done: () => {
      for (let i = 0; i < 4; i++) handles[i] = b.getI32(buf + 4 * i);
      cursor.delete();
    },
  };
}

/** Copy a tree-sitter tree into plain objects. Never recurses. */
export function buildSyntaxTree(tree: Tree): SyntaxTree {
  const types = typeTable(tree.language);
  const typeOf = (id: number): NodeType => (id === ERROR_TYPE_ID ? ERROR_NODE_TYPE : (types[id] ?? UNKNOWN_NODE_TYPE));
  const comments: TextRange[] = [];
  const errors: ErrorSite[] = [];
  let errorDepth = 0;

  // Without errors, an anonymous node is never MISSING, so its offsets need not be read.
  // (Read before the walk: the fast walker owns the transfer buffer until it is done.)
  const checkMissing = tree.rootNode.hasError;

  const w = walker(tree);
  const t = w.tree;
  const { firstChild, nextSibling, parent: toParent, typeId, start: startOf, end: endOf } = w;
  // The root itself is an ERROR node when the grammar could not make a program of the text.
  const rootIsError = typeId(t) === ERROR_TYPE_ID;
  const root: SyntaxNode = {
    type: rootIsError ? 'ERROR' : 'program',
    start: startOf(t),
    end: endOf(t),
    children: [],
    parent: null,
  };
  if (rootIsError) {
    errors.push({ start: root.start, end: root.end, missing: false });
    errorDepth = 1;
  }
  // The open ancestors of the cursor, and their types' flags.
  const parents: SyntaxNode[] = [];
  const parentFlags: number[] = [];
  let node: SyntaxNode | null = root;
  let nodeFlags = rootIsError ? ERROR_NODE_TYPE.flags : PROGRAM_NODE_TYPE.flags;

  // Make the node under the cursor, or null when the copy drops it (then its subtree is skipped).
  const visit = (parent: SyntaxNode, parentType: number): SyntaxNode | null => {
    const type = typeOf(typeId(t));
    const flags = type.flags;
    nodeFlags = flags;
    if (!type.named) {
      if (checkMissing && startOf(t) === endOf(t)) {
        if (errorDepth === 0) errors.push({ start: startOf(t), end: startOf(t), missing: true });
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
    const start = startOf(t);
    const end = endOf(t);
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

  // Called with the cursor on `closing` again, after its children.
  const close = (closing: SyntaxNode | null): void => {
    if (!closing?.parent) return;
    if (closing.type === 'ERROR') errorDepth--;
    if (closing.start >= 0) return;
    const siblings = closing.parent.children;
    if (closing.children.length === 1) {
      const only = closing.children[0];
      siblings[siblings.length - 1] = only;
      only.parent = closing.parent;
      return;
    }
    closing.start = startOf(t);
    closing.end = endOf(t);
    if (closing.start === closing.end) siblings.pop();
  };

  try {
    for (;;) {
      if (node && (nodeFlags & LEAF) === 0 && firstChild(t) === 1) {
        parents.push(node);
        parentFlags.push(nodeFlags);
        node = visit(node, nodeFlags);
        continue;
      }
      for (;;) {
        close(node);
        if (parents.length === 0) return { root, comments, errors };
        if (nextSibling(t) === 1) {
          node = visit(parents[parents.length - 1], parentFlags[parentFlags.length - 1]);
          break;
        }
        toParent(t);
        node = parents.pop()!;
        nodeFlags = parentFlags.pop()!;
      }
    }
  } finally {
    w.done();
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
