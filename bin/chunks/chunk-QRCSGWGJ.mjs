import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);
import {
  LineIndex,
  TOKEN_RECOVERY,
  diagnostic,
  firstLine,
  grammarPath,
  isDiagnosticCode,
  recoveredLines,
  stubBlocker
} from "./chunk-4BYWBKKX.mjs";
import {
  at,
  bundleDir,
  last
} from "./chunk-OXIFI4C2.mjs";

// dist/src/parse/tree/wasm-tiers.js
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { isMainThread } from "node:worker_threads";
var compiled;
function prepareWasm(tierUp = true) {
  if (compiled)
    return;
  compiled = [];
  if (tierUp && isMainThread && process.env.FRAGBUNDLE_WASM_TIERING !== "0") {
    try {
      const runtime = new WebAssembly.Module(readFileSync(runtimeWasmPath()));
      setFlagsFromString("--liftoff-only");
      compiled = [runtime, new WebAssembly.Module(readFileSync(grammarPath()))];
    } catch {
    }
  }
  setFlagsFromString("--liftoff-only");
}
function runtimeWasmPath() {
  const dir = bundleDir();
  if (dir !== void 0)
    return path.join(dir, "web-tree-sitter.wasm");
  return createRequire(import.meta.url).resolve("web-tree-sitter/web-tree-sitter.wasm");
}

// dist/src/parse/tree/grammar.js
import { readFile } from "node:fs/promises";
import path2 from "node:path";

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address2) => {
  C._ts_lookahead_iterator_delete(address2);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address2, language2) {
    assertInternal(internal);
    this[0] = address2;
    this.language = language2;
    finalizer?.register(this, address2, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language2, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language2[0], stateId)) {
      this.language = language2;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address2) => {
  C._ts_tree_delete(address2);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address2, language2, textCallback) {
    assertInternal(internal);
    this[0] = address2;
    this.language = language2;
    this.textCallback = textCallback;
    finalizer2?.register(this, address2, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address2 = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address2, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address2, offsetBytes, "i32");
    marshalPoint(address2 + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address2 = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address2);
        address2 += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address2 = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address2);
        address2 += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address2 = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address2) return null;
    return C.AsciiToString(address2);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address2 = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address2) return null;
    return C.AsciiToString(address2);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address2 = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address2);
        address2 += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address2, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address2, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address2 = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address2);
          address2 += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address2 = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address2);
          address2 += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address2 = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address2);
        address2 += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address2, start2, "i32");
    C.setValue(address2 + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address2, start2, "i32");
    C.setValue(address2 + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address2, start2);
    marshalPoint(address2 + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address2, start2);
    marshalPoint(address2 + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address2 = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address2);
    C._free(address2);
    return result;
  }
};
function unmarshalCaptures(query, tree, address2, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address2, "i32");
    address2 += SIZE_OF_INT;
    const node = unmarshalNode(tree, address2);
    address2 += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address2;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address2 = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address2, node.id, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, node.startIndex, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, node.startPosition.row, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, node.startPosition.column, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address2 = TRANSFER_BUFFER) {
  const id = C.getValue(address2, "i32");
  address2 += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address2, "i32");
  address2 += SIZE_OF_INT;
  const row = C.getValue(address2, "i32");
  address2 += SIZE_OF_INT;
  const column = C.getValue(address2, "i32");
  address2 += SIZE_OF_INT;
  const other = C.getValue(address2, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address2 = TRANSFER_BUFFER) {
  C.setValue(address2 + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address2 + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address2 + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address2 + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address2, point) {
  C.setValue(address2, point.row, "i32");
  C.setValue(address2 + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address2) {
  const result = {
    row: C.getValue(address2, "i32") >>> 0,
    column: C.getValue(address2 + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address2, range) {
  marshalPoint(address2, range.startPosition);
  address2 += SIZE_OF_POINT;
  marshalPoint(address2, range.endPosition);
  address2 += SIZE_OF_POINT;
  C.setValue(address2, range.startIndex, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, range.endIndex, "i32");
  address2 += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address2) {
  const result = {};
  result.startPosition = unmarshalPoint(address2);
  address2 += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address2);
  address2 += SIZE_OF_POINT;
  result.startIndex = C.getValue(address2, "i32") >>> 0;
  address2 += SIZE_OF_INT;
  result.endIndex = C.getValue(address2, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address2 = TRANSFER_BUFFER) {
  marshalPoint(address2, edit.startPosition);
  address2 += SIZE_OF_POINT;
  marshalPoint(address2, edit.oldEndPosition);
  address2 += SIZE_OF_POINT;
  marshalPoint(address2, edit.newEndPosition);
  address2 += SIZE_OF_POINT;
  C.setValue(address2, edit.startIndex, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, edit.oldEndIndex, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, edit.newEndIndex, "i32");
  address2 += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address2) {
  const major_version = C.getValue(address2, "i32");
  const minor_version = C.getValue(address2 += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address2 += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address2) {
    assertInternal(internal);
    this[0] = address2;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address2 = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address2, "i16");
        address2 += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address2 = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address2, "i16");
        address2 += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address2 = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address2) return new LookaheadIterator(INTERNAL, address2, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path4) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path4, scriptDirectory);
    }
    return scriptDirectory + path4;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
    var size = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language2) {
    let address2;
    if (!language2) {
      address2 = 0;
      this.language = null;
    } else if (language2.constructor === Language) {
      address2 = language2[0];
      const version = C._ts_language_abi_version(address2);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language2;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address2);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address2 = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address2, options.includedRanges[i2]);
        address2 += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address2 = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address2);
        address2 += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address2) => {
  C._ts_query_delete(address2);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language2, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address2 = C._ts_query_new(
      language2[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address2) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address2);
    const captureCount = C._ts_query_capture_count(address2);
    const patternCount = C._ts_query_pattern_count(address2);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address2,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address2, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address2,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address2, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address2;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address2, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address2 = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address2, "i32");
      address2 += SIZE_OF_INT;
      const captureCount = C.getValue(address2, "i32");
      address2 += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address2 = unmarshalCaptures(this, node.tree, address2, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address2 = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address2, "i32");
      address2 += SIZE_OF_INT;
      const captureCount = C.getValue(address2, "i32");
      address2 += SIZE_OF_INT;
      const captureIndex = C.getValue(address2, "i32");
      address2 += SIZE_OF_INT;
      captures.length = captureCount;
      address2 = unmarshalCaptures(this, node.tree, address2, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// dist/src/parse/tree/grammar.js
var language;
var binding;
function bindCursor(module2) {
  const fn = (name2) => {
    const f = module2[name2];
    return typeof f === "function" ? f : void 0;
  };
  const init2 = fn("_ts_init");
  const getValue2 = module2.getValue;
  const setValue2 = module2.setValue;
  const parts2 = {
    gotoFirstChild: fn("_ts_tree_cursor_goto_first_child_wasm"),
    gotoNextSibling: fn("_ts_tree_cursor_goto_next_sibling_wasm"),
    gotoParent: fn("_ts_tree_cursor_goto_parent_wasm"),
    typeId: fn("_ts_tree_cursor_current_node_type_id_wasm"),
    startIndex: fn("_ts_tree_cursor_start_index_wasm"),
    endIndex: fn("_ts_tree_cursor_end_index_wasm")
  };
  if (!init2 || typeof getValue2 !== "function" || typeof setValue2 !== "function")
    return void 0;
  const views = [module2.HEAPU8, module2.HEAPU16, module2.HEAPU32];
  if (!(views[0] instanceof Uint8Array && views[1] instanceof Uint16Array && views[2] instanceof Uint32Array)) {
    return void 0;
  }
  if (Object.values(parts2).some((f) => f === void 0))
    return void 0;
  const get = getValue2;
  const set = setValue2;
  return {
    transferBuffer: init2(),
    gotoFirstChild: parts2.gotoFirstChild,
    gotoNextSibling: parts2.gotoNextSibling,
    gotoParent: parts2.gotoParent,
    typeId: parts2.typeId,
    startIndex: parts2.startIndex,
    endIndex: parts2.endIndex,
    getI32: (address2) => get(address2, "i32"),
    setI32: (address2, value) => {
      set(address2, value, "i32");
    },
    heap: () => ({
      u8: module2.HEAPU8,
      u16: module2.HEAPU16,
      u32: module2.HEAPU32
    })
  };
}
function cursorBinding() {
  return process.env.FRAGBUNDLE_SLOW_CURSOR === "1" ? void 0 : binding;
}
function loadLanguage() {
  language ??= (async () => {
    const module2 = { printErr: () => void 0 };
    const dir = bundleDir();
    if (dir !== void 0)
      module2.locateFile = (file) => path2.join(dir, file);
    prepareWasm();
    await Parser.init(module2);
    binding = bindCursor(module2);
    const bytes = await readFile(grammarPath());
    return Language.load(bytes);
  })();
  return language;
}
async function createPowerShellParser() {
  const lang = await loadLanguage();
  const parser = new Parser();
  parser.setLanguage(lang);
  return parser;
}

// dist/src/parse/walk/known-names.js
var PREFERENCE_VARIABLES = [
  "ConfirmPreference",
  "DebugPreference",
  "ErrorActionPreference",
  "ErrorView",
  "FormatEnumerationLimit",
  "InformationPreference",
  "LogCommandHealthEvent",
  "LogCommandLifecycleEvent",
  "LogEngineHealthEvent",
  "LogEngineLifecycleEvent",
  "LogProviderHealthEvent",
  "LogProviderLifecycleEvent",
  "MaximumAliasCount",
  "MaximumDriveCount",
  "MaximumErrorCount",
  "MaximumFunctionCount",
  "MaximumHistoryCount",
  "MaximumVariableCount",
  "OFS",
  "OutputEncoding",
  "ProgressPreference",
  "PSDefaultParameterValues",
  "PSEmailServer",
  "PSModuleAutoLoadingPreference",
  "PSNativeCommandArgumentPassing",
  "PSNativeCommandUseErrorActionPreference",
  "PSSessionApplicationName",
  "PSSessionConfigurationName",
  "PSSessionOption",
  "PSStyle",
  "Transcript",
  "VerbosePreference",
  "WarningPreference",
  "WhatIfPreference"
];
var AUTOMATIC_VARIABLES = new Set([
  ...PREFERENCE_VARIABLES,
  "$",
  "?",
  "^",
  "_",
  "args",
  "ConsoleFileName",
  "EnabledExperimentalFeatures",
  "Error",
  "Event",
  "EventArgs",
  "EventSubscriber",
  "ExecutionContext",
  "false",
  "foreach",
  "HOME",
  "Host",
  "input",
  "IsCoreCLR",
  "IsLinux",
  "IsMacOS",
  "IsWindows",
  "LASTEXITCODE",
  "Matches",
  "MyInvocation",
  "NestedPromptLevel",
  "null",
  "PID",
  "PROFILE",
  "PSBoundParameters",
  "PSCmdlet",
  "PSCommandPath",
  "PSCulture",
  "PSDebugContext",
  "PSEdition",
  "PSHOME",
  "PSItem",
  "PSScriptRoot",
  "PSSenderInfo",
  "PSUICulture",
  "PSVersionTable",
  "PWD",
  "Sender",
  "ShellId",
  "StackTrace",
  "switch",
  "this",
  "true"
].map((n) => n.toLowerCase()));
function isAutomaticVariable(name2) {
  return AUTOMATIC_VARIABLES.has(name2.toLowerCase());
}
var BUILTIN_ALIASES = new Set("% ? cd chdir clc clhy cli clp cls clv copy cpi cvpa dbp del dir ebp echo epal epcsv erase etsn exsn fc fhx fl foreach ft fw gal gbp gc gci gcm gcs gdr gerr ghy gi gjb gl gm gmo gp gps gpv group gsn gu gv h history icm iex ihy ii ipal ipcsv ipmo irm iwr md measure mi move mp nal ndr ni nmo nsn nv oh popd pushd pwd r rbp rcjb rcsn rd rdr ren ri rjb rmo rni rnp rp rsn rv rvpa sajb sal saps sbp select set si sl sls sp spjb spps sv type where wjb ac cat clear compare cp cpp diff gsv gwmi iwmi kill lp ls man mount mv ps rm rmdir rwmi sc sleep sort start swmi tee write".split(" "));
function isBuiltinAlias(name2) {
  return BUILTIN_ALIASES.has(name2.toLowerCase());
}
var TYPE_ACCELERATORS = new Set("Alias AllowEmptyCollection AllowEmptyString AllowNull ArgumentCompleter ArgumentCompletions CimSession CmdletBinding DscLocalConfigurationManager DscProperty DscResource ExperimentAction Experimental ExperimentalFeature IPEndpoint NoRunspaceAffinity NullString ObjectSecurity OutputType PSDefaultValue PSTypeNameAttribute Parameter PhysicalAddress SupportsWildcards ValidateCount ValidateDrive ValidateLength ValidateNotNull ValidateNotNullOrEmpty ValidateNotNullOrWhiteSpace ValidatePattern ValidateRange ValidateScript ValidateSet ValidateTrustedData ValidateUserDrive WildcardPattern X500DistinguishedName X509Certificate array bigint bool byte char cimclass cimconverter ciminstance cimtype cultureinfo datetime decimal double float guid hashtable initialsessionstate int int16 int32 int64 ipaddress long mailaddress ordered powershell psaliasproperty pscredential pscustomobject pslistmodifier psmoduleinfo psnoteproperty psobject psprimitivedictionary pspropertyexpression psscriptmethod psscriptproperty psvariable psvariableproperty ref regex runspace runspacefactory sbyte scriptblock securestring semver short single string switch timespan type uint uint16 uint32 uint64 ulong uri ushort version void xml Environment Math Console Convert IO Text Object Exception".split(" ").map((n) => n.toLowerCase()));
function isBuiltinTypeName(name2) {
  return TYPE_ACCELERATORS.has(name2.toLowerCase());
}
function isVerbNoun(name2) {
  return /^[A-Za-z]+-[A-Za-z0-9_.]+$/.test(name2);
}

// dist/src/parse/walk/names.js
var QUALIFIERS = /* @__PURE__ */ new Set(["global", "script", "local", "private", "using", "workflow"]);
function splitQualifier(s) {
  const [, written = "", rest = ""] = /^([A-Za-z]+):(.*)$/s.exec(s) ?? [];
  const q = written.toLowerCase();
  if (QUALIFIERS.has(q))
    return q === "workflow" ? { rest } : { qualifier: q, rest };
  return { rest: s };
}
function splitFunctionScope(written) {
  const [, qualifier, name2] = /^(global|script|local|private):(.+)$/i.exec(written) ?? [];
  return qualifier !== void 0 && name2 !== void 0 ? { scope: qualifier.toLowerCase(), name: name2 } : { name: written };
}
function parseVariable(raw) {
  const splat = raw.startsWith("@");
  let body2 = raw.slice(1);
  if (body2.startsWith("{") && body2.endsWith("}"))
    body2 = body2.slice(1, -1).replace(/`(.)/g, "$1");
  const q = splitQualifier(body2);
  if (q.qualifier)
    return { name: q.rest, qualifier: q.qualifier, splat };
  const m = /^([A-Za-z][\w]*):(.+)$/s.exec(body2);
  if (m) {
    const [, written = "", rest = ""] = m;
    const drive = written.toLowerCase();
    const inner = drive === "function" || drive === "variable" ? splitQualifier(rest) : { rest };
    return inner.qualifier ? { name: inner.rest, drive, qualifier: inner.qualifier, splat } : { name: inner.rest, drive, splat };
  }
  return { name: body2, splat };
}
function parseProviderPath(path4) {
  const m = /^(function|alias|variable|env):[\\/]?(.+)$/is.exec(path4.trim());
  if (!m)
    return void 0;
  const [, written = "", rest = ""] = m;
  const drive = written.toLowerCase();
  const q = drive === "env" || drive === "alias" ? { rest } : splitQualifier(rest);
  const qualifier = q.qualifier === "using" ? void 0 : q.qualifier;
  return qualifier ? { drive, name: q.rest, qualifier } : { drive, name: q.rest };
}
function looksLikeProviderPath(text) {
  const m = /^["']?(function|alias|variable|env):/i.exec(text.trim());
  return m?.[1]?.toLowerCase();
}

// dist/src/parse/walk/parameters.js
var PARAMETER_ATTRIBUTE = /^(?:System\.Management\.Automation\.)?Parameter(?:Attribute)?$/i;
var CMDLET_BINDING = /^(?:System\.Management\.Automation\.)?CmdletBinding(?:Attribute)?$/i;
function declaredParameters(nodes, text) {
  const params = [];
  let advanced = false;
  let positionalBinding = true;
  let unknown;
  const stack = [...nodes].reverse();
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "script_parameter") {
      const v = n.children.find((c) => c.type === "variable");
      if (!v)
        continue;
      const param = {
        name: parseVariable(text.slice(v.start, v.end)).name,
        isSwitch: /\[\s*(?:System\.Management\.Automation\.)?switch(?:Parameter)?\s*\]\s*$/i.test(text.slice(n.start, v.start))
      };
      let parameterAttributes = 0;
      for (const a of attributes(n, text)) {
        if (a.name === void 0) {
          if (PARAMETER_ATTRIBUTE.test(a.type ?? ""))
            unknown ??= "a [Parameter] attribute without parentheses";
          continue;
        }
        if (!PARAMETER_ATTRIBUTE.test(a.name))
          continue;
        advanced = true;
        if (++parameterAttributes > 1)
          unknown ??= "its parameters are in parameter sets";
        for (const [key, value] of a.arguments) {
          if (key === "position") {
            if (value !== void 0 && /^\d+$/.test(value))
              param.position = Number(value);
            else
              unknown ??= "a Position that is not a literal number";
          } else if (key === "parametersetname")
            unknown ??= "its parameters are in parameter sets";
          else if (key === "valuefromremainingarguments" && !/^\$false$/i.test(value ?? ""))
            unknown ??= "a parameter takes the remaining arguments";
        }
      }
      params.push(param);
      continue;
    }
    if (n.type === "param_block") {
      for (const a of attributes(n, text)) {
        if (a.name === void 0 || !CMDLET_BINDING.test(a.name))
          continue;
        advanced = true;
        const value = a.arguments.find(([key]) => key === "positionalbinding")?.[1];
        if (value === void 0 || /^\$true$/i.test(value))
          continue;
        if (/^\$false$/i.test(value))
          positionalBinding = false;
        else
          unknown ??= "a PositionalBinding that is not $true or $false";
      }
    }
    if (n.type === "function_statement" || n.type === "script_block_expression" || n.type === "statement_list")
      continue;
    stack.push(...[...n.children].reverse());
  }
  const declared = params.map((p) => p.name);
  const switches = params.filter((p) => p.isSwitch).map((p) => p.name);
  if (!advanced)
    return { declared, switches };
  if (unknown !== void 0)
    return { declared, switches, positional: { unknown } };
  const positioned = params.filter((p) => p.position !== void 0);
  positioned.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const shared = positioned.find((p, k) => k > 0 && p.position === positioned[k - 1]?.position);
  if (shared)
    return { declared, switches, positional: { unknown: `two parameters share Position ${shared.position}` } };
  const order = positioned.length > 0 ? positioned : positionalBinding ? params.filter((p) => !p.isSwitch) : [];
  return { declared, switches, positional: { order: order.map((p) => p.name) } };
}
function attributes(node, source) {
  const out2 = [];
  const text = (n) => source.slice(n.start, n.end);
  for (const list of node.children) {
    if (list.type !== "attribute_list")
      continue;
    for (const a of list.children) {
      if (a.type !== "attribute")
        continue;
      const name2 = a.children.find((c) => c.type === "attribute_name");
      if (!name2) {
        const type = a.children.find((c) => c.type === "type_literal")?.children.find((c) => c.type === "type_spec");
        out2.push({ ...type ? { type: text(type) } : {}, arguments: [] });
        continue;
      }
      const args2 = a.children.filter((c) => c.type === "attribute_arguments").flatMap((c) => c.children.filter((d) => d.type === "attribute_argument")).map((arg) => {
        const key = arg.children.find((c) => c.type === "simple_name");
        const value = key ? arg.children.filter((c) => c !== key) : [];
        const first = value.at(0);
        const last2 = value.at(-1);
        return [
          key ? text(key).toLowerCase() : "",
          first && last2 ? source.slice(first.start, last2.end).trim() : void 0
        ];
      });
      out2.push({ name: text(name2).replace(/\s+/g, ""), arguments: args2 });
    }
  }
  return out2;
}

// dist/src/parse/walk/context.js
function oneLine(s) {
  const line = firstLine(s).trim();
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

// dist/src/parse/walk/command-args.js
function commandParts(command, text) {
  let operator;
  let nameNode;
  const elements = [];
  for (const c of command.children) {
    if (c.type === "command_invokation_operator") {
      operator = text.slice(c.start, c.end).trim() === "." ? "." : "&";
    } else if (c.type === "command_name" || c.type === "command_name_expr") {
      nameNode = c.type === "command_name_expr" && c.children.length === 1 ? c.children[0] : c;
    } else if (c.type === "command_elements") {
      for (const e of c.children) {
        if (e.type !== "redirection" && e.type !== "stop_parsing" && e.type !== "comment")
          elements.push(e);
      }
    }
  }
  if (!nameNode)
    return void 0;
  return operator ? { operator, nameNode, elements } : { nameNode, elements };
}
var COMMON_VALUE_PARAMETERS = [
  "ErrorAction",
  "WarningAction",
  "InformationAction",
  "ProgressAction",
  "ErrorVariable",
  "WarningVariable",
  "InformationVariable",
  "OutVariable",
  "OutBuffer",
  "PipelineVariable"
];
var KNOWN_SWITCHES = new Set([
  "Force",
  "PassThru",
  "Global",
  "NoClobber",
  "DisableNameChecking",
  "AsCustomObject",
  "ListAvailable",
  "All",
  "Recurse",
  "Raw",
  "Quiet",
  "Verbose",
  "Debug",
  "WhatIf",
  "Confirm",
  "IsValid",
  "Refresh",
  "SkipEditionCheck",
  "Persist",
  "Native",
  "NoNewScope",
  "AsJob",
  "Syntax",
  "ShowCommandInfo",
  "ValueOnly",
  "Exclude",
  "FullyQualifiedModule"
].map((s) => s.toLowerCase()));
function bindArguments(written, text, valueParameters, positionalOrder = []) {
  const elements = joinCommaLists(written, text);
  const canonical = [...valueParameters, ...COMMON_VALUE_PARAMETERS].map((p) => p.toLowerCase());
  const named = /* @__PURE__ */ new Map();
  const positional = [];
  for (let i2 = 0; i2 < elements.length; i2++) {
    const e = at(elements, i2);
    if (e.type !== "command_parameter") {
      positional.push(e);
      continue;
    }
    const raw = text.slice(e.start, e.end);
    const colon = raw.endsWith(":");
    const written2 = raw.replace(/^-+/, "").replace(/:$/, "").toLowerCase();
    const exact = canonical.find((p) => p === written2);
    const prefixed = canonical.filter((p) => p.startsWith(written2));
    const name2 = exact ?? (prefixed.length === 1 ? at(prefixed, 0) : written2);
    const next2 = elements.at(i2 + 1);
    const takesValue = colon || !KNOWN_SWITCHES.has(name2) && next2 !== void 0 && next2.type !== "command_parameter";
    if (takesValue && next2 && next2.type !== "command_parameter") {
      named.set(name2, next2);
      i2++;
    } else {
      named.set(name2, true);
    }
  }
  let next = 0;
  for (const p of positionalOrder) {
    const key = p.toLowerCase();
    if (named.has(key))
      continue;
    const value = positional.at(next++);
    if (value === void 0)
      break;
    named.set(key, value);
  }
  return { named, positional };
}
function joinCommaLists(elements, text) {
  const out2 = [];
  const joined = /* @__PURE__ */ new Set();
  for (const e of elements) {
    const prev = out2.at(-1);
    if (prev && prev.type !== "command_parameter" && e.type !== "command_parameter" && /^\s*,\s*$/.test(text.slice(prev.end, e.start))) {
      const items = joined.has(prev) ? prev.children : [prev];
      const list = {
        type: "array_literal_expression",
        start: at(items, 0).start,
        end: e.end,
        children: [...items, e],
        parent: e.parent
      };
      joined.add(list);
      out2[out2.length - 1] = list;
      continue;
    }
    out2.push(e);
  }
  return out2;
}
function argumentFor(bound, parameter) {
  const v = bound.named.get(parameter.toLowerCase());
  return v === true ? void 0 : v;
}

// dist/src/parse/walk/dot-source-paths.js
import path3 from "node:path";

// dist/src/parse/walk/literals.js
var STRING_TYPES = /* @__PURE__ */ new Set([
  "generic_token",
  "verbatim_string_characters",
  "verbatim_here_string_characters",
  "expandable_string_literal",
  "expandable_here_string_literal",
  "command_name",
  "simple_name",
  "type_identifier",
  "decimal_integer_literal",
  "path_command_name_token"
]);
function unescape(s) {
  return s.replace(/`(.)/g, (_m, c) => ({ n: "\n", r: "\r", t: "	", "0": "\0" })[c] ?? c);
}
function staticString(node, text) {
  if (!STRING_TYPES.has(node.type)) {
    if (node.type === "path_command_name" && node.children.every((c) => c.type === "path_command_name_token")) {
      return text.slice(node.start, node.end);
    }
    return void 0;
  }
  const raw = text.slice(node.start, node.end);
  switch (node.type) {
    case "verbatim_string_characters":
      return raw.slice(1, -1).replace(/''/g, "'");
    case "verbatim_here_string_characters":
      return raw.replace(/^@'[^\n]*\n/, "").replace(/\r?\n'@$/, "");
    case "expandable_string_literal":
      if (node.children.length > 0 || /(^|[^`])\$[\w{(]/.test(raw))
        return void 0;
      return unescape(raw.slice(1, -1).replace(/""/g, '"'));
    case "expandable_here_string_literal":
      if (node.children.length > 0)
        return void 0;
      return unescape(raw.replace(/^@"[^\n]*\n/, "").replace(/\r?\n"@$/, ""));
    default:
      if (/(^|[^`])\$/.test(raw))
        return void 0;
      return unescape(raw);
  }
}
function staticStrings(node, text) {
  if (node.type === "array_literal_expression") {
    const out2 = [];
    for (const c of node.children) {
      const v2 = staticString(c, text);
      if (v2 === void 0)
        return void 0;
      out2.push(v2);
    }
    return out2;
  }
  const v = staticString(node, text);
  return v === void 0 ? void 0 : [v];
}
function isWildcard(name2) {
  return /[*?[\]]/.test(name2);
}

// dist/src/parse/walk/dot-source-paths.js
function dotSourceRequest(values) {
  if (values === void 0 || values.length === 0)
    return { kind: "dynamic", why: "its value is built at run time" };
  const walks = values.filter((v) => v.kind === "walk");
  if (walks.length > 0) {
    const only = values.length === 1 ? values[0] : void 0;
    if (only?.kind === "walk")
      return { kind: "walk", walk: only.walk };
    return { kind: "dynamic", why: "it mixes a folder walk with other values" };
  }
  const targets = [];
  for (const v of values) {
    if (v.kind !== "path") {
      const text = v.kind === "text" ? v.text : "";
      return {
        kind: "dynamic",
        why: isRooted(text) ? `it names an absolute path (${text}), outside the profile` : `it is relative to the current location, not to the file (${text})`
      };
    }
    targets.push(normalize(v.rel));
  }
  return { kind: "files", targets };
}
var MAX_DEPTH = 64;
var depth = 0;
function evaluate(node, env) {
  if (depth >= MAX_DEPTH)
    return void 0;
  depth++;
  try {
    return evaluateNode(node, env);
  } finally {
    depth--;
  }
}
function evaluateNode(node, env) {
  switch (node.type) {
    case "variable":
      return variableValue(node, env);
    case "member_access":
      return memberValue(node, env);
    case "expandable_string_literal":
    case "expandable_here_string_literal":
      return node.children.length === 0 ? literal(node, env) : expandable(node, env);
    case "path_command_name":
      return bareword(node, env);
    case "parenthesized_expression":
    case "sub_expression":
    case "array_expression":
    case "pipeline": {
      const only = single(node);
      return only ? evaluate(only, env) : void 0;
    }
    case "statement_list":
      return concatLists(node.children.map((c) => evaluate(c, env)));
    case "pipeline_chain": {
      const only = single(node);
      return only ? evaluate(only, env) : chainValue(node.children, env);
    }
    case "command":
      return chainValue([node], env);
    case "invokation_expression":
      return pathMethod(node, env);
    case "additive_expression":
      return additive(node, env);
    case "array_literal_expression":
      return concatLists(node.children.map((c) => evaluate(c, env)));
    default:
      return literal(node, env);
  }
}
function single(node) {
  return node.children.length === 1 ? node.children.at(0) : void 0;
}
function literal(node, env) {
  const s = staticString(node, env.text);
  return s === void 0 ? void 0 : [{ kind: "text", text: s }];
}
function concatLists(lists) {
  const out2 = [];
  for (const l of lists) {
    if (l === void 0)
      return void 0;
    out2.push(...l);
  }
  return out2;
}
var PSITEM = /* @__PURE__ */ new Set(["_", "psitem"]);
function variableValue(node, env) {
  const v = parseVariable(env.text.slice(node.start, node.end));
  if (v.drive || v.splat || v.qualifier === "using")
    return void 0;
  const name2 = v.name.toLowerCase();
  if (!v.qualifier) {
    if (name2 === "psscriptroot")
      return [{ kind: "path", rel: normalize(path3.posix.dirname(env.file)) }];
    if (name2 === "pscommandpath")
      return [{ kind: "path", rel: normalize(env.file) }];
    if (PSITEM.has(name2))
      return pipelineItem(node, env);
  }
  return env.lookup(name2);
}
function memberValue(node, env) {
  const raw = env.text.slice(node.start, node.end).replace(/\s+/g, "");
  if (/^\$(\{MyInvocation\}|MyInvocation)\.MyCommand\.(Path|Definition|Source)$/i.test(raw)) {
    return env.fileScope ? [{ kind: "path", rel: normalize(env.file) }] : void 0;
  }
  const [object, member] = node.children;
  if (!object || !member || member.type !== "simple_name")
    return void 0;
  if (!/^(FullName|PSPath)$/i.test(env.text.slice(member.start, member.end)))
    return void 0;
  const of = evaluate(object, env);
  return of?.every((v) => v.kind === "walk") ? of : void 0;
}
function expandable(node, env) {
  const text = env.text;
  const open = text.startsWith('@"', node.start) ? text.indexOf("\n", node.start) + 1 : node.start + 1;
  const close = text.startsWith('"@', node.end - 2) ? node.end - 2 : node.end - 1;
  const pieces = [];
  let at2 = open;
  for (const c of node.children) {
    pieces.push([{ kind: "text", text: unescape2(text.slice(at2, c.start)) }]);
    const v = c.type === "variable" ? variableValue(c, env) : evaluate(c, env);
    if (v === void 0)
      return void 0;
    pieces.push(v);
    at2 = c.end;
  }
  pieces.push([{ kind: "text", text: unescape2(text.slice(at2, Math.max(at2, close))) }]);
  return concatPieces(pieces);
}
function bareword(node, env) {
  const text = env.text;
  const [first, second] = node.children;
  if (node.children.length === 2 && first?.type === "variable" && second?.type === "path_command_name_token") {
    const member = /^\.(FullName|PSPath)$/i.exec(text.slice(second.start, second.end));
    if (member) {
      const of = variableValue(first, env);
      return of?.every((v) => v.kind === "walk") ? of : void 0;
    }
  }
  const pieces = [];
  for (const c of node.children) {
    if (c.type === "path_command_name_token")
      pieces.push([{ kind: "text", text: unescape2(text.slice(c.start, c.end)) }]);
    else {
      const v = c.type === "variable" ? variableValue(c, env) : evaluate(c, env);
      if (v === void 0)
        return void 0;
      pieces.push(v);
    }
  }
  return concatPieces(pieces);
}
function additive(node, env) {
  const [left, right] = node.children;
  if (node.children.length !== 2 || !left || !right)
    return void 0;
  if (env.text.slice(left.end, right.start).trim() !== "+")
    return void 0;
  const l = evaluate(left, env);
  const r = evaluate(right, env);
  return l && r ? concatPieces([l, r]) : void 0;
}
function concatPieces(pieces) {
  let acc = [{ kind: "text", text: "" }];
  for (const piece of pieces) {
    const next = [];
    for (const a of acc) {
      for (const b of piece) {
        const v = concat(a, b);
        if (v === void 0)
          return void 0;
        next.push(v);
      }
    }
    acc = next;
  }
  return acc;
}
function concat(a, b) {
  if (a.kind === "text" && a.text === "")
    return b;
  if (b.kind === "text" && b.text === "")
    return a;
  if (a.kind === "text" && b.kind === "text")
    return { kind: "text", text: a.text + b.text };
  if (a.kind === "path" && b.kind === "text" && (/^[\\/]/.test(b.text) || !/(^|[\\/])\.\.?$/.test(a.rel))) {
    return { kind: "path", rel: a.rel + b.text };
  }
  return void 0;
}
function join(a, b) {
  if (b.kind !== "text")
    return void 0;
  const child = b.text.replace(/^[\\/]+/, "");
  if (a.kind === "path")
    return { kind: "path", rel: `${a.rel.replace(/[\\/]+$/, "")}/${child}` };
  if (a.kind === "text" && a.text !== "")
    return { kind: "text", text: `${a.text.replace(/[\\/]+$/, "")}/${child}` };
  return void 0;
}
function combine(a, b) {
  if (b.kind === "text" && isRooted(b.text))
    return b;
  return join(a, b);
}
function parent(a) {
  if (a.kind === "path")
    return { kind: "path", rel: normalize(`${a.rel}/..`) };
  if (a.kind === "text" && /[\\/]/.test(a.text.replace(/[\\/]+$/, ""))) {
    return { kind: "text", text: a.text.replace(/[\\/]+$/, "").replace(/[\\/][^\\/]*$/, "") };
  }
  return void 0;
}
function isRooted(s) {
  return /^([\\/]|[A-Za-z]:|~)/.test(s);
}
function normalized(v) {
  return v.kind === "path" ? { kind: "path", rel: normalize(v.rel) } : v;
}
function normalize(p) {
  const n = path3.posix.normalize(p.replace(/\\/g, "/")).replace(/\/+$/, "");
  return n === "" ? "." : n;
}
function unescape2(s) {
  return s.replace(/`(.)/g, (_m, c) => ({ n: "\n", r: "\r", t: "	", "0": "\0" })[c] ?? c);
}
function cross(lists, op) {
  let acc = lists[0];
  for (const next of lists.slice(1)) {
    if (acc === void 0)
      return void 0;
    const out2 = [];
    for (const a of acc) {
      for (const b of next) {
        const v = op(a, b);
        if (v === void 0)
          return void 0;
        out2.push(v);
      }
    }
    acc = out2;
  }
  return acc;
}
var COMMANDS = new Map(Object.entries({
  "join-path": "join-path",
  "split-path": "split-path",
  "resolve-path": "resolve-path",
  rvpa: "resolve-path",
  "convert-path": "resolve-path",
  cvpa: "resolve-path",
  "get-childitem": "get-childitem",
  gci: "get-childitem",
  ls: "get-childitem",
  dir: "get-childitem",
  "sort-object": "sort-object",
  sort: "sort-object"
}));
function commandName(command, text) {
  const parts2 = commandParts(command, text);
  if (!parts2 || parts2.operator)
    return void 0;
  const lower = staticString(parts2.nameNode, text)?.toLowerCase();
  const written = lower?.includes("\\") ? lower.replace(/^microsoft\.powershell\.\w+\\/, "") : lower;
  const name2 = written === void 0 ? void 0 : COMMANDS.get(written);
  return name2 === void 0 ? void 0 : { name: name2, args: parts2.elements };
}
function bind(args2, text, values, switches) {
  const named = /* @__PURE__ */ new Map();
  const positional = [];
  const all = [...values, ...switches, "erroraction", "ea"];
  for (let i2 = 0; i2 < args2.length; i2++) {
    const e = args2.at(i2);
    if (!e)
      break;
    if (e.type !== "command_parameter") {
      positional.push(e);
      continue;
    }
    const raw = text.slice(e.start, e.end).replace(/^-+/, "");
    const colon = raw.endsWith(":");
    const written = raw.replace(/:$/, "").toLowerCase();
    const matches = all.filter((p) => p.startsWith(written));
    const name2 = all.includes(written) ? written : matches.length === 1 ? matches[0] : void 0;
    if (name2 === void 0)
      return void 0;
    const takesValue = values.includes(name2) || name2 === "erroraction" || name2 === "ea" || colon;
    const next = args2[i2 + 1];
    if (takesValue && next && next.type !== "command_parameter") {
      named.set(name2, next);
      i2++;
    } else if (takesValue) {
      return void 0;
    } else {
      named.set(name2, true);
    }
  }
  return { named, positional };
}
function valueOf(bound, name2) {
  const v = bound.named.get(name2);
  return v === true ? void 0 : v;
}
function chainValue(elements, env) {
  const [first, ...rest] = elements;
  if (!first)
    return void 0;
  let values = first.type === "command" ? commandValue(first, env) : evaluate(first, env);
  for (const next of rest) {
    if (values === void 0 || next.type !== "command")
      return void 0;
    const c = commandName(next, env.text);
    if (c?.name !== "sort-object")
      return void 0;
    values = sorted(values, c.args, env);
  }
  return values;
}
function commandValue(command, env) {
  const c = commandName(command, env.text);
  if (!c)
    return void 0;
  const text = env.text;
  switch (c.name) {
    case "join-path": {
      const b = bind(c.args, text, ["path", "childpath", "additionalchildpath"], ["resolve"]);
      if (!b)
        return void 0;
      const segments = [valueOf(b, "path"), valueOf(b, "childpath")];
      let positional = b.positional;
      if (segments[0] === void 0)
        [segments[0], ...positional] = positional;
      if (segments[1] === void 0)
        [segments[1], ...positional] = positional;
      const extra = valueOf(b, "additionalchildpath");
      const nodes = [...segments, ...positional, ...extra ? [extra] : []];
      if (nodes.some((n) => n === void 0) || nodes.length < 2)
        return void 0;
      const lists = nodes.map((n) => evaluate(n, env));
      if (lists.some((l) => l === void 0))
        return void 0;
      const [base, ...children] = lists;
      const childSegments = children.flatMap((l, i2) => extra && i2 === children.length - 1 ? l.map((v) => [v]) : [l]);
      return base ? cross([base, ...childSegments], join) : void 0;
    }
    case "split-path": {
      const b = bind(c.args, text, ["path", "literalpath"], ["parent"]);
      if (!b)
        return void 0;
      const target = valueOf(b, "path") ?? valueOf(b, "literalpath") ?? b.positional[0];
      if (!target || b.positional.length > (valueOf(b, "path") || valueOf(b, "literalpath") ? 0 : 1))
        return void 0;
      const of = evaluate(target, env);
      if (!of)
        return void 0;
      const out2 = [];
      for (const v of of) {
        const p = parent(v);
        if (!p)
          return void 0;
        out2.push(p);
      }
      return out2;
    }
    case "resolve-path": {
      const b = bind(c.args, text, ["path", "literalpath"], []);
      const target = b && (valueOf(b, "path") ?? valueOf(b, "literalpath") ?? b.positional[0]);
      const of = target ? evaluate(target, env) : void 0;
      return of?.every((v) => v.kind === "path") ? of : void 0;
    }
    case "get-childitem":
      return folderWalk(c.args, env);
  }
  return void 0;
}
function folderWalk(args2, env) {
  const b = bind(args2, env.text, ["path", "literalpath", "filter"], ["file", "force"]);
  if (!b || b.positional.length > 2)
    return void 0;
  const folderNode = valueOf(b, "path") ?? valueOf(b, "literalpath") ?? b.positional[0];
  const filterNode = valueOf(b, "filter") ?? (valueOf(b, "path") || valueOf(b, "literalpath") ? b.positional[0] : b.positional[1]);
  const folder = folderNode ? evaluate(folderNode, env) : void 0;
  const dir = folder?.length === 1 ? folder.at(0) : void 0;
  if (dir?.kind !== "path")
    return void 0;
  let filter;
  if (filterNode) {
    const f = evaluate(filterNode, env);
    const only = f?.length === 1 ? f.at(0) : void 0;
    if (only?.kind !== "text")
      return void 0;
    filter = only.text;
  }
  const walk = {
    folder: normalize(dir.rel),
    ...filter === void 0 ? {} : { filter },
    sort: "none",
    descending: false,
    hidden: b.named.has("force")
  };
  return [{ kind: "walk", walk }];
}
function sorted(values, args2, env) {
  const b = bind(args2, env.text, ["property"], ["descending"]);
  if (!b || b.positional.length > 1)
    return void 0;
  const propertyNode = valueOf(b, "property") ?? b.positional[0];
  const property = propertyNode ? staticString(propertyNode, env.text)?.toLowerCase() : void 0;
  if (propertyNode && property !== "name" && property !== "fullname")
    return void 0;
  const descending = b.named.has("descending");
  const only = values.length === 1 ? values.at(0) : void 0;
  if (only?.kind === "walk") {
    return [{ kind: "walk", walk: { ...only.walk, sort: "name", descending } }];
  }
  const texts = values.flatMap((v) => v.kind === "text" ? [v.text] : []);
  if (texts.length !== values.length || propertyNode)
    return void 0;
  const order = [...texts].sort(new Intl.Collator("und", { sensitivity: "accent" }).compare);
  if (descending)
    order.reverse();
  return order.map((text) => ({ kind: "text", text }));
}
function pathMethod(node, env) {
  const [type, member, args2] = node.children;
  if (!type || !member || args2?.type !== "argument_list")
    return void 0;
  if (!/^\[\s*(System\.)?IO\.Path\s*\]$/i.test(env.text.slice(type.start, type.end)))
    return void 0;
  if (!env.text.slice(type.end, member.start).includes("::"))
    return void 0;
  const nodes = args2.children.flatMap((c) => c.type === "argument_expression_list" ? c.children : [c]);
  const lists = nodes.map((n) => evaluate(n, env));
  if (lists.length === 0 || lists.some((l) => l === void 0))
    return void 0;
  const values = lists;
  const first = values.length === 1 ? values.at(0) : void 0;
  switch (env.text.slice(member.start, member.end).toLowerCase()) {
    case "combine":
      return values.length >= 2 ? cross(values, combine) : void 0;
    case "getfullpath":
      return first?.every((v) => v.kind === "path") ? first : void 0;
    case "getdirectoryname":
      return first ? cross([first, [{ kind: "text", text: "" }]], (a) => parent(a)) : void 0;
  }
  return void 0;
}
function pipelineItem(node, env) {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "function_statement")
      return void 0;
    if (p.type !== "script_block_expression")
      continue;
    if (p.role !== "each")
      return void 0;
    const command = p.parent?.type === "command_elements" ? p.parent.parent : void 0;
    const chain = command?.parent;
    if (!command || chain?.type !== "pipeline_chain")
      return void 0;
    const at2 = chain.children.indexOf(command);
    const name2 = commandParts(command, env.text);
    const written = name2 ? staticString(name2.nameNode, env.text)?.toLowerCase() : void 0;
    if (written !== "foreach-object" && written !== "%" && written !== "foreach")
      return void 0;
    return at2 > 0 ? chainValue(chain.children.slice(0, at2), env) : void 0;
  }
  return void 0;
}
function isTestPathGuarded(command, values, env) {
  const key = JSON.stringify(values.map(normalized));
  for (let p = command; p.parent; p = p.parent) {
    const parentNode = p.parent;
    if (parentNode.type === "function_statement" || parentNode.type === "script_block_expression")
      return false;
    if (parentNode.type !== "if_statement" || p.type !== "statement_block")
      continue;
    if (parentNode.children.find((c) => c.type === "statement_block") !== p)
      continue;
    const condition = parentNode.children[0];
    if (!condition)
      continue;
    const stack = [condition];
    for (let n = stack.pop(); n; n = stack.pop()) {
      if (n.type === "command") {
        const parts2 = commandParts(n, env.text);
        const name2 = parts2 ? staticString(parts2.nameNode, env.text)?.toLowerCase() : void 0;
        if (parts2 && name2 === "test-path") {
          const b = bind(parts2.elements, env.text, ["path", "literalpath", "pathtype"], []);
          const arg = b && (valueOf(b, "path") ?? valueOf(b, "literalpath") ?? b.positional[0]);
          const v = arg ? evaluate(arg, env) : void 0;
          if (v && JSON.stringify(v.map(normalized)) === key)
            return true;
        }
      }
      stack.push(...n.children);
    }
  }
  return false;
}

// dist/src/parse/walk/loader-calls.js
function loaderCallRequest(spec, elements, env) {
  const params = [spec.rootParameter, spec.pathParameter, spec.listParameter].filter((p) => p !== void 0);
  const b = bindArguments(elements, env.text, params);
  const rootNode = spec.rootParameter ? argumentFor(b, spec.rootParameter) : void 0;
  const pathNode = spec.pathParameter ? argumentFor(b, spec.pathParameter) : spec.listParameter ? argumentFor(b, spec.listParameter) : void 0;
  const dynamic = (why) => ({ request: { kind: "dynamic", why }, pathNode });
  if (!pathNode)
    return dynamic(`the call passes no -${spec.pathParameter ?? spec.listParameter ?? "path"}`);
  let root;
  if (spec.rootParameter) {
    const values = rootNode ? evaluate(rootNode, env) : void 0;
    const only = values?.length === 1 ? values.at(0) : void 0;
    if (only?.kind !== "path")
      return dynamic(`its -${spec.rootParameter} is not a folder known statically`);
    root = only;
  }
  const pathLists = spec.pathParameter ? [pathNode] : hashEntries(pathNode, spec.pathKey ?? "", env.text);
  if (!pathLists)
    return dynamic(`its -${spec.listParameter} is not a literal list of hashtables with ${spec.pathKey}`);
  const targets = [];
  for (const node of pathLists) {
    const segments = evaluate(node, env);
    if (!segments || segments.length === 0)
      return dynamic("its path is built at run time");
    const joined = joinSegments(root, segments);
    if (joined === void 0)
      return dynamic("its path is not under a folder known statically");
    targets.push(joined);
  }
  return { request: dotSourceRequest(targets.map((rel) => ({ kind: "path", rel }))), pathNode };
}
function joinSegments(root, segments) {
  let rel = root?.kind === "path" ? root.rel : void 0;
  for (const s of segments) {
    if (s.kind === "path" && rel === void 0)
      rel = s.rel;
    else if (s.kind === "text" && rel !== void 0)
      rel = `${rel}/${s.text.replace(/^[\\/]+/, "")}`;
    else
      return void 0;
  }
  return rel === void 0 ? void 0 : normalize(rel);
}
function hashEntries(node, key, text) {
  const tables = [];
  const stack = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "hash_literal_expression")
      tables.push(n);
    else if (["array_expression", "statement_list", "pipeline", "pipeline_chain", "array_literal_expression"].includes(n.type)) {
      stack.push(...[...n.children].reverse());
    } else
      return void 0;
  }
  const out2 = [];
  for (const table of tables.sort((a, b) => a.start - b.start)) {
    const body2 = table.children.find((c) => c.type === "hash_literal_body");
    const entry = body2?.children.find((e) => {
      const k = e.children.at(0);
      return e.type === "hash_entry" && k !== void 0 && staticString(k, text)?.toLowerCase() === key.toLowerCase();
    });
    const value = entry?.children.at(1);
    if (!value)
      return void 0;
    out2.push(value);
  }
  return out2;
}
function loaderCandidate(command, sources, parameters) {
  const written = (lower) => parameters.find((p) => p.toLowerCase() === lower) ?? lower;
  const lists = [...sources].map((s) => /^(\w+)\[\]\.(\w+)$/.exec(s)).filter((m) => m !== null);
  const plain = [...new Set([...sources].filter((s) => !s.includes(".")).map((s) => s.replace(/\[\]$/, "")))];
  const byDeclaration = (a, b) => parameters.findIndex((p) => p.toLowerCase() === a) - parameters.findIndex((p) => p.toLowerCase() === b);
  plain.sort(byDeclaration);
  const rootFirst = [...plain].sort((a, b) => Number(!isRootName(a)) - Number(!isRootName(b)));
  const [first, second] = plain;
  const [, list, key] = lists.at(0) ?? [];
  if (lists.length === 1 && plain.length <= 1 && list !== void 0 && key !== void 0) {
    return {
      command,
      ...first ? { rootParameter: written(first) } : {},
      listParameter: written(list),
      pathKey: key
    };
  }
  if (lists.length > 0 || first === void 0)
    return void 0;
  if (second === void 0)
    return { command, pathParameter: written(first) };
  if (plain.length > 2)
    return void 0;
  const root = rootFirst.at(0) ?? first;
  return { command, rootParameter: written(root), pathParameter: written(root === first ? second : first) };
}
function isRootName(lower) {
  return /root|dir|folder|base|home/.test(lower);
}

// dist/src/parse/walk/command-semantics.js
var ALIASES = new Map(Object.entries({
  sal: "set-alias",
  nal: "new-alias",
  ipmo: "import-module",
  gcm: "get-command",
  "%": "foreach-object",
  foreach: "foreach-object",
  "?": "where-object",
  where: "where-object",
  iex: "invoke-expression",
  echo: "write-output",
  write: "write-output",
  cd: "set-location",
  chdir: "set-location",
  sl: "set-location",
  pushd: "push-location",
  popd: "pop-location",
  si: "set-item",
  ni: "new-item",
  sv: "set-variable",
  set: "set-variable",
  nv: "new-variable",
  gv: "get-variable",
  gmo: "get-module",
  ndr: "new-psdrive",
  mount: "new-psdrive",
  icm: "invoke-command",
  gal: "get-alias",
  gci: "get-childitem",
  ls: "get-childitem",
  dir: "get-childitem",
  gc: "get-content",
  cat: "get-content",
  type: "get-content",
  gi: "get-item",
  select: "select-object",
  sort: "sort-object",
  measure: "measure-object",
  group: "group-object"
}));
var EFFECTS = new Map(Object.entries({
  "import-module": "module-import",
  "set-psreadlineoption": "psreadline",
  "set-psreadlinekeyhandler": "psreadline",
  "remove-psreadlinekeyhandler": "psreadline",
  "register-argumentcompleter": "argument-completer",
  "register-engineevent": "engine-event",
  "register-objectevent": "engine-event",
  "invoke-expression": "invoke-expression",
  "write-host": "output",
  "write-output": "output",
  "out-host": "output",
  "set-location": "location-change",
  "push-location": "location-change",
  "pop-location": "location-change"
}));
var READ_ONLY_VERBS = /* @__PURE__ */ new Set([
  "get",
  "test",
  "join",
  "split",
  "resolve",
  "select",
  "sort",
  "where",
  "foreach",
  "measure",
  "convertto",
  "convertfrom",
  "compare",
  "group"
]);
var READ_ONLY_COMMANDS = /* @__PURE__ */ new Set(["out-null", "out-string", "write-verbose", "write-debug", "invoke-command"]);
var EACH_COMMANDS = /* @__PURE__ */ new Set(["foreach-object", "where-object"]);
var CHILD_COMMANDS = /* @__PURE__ */ new Set(["invoke-command", "measure-command"]);
var INVOKE_COMMAND_HERE = ["scriptblock", "command", "nonewscope", "inputobject", "argumentlist", "args"];
var INVOKE_COMMAND_ELSEWHERE = [
  ...["session", "throttlelimit", "asjob", "hidecomputername", "hcn", "jobname", "remotedebug", "filepath", "pspath"],
  ...["computername", "cn", "credential", "port", "usessl", "configurationname", "applicationname"],
  ...["indisconnectedsession", "disconnected", "sessionname", "sessionoption", "authentication"],
  ...["enablenetworkaccess", "certificatethumbprint", "connectionuri", "uri", "cu", "allowredirection"],
  ...["vmid", "vmguid", "vmname", "hostname", "username", "keyfilepath", "identityfilepath", "subsystem"],
  ...["connectingtimeout", "sshtransport", "options", "containerid", "runasadministrator", "sshconnection"]
];
var COMMON_PARAMETERS = [
  ...["verbose", "vb", "debug", "db", "erroraction", "ea", "warningaction", "wa", "informationaction", "infa"],
  ...["progressaction", "proga", "errorvariable", "ev", "warningvariable", "wv", "informationvariable", "iv"],
  ...["outvariable", "ov", "outbuffer", "ob", "pipelinevariable", "pv"]
];
var INVOKE_COMMAND_ANY = [...INVOKE_COMMAND_HERE, ...INVOKE_COMMAND_ELSEWHERE, ...COMMON_PARAMETERS];
function invokeCommandRole(a, elements) {
  const here = /* @__PURE__ */ new Set([...INVOKE_COMMAND_HERE, ...COMMON_PARAMETERS]);
  let role = "child";
  for (const e of elements) {
    if (e.type !== "command_parameter")
      continue;
    const raw = a.text(e);
    const written = raw.replace(/^-/, "").replace(/:$/, "").toLowerCase();
    const matches = INVOKE_COMMAND_ANY.includes(written) ? [written] : INVOKE_COMMAND_ANY.filter((p) => p.startsWith(written));
    if (matches.length === 0 || matches.some((p) => !here.has(p)))
      return "elsewhere";
    const colon = raw.endsWith(":") || a.source.text[e.end] === ":";
    if (matches.every((p) => p === "nonewscope") && !colon)
      role = "dot";
  }
  return role;
}
function canonicalCommand(name2) {
  let lower = name2.toLowerCase();
  const qualified = lower.includes("\\") ? /^[\w.]+\\([A-Za-z]+-\w+)$/.exec(lower) : null;
  if (qualified)
    lower = qualified[1];
  return ALIASES.get(lower) ?? lower;
}
var NAMED_BLOCKS = /* @__PURE__ */ new Set(["begin", "process", "end", "clean", "dynamicparam"]);
function isKeywordBlock(name2, command, elements) {
  const keyword = name2.toLowerCase();
  const last2 = elements.at(-1);
  if (last2?.type !== "script_block_expression")
    return false;
  if (keyword === "else")
    return elements.length === 1;
  if (keyword === "elseif")
    return elements.length === 2 && elements[0]?.type === "parenthesized_expression";
  if (!NAMED_BLOCKS.has(keyword) || elements.length !== 1)
    return false;
  const statement = command.parent?.parent;
  return statement?.type === "pipeline" && statement.parent?.parent?.type === "program";
}
function isScriptParamBlock(name2, command, elements) {
  if (name2.toLowerCase() !== "param" || elements.length !== 1 || elements[0]?.type !== "parenthesized_expression") {
    return false;
  }
  const statement = command.parent?.parent;
  return statement?.type === "pipeline" && statement.parent?.parent?.type === "program";
}
var NUMBER_LITERAL = /^(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|0x[\da-f]+|0b[01]+)(?:u[lsy]|[ldnusy])?(?:[kmgtp]b)?(?:\.\.\d+)?$/i;
function isNumberLiteral(name2) {
  return NUMBER_LITERAL.test(name2);
}
function isNumberCommand(command, text) {
  const parts2 = commandParts(command, text);
  if (!parts2 || parts2.operator || parts2.nameNode.type !== "command_name")
    return false;
  return isNumberLiteral(text.slice(parts2.nameNode.start, parts2.nameNode.end));
}
function parameterDefaults(list) {
  const out2 = [];
  const stack = [list];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "assignment_expression") {
      for (const value of n.children.slice(2)) {
        const only = value.type === "pipeline" && value.children.length === 1 ? value.children.at(0) : void 0;
        const inner = only ?? value;
        if (inner.type !== "assignment_expression") {
          out2.push(value);
          continue;
        }
        const left = inner.children[0];
        const list2 = left?.type === "left_assignment_expression" ? left.children[0] : left;
        if (list2?.type === "array_literal_expression")
          out2.push(...list2.children.slice(0, -1));
        stack.push(inner);
      }
      continue;
    }
    if (n.type === "pipeline" || n.type === "pipeline_chain" || n.type === "parenthesized_expression") {
      stack.push(...[...n.children].reverse());
    }
  }
  return out2;
}
function staticCommandName(nameNode, text) {
  if (nameNode.type === "command_name") {
    const raw = text.slice(nameNode.start, nameNode.end);
    return /[$"'`]/.test(raw) ? void 0 : raw;
  }
  return staticString(nameNode, text);
}
function analyzeCommand(a, node, ctx) {
  const text = a.source.text;
  const parts2 = commandParts(node, text);
  if (!parts2) {
    a.push(node.children, ctx);
    return;
  }
  const { operator, nameNode, elements } = parts2;
  const children = node.children.filter((c) => c.type !== "command_invokation_operator");
  if (nameNode.type === "script_block_expression") {
    nameNode.role = operator === "." ? "dot" : "child";
    a.push(children, ctx);
    return;
  }
  const name2 = staticCommandName(nameNode, text);
  if (operator === "." && (name2 === void 0 || /[\\/]|\.ps1$/i.test(name2))) {
    const d = dotSource(a, node, nameNode, ctx);
    if (name2 !== void 0)
      a.reference("command", name2, nameNode.start, ctx, "call");
    if (d.dynamic !== void 0 && ctx.phase === "load")
      a.sideEffect("dot-source", oneLine(d.raw), nameNode.start);
    a.push(children, ctx);
    return;
  }
  if (!operator && name2 !== void 0 && isNumberLiteral(name2)) {
    a.push(elements, ctx);
    return;
  }
  if (name2 === void 0) {
    if (operator && ctx.phase === "load")
      a.sideEffect("external-program", oneLine(a.text(nameNode)), nameNode.start);
    a.push(children, ctx);
    return;
  }
  if (!operator && name2.toLowerCase() === "using") {
    a.facts.usings.push({ text: a.text(node), range: { start: node.start, end: node.end }, ...a.pos(node.start) });
    return;
  }
  if (!operator && isScriptParamBlock(name2, node, elements)) {
    const list = elements.at(0);
    if (list)
      a.push(parameterDefaults(list), ctx);
    return;
  }
  if (!operator && isKeywordBlock(name2, node, elements)) {
    for (const e of elements)
      if (e.type === "script_block_expression")
        e.role = "dot";
    const keyword = name2.toLowerCase();
    a.push(elements, keyword === "else" || keyword === "elseif" ? a.conditional(ctx) : ctx);
    return;
  }
  a.reference("command", name2, nameNode.start, ctx, "call");
  const canonical = canonicalCommand(name2);
  const loader = a.source.loaders.get(name2.toLowerCase());
  if (loader)
    loaderCall(a, loader, node, nameNode, elements, ctx);
  const pure = defines(a, canonical, name2, elements, ctx) || probes(a, canonical, elements, ctx);
  readsBody(a, canonical, elements, ctx);
  const invoked = canonical === "invoke-command" ? invokeCommandRole(a, elements) : void 0;
  const remote = invoked === "elsewhere";
  const elsewhere = remote || canonical === "foreach-object" && elements.some((e) => e.type === "command_parameter" && /^-(pa|as)/i.test(a.text(e)));
  for (const e of elements) {
    if (e.type !== "script_block_expression" || elsewhere)
      continue;
    if (EACH_COMMANDS.has(canonical))
      e.role = "each";
    else if (CHILD_COMMANDS.has(canonical))
      e.role = invoked === "dot" ? "dot" : "child";
  }
  if (ctx.phase === "load" && remote)
    a.sideEffect("other-command", name2, nameNode.start);
  else if (ctx.phase === "load" && !pure)
    loadEffect(a, node, nameNode, name2, canonical, operator);
  a.push(children, ctx);
}
function loadEffect(a, node, nameNode, name2, canonical, operator) {
  const effect = EFFECTS.get(canonical);
  if (effect) {
    if (effect !== "module-import")
      a.sideEffect(effect, name2, nameNode.start);
    return;
  }
  if (operator === ".") {
    a.sideEffect("other-command", name2, nameNode.start);
    return;
  }
  if (/[\\/]/.test(name2) || /\.exe$/i.test(name2)) {
    a.sideEffect("external-program", name2, nameNode.start);
    return;
  }
  const [verb = ""] = canonical.split("-");
  if (READ_ONLY_COMMANDS.has(canonical) || EACH_COMMANDS.has(canonical) || CHILD_COMMANDS.has(canonical))
    return;
  if (isVerbNoun(canonical) && READ_ONLY_VERBS.has(verb))
    return;
  if (!isVerbNoun(name2) && !isBuiltinAlias(name2)) {
    a.facts.externalCandidates.push({
      name: name2,
      effect: { kind: "external-program", command: name2, ...a.pos(nameNode.start) }
    });
    return;
  }
  a.sideEffect(a.feedsInvokeExpression.has(node) ? "external-program" : "other-command", name2, nameNode.start);
}
function scopeOf(node, text) {
  const v = node ? staticString(node, text)?.toLowerCase() : void 0;
  return v === "global" || v === "script" || v === "local" || v === "private" ? v : void 0;
}
function defines(a, canonical, written, elements, ctx) {
  const text = a.source.text;
  switch (canonical) {
    case "set-alias":
    case "new-alias": {
      const b2 = bindArguments(elements, text, ["Name", "Value", "Scope", "Description", "Option"], ["Name", "Value"]);
      const nameArg2 = argumentFor(b2, "Name");
      const valueArg = argumentFor(b2, "Value");
      defineNamed(a, "alias", nameArg2, ctx, {
        scope: scopeOf(argumentFor(b2, "Scope"), text),
        via: written,
        target: valueArg ? staticString(valueArg, text) : void 0
      });
      return true;
    }
    case "set-item":
    case "new-item": {
      const positional = canonical === "set-item" ? ["Path", "Value"] : ["Path"];
      const b2 = bindArguments(elements, text, ["Path", "LiteralPath", "Value", "ItemType", "Name", "Type"], positional);
      const pathArg = argumentFor(b2, "Path") ?? argumentFor(b2, "LiteralPath");
      if (!pathArg)
        return false;
      const p = staticString(pathArg, text);
      if (p === void 0) {
        const drive = looksLikeProviderPath(a.text(pathArg));
        if (!drive)
          return false;
        if (drive !== "variable" || !a.nameBuilt("write", pathArg, ctx, void 0, true))
          a.dynamicName(`${drive} name`, pathArg, ctx);
        return true;
      }
      const provider = parseProviderPath(p);
      if (!provider)
        return false;
      const valueArg = argumentFor(b2, "Value");
      const target2 = provider.drive === "alias" && valueArg ? staticString(valueArg, text) : void 0;
      a.define(provider.drive, provider.name, pathArg.start, ctx, { scope: provider.qualifier, via: written, target: target2 });
      return true;
    }
    case "set-variable":
    case "new-variable": {
      const b2 = bindArguments(elements, text, ["Name", "Value", "Scope", "Option", "Visibility", "Description"], ["Name", "Value"]);
      const nameArg2 = argumentFor(b2, "Name");
      const scope = scopeOf(argumentFor(b2, "Scope"), text);
      if (nameArg2 && staticStrings(nameArg2, text) === void 0 && a.nameBuilt("write", nameArg2, ctx, scope))
        return true;
      defineNamed(a, "variable", nameArg2, ctx, { scope, via: written });
      return true;
    }
    case "new-psdrive": {
      const b2 = bindArguments(elements, text, ["Name", "PSProvider", "Root", "Scope", "Description", "Credential"], ["Name", "PSProvider", "Root"]);
      defineNamed(a, "drive", argumentFor(b2, "Name"), ctx, {
        scope: scopeOf(argumentFor(b2, "Scope"), text),
        via: written
      });
      return true;
    }
    case "import-module": {
      const b2 = bindArguments(elements, text, [
        "Name",
        "FullyQualifiedName",
        "Prefix",
        "MinimumVersion",
        "MaximumVersion",
        "RequiredVersion",
        "ArgumentList",
        "Function",
        "Cmdlet",
        "Variable",
        "Alias",
        "Scope",
        "Assembly",
        "ModuleInfo"
      ], ["Name"]);
      const nameArg2 = argumentFor(b2, "Name");
      const names = nameArg2 ? staticStrings(nameArg2, text) : void 0;
      if (nameArg2 && names) {
        for (const n of names)
          a.define("module", moduleName(n), nameArg2.start, ctx, { via: written });
      } else if (nameArg2) {
        a.dynamicName("module name", nameArg2, ctx);
      }
      if (ctx.phase === "load")
        a.sideEffect("module-import", written, nameArg2?.start ?? elements.at(0)?.start ?? 0);
      return true;
    }
  }
  const spec = a.source.definers.get(written.toLowerCase()) ?? a.source.definers.get(canonical);
  if (!spec)
    return false;
  const order = [];
  if (spec.namePosition !== void 0) {
    for (let i2 = 0; i2 < spec.namePosition; i2++)
      order.push(`#${i2}`);
    order.push(spec.nameParameter);
    if (spec.targetParameter)
      order.push(spec.targetParameter);
  }
  const params = [spec.nameParameter, spec.targetParameter, spec.bodyParameter, spec.aliasParameter].filter((p) => p !== void 0);
  const b = bindArguments(elements, text, params, order);
  const nameArg = argumentFor(b, spec.nameParameter);
  const targetArg = spec.targetParameter ? argumentFor(b, spec.targetParameter) : void 0;
  const target = spec.kind === "alias" && targetArg ? staticString(targetArg, text) : void 0;
  const defined = defineNamed(a, spec.kind, nameArg, ctx, { via: written, target });
  const aliasArg = spec.aliasParameter ? argumentFor(b, spec.aliasParameter) : void 0;
  if (aliasArg) {
    const aliases = staticStrings(aliasArg, text);
    if (!aliases)
      a.dynamicName("alias name", aliasArg, ctx);
    for (const alias of aliases ?? [])
      a.define("alias", alias, aliasArg.start, ctx, { via: written, target: defined });
  }
  return true;
}
function defineNamed(a, kind, arg, ctx, extra) {
  if (!arg)
    return void 0;
  const names = staticStrings(arg, a.source.text);
  if (!names) {
    a.dynamicName(`${kind} name`, arg, ctx);
    return void 0;
  }
  for (const n of names)
    a.define(kind, n, arg.start, ctx, extra);
  return names[0];
}
function moduleName(written) {
  const base = written.split(/[\\/]/).pop() ?? written;
  return base.replace(/\.(psd1|psm1|dll)$/i, "");
}
function probes(a, canonical, elements, ctx) {
  const text = a.source.text;
  const probe = (kind, params) => {
    const b = bindArguments(elements, text, params, ["Name"]);
    const arg = argumentFor(b, "Name");
    if (kind === "variable" && arg && staticStrings(arg, text) === void 0) {
      a.nameBuilt("read", arg, ctx, scopeOf(argumentFor(b, "Scope"), text));
      return true;
    }
    for (const n of (arg && staticStrings(arg, text)) ?? []) {
      if (!isWildcard(n))
        a.reference(kind, n, arg.start, ctx, "probe");
    }
    return true;
  };
  switch (canonical) {
    case "get-command":
      return probe("command", [
        "Name",
        "CommandType",
        "Module",
        "Noun",
        "Verb",
        "ArgumentList",
        "TotalCount",
        "ParameterName",
        "ParameterType"
      ]);
    case "get-variable":
      return probe("variable", ["Name", "Scope", "Include", "Exclude"]);
    case "get-module":
      return probe("module", ["Name", "PSEdition", "PSSession", "CimSession"]);
    case "get-alias":
      return probe("alias", ["Name", "Definition", "Scope", "Exclude"]);
    case "test-path": {
      const b = bindArguments(elements, text, ["Path", "LiteralPath", "PathType", "Filter", "Include", "Exclude", "OlderThan", "NewerThan"], ["Path"]);
      const arg = argumentFor(b, "Path") ?? argumentFor(b, "LiteralPath");
      const p = arg ? staticString(arg, text) : void 0;
      const provider = p === void 0 ? void 0 : parseProviderPath(p);
      if (arg && provider && !isWildcard(provider.name))
        a.reference(provider.drive, provider.name, arg.start, ctx, "probe");
      if (arg && p === void 0 && looksLikeProviderPath(a.text(arg)) === "variable")
        a.nameBuilt("read", arg, ctx, void 0, true);
      return true;
    }
  }
  return false;
}
var ITEM_READERS = /* @__PURE__ */ new Set(["get-item", "get-content", "get-childitem", "copy-item", "get-itemproperty"]);
function readsBody(a, canonical, elements, ctx) {
  if (!ITEM_READERS.has(canonical))
    return;
  const text = a.source.text;
  const b = bindArguments(elements, text, ["Path", "LiteralPath", "Destination", "Filter", "Include", "Exclude"], ["Path"]);
  const arg = argumentFor(b, "Path") ?? argumentFor(b, "LiteralPath");
  const p = arg ? staticString(arg, text) : void 0;
  const provider = p === void 0 ? void 0 : parseProviderPath(p);
  if (arg && provider?.drive === "function" && !isWildcard(provider.name))
    a.reference("function", provider.name, arg.start, ctx, "read");
}
function dotSource(a, command, pathNode, ctx) {
  const env = a.pathEnv(ctx);
  const values = evaluate(pathNode, env);
  const request = dotSourceRequest(values);
  const d = {
    ...a.pos(command.start),
    range: { start: command.start, end: command.end },
    pathRange: { start: pathNode.start, end: pathNode.end },
    raw: a.text(pathNode),
    phase: ctx.phase,
    conditional: ctx.conditional,
    guarded: values !== void 0 && isTestPathGuarded(command, values, env)
  };
  if (request.kind === "files")
    d.targets = request.targets;
  else if (request.kind === "walk")
    d.walk = request.walk;
  else
    d.dynamic = request.why;
  const fn = enclosingFunctionOf(ctx);
  if (fn?.name !== void 0)
    d.function = fn.name;
  if (fn?.name !== void 0 && d.dynamic !== void 0 && !a.source.loaders.has(fn.name.toLowerCase())) {
    const suggested = loaderCandidate(fn.name, a.sourcesOf(pathNode, ctx), fn.declared);
    if (suggested) {
      d.suggestedLoader = suggested;
      a.facts.diagnostics.push(diagnostic("LOADER_HELPER", `${fn.name} dot-sources a path built from its parameters, so the files its calls name are not followed; add to "loaders" in fragbundle.config.json (fragbundle init does): ${JSON.stringify(suggested)}`, { file: a.source.path, line: d.line, column: d.column }));
    }
  }
  a.facts.dotSources.push(d);
  if (d.dynamic !== void 0 && ctx.phase === "load") {
    a.facts.diagnostics.push(diagnostic("DYNAMIC_DOT_SOURCE", `the dot-sourced path ${oneLine(d.raw)} cannot be followed: ${d.dynamic}; it stays a run-time dot-source, and what that file defines is unknown to fragbundle`, { file: a.source.path, line: d.line, column: d.column }));
  }
  return d;
}
function enclosingFunctionOf(ctx) {
  for (let s = ctx.scope; s && !s.file; s = s.parent)
    if (s.function)
      return s.function;
  return void 0;
}
function loaderCall(a, spec, command, nameNode, elements, ctx) {
  const { request, pathNode } = loaderCallRequest(spec, elements, a.pathEnv(ctx));
  const target = pathNode ?? nameNode;
  const d = {
    ...a.pos(command.start),
    range: { start: command.start, end: command.end },
    pathRange: { start: target.start, end: target.end },
    raw: oneLine(a.text(command)),
    phase: ctx.phase,
    conditional: ctx.conditional,
    guarded: false,
    via: spec.command
  };
  if (request.kind === "files")
    d.targets = request.targets;
  else if (request.kind === "walk")
    d.walk = request.walk;
  else
    d.dynamic = request.why;
  const fn = enclosingFunctionOf(ctx);
  if (fn?.name !== void 0)
    d.function = fn.name;
  a.facts.dotSources.push(d);
  if (d.dynamic !== void 0 && ctx.phase === "load") {
    a.facts.diagnostics.push(diagnostic("DYNAMIC_DOT_SOURCE", `the files this ${spec.command} call loads cannot be followed: ${d.dynamic}; they stay run-time dot-sources, and what they define is unknown to fragbundle`, { file: a.source.path, line: d.line, column: d.column }));
  }
}

// dist/src/parse/walk/recover.js
var TOKEN = new RegExp([
  /(?<comment><#[\s\S]*?#>|#[^\r\n]*)/.source,
  /(?<verbatim>'(?:[^']|'')*'?)/.source,
  /(?<expandable>"(?:[^"`]|`.|"")*"?)/.source,
  /(?<fn>\b(?:function|filter)\s+(?<fnName>[\w:.-]+))/.source,
  /(?<variable>\$\{[^}]+\}|\$[\w:?]+)(?<assign>\s*(?:[+\-*/%]?=)(?!=))?/.source,
  /(?<open>\{)/.source,
  /(?<close>\})/.source,
  /(?<command>(?:^|(?<=[\r\n;|{(&=]))[ \t]*(?<commandName>[A-Za-z]+-[A-Za-z]\w*|[A-Za-z_][\w.]*(?![\w.:\\/-])))/.source
].join("|"), "g");
var STORED_BLOCK_BEFORE = /(\b(function|filter)\s+[\w:.-]+\s*(\([^)]*\))?|=)\s*$/;
var BLOCK_KEYWORDS = /* @__PURE__ */ new Set([
  "if",
  "elseif",
  "else",
  "switch",
  "foreach",
  "for",
  "while",
  "do",
  "until",
  "try",
  "catch",
  "finally",
  "trap",
  "begin",
  "process",
  "end",
  "clean",
  "dynamicparam",
  "class",
  "enum",
  "data"
]);
var RUN_AT_ONCE = /* @__PURE__ */ new Set(["foreach-object", "%", "foreach", "where-object", "?", "where", "&", "."]);
function blockRole(before) {
  if (STORED_BLOCK_BEFORE.test(before))
    return "stored";
  if (/[@$]$/.test(before) || /\.(foreach|where)\s*\(\s*$/i.test(before) || /[(,]\s*$/.test(before)) {
    return /[(,]\s*$/.test(before) && !/\.(foreach|where)\s*\(\s*$/i.test(before) ? "stored" : "now";
  }
  const first = /^\s*([&.](?=\s)|[\w?%.:\\/-]+)/.exec(statementBefore(before))?.[1]?.toLowerCase();
  if (first === void 0 || BLOCK_KEYWORDS.has(first) || RUN_AT_ONCE.has(first))
    return "now";
  return "stored";
}
function statementBefore(before) {
  let depth2 = 0;
  for (let i2 = before.length - 1; i2 >= 0; i2--) {
    const c = before[i2];
    if (c === ")" || c === "]")
      depth2++;
    else if (c === "(" || c === "[") {
      if (depth2 === 0)
        return before.slice(i2 + 1);
      depth2--;
    } else if (depth2 === 0 && (c === ";" || c === "|" || c === "{" || c === "}")) {
      return before.slice(i2 + 1);
    } else if (depth2 === 0 && (c === "\n" || c === "\r")) {
      let j = i2 - 1;
      while (j >= 0 && (before[j] === "\r" || before[j] === " " || before[j] === "	"))
        j--;
      if (before[j] !== "`" && before.slice(i2 + 1).trim() !== "")
        return before.slice(i2 + 1);
    }
  }
  return before;
}
var STRING_VARIABLE = /(?<!`)(\$\{[^}]+\}|\$[\w:]+)/g;
var KEYWORDS = /* @__PURE__ */ new Set([
  ...BLOCK_KEYWORDS,
  "function",
  "filter",
  "workflow",
  "configuration",
  "param",
  "return",
  "break",
  "continue",
  "throw",
  "exit",
  "in",
  "default",
  "using",
  "hidden",
  "static",
  "true",
  "false",
  "null"
]);
function isCommandWord(text, index, word, length) {
  if (/^[A-Za-z]+-[A-Za-z]\w*$/.test(word))
    return true;
  if (KEYWORDS.has(word.toLowerCase()))
    return false;
  if (/^\s*=(?!=)/.test(text.slice(index + length, index + length + 40)))
    return false;
  const before = text.slice(Math.max(0, index - 200), index);
  if (/\($/.test(before))
    return false;
  if (/=[ \t]*$/.test(before) && !/(\s[+\-*/%]?|\$[\w:]+)=[ \t]*$/.test(before))
    return false;
  if (/[\r\n]$/.test(before))
    return !/[`,][ \t]*\r?\n$/.test(before);
  return true;
}
function recoverError(a, node, ctx) {
  const text = a.source.text.slice(node.start, node.end);
  const contexts = [ctx];
  const current = () => last(contexts);
  const variable = (start2, length) => ({
    type: "variable",
    start: node.start + start2,
    end: node.start + start2 + length,
    children: [],
    parent: node
  });
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const g = m.groups;
    if (g.comment || g.verbatim)
      continue;
    if (g.expandable) {
      STRING_VARIABLE.lastIndex = 0;
      for (let v = STRING_VARIABLE.exec(g.expandable); v; v = STRING_VARIABLE.exec(g.expandable)) {
        const [, name2 = ""] = v;
        a.readVariable(variable(m.index + v.index, name2.length), { ...current(), inString: true });
      }
      continue;
    }
    if (g.fn && g.fnName) {
      a.define("function", splitFunctionScope(g.fnName).name, node.start + m.index, current());
    } else if (g.variable) {
      const v = variable(m.index, g.variable.length);
      if (g.assign) {
        a.assignTarget(v, current(), g.assign.trim() !== "=");
      } else {
        a.readVariable(v, current());
      }
    } else if (g.open) {
      const at2 = node.start + m.index;
      const before = a.source.text.slice(Math.max(0, at2 - 400), at2);
      contexts.push(blockRole(before) === "stored" ? a.deferredScope(current()) : current());
    } else if (g.close) {
      if (contexts.length > 1)
        contexts.pop();
    } else if (g.commandName && isCommandWord(text, m.index, g.commandName, m[0].length)) {
      a.reference("command", g.commandName, node.start + m.index + m[0].length - g.commandName.length, current(), "call");
    }
  }
}

// dist/src/parse/walk/analyzer.js
var SCRIPT_PATH_VARIABLES = /* @__PURE__ */ new Map([
  ["psscriptroot", "PSScriptRoot"],
  ["pscommandpath", "PSCommandPath"],
  ["myinvocation", "MyInvocation"]
]);
var LABEL_AFTER = /^[ \t]+([A-Za-z_]\w*)(?=[ \t]*(?:[;}\r\n#]|$))/;
var NAMED_BLOCK = /^(?:begin|process|end|clean|dynamicparam)$/i;
var DRIVE_KINDS = /* @__PURE__ */ new Map([
  ["function", "function"],
  ["alias", "alias"],
  ["variable", "variable"],
  ["env", "env"]
]);
var Analyzer = class {
  source;
  facts = {
    defines: [],
    references: [],
    sideEffects: [],
    returns: [],
    exits: [],
    loopExits: [],
    scriptPathUses: [],
    dotSources: [],
    usings: [],
    diagnostics: [],
    externalCandidates: [],
    nameBuilt: []
  };
  /** Nodes to visit, and actions to run once everything pushed after them was visited. */
  stack = [];
  /** Commands whose output is piped into Invoke-Expression (`& starship init | iex`). */
  feedsInvokeExpression = /* @__PURE__ */ new Set();
  /**
   * The static path values of variables, per scope, as far as the walk has come (source order):
   * undefined for a variable last assigned something not static. For resolving dot-sources.
   */
  pathValues = /* @__PURE__ */ new WeakMap();
  fileScope;
  /**
   * In function bodies: which parameters each local variable's value is built from (`P`, items
   * `P[]`, item keys `P[].Key`), as far as the walk has come. For recognising loader helpers.
   */
  sources = /* @__PURE__ */ new WeakMap();
  constructor(source) {
    this.source = source;
  }
  /** Walk the whole tree from `root`. */
  run(root) {
    const fileScope = { parent: null, names: /* @__PURE__ */ new Set(), file: true };
    this.fileScope = fileScope;
    this.stack.push({
      node: root,
      ctx: {
        phase: "load",
        conditional: false,
        scope: fileScope,
        inString: false,
        returnable: true,
        exitable: true,
        loops: [],
        inTrap: false,
        guards: [/* @__PURE__ */ new Set()],
        assigned: [/* @__PURE__ */ new Set()]
      }
    });
    for (let item = this.stack.pop(); item; item = this.stack.pop()) {
      if ("then" in item)
        item.then();
      else
        this.visit(item.node, item.ctx);
    }
  }
  /** Queue children for visiting, so that they are visited in source order. */
  push(nodes, ctx) {
    for (let i2 = nodes.length - 1; i2 >= 0; i2--)
      this.stack.push({ node: at(nodes, i2), ctx });
  }
  /** Queue one node. Nodes queued one by one in one handler must be queued last-first. */
  pushOne(node, ctx) {
    this.stack.push({ node, ctx });
  }
  pos(offset) {
    return this.source.lines.position(offset);
  }
  text(node) {
    return this.source.text.slice(node.start, node.end);
  }
  /** What the path evaluation (dot-source-paths.ts) sees at a place: the variables assigned so far. */
  pathEnv(ctx) {
    const values = this.pathValues;
    return {
      file: this.source.path,
      text: this.source.text,
      fileScope: ctx.scope.file && ctx.phase === "load",
      lookup(name2) {
        for (let s = ctx.scope; s; s = s.parent) {
          const map = values.get(s);
          if (map?.has(name2))
            return map.get(name2);
        }
        return void 0;
      }
    };
  }
  /**
   * The parameters of the enclosing function that the value of `node` is built from: `P` for a
   * parameter, `P[]` for an item of one (a foreach variable over it), `P[].Key` for a key of such
   * an item, and whatever local variables read were built from.
   */
  sourcesOf(node, ctx) {
    const out2 = /* @__PURE__ */ new Set();
    const fn = ctx.scope.function ?? enclosingFunction(ctx.scope);
    if (!fn)
      return out2;
    const stack = [node];
    for (let n = stack.pop(); n; n = stack.pop()) {
      if (n.type === "member_access") {
        const [object, member] = n.children;
        if (object?.type === "variable" && member?.type === "simple_name") {
          const of = this.variableSources(object, ctx, fn);
          for (const s of of)
            out2.add(s.endsWith("[]") ? `${s}.${this.text(member)}` : s);
          continue;
        }
      }
      if (n.type === "variable")
        for (const s of this.variableSources(n, ctx, fn))
          out2.add(s);
      for (const c of n.children)
        stack.push(c);
    }
    return out2;
  }
  variableSources(node, ctx, fn) {
    const v = parseVariable(this.text(node));
    if (v.drive || v.qualifier && v.qualifier !== "local")
      return /* @__PURE__ */ new Set();
    const lower = v.name.toLowerCase();
    for (let s = ctx.scope; s && !s.file; s = s.parent) {
      const known = this.sources.get(s)?.get(lower);
      if (known)
        return known;
    }
    return fn.declared.some((p) => p.toLowerCase() === lower) && !fn.reassigned.has(lower) ? /* @__PURE__ */ new Set([lower]) : /* @__PURE__ */ new Set();
  }
  setSources(variable, ctx, sources, add) {
    if (ctx.scope.file)
      return;
    const v = parseVariable(this.text(variable));
    if (v.drive || v.qualifier && v.qualifier !== "local")
      return;
    let map = this.sources.get(ctx.scope);
    if (!map)
      this.sources.set(ctx.scope, map = /* @__PURE__ */ new Map());
    const lower = v.name.toLowerCase();
    const before = add ? map.get(lower) ?? /* @__PURE__ */ new Set() : /* @__PURE__ */ new Set();
    map.set(lower, /* @__PURE__ */ new Set([...before, ...sources]));
  }
  /** Record the static value (or its absence) of a variable assigned at `ctx`. */
  setPathValue(variable, ctx, value) {
    const v = parseVariable(this.text(variable));
    if (v.drive || v.splat)
      return;
    const scope = v.qualifier === "global" || v.qualifier === "script" ? this.fileScope : ctx.scope;
    if (!scope)
      return;
    let map = this.pathValues.get(scope);
    if (!map)
      this.pathValues.set(scope, map = /* @__PURE__ */ new Map());
    map.set(v.name.toLowerCase(), value);
  }
  // ---- facts ---------------------------------------------------------------------------------
  define(kind, name2, at2, ctx, extra = {}) {
    const def = {
      kind,
      name: name2,
      ...this.pos(at2),
      phase: ctx.phase,
      conditional: ctx.conditional
    };
    if (extra.scope)
      def.scope = extra.scope;
    if (extra.via)
      def.via = extra.via;
    if (extra.target !== void 0)
      def.target = extra.target;
    this.facts.defines.push(def);
  }
  reference(kind, name2, at2, ctx, access) {
    const ref = {
      kind,
      name: name2,
      ...this.pos(at2),
      phase: ctx.phase,
      access,
      conditional: ctx.conditional
    };
    const lower = name2.toLowerCase();
    if (access === "call" && kind === "command" && ctx.guards.some((g) => g.has(lower)))
      ref.guarded = true;
    if (access === "probe" && ctx.probeSink && (kind === "command" || kind === "function" || kind === "alias")) {
      const sink = ctx.probeSink;
      if (!sink.uncertain)
        (sink.negated ? sink.absent : sink.present).add(lower);
    }
    if (kind === "variable" && access === "read" && ctx.scope.file && ctx.assigned.some((s) => s.has(lower))) {
      ref.afterOwnWrite = true;
    }
    this.facts.references.push(ref);
  }
  sideEffect(kind, command, at2) {
    const effect = { kind, command, ...this.pos(at2) };
    this.facts.sideEffects.push(effect);
    return effect;
  }
  /**
   * Report a name built at run time, unless the name is exactly a parameter of the enclosing
   * function (`function Set-ProfileAlias { param($Name) Set-Alias -Name $Name ... }`,
   * `Set-Item "Function:global:$Name"`): a function that defines whatever name its caller passes
   * is a definer helper (built in, configured, or recognised by that very shape), and the name
   * is known at each call site, where a definer call is resolved (or reported) in its turn.
   */
  dynamicName(what, node, ctx) {
    if (this.isDefinerParameter(node, ctx))
      return;
    const p = this.pos(node.start);
    this.facts.diagnostics.push(diagnostic("DYNAMIC_NAME", `${what} is built at run time (${oneLine(this.text(node))}); it cannot be resolved statically`, {
      file: this.source.path,
      ...p
    }));
  }
  nameBuilt(access, node, ctx, scope, provider = false) {
    const fn = ctx.scope.function;
    if (!fn?.name)
      return false;
    let template = this.nameTemplate(node, fn);
    if (template === void 0)
      return false;
    if (provider) {
      const path4 = parseProviderPath(template);
      if (path4?.drive !== "variable")
        return false;
      template = path4.name;
      scope = path4.qualifier;
    }
    if (!/\{\w+\}/.test(template) || /:/.test(template))
      return false;
    if (access === "write" && scope !== "global" && scope !== "script")
      return false;
    const entry = {
      command: fn.name,
      access,
      template,
      parameters: [...fn.declared],
      ...this.pos(node.start)
    };
    if (scope)
      entry.scope = scope;
    if (fn.switches && fn.switches.length > 0)
      entry.switches = [...fn.switches];
    if (fn.positional)
      entry.positional = fn.positional;
    this.facts.nameBuilt.push(entry);
    const shown = scope && scope !== "local" ? `$${scope}:${template}` : `the variable ${template}`;
    const params = [...template.matchAll(/\{(\w+)\}/g)].map((m) => `-${m[1] ?? ""}`);
    const verb = access === "write" ? "sets" : "reads";
    this.facts.diagnostics.push(diagnostic("NAME_BUILT_HELPER", `${fn.name} ${verb} ${shown}, named from its parameters: a call with a literal ${params.join(" and ")} ${verb} that variable, and a call with any other argument is reported there`, { file: this.source.path, ...this.pos(node.start) }));
    return true;
  }
  /**
   * The name a node spells, each parameter of `fn` in it written `{P}` (as declared): a parameter
   * (`$P`), or a double-quoted string of literal text and parameters (`"${P}Loaded"`, `"x$($P)"`).
   * Undefined when anything else (a local, a reassigned parameter, an expression, an escape) is in it.
   */
  nameTemplate(node, fn) {
    const param = (n) => {
      const written = n.type === "variable" ? this.text(n) : n.type === "sub_expression" ? /^\$\(\s*(\$\w+|\$\{\w+\})\s*\)$/.exec(this.text(n))?.[1] : void 0;
      if (written === void 0)
        return void 0;
      const p = parseVariable(written);
      if (p.drive || p.splat || p.qualifier && p.qualifier !== "local")
        return void 0;
      return this.declaredParameter(p.name, fn);
    };
    if (node.type === "variable") {
      const p = param(node);
      return p === void 0 ? void 0 : `{${p}}`;
    }
    if (node.type !== "expandable_string_literal")
      return void 0;
    const raw = this.text(node);
    if (!raw.startsWith('"') || !raw.endsWith('"'))
      return void 0;
    let out2 = "";
    let at2 = node.start + 1;
    for (const c of node.children) {
      const literal2 = this.source.text.slice(at2, c.start);
      const p = param(c);
      if (p === void 0 || /[`${}"]/.test(literal2))
        return void 0;
      out2 += `${literal2}{${p}}`;
      at2 = c.end;
    }
    const tail = this.source.text.slice(at2, node.end - 1);
    if (/[`${}"]/.test(tail))
      return void 0;
    return out2 + tail;
  }
  /** The parameter as `fn` declares it, when `name` is one the body has not reassigned. */
  declaredParameter(name2, fn) {
    const lower = name2.toLowerCase();
    if (fn.reassigned.has(lower))
      return void 0;
    return fn.declared.find((d) => d.toLowerCase() === lower);
  }
  /** True when a name argument is exactly a parameter of the function whose body `ctx` is in. */
  isDefinerParameter(node, ctx) {
    const fn = ctx.scope.function;
    if (!fn)
      return false;
    let variable = node;
    if (node.type === "expandable_string_literal") {
      const only = node.children.length === 1 ? node.children[0] : void 0;
      if (only?.type !== "variable")
        return false;
      const before = this.source.text.slice(node.start + 1, only.start);
      const after = this.source.text.slice(only.end, node.end - 1);
      if (after !== "" || before !== "" && parseProviderPath(`${before}x`)?.name !== "x")
        return false;
      variable = only;
    }
    if (variable.type !== "variable")
      return false;
    const v = parseVariable(this.text(variable));
    if (v.drive || v.splat || v.qualifier && v.qualifier !== "local")
      return false;
    const lower = v.name.toLowerCase();
    return fn.parameters.has(lower) && !fn.reassigned.has(lower);
  }
  // ---- contexts ------------------------------------------------------------------------------
  /** Context for code that may not run: a branch of its own, where assignments may not happen. */
  conditional(ctx) {
    return { ...ctx, conditional: true, assigned: [...ctx.assigned, /* @__PURE__ */ new Set()] };
  }
  /** Context for code that runs only when `names` exist (sets filled later, see Context.guards). */
  guardedBy(ctx, names) {
    return { ...ctx, guards: [...ctx.guards, names] };
  }
  /** Context for a function body or class method: deferred, own scope. */
  deferredScope(ctx, fn) {
    return {
      phase: "deferred",
      conditional: false,
      scope: fn ? { parent: ctx.scope, names: /* @__PURE__ */ new Set(), file: false, function: fn } : { parent: ctx.scope, names: /* @__PURE__ */ new Set(), file: false },
      inString: false,
      returnable: false,
      exitable: false,
      loops: [],
      inTrap: false,
      guards: [/* @__PURE__ */ new Set()],
      assigned: [/* @__PURE__ */ new Set()]
    };
  }
  blockContext(role, ctx) {
    switch (role) {
      case "stored":
        return this.deferredScope(ctx);
      case "child":
        return {
          ...ctx,
          scope: { parent: ctx.scope, names: /* @__PURE__ */ new Set(), file: false },
          inString: false,
          returnable: false
        };
      case "dot":
        return { ...ctx, inString: false, returnable: false };
      case "each":
        return { ...this.conditional(ctx), inString: false, returnable: false };
    }
  }
  /** True when `name` is local to a non-file scope at this point. */
  isLocal(scope, name2) {
    const lower = name2.toLowerCase();
    for (let s = scope; s && !s.file; s = s.parent)
      if (s.names.has(lower))
        return true;
    return false;
  }
  // ---- nodes ---------------------------------------------------------------------------------
  visit(node, ctx) {
    switch (node.type) {
      case "function_statement": {
        this.functionStatement(node, ctx);
        return;
      }
      case "param_block":
      case "function_parameter_declaration":
      case "parameter_list": {
        this.push(node.children, ctx);
        return;
      }
      case "script_parameter":
      case "class_method_parameter": {
        this.parameter(node, ctx);
        return;
      }
      case "script_block_expression": {
        this.push(node.children, this.blockContext(node.role ?? "stored", ctx));
        return;
      }
      case "if_statement": {
        this.ifStatement(node, ctx);
        return;
      }
      case "switch_statement": {
        this.firstUnconditional(node, this.loop(node, ctx), "switch_condition");
        return;
      }
      case "foreach_statement": {
        this.foreachStatement(node, this.loop(node, ctx));
        return;
      }
      case "for_statement": {
        this.firstUnconditional(node, this.loop(node, ctx), "for_initializer");
        return;
      }
      case "while_statement": {
        this.firstUnconditional(node, this.loop(node, ctx), "while_condition");
        return;
      }
      case "do_statement": {
        this.push(node.children, this.conditional(this.loop(node, ctx)));
        return;
      }
      case "trap_statement": {
        this.push(node.children, { ...this.conditional(ctx), inTrap: true });
        return;
      }
      case "catch_clauses": {
        this.push(node.children, this.conditional(ctx));
        return;
      }
      case "try_statement": {
        this.tryStatement(node, ctx);
        return;
      }
      case "flow_control_statement": {
        this.flowControl(node, ctx);
        return;
      }
      case "pipeline": {
        this.pipeline(node, ctx);
        return;
      }
      case "pipeline_chain": {
        this.pipelineChain(node, ctx);
        return;
      }
      case "assignment_expression": {
        this.assignment(node, ctx);
        return;
      }
      case "command": {
        analyzeCommand(this, node, ctx);
        return;
      }
      case "ERROR": {
        recoverError(this, node, ctx);
        return;
      }
      case "variable": {
        this.readVariable(node, ctx);
        return;
      }
      case "expandable_string_literal":
      case "expandable_here_string_literal": {
        this.push(node.children, ctx.inString ? ctx : { ...ctx, inString: true });
        return;
      }
      case "sub_expression":
      case "array_expression":
      case "parenthesized_expression": {
        this.push(node.children, ctx.inString ? { ...ctx, inString: false } : ctx);
        return;
      }
      case "invokation_expression": {
        this.invocation(node, ctx);
        return;
      }
      case "invokation_foreach_expression":
        for (const c of node.children)
          if (c.type === "script_block_expression")
            c.role = "each";
        {
          this.push(node.children, ctx);
          return;
        }
      case "type_literal": {
        this.typeLiteral(node, ctx);
        return;
      }
      case "cast_expression": {
        this.castExpression(node, ctx);
        return;
      }
      case "class_statement": {
        this.classStatement(node, ctx);
        return;
      }
      case "enum_statement": {
        this.enumStatement(node, ctx);
        return;
      }
      case "class_property_definition": {
        this.push(node.children.filter((c) => c.type !== "variable"), this.deferredScope(ctx));
        return;
      }
      case "class_method_definition": {
        this.push(node.children, this.deferredScope(ctx));
        return;
      }
      case "attribute_name":
      case "simple_name":
      case "generic_token":
      case "command_parameter":
      case "verbatim_string_characters":
      case "verbatim_here_string_characters":
        return;
      default: {
        this.push(node.children, ctx);
        return;
      }
    }
  }
  functionStatement(node, ctx) {
    const nameNode = node.children.find((c) => c.type === "function_name");
    if (nameNode) {
      const written = this.text(nameNode);
      if (written.includes("$") || written.includes("(")) {
        this.dynamicName("function name", nameNode, ctx);
      } else {
        const { scope, name: name2 } = splitFunctionScope(written);
        this.define("function", name2, node.start, ctx, { scope });
      }
    }
    const fnName = nameNode ? this.text(nameNode).replace(/^(global|script|local|private):/i, "") : void 0;
    const { declared, switches, positional } = declaredParameters(node.children.filter((c) => c.type === "function_parameter_declaration" || c.type === "script_block"), this.source.text);
    const body2 = this.deferredScope(ctx, {
      ...fnName && !/[$(]/.test(fnName) ? { name: fnName } : {},
      declared,
      ...switches.length > 0 ? { switches } : {},
      ...positional ? { positional } : {},
      parameters: /* @__PURE__ */ new Set(),
      reassigned: /* @__PURE__ */ new Set()
    });
    this.push(node.children.filter((c) => c.type === "function_parameter_declaration" || c.type === "script_block"), body2);
  }
  parameter(node, ctx) {
    const v = node.children.find((c) => c.type === "variable");
    if (v && !ctx.scope.file) {
      const name2 = parseVariable(this.text(v)).name.toLowerCase();
      ctx.scope.names.add(name2);
      ctx.scope.function?.parameters.add(name2);
    }
    this.push(node.children.filter((c) => c !== v), ctx);
  }
  /**
   * `if (cond) { A } elseif ... else { B }`: each branch may not run, and may not assign. When the
   * condition probes a command (`Get-Command X -ea 0`, `Test-Path Function:X`), a call to X in the
   * branch that runs only when X exists is guarded; `if (-not (Get-Command X)) { return }` guards
   * the rest of the block it stands in.
   */
  ifStatement(node, ctx) {
    const first = node.children.at(0);
    const rest = node.children.slice(1);
    const condition = first ? this.text(first) : "";
    const sink = {
      present: /* @__PURE__ */ new Set(),
      absent: /* @__PURE__ */ new Set(),
      negated: /^\s*(-not\b|!)|^\s*\$null\s+-eq\b|-eq\s+\$null\s*$/i.test(condition),
      uncertain: /-(x?or)\b|\|\|/i.test(condition)
    };
    const thenBlock = rest.find((c) => c.type === "statement_block");
    const hasElse = rest.some((c) => c.type === "else_clause" || c.type === "elseif_clauses");
    if (thenBlock && !hasElse && /^\{\s*return\s*;?\s*\}$/i.test(this.text(thenBlock))) {
      const block = ctx.guards.at(-1);
      if (block) {
        this.stack.push({
          then: () => {
            for (const n of sink.absent)
              block.add(n);
          }
        });
      }
    }
    for (const c of [...rest].reverse()) {
      const branch = this.conditional(ctx);
      if (c === thenBlock)
        this.pushOne(c, this.guardedBy(branch, sink.present));
      else if (c.type === "else_clause")
        this.pushOne(c, this.guardedBy(branch, sink.absent));
      else if (c.type === "elseif_clauses")
        this.push(c.children, branch);
      else
        this.pushOne(c, branch);
    }
    if (first)
      this.pushOne(first, { ...ctx, probeSink: sink });
  }
  /** Visit the child of type `first` unconditionally and the rest conditionally. */
  firstUnconditional(node, ctx, first) {
    for (let i2 = node.children.length - 1; i2 >= 0; i2--) {
      const c = at(node.children, i2);
      this.pushOne(c, c.type === first ? ctx : this.conditional(ctx));
    }
  }
  foreachStatement(node, ctx) {
    const cond = this.conditional(ctx);
    const variable = node.children.find((c) => c.type === "variable");
    const collection = node.children.find((c) => c !== variable && c.type !== "foreach_parameter" && c.type !== "statement_block");
    const body2 = node.children.filter((c) => c.type === "statement_block");
    this.push(body2, cond);
    if (variable)
      this.assignTarget(variable, cond, false);
    if (variable)
      this.setPathValue(variable, ctx, collection ? evaluate(collection, this.pathEnv(ctx)) : void 0);
    if (variable && collection) {
      const items = [...this.sourcesOf(collection, ctx)].map((s) => s.includes("[]") ? s : `${s}[]`);
      this.setSources(variable, ctx, new Set(items), false);
    }
    const fn = ctx.scope.function;
    const source = collection && unwrapPipeline(collection);
    if (fn && variable && source?.type === "variable" && this.isDefinerParameter(source, ctx)) {
      const name2 = parseVariable(this.text(variable)).name.toLowerCase();
      fn.parameters.add(name2);
      fn.reassigned.delete(name2);
    }
    if (collection)
      this.pushOne(collection, ctx);
  }
  tryStatement(node, ctx) {
    for (let i2 = node.children.length - 1; i2 >= 0; i2--) {
      const c = at(node.children, i2);
      this.pushOne(c, c.type === "finally_clause" ? ctx : this.conditional(ctx));
    }
  }
  /** True when `node` stands in a script's own `begin { }`-style block (which the grammar reads as a command). */
  inNamedBlock(node) {
    for (let p = node.parent; p; p = p.parent) {
      if (p.type !== "script_block_expression" || p.role !== "dot")
        continue;
      const command = p.parent?.type === "command_elements" ? p.parent.parent : p.parent;
      const name2 = command?.type === "command" ? command.children[0] : void 0;
      if (name2?.type === "command_name" && NAMED_BLOCK.test(this.text(name2)))
        return true;
    }
    return false;
  }
  /** Context for a loop or `switch` statement: a `break` or `continue` in it stops there. */
  loop(node, ctx) {
    const siblings = node.parent?.children;
    const before = siblings?.[siblings.indexOf(node) - 1];
    const label = before?.type === "label" ? this.text(before).slice(1).toLowerCase() : "";
    return { ...ctx, loops: [...ctx.loops, label] };
  }
  flowControl(node, ctx) {
    const keyword = /^[A-Za-z]+/.exec(this.text(node))?.[0]?.toLowerCase();
    if (keyword === "return" && ctx.returnable)
      this.facts.returns.push(this.pos(node.start));
    if ((keyword === "break" || keyword === "continue") && ctx.exitable && ctx.phase === "load" && !ctx.inTrap) {
      const label = LABEL_AFTER.exec(this.source.text.slice(node.start + keyword.length, node.start + 200))?.[1];
      const stops = label === void 0 ? ctx.loops.length > 0 : ctx.loops.includes(label.toLowerCase());
      if (!stops)
        this.facts.loopExits.push({ ...this.pos(node.start), keyword, ...label ? { label } : {} });
    }
    if (keyword === "exit" && ctx.exitable && ctx.phase === "load") {
      const first = node.children.at(0);
      const last2 = node.children.at(-1);
      this.facts.exits.push({
        ...this.pos(node.start),
        keyword: { start: node.start, end: node.start + keyword.length },
        ...first && last2 ? { value: { start: first.start, end: last2.end } } : {},
        statement: topStatementStart(node),
        ...inFinally(node) ? { inFinally: true } : {},
        ...this.inNamedBlock(node) ? { inNamedBlock: true } : {}
      });
    }
    this.push(node.children, ctx);
  }
  pipeline(node, ctx) {
    let seenTail = false;
    const items = [];
    for (const c of node.children) {
      if (c.type === "pipeline_chain_tail") {
        seenTail = true;
        continue;
      }
      items.push({ node: c, ctx: seenTail ? this.conditional(ctx) : ctx });
    }
    for (let i2 = items.length - 1; i2 >= 0; i2--) {
      const item = at(items, i2);
      this.pushOne(item.node, item.ctx);
    }
    this.outputCheck(node, ctx);
  }
  /** A bare expression statement at load time prints its value. */
  outputCheck(pipeline, ctx) {
    if (ctx.phase !== "load" || pipeline.parent?.type !== "statement_list" || !reachesTopLevel(pipeline))
      return;
    for (const chain of pipeline.children) {
      if (chain.type !== "pipeline_chain")
        continue;
      if (chain.children.some((c) => c.type === "command" && !isNumberCommand(c, this.source.text)))
        continue;
      if (chain.children.some((c) => redirectsOutput(c, this.source.text)))
        continue;
      const expr = chain.children.at(0);
      if (!expr || isSilentExpression(expr, this.source.text))
        continue;
      const what = oneLine(this.text(expr)).slice(0, 60);
      if (chain.children.length === 1 && isVoidMethodCall(expr, this.source.text)) {
        this.sideEffect("other-command", what, expr.start);
        continue;
      }
      this.sideEffect("output", what, expr.start);
    }
  }
  pipelineChain(node, ctx) {
    const commands = node.children.filter((c) => c.type === "command");
    const last2 = commands.at(-1);
    if (last2 && commands.length > 1) {
      const name2 = this.text(last2.children.find((c) => c.type === "command_name") ?? last2).toLowerCase();
      if (name2 === "invoke-expression" || name2 === "iex") {
        for (const c of commands.slice(0, -1))
          this.feedsInvokeExpression.add(c);
      }
    }
    this.push(node.children, ctx);
  }
  assignment(node, ctx) {
    const left = node.children.at(0);
    const op = node.children.at(1);
    const values = node.children.slice(2);
    const compound = op ? this.text(op).trim() !== "=" : false;
    if (!left) {
      this.push(values, ctx);
      return;
    }
    const target = left.type === "left_assignment_expression" && left.children.length === 1 ? at(left.children, 0) : left;
    const targets = target.type === "array_literal_expression" ? target.children : [target];
    const others = [];
    const marks = [];
    for (const t of targets) {
      const variable = assignedVariable(t);
      if (!variable) {
        others.push(t);
        continue;
      }
      if (variable !== t)
        others.push(...t.children.filter((c) => c.type === "type_literal"));
      this.assignTarget(variable, ctx, compound, marks);
      const single2 = !compound && targets.length === 1 && values.length === 1 ? values[0] : void 0;
      this.setPathValue(variable, ctx, single2 ? evaluate(single2, this.pathEnv(ctx)) : void 0);
      const built = new Set(values.flatMap((value) => [...this.sourcesOf(value, ctx)]));
      this.setSources(variable, ctx, built, true);
    }
    if (marks.length > 0) {
      this.stack.push({
        then: () => {
          this.markAssigned(ctx, marks);
        }
      });
    }
    this.push(values, ctx);
    this.push(others, ctx);
  }
  /** Record file-scope variables as assigned from here on, in the innermost branch. */
  markAssigned(ctx, names) {
    const set = ctx.assigned.at(-1);
    if (set)
      for (const n of names)
        set.add(n);
  }
  /**
   * A variable being assigned (or a foreach variable): a definition or a local. A file-scope
   * variable's name goes into `marks` when given (the caller marks it assigned once the value
   * is read), else it counts as assigned at once.
   */
  assignTarget(variable, ctx, compound, marks) {
    const v = parseVariable(this.text(variable));
    const drive = v.drive ? DRIVE_KINDS.get(v.drive) : void 0;
    if (v.drive) {
      if (!drive)
        return;
      const scope2 = v.qualifier === "using" ? void 0 : v.qualifier;
      if (compound)
        this.reference(drive, v.name, variable.start, ctx, "read");
      this.define(drive, v.name, variable.start, ctx, { scope: scope2 });
      return;
    }
    if (isAutomaticVariable(v.name))
      return;
    const lower = v.name.toLowerCase();
    if (v.qualifier === "global" || v.qualifier === "script") {
      if (compound)
        this.reference("variable", v.name, variable.start, ctx, "read");
      this.define("variable", v.name, variable.start, ctx, { scope: v.qualifier });
      if (marks)
        marks.push(lower);
      else
        this.markAssigned(ctx, [lower]);
      return;
    }
    if (!ctx.scope.file) {
      if (compound && !this.isLocal(ctx.scope, v.name))
        this.reference("variable", v.name, variable.start, ctx, "read");
      ctx.scope.names.add(v.name.toLowerCase());
      ctx.scope.function?.reassigned.add(v.name.toLowerCase());
      return;
    }
    if (compound)
      this.reference("variable", v.name, variable.start, ctx, "read");
    const scope = v.qualifier === "local" || v.qualifier === "private" ? v.qualifier : void 0;
    this.define("variable", v.name, variable.start, ctx, { scope });
    if (marks)
      marks.push(lower);
    else
      this.markAssigned(ctx, [lower]);
  }
  /** A variable read (or a use of a drive-qualified one): a reference unless local or automatic. */
  readVariable(node, ctx) {
    const v = parseVariable(this.text(node));
    if (!v.drive && !v.qualifier)
      this.scriptPathUse(node, v.name, ctx);
    if (v.drive) {
      const kind = DRIVE_KINDS.get(v.drive);
      if (kind)
        this.reference(kind, v.name, node.start, ctx, "read");
      return;
    }
    if (isAutomaticVariable(v.name))
      return;
    if (v.qualifier !== "global" && v.qualifier !== "script" && this.isLocal(ctx.scope, v.name))
      return;
    this.reference("variable", v.name, node.start, ctx, "read");
  }
  scriptPathUse(node, name2, ctx) {
    const which = SCRIPT_PATH_VARIABLES.get(name2.toLowerCase());
    if (!which)
      return;
    const use = {
      name: which,
      ...this.pos(node.start),
      phase: ctx.phase,
      range: { start: node.start, end: node.end },
      inString: ctx.inString
    };
    const members = [];
    let end = node.end;
    for (let cur = node; cur.parent?.type === "member_access" && cur.parent.children[0] === cur; cur = cur.parent) {
      const member = cur.parent.children.at(1);
      if (!member || member.type !== "simple_name" || this.text(cur.parent).slice(cur.end - cur.parent.start).startsWith("::")) {
        break;
      }
      members.push(this.text(member));
      end = cur.parent.end;
    }
    if (members.length > 0) {
      use.members = members.join(".");
      use.fullRange = { start: node.start, end };
    }
    this.facts.scriptPathUses.push(use);
  }
  invocation(node, ctx) {
    const object = node.children.at(0);
    const member = node.children.at(1);
    const args2 = node.children.at(2);
    if (object && member && args2?.type === "argument_list") {
      const method = this.text(member).toLowerCase();
      const isStatic = this.source.text.slice(object.end, member.start).includes("::");
      const argNodes = args2.children.flatMap((c) => c.type === "argument_expression_list" ? c.children : [c]);
      if (!isStatic && (method === "foreach" || method === "where")) {
        for (const a of argNodes)
          if (a.type === "script_block_expression")
            a.role = "each";
      }
      const first = argNodes.at(0);
      if (first && !isStatic && (method === "getvalue" || method === "get") && /^\$ExecutionContext\.SessionState\.PSVariable$/i.test(this.text(object)))
        this.nameBuilt("read", first, ctx, void 0);
      if (isStatic && method === "setenvironmentvariable" && /^\[\s*(System\.)?Environment\s*\]$/i.test(this.text(object))) {
        const first2 = argNodes.at(0);
        const name2 = first2 ? staticArgument(first2, this.source.text) : void 0;
        if (first2 && name2 !== void 0)
          this.define("env", name2, first2.start, ctx, { via: "[Environment]::SetEnvironmentVariable" });
        else if (first2)
          this.dynamicName("environment variable name", first2, ctx);
      }
    }
    this.push(node.children, ctx);
  }
  typeLiteral(node, ctx) {
    if (isAttributeText(this.text(node)))
      return;
    const spec = node.children.at(0);
    const typeName = spec?.type === "type_spec" ? spec.children.at(0) : void 0;
    const id = typeName?.type === "type_name" && typeName.children.length === 1 ? typeName.children[0] : void 0;
    if (id?.type === "type_identifier") {
      const name2 = this.text(id);
      if (!isBuiltinTypeName(name2))
        this.reference("class", name2, id.start, ctx, "read");
    }
  }
  classStatement(node, ctx) {
    const names = node.children.filter((c) => c.type === "simple_name");
    const own = names.at(0);
    const bases = names.slice(1);
    if (own)
      this.define("class", this.text(own), node.start, ctx);
    for (const b of bases) {
      const name2 = this.text(b);
      if (!isBuiltinTypeName(name2))
        this.reference("class", name2, b.start, ctx, "read");
    }
    this.push(node.children.filter((c) => c.type === "class_property_definition" || c.type === "class_method_definition"), ctx);
  }
  /**
   * `[Flags()] enum X { A = 1 }` on one line: the grammar reads a cast of an ERROR (` enum X`)
   * and a script block. It is an attributed declaration: define the type, and for an enum leave
   * the members alone (they are not commands).
   */
  castExpression(node, ctx) {
    const [first, second] = node.children;
    if (first?.type === "type_literal" && second?.type === "ERROR" && isAttributeText(this.text(first))) {
      const m = /^(\s*)(enum|class)\s+([A-Za-z_]\w*)/i.exec(this.text(second));
      if (m) {
        const [, indent = "", keyword = "", name2 = ""] = m;
        this.define("class", name2, second.start + indent.length, ctx);
        if (keyword.toLowerCase() === "enum")
          return;
        this.push(node.children.slice(2), ctx);
        return;
      }
    }
    this.push(node.children, ctx);
  }
  enumStatement(node, ctx) {
    const own = node.children.find((c) => c.type === "simple_name");
    if (own)
      this.define("class", this.text(own), node.start, ctx);
  }
};
function enclosingFunction(scope) {
  for (let s = scope; s && !s.file; s = s.parent)
    if (s.function)
      return s.function;
  return void 0;
}
function assignedVariable(target) {
  if (target.type === "variable")
    return target;
  let t = target;
  if (t.type === "expression_with_unary_operator" && t.children.length === 1)
    t = t.children[0];
  if (t.type === "cast_expression") {
    const last2 = t.children.at(-1);
    if (last2)
      return assignedVariable(last2);
  }
  return void 0;
}
function unwrapPipeline(node) {
  let n = node;
  while ((n.type === "pipeline" || n.type === "pipeline_chain") && n.children.length === 1)
    n = n.children[0];
  return n;
}
function staticArgument(node, text) {
  const raw = text.slice(node.start, node.end);
  if (node.type === "verbatim_string_characters")
    return raw.slice(1, -1).replace(/''/g, "'");
  if (node.type === "expandable_string_literal" && node.children.length === 0 && !raw.includes("$"))
    return raw.slice(1, -1);
  return void 0;
}
var OUTPUT_PASSES_THROUGH = /* @__PURE__ */ new Set([
  "statement_list",
  "statement_block",
  "if_statement",
  "elseif_clauses",
  "elseif_clause",
  "else_clause",
  "foreach_statement",
  "for_statement",
  "while_statement",
  "do_statement",
  "switch_statement",
  "switch_body",
  "switch_clauses",
  "switch_clause",
  "try_statement",
  "catch_clauses",
  "catch_clause",
  "finally_clause",
  "trap_statement"
]);
function inFinally(node) {
  for (let p = node.parent; p; p = p.parent)
    if (p.type === "finally_clause")
      return true;
  return false;
}
function topStatementStart(node) {
  let n = node;
  while (n.parent && !(n.parent.type === "statement_list" && n.parent.parent?.type === "program"))
    n = n.parent;
  const list = n.parent?.children ?? [];
  const before = list[list.indexOf(n) - 1];
  return before?.type === "label" ? before.start : n.start;
}
function reachesTopLevel(statement) {
  for (let p = statement.parent; p; p = p.parent) {
    if (p.type === "program")
      return true;
    if (p.type === "script_block" && p.parent?.type === "script_block_expression") {
      const block = p.parent;
      if (block.role !== "child" && block.role !== "dot")
        return false;
      const command = block.parent?.type === "command_name_expr" ? block.parent.parent : block.parent;
      const chain = command?.parent;
      const pipeline = chain?.parent;
      if (command?.type !== "command" || chain?.type !== "pipeline_chain" || chain.children.length !== 1)
        return false;
      if (pipeline?.type !== "pipeline" || pipeline.parent?.type !== "statement_list")
        return false;
      p = pipeline;
      continue;
    }
    if (!OUTPUT_PASSES_THROUGH.has(p.type))
      return false;
  }
  return false;
}
function isSilentExpression(expr, text) {
  if (/^(pre|post)_(in|de)crement_expression$/.test(expr.type))
    return true;
  const raw = text.slice(expr.start, expr.end);
  return /^\[\s*void\s*\]/i.test(raw) || /^\[\s*(System\.)?Environment\s*\]::SetEnvironmentVariable\s*\(/i.test(raw) || isAttributeText(raw);
}
var VOID_METHODS = /* @__PURE__ */ new Set([
  "clear",
  "addrange",
  "insert",
  "insertrange",
  "removeat",
  "removerange",
  "dispose",
  "close",
  "flush",
  "flushinputbuffer",
  "collect",
  "sleep",
  "writealltext",
  "writealllines",
  "writeallbytes",
  "appendalltext",
  "appendalllines"
]);
var VOID_ADD_RECEIVERS = /^\$(global:)?PSDefaultParameterValues$/i;
function isVoidMethodCall(expr, text) {
  if (expr.type !== "invokation_expression")
    return false;
  const [object, member, args2] = expr.children;
  if (!object || member?.type !== "simple_name" || args2?.type !== "argument_list")
    return false;
  const method = text.slice(member.start, member.end).toLowerCase();
  if (VOID_METHODS.has(method))
    return true;
  return (method === "add" || method === "remove") && VOID_ADD_RECEIVERS.test(text.slice(object.start, object.end));
}
function isAttributeText(raw) {
  return /^\[\s*[\w.]+\s*\(/.test(raw);
}
function redirectsOutput(node, text) {
  if (node.type !== "redirections" && node.type !== "redirection")
    return false;
  const stack = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "file_redirection_operator" && /^(\*|1)?>>?$/.test(text.slice(n.start, n.end).trim()))
      return true;
    for (const c of n.children)
      stack.push(c);
  }
  return false;
}

// dist/src/parse/walk/comments.js
var METADATA = /^(\s*#?\s*)(Dependencies|Tier|Environment)\s*:[ \t]*(.*)$/i;
var SUPPRESS = /^\s*#?\s*fragbundle-ignore\b[ \t]*(.*)$/i;
var CODE_WORD = /[A-Za-z][\w-]*/g;
function readCommentDirectives(text, comments, lines, firstStatement) {
  const out2 = {
    dependencies: [],
    requiresFragments: [],
    environments: [],
    requires: [],
    suppressions: [],
    unknownCodes: []
  };
  for (const c of comments) {
    const body2 = text.slice(c.start, c.end);
    if (!body2.startsWith("<#")) {
      const req = /^#requires\b/i.exec(body2);
      if (req) {
        out2.requires.push({
          text: body2.trimEnd(),
          range: { start: c.start, end: c.start + body2.trimEnd().length },
          ...lines.position(c.start)
        });
        readRequiresFragments(body2, c.start, lines, out2.requiresFragments);
        continue;
      }
    }
    let at2 = c.start;
    for (const line of body2.split(/(?<=\n)|(?<=\r)(?!\n)/)) {
      const clean = line.replace(/\r?\n$|\r$/, "");
      readLine(clean, at2, c.start, lines, firstStatement, out2);
      at2 += line.length;
    }
  }
  return out2;
}
function readLine(line, at2, commentStart, lines, firstStatement, out2) {
  let content = line;
  let offset = at2;
  if (offset === commentStart && content.startsWith("<#")) {
    content = content.slice(2);
    offset += 2;
  }
  content = content.replace(/#>\s*$/, "");
  const [, suppressed] = SUPPRESS.exec(content) ?? [];
  if (suppressed !== void 0) {
    const listAt = offset + content.length - suppressed.length;
    const list = suppressed.replace(/(?:^|\s)--(?:\s.*)?$/, "");
    const codes = [];
    for (const word of list.matchAll(CODE_WORD)) {
      const code = word[0].toUpperCase();
      codes.push(code);
      if (!isDiagnosticCode(code))
        out2.unknownCodes.push({ name: word[0], ...lines.position(listAt + word.index) });
    }
    out2.suppressions.push({ codes, line: lines.line(offset), wholeFile: offset < firstStatement });
    return;
  }
  const m = METADATA.exec(content);
  if (!m)
    return;
  const [, , written = "", rest = ""] = m;
  const key = written.toLowerCase();
  const valueStart = offset + content.length - rest.length;
  const value = rest.trim();
  if (key === "tier") {
    if (value)
      out2.tier = value.split(/\s+/)[0];
    return;
  }
  const names = splitNames(rest, valueStart);
  if (key === "dependencies") {
    for (const n of names)
      out2.dependencies.push({ name: n.name, ...lines.position(n.at) });
  } else {
    out2.environments.push(...names.map((n) => n.name));
  }
}
function splitNames(value, start2) {
  const out2 = [];
  const re = /[^\s,'"]+/g;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    if (/^(none|-)$/i.test(m[0]))
      continue;
    out2.push({ name: m[0], at: start2 + m.index });
  }
  return out2;
}
function readRequiresFragments(body2, start2, lines, out2) {
  const m = /-Fragments?\b\s*/i.exec(body2);
  if (!m)
    return;
  let rest = body2.slice(m.index + m[0].length);
  const offset = start2 + m.index + m[0].length;
  const stop2 = /\s-[A-Za-z]/.exec(rest);
  if (stop2)
    rest = rest.slice(0, stop2.index);
  const re = /['"]?([^\s,'"]+)['"]?/g;
  for (let n = re.exec(rest); n; n = re.exec(rest)) {
    const [whole, name2 = ""] = n;
    out2.push({ name: name2, ...lines.position(offset + n.index + whole.indexOf(name2)) });
  }
}

// dist/src/parse/tree/walkers.js
var MEMORY_WALK_AFTER = 256 * 1024;
var walked = 0;
function treeWalk(tree, chars) {
  const fast = cursorBinding();
  if (!fast)
    return apiWalk(tree);
  const setting = process.env.FRAGBUNDLE_TREE_MEMORY;
  walked += chars;
  if (setting === "1" || setting !== "0" && walked > MEMORY_WALK_AFTER) {
    const layout = memoryLayout(tree.language, fast.heap());
    if (layout && memoryWalkWorks(tree.language, fast, layout))
      return memoryWalk(tree, fast, layout);
  }
  return cursorWalk(tree, fast);
}
function runCursor(t, c, enter, leave) {
  let depth2 = 0;
  let descend = enter(c.typeId(t));
  for (; ; ) {
    if (descend && c.firstChild(t) === 1) {
      depth2++;
      descend = enter(c.typeId(t));
      continue;
    }
    for (; ; ) {
      leave();
      if (depth2 === 0)
        return;
      if (c.nextSibling(t) === 1) {
        descend = enter(c.typeId(t));
        break;
      }
      c.parent(t);
      depth2--;
    }
  }
}
function apiWalk(tree) {
  const cursor = tree.walk();
  const moves = {
    firstChild: () => cursor.gotoFirstChild() ? 1 : 0,
    nextSibling: () => cursor.gotoNextSibling() ? 1 : 0,
    parent: () => cursor.gotoParent() ? 1 : 0,
    typeId: () => cursor.nodeTypeId
  };
  return {
    kind: "api",
    run: (enter, leave) => {
      try {
        runCursor(0, moves, enter, leave);
      } finally {
        cursor.delete();
      }
    },
    start: () => cursor.startIndex,
    end: () => cursor.endIndex
  };
}
function cursorWalk(tree, b) {
  const t = address(tree);
  return {
    kind: "cursor",
    run: (enter, leave) => {
      const cursor = tree.walk();
      const handles = cursor.handles;
      const buf = b.transferBuffer;
      handles.forEach((handle2, i2) => {
        b.setI32(buf + 4 * i2, handle2);
      });
      try {
        runCursor(t, { firstChild: b.gotoFirstChild, nextSibling: b.gotoNextSibling, parent: b.gotoParent, typeId: b.typeId }, enter, leave);
      } finally {
        for (let i2 = 0; i2 < 4; i2++)
          handles[i2] = b.getI32(buf + 4 * i2);
        cursor.delete();
      }
    },
    start: () => b.startIndex(t),
    end: () => b.endIndex(t)
  };
}
function address(o) {
  return o[0];
}
var layouts = /* @__PURE__ */ new WeakMap();
function memoryLayout(language2, heap) {
  let layout = layouts.get(language2);
  if (layout === void 0) {
    const at2 = address(language2);
    const word = (offset) => slot(heap.u32, at2 + offset >> 2);
    const fits = (p) => p > 0 && p < heap.u8.length;
    const ok = at2 > 0 && at2 % 4 === 0 && word(0) === 15 && word(4) === language2.types.length && word(28) < 65536 && fits(word(76)) && noProductionAliases(heap, word(84), word(28), slot(heap.u16, at2 + 36 >> 1));
    layout = ok ? { publicSymbolMap: word(76) } : null;
    layouts.set(language2, layout);
  }
  return layout ?? void 0;
}
function noProductionAliases(heap, table, productions, length) {
  if (length === 0)
    return true;
  if (!(table > 0 && table % 2 === 0 && table + productions * length * 2 <= heap.u8.length))
    return false;
  const first = table >> 1;
  for (let i2 = 0; i2 < productions * length; i2++)
    if (heap.u16[first + i2] !== 0)
      return false;
  return true;
}
var PROBE = `#requires -Version 7
using namespace System.IO
function Get-\xC4 {
  [CmdletBinding()]
  param([string]$Name = "x$($env:HOME)", [int]$N)
  begin { $script:seen = @{ a = 1; 'b' = @(1, 2) } }
  process { if ($Name -eq 'a' -and $N -notin 1..3) { $global:x += $N -f 2 } <# note #> }
  end { Get-ChildItem -Path $PSScriptRoot | Where-Object { $_.Name -like '*.ps1' } | % { & $_ } }
}
class C : B { [string] $P; C() { } [void] M([int]$a) { return } }
Set-Alias -Name ga -Value Get-\xC4 # comment \u2018quoted\u2019
$h = @"
here $x
"@
switch -regex ($x) { 'a' { break } default { 1 } }
try { throw } catch [IO.IOException] { } finally { }
trap { continue }
foreach ($i in 1..2) { $i } while ($false) { } do { } until ($true)
$x = [int]::Parse('1') -band 3 -shl 2; $y = -not $x; Invoke-Expression ($a + $(1))
if ($x {
`;
var proven = /* @__PURE__ */ new WeakMap();
function memoryWalkWorks(language2, fast, layout) {
  let works = proven.get(language2);
  if (works === void 0) {
    works = false;
    const parser = new Parser();
    try {
      parser.setLanguage(language2);
      const tree = parser.parse(PROBE);
      if (tree) {
        try {
          const byCursor = everyNode(cursorWalk(tree, fast));
          const byMemory = everyNode(memoryWalk(tree, fast, layout));
          works = byCursor.length > 400 && byCursor.length === byMemory.length && byCursor.every((x, i2) => x === byMemory[i2]);
        } finally {
          tree.delete();
        }
      }
    } catch {
      works = false;
    } finally {
      parser.delete();
    }
    proven.set(language2, works);
  }
  return works;
}
function everyNode(walk) {
  const seen = [];
  walk.run((typeId) => {
    seen.push(typeId, walk.start(), walk.end());
    return true;
  }, () => {
    seen.push(-1, walk.start(), walk.end());
  });
  return seen;
}
function slot(array, index) {
  return array[index] ?? 0;
}
var frames = newFrames(1024);
function newFrames(size) {
  return {
    size,
    /** The Subtree (address) whose children are being visited. */
    subtree: new Int32Array(size),
    /** The next child to visit, and where it starts (bytes). */
    next: new Int32Array(size),
    at: new Int32Array(size),
    /** For a visible node: its start and end (bytes); -1 for a hidden one (no leave). */
    start: new Int32Array(size),
    end: new Int32Array(size)
  };
}
function memoryWalk(tree, b, layout) {
  const { publicSymbolMap } = layout;
  let start2 = 0;
  let end = 0;
  const run2 = (enter, leave) => {
    const heap = b.heap();
    const u8 = (a) => slot(heap.u8, a);
    const u16 = (a) => slot(heap.u16, a >> 1);
    const u32 = (a) => slot(heap.u32, a >> 2);
    const isInline = (a) => (u8(a) & 1) === 1;
    const data = (a) => u32(a);
    const childCount = (a) => isInline(a) ? 0 : u32(data(a) + 36);
    const sizeOf = (a) => isInline(a) ? u8(a + 7) : u32(data(a) + 16);
    const paddingOf = (a) => isInline(a) ? u8(a + 6) : u32(data(a) + 4);
    const typeOf = (a) => {
      const symbol = isInline(a) ? u8(a + 1) : u16(data(a) + 40);
      return symbol === 65535 ? symbol : u16(publicSymbolMap + 2 * symbol);
    };
    let f = frames;
    let top = -1;
    const open = (a, at2, nodeStart, nodeEnd) => {
      if (++top === f.size) {
        const grown = newFrames(f.size * 2);
        for (const key of ["subtree", "next", "at", "start", "end"])
          grown[key].set(f[key]);
        frames = f = grown;
      }
      f.subtree[top] = a;
      f.next[top] = 0;
      f.at[top] = at2;
      f.start[top] = nodeStart;
      f.end[top] = nodeEnd;
    };
    const root = address(tree);
    start2 = paddingOf(root);
    end = start2 + sizeOf(root);
    if (enter(typeOf(root)) && childCount(root) > 0)
      open(root, start2, start2, end);
    else {
      leave();
      return;
    }
    while (top >= 0) {
      const parent2 = slot(f.subtree, top);
      const i2 = slot(f.next, top);
      const count = u32(data(parent2) + 36);
      if (i2 === count) {
        start2 = slot(f.start, top);
        end = slot(f.end, top);
        const visible2 = start2 >= 0;
        top--;
        if (visible2)
          leave();
        continue;
      }
      const child = data(parent2) - (count - i2) * 8;
      const at2 = slot(f.at, top);
      const inline = isInline(child);
      const visible = inline ? (u8(child) & 2) !== 0 : (u8(data(child) + 44) & 1) !== 0;
      const size = sizeOf(child);
      f.next[top] = i2 + 1;
      f.at[top] = i2 + 1 < count ? at2 + size + paddingOf(child + 8) : at2 + size;
      if (visible) {
        start2 = at2;
        end = at2 + size;
        if (enter(typeOf(child)) && !inline && childCount(child) > 0)
          open(child, at2, at2, at2 + size);
        else {
          start2 = at2;
          end = at2 + size;
          leave();
        }
      } else if (!inline && childCount(child) > 0 && u32(data(child) + 48) > 0) {
        open(child, at2, -1, -1);
      }
    }
  };
  return { kind: "memory", run: run2, start: () => start2 >> 1, end: () => end >> 1 };
}

// dist/src/parse/tree/syntax-tree.js
var PASS_THROUGH = /* @__PURE__ */ new Set([
  "logical_expression",
  "bitwise_expression",
  "comparison_expression",
  "additive_expression",
  "multiplicative_expression",
  "format_expression",
  "range_expression",
  "array_literal_expression",
  "unary_expression",
  "argument_expression",
  "logical_argument_expression",
  "bitwise_argument_expression",
  "comparison_argument_expression",
  "additive_argument_expression",
  "multiplicative_argument_expression",
  "format_argument_expression",
  "range_argument_expression",
  "string_literal",
  "integer_literal",
  "script_block_body",
  "key_expression",
  "member_name"
]);
var DROPPED = /* @__PURE__ */ new Set(["command_argument_sep", "comparison_operator", "format_operator"]);
var LEAVES = /* @__PURE__ */ new Set([
  "variable",
  "command_name",
  "generic_token",
  "simple_name",
  "command_parameter",
  "verbatim_string_characters",
  "verbatim_here_string_characters",
  "decimal_integer_literal",
  "hexadecimal_integer_literal",
  "real_literal",
  "type_identifier",
  "function_name",
  "path_command_name_token",
  "assignement_operator",
  "block_name",
  "pipeline_chain_tail",
  "command_invokation_operator",
  "file_redirection_operator",
  "merging_redirection_operator",
  "switch_parameter",
  "class_attribute",
  "label",
  "stop_parsing"
]);
var KEEP_ANONYMOUS_UNDER = /* @__PURE__ */ new Set([
  "function_statement",
  "class_statement",
  "enum_statement",
  "script_block_expression"
]);
var ERROR_TYPE_ID = 65535;
var DROP = 1;
var PASS = 2;
var LEAF = 4;
var KEEP_ANONYMOUS = 8;
var COMMENT = 16;
var ERROR = 32;
function nodeType(name2, named) {
  let flags2 = 0;
  if (named && DROPPED.has(name2))
    flags2 |= DROP;
  if (named && PASS_THROUGH.has(name2))
    flags2 |= PASS;
  if (LEAVES.has(name2))
    flags2 |= LEAF;
  if (KEEP_ANONYMOUS_UNDER.has(name2))
    flags2 |= KEEP_ANONYMOUS;
  if (name2 === "comment")
    flags2 |= COMMENT;
  if (name2 === "ERROR")
    flags2 |= ERROR;
  return { name: internalized(name2), named, flags: flags2 };
}
function internalized(name2) {
  const [key = name2] = Object.keys({ [name2]: 0 });
  return key;
}
var ERROR_NODE_TYPE = nodeType("ERROR", true);
var UNKNOWN_NODE_TYPE = nodeType("?", true);
var PROGRAM_NODE_TYPE = nodeType("program", true);
var typeTables = /* @__PURE__ */ new WeakMap();
function typeTable(lang) {
  let table = typeTables.get(lang);
  if (!table) {
    table = lang.types.map((name2, id) => nodeType(name2, lang.nodeTypeIsNamed(id)));
    typeTables.set(lang, table);
  }
  return table;
}
function buildSyntaxTree(tree) {
  const types = typeTable(tree.language);
  const typeOf = (id) => id === ERROR_TYPE_ID ? ERROR_NODE_TYPE : types[id] ?? UNKNOWN_NODE_TYPE;
  const comments = [];
  const errors = [];
  let errorDepth = 0;
  const { hasError: checkMissing, endIndex } = tree.rootNode;
  const w = treeWalk(tree, endIndex);
  let root;
  const open = [];
  const openFlags = [];
  let nodeFlags = 0;
  const visit = (id, parent2, parentType) => {
    const type = typeOf(id);
    const flags2 = type.flags;
    nodeFlags = flags2;
    if (!type.named) {
      if (checkMissing && w.start() === w.end()) {
        if (errorDepth === 0)
          errors.push({ start: w.start(), end: w.start(), missing: true });
        return null;
      }
      if ((parentType & KEEP_ANONYMOUS) === 0)
        return null;
    } else if (flags2 & DROP) {
      return null;
    } else if (flags2 & PASS) {
      const lazy = { type: type.name, start: -1, end: -1, children: [], parent: parent2 };
      parent2.children.push(lazy);
      return lazy;
    }
    const start2 = w.start();
    const end = w.end();
    if (start2 === end) {
      if (errorDepth === 0)
        errors.push({ start: start2, end, missing: true });
      return null;
    }
    if (flags2 & COMMENT) {
      comments.push({ start: start2, end });
      return null;
    }
    if (flags2 & ERROR) {
      if (errorDepth === 0)
        errors.push({ start: start2, end, missing: false });
      errorDepth++;
    }
    const made = { type: type.name, start: start2, end, children: [], parent: parent2 };
    parent2.children.push(made);
    return made;
  };
  const close = (closing) => {
    if (!closing?.parent)
      return;
    if (closing.type === "ERROR")
      errorDepth--;
    if (closing.start >= 0)
      return;
    const siblings = closing.parent.children;
    const [only] = closing.children;
    if (only !== void 0 && closing.children.length === 1) {
      siblings[siblings.length - 1] = only;
      only.parent = closing.parent;
      return;
    }
    closing.start = w.start();
    closing.end = w.end();
    if (closing.start === closing.end)
      siblings.pop();
  };
  const enter = (id) => {
    if (root === void 0) {
      const rootIsError = id === ERROR_TYPE_ID;
      root = { type: rootIsError ? "ERROR" : "program", start: w.start(), end: w.end(), children: [], parent: null };
      if (rootIsError) {
        errors.push({ start: root.start, end: root.end, missing: false });
        errorDepth = 1;
      }
      open.push(root);
      openFlags.push(rootIsError ? ERROR_NODE_TYPE.flags : PROGRAM_NODE_TYPE.flags);
      return true;
    }
    const made = visit(id, last(open), last(openFlags));
    open.push(made);
    openFlags.push(nodeFlags);
    return made !== null && (nodeFlags & LEAF) === 0;
  };
  const leave = () => {
    openFlags.pop();
    close(open.pop());
  };
  w.run(enter, leave);
  return { root, comments, errors };
}

// dist/src/parse/tree/repair.js
var BUDGET = 60;
var FULL_BUDGET_CHARS = 256 * 1024;
var NO_REPAIRS_CHARS = 1024 * 1024;
function budgetFor(text) {
  if (text.length > NO_REPAIRS_CHARS)
    return 0;
  return text.length <= FULL_BUDGET_CHARS ? BUDGET : Math.floor(BUDGET * FULL_BUDGET_CHARS / text.length);
}
function parseWithRepairs(parser, text) {
  const first = attempt(parser, text);
  if (first.errors.length === 0) {
    return finish(first, { originalErrors: [], remainingErrors: [], repairs: [], pieces: [] });
  }
  let best = first;
  const repairs = [];
  let budget = budgetFor(text);
  let index = 0;
  try {
    while (index < best.errors.length && budget > 0) {
      const site = at(best.errors, index);
      let improved = false;
      for (const candidate of candidates(best.text, site)) {
        if (budget-- <= 0)
          break;
        const next = attempt(parser, candidate.text, best, candidate.edit);
        if (next.errors.length < best.errors.length || next.errors.length === best.errors.length && next.errorChars < best.errorChars) {
          if (best !== first)
            best.tree.delete();
          best = next;
          repairs.push({ rule: candidate.rule, at: candidate.at });
          improved = true;
          break;
        }
        next.tree.delete();
      }
      if (!improved)
        index++;
    }
  } finally {
    if (best !== first)
      first.tree.delete();
  }
  const originalErrors = mergeCascades(text, first.errors);
  if (best.errors.length > 0 && budget > 0) {
    const split = splitAndReparse(parser, best, originalErrors, repairs);
    if (split) {
      best.tree.delete();
      return split;
    }
  }
  return finish(best, { originalErrors, remainingErrors: best.errors, repairs, pieces: [] });
}
function splitAndReparse(parser, best, originalErrors, repairs) {
  const text = best.text;
  let pieces = [];
  let rest;
  let errors = best.errors;
  for (let round = 0; round < MAX_PIECES && errors.length > 0; round++) {
    const piece = errors.map((e) => statementAround(text, e)).find((r) => r !== void 0);
    if (!piece)
      break;
    pieces = mergeRanges([...pieces, piece]);
    const base = rest ?? best;
    const cut = blank(text, pieces, false);
    const next = attempt(parser, cut, base, editOf(base.text, cut, piece.start, piece.end));
    rest?.tree.delete();
    rest = next;
    errors = next.errors;
  }
  if (!rest || rest.errors.length >= best.errors.length) {
    rest?.tree.delete();
    return void 0;
  }
  let tree;
  try {
    tree = buildSyntaxTree(rest.tree);
  } finally {
    rest.tree.delete();
  }
  const remaining = [...rest.errors];
  for (const piece of pieces) {
    const alone = attempt(parser, blank(text, [piece], true));
    try {
      const part = buildSyntaxTree(alone.tree);
      clamp(part.root, piece);
      remaining.push(...alone.errors.filter((e) => e.start < piece.end).map((e) => ({ ...e, end: Math.min(e.end, piece.end) })));
      graft(tree.root, part.root, piece);
      tree = { ...tree, comments: [...tree.comments, ...part.comments].sort((a, b) => a.start - b.start) };
    } finally {
      alone.tree.delete();
    }
  }
  remaining.sort((a, b) => a.start - b.start);
  return { tree: { ...tree, errors: remaining }, originalErrors, remainingErrors: remaining, repairs, pieces };
}
var MAX_STATEMENT_LINES = 50;
var MAX_PIECES = 8;
function blank(text, ranges, keep) {
  const spaces = (s) => s.replace(/[^\r\n]/g, " ");
  const cut = (s) => spaces(s).replace(/^(\s*) /, "$1;");
  let out2 = "";
  let at2 = 0;
  for (const r of ranges) {
    out2 += keep ? spaces(text.slice(at2, r.start)) : text.slice(at2, r.start);
    out2 += keep ? text.slice(r.start, r.end) : cut(text.slice(r.start, r.end));
    at2 = r.end;
  }
  return out2 + (keep ? spaces(text.slice(at2)) : text.slice(at2));
}
function statementAround(text, site) {
  let start2 = lastLineBreak(text, site.start) + 1;
  const previousLine = (lineStart) => {
    let contentEnd = lineStart - 1;
    if (text[contentEnd] === "\n" && text[contentEnd - 1] === "\r")
      contentEnd--;
    const prevStart = lastLineBreak(text, contentEnd) + 1;
    return { start: prevStart, text: text.slice(prevStart, contentEnd) };
  };
  while (start2 > 0) {
    const prev = previousLine(start2);
    if (!/[`|,][ \t]*$/.test(prev.text))
      break;
    start2 = prev.start;
  }
  let end = nextLineBreak(text, site.start);
  for (let lines = 0; start2 > 0 && lines < MAX_STATEMENT_LINES && bracketDepth(text, start2, end) === -1; lines++) {
    start2 = previousLine(start2).start;
  }
  for (; ; ) {
    const depth2 = bracketDepth(text, start2, end);
    if (depth2 === void 0 || depth2 < 0)
      return void 0;
    const line = text.slice(lastLineBreak(text, end) + 1, end);
    if (depth2 === 0 && !/[`|,]\s*$/.test(line))
      break;
    if (end >= text.length)
      return void 0;
    end = nextLineBreak(text, end + 1 + (text[end] === "\r" && text[end + 1] === "\n" ? 1 : 0));
  }
  const piece = text.slice(start2, end);
  return piece.trim() === "" ? void 0 : { start: start2, end };
}
function bracketDepth(text, start2, end) {
  let depth2 = 0;
  for (let i2 = start2; i2 < end; i2++) {
    const c = text[i2];
    if (c === "`") {
      i2++;
    } else if (c === "#") {
      const n = nextLineBreak(text, i2);
      if (n > end)
        return void 0;
      i2 = n - 1;
    } else if (c === "<" && text[i2 + 1] === "#") {
      const close = text.indexOf("#>", i2 + 2);
      if (close < 0 || close + 2 > end)
        return void 0;
      i2 = close + 1;
    } else if (c === "@" && (text[i2 + 1] === "'" || text[i2 + 1] === '"') && /^[ \t]*\r?\n/.test(text.slice(i2 + 2, i2 + 40))) {
      const close = new RegExp(`[\\r\\n]${text[i2 + 1]}@`, "g");
      close.lastIndex = i2 + 2;
      const m = close.exec(text);
      if (!m || m.index + 3 > end)
        return void 0;
      i2 = m.index + 2;
    } else if (c === "'" || c === '"') {
      let j = i2 + 1;
      for (; j < end; j++) {
        if (c === '"' && text[j] === "`")
          j++;
        else if (text[j] === c) {
          if (text[j + 1] === c)
            j++;
          else
            break;
        }
      }
      if (j >= end)
        return void 0;
      i2 = j;
    } else if (c === "{" || c === "(" || c === "[") {
      depth2++;
    } else if (c === "}" || c === ")" || c === "]") {
      if (--depth2 < 0)
        return -1;
    }
  }
  return depth2;
}
function clamp(root, piece) {
  const stack = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    n.end = Math.min(n.end, piece.end);
    n.start = Math.max(n.start, piece.start);
    const inside = n.children.filter((c) => c.start < piece.end);
    if (inside.length !== n.children.length)
      n.children.splice(0, n.children.length, ...inside);
    stack.push(...n.children);
  }
}
function mergeRanges(ranges) {
  const sorted2 = [...ranges].sort((a, b) => a.start - b.start);
  const out2 = [];
  for (const r of sorted2) {
    const prev = out2.at(-1);
    if (prev && r.start <= prev.end)
      out2[out2.length - 1] = { start: prev.start, end: Math.max(prev.end, r.end) };
    else
      out2.push(r);
  }
  return out2;
}
var CONTAINERS = /* @__PURE__ */ new Set([
  "program",
  "statement_list",
  "script_block",
  "statement_block",
  "script_block_expression",
  "function_statement"
]);
var LIST_PARENTS = /* @__PURE__ */ new Set(["script_block", "statement_block", "script_block_expression", "function_statement"]);
function graft(root, part, piece) {
  let container = root;
  for (let node = root; node; ) {
    if (CONTAINERS.has(node.type))
      container = node;
    node = node.children.find((c) => c.start <= piece.start && piece.end <= c.end);
  }
  let into = container;
  while (into.type !== "statement_list") {
    const next = into.children.find((c) => c.type === "statement_list" || LIST_PARENTS.has(c.type));
    if (!next)
      break;
    into = next;
  }
  const list = into.type === "statement_list" ? into : void 0;
  const nodes = part.children.flatMap((c) => c.type === "statement_list" && list ? c.children : [c]);
  for (const n of nodes) {
    n.parent = into;
    const at2 = into.children.findIndex((c) => c.start > n.start);
    into.children.splice(at2 < 0 ? into.children.length : at2, 0, n);
  }
  into.start = Math.min(into.start, piece.start);
  into.end = Math.max(into.end, piece.end);
}
function finish(best, rest) {
  try {
    return { tree: buildSyntaxTree(best.tree), ...rest };
  } finally {
    best.tree.delete();
  }
}
function attempt(parser, text, base, edit) {
  let old;
  if (base && edit) {
    old = base.tree.copy();
    old.edit(edit);
  }
  const tree = parser.parse(text, old);
  old?.delete();
  if (!tree)
    throw new Error("tree-sitter returned no tree");
  const errors = errorSites(tree).filter((e) => !isOnlyComments(text.slice(e.start, e.end), e));
  return { text, tree, errors, errorChars: errors.reduce((n, e) => n + (e.end - e.start), 0) };
}
function errorSites(tree) {
  const out2 = [];
  if (!tree.rootNode.hasError)
    return out2;
  const cursor = tree.walk();
  try {
    for (; ; ) {
      const node = cursor.currentNode;
      let descend = false;
      if (node.isError)
        out2.push({ start: node.startIndex, end: node.endIndex, missing: false });
      else if (node.isMissing)
        out2.push({ start: node.startIndex, end: node.startIndex, missing: true });
      else
        descend = node.hasError;
      if (descend && cursor.gotoFirstChild())
        continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent())
          return out2;
      }
    }
  } finally {
    cursor.delete();
  }
}
function mergeCascades(text, sites) {
  const out2 = [];
  for (const site of sites) {
    const prev = out2.at(-1);
    if (prev && !/[\r\n]/.test(text.slice(prev.end, site.start))) {
      out2[out2.length - 1] = {
        start: prev.start,
        end: Math.max(prev.end, site.end),
        missing: prev.missing && site.missing
      };
    } else {
      out2.push(site);
    }
  }
  return out2;
}
function isOnlyComments(region, site) {
  return !site.missing && region.replace(/<#[\s\S]*?#>|#[^\r\n]*/g, "").trim() === "";
}
var REWRITES = [
  { rule: "command path starting with /", re: /(^|[\r\n;|{(&][ \t]*)\/(?=[\w.])/g, replace: (m) => `${m[1]}_` },
  { rule: "-name=value", re: /(\s-[A-Za-z_][\w-]*)=/g, replace: (m) => `${m[1]}:` },
  {
    rule: "digits in parameter name",
    re: /(\s-[A-Za-z_]+)(\d[\w-]*)/g,
    replace: ([, dash = "", digits = ""]) => dash + digits.replace(/\d/g, "x")
  },
  { rule: "@bareword", re: /(\s)@([A-Za-z][\w.-]*\/)/g, replace: (m) => `${m[1]}_${m[2]}` },
  { rule: "comma list of barewords", re: /([\w})'"])(\s*),(?=\s*[A-Za-z_])/g, replace: (m) => `${m[1]}${m[2]} ` },
  { rule: ".ForEach()", re: /\.(foreac)h\(/gi, replace: (m) => `.${m[1]}_(` },
  { rule: "wildcard after a variable", re: /(\s\$[\w:]+)\*(?=[\s;)|}]|$)/gm, replace: (m) => `${m[1]} ` },
  { rule: "??=", re: /\?\?=/g, replace: () => " +=" },
  { rule: "??", re: /\s\?\?\s/g, replace: () => " -f " },
  { rule: "ternary", re: /(\s)\?(\s[^\r\n]*?\s):(\s)/g, replace: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  { rule: "1> redirection", re: /(\s)1(>>?)(?![>&])/g, replace: (m) => `${m[1]} ${m[2]}` },
  {
    // `1MB`, `2.5GB`, `10L`, `7ul`: pwsh's multiplier and type suffixes, as zeros (still a number).
    rule: "numeric suffix",
    re: /(^|[^\w$.-])(\d+(?:\.\d+)?)((?:[kmgtp]b)|(?:ul|us|uy|[lduysn]))(?![\w.])/gi,
    replace: ([, before = "", digits = "", suffix = ""]) => before + digits + "0".repeat(suffix.length)
  },
  {
    // `break outer`, `continue outer`: a loop label after the keyword, as blanks (a plain break).
    rule: "loop label",
    re: /(^|[^\w$-])((?:break|continue)[ \t]+)([A-Za-z_]\w*)(?=[ \t]*(?:[;}\r\n#]|$))/gim,
    replace: ([, before = "", keyword = "", label = ""]) => before + keyword + " ".repeat(label.length)
  },
  { rule: "empty script block", re: /\{(\s)(\s*)\}/g, replace: (m) => `{;${m[2]}}` }
];
var WINDOW = 2e3;
function* candidates(text, site) {
  const lineStart = lastLineBreak(text, site.start) + 1;
  const lastLine = Math.min(Math.max(site.start, site.end - 1), lineStart + WINDOW);
  const lineEnd = nextLineBreak(text, lastLine);
  const window2 = text.slice(lineStart, lineEnd);
  for (const { rule, re, replace } of REWRITES) {
    re.lastIndex = 0;
    let patched = window2;
    let at2 = -1;
    for (let m = re.exec(window2); m; m = re.exec(window2)) {
      const value = replace(m);
      if (value.length !== m[0].length)
        continue;
      if (inComment(text, lineStart + m.index))
        continue;
      patched = patched.slice(0, m.index) + value + patched.slice(m.index + value.length);
      if (at2 < 0)
        at2 = lineStart + m.index;
    }
    if (patched !== window2) {
      const next = text.slice(0, lineStart) + patched + text.slice(lineEnd);
      yield { rule, text: next, at: at2, edit: editOf(text, next, lineStart, lineEnd) };
    }
  }
  const breaks = [];
  let lastCode = "";
  for (let i2 = lineStart; i2 < lineEnd; i2++) {
    const c = text.charAt(i2);
    if (c === "\n" || c === "\r") {
      lastCode = "";
      continue;
    }
    if (c !== " " && c !== "	") {
      lastCode = c;
      continue;
    }
    if (lastCode !== ")" && lastCode !== "}")
      continue;
    let j = i2;
    while (text[j] === " " || text[j] === "	")
      j++;
    const after = text.charAt(j);
    if (after !== "" && !/[\r\n;|{}),.\-+*/=#]/.test(after) && !inComment(text, i2))
      breaks.push(i2);
    lastCode = "";
    i2 = j - 1;
  }
  breaks.sort((x, y) => Math.abs(x - site.start) - Math.abs(y - site.start));
  for (const at2 of breaks.slice(0, 8)) {
    const next = `${text.slice(0, at2)}
${text.slice(at2 + 1)}`;
    yield { rule: "line break", text: next, at: at2, edit: editOf(text, next, at2, at2 + 1) };
  }
}
function inComment(text, offset) {
  const before = text.slice(lastLineBreak(text, offset) + 1, offset);
  let quote = "";
  for (const c of before) {
    if (quote) {
      if (c === quote)
        quote = "";
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === "#") {
      return true;
    }
  }
  return false;
}
function editOf(before, after, start2, end) {
  return new Edit({
    startIndex: start2,
    oldEndIndex: end,
    newEndIndex: end,
    startPosition: pointAt(before, start2),
    oldEndPosition: pointAt(before, end),
    newEndPosition: pointAt(after, end)
  });
}
function pointAt(text, offset) {
  let row = 0;
  let lineStart = 0;
  for (let i2 = text.indexOf("\n"); i2 >= 0 && i2 < offset; i2 = text.indexOf("\n", i2 + 1)) {
    row++;
    lineStart = i2 + 1;
  }
  return { row, column: offset - lineStart };
}
function lastLineBreak(text, before) {
  return Math.max(text.lastIndexOf("\n", before - 1), text.lastIndexOf("\r", before - 1));
}
function nextLineBreak(text, from) {
  const n = text.indexOf("\n", from);
  const r = text.indexOf("\r", from);
  const candidates2 = [n, r].filter((i2) => i2 >= 0);
  return candidates2.length > 0 ? Math.min(...candidates2) : text.length;
}

// dist/src/parse/walk/statements.js
function topLevelNodes(root) {
  const out2 = [];
  for (const c of root.children) {
    if (c.type === "statement_list") {
      for (const s of c.children)
        if (s.type !== "empty_statement")
          out2.push(s);
    } else if (c.type !== "param_block")
      out2.push(c);
  }
  return out2;
}
function classifyStatements(root, text, lines) {
  return topLevelNodes(root).map((node) => {
    const range = { start: node.start, end: node.end };
    const line = lines.line(node.start);
    if (node.type === "function_statement") {
      const shape = functionShape(node, text);
      return shape ? { kind: "function", range, line, function: shape } : { kind: "other", range, line };
    }
    return { kind: isPureDefinition(node, text) ? "definition" : "other", range, line };
  });
}
function functionShape(node, text) {
  const nameNode = node.children.find((c) => c.type === "function_name");
  if (!nameNode)
    return void 0;
  const written = text.slice(nameNode.start, nameNode.end);
  if (/[$(]/.test(written))
    return void 0;
  const { scope, name: name2 } = splitFunctionScope(written);
  const keyword = text.slice(node.start, nameNode.start).trim().toLowerCase();
  const open = node.children.find((c) => c.type === "{");
  const header = node.children.find((c) => c.type === "function_parameter_declaration");
  const block = node.children.find((c) => c.type === "script_block");
  const paramBlock = block?.children.find((c) => c.type === "param_block");
  const named = block?.children.find((c) => c.type === "named_block_list");
  const shape = {
    name: name2,
    isFilter: keyword === "filter",
    range: { start: node.start, end: node.end },
    body: { start: open?.start ?? node.end, end: node.end },
    isAdvanced: [paramBlock, header].some((n) => n !== void 0 && hasAdvancedAttribute(n, text)),
    namedBlocks: (named?.children ?? []).filter((c) => c.type === "named_block").map((c) => text.slice(c.start, c.children[0]?.end ?? c.start).trim().toLowerCase())
  };
  if (scope)
    shape.scope = scope;
  if (header)
    shape.headerParams = { start: header.start, end: header.end };
  if (paramBlock)
    shape.paramBlock = { start: paramBlock.start, end: paramBlock.end };
  return shape;
}
function hasAdvancedAttribute(node, text) {
  const stack = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "attribute") {
      const name2 = n.children.find((c) => c.type === "attribute_name");
      const written = name2 ? text.slice(name2.start, name2.end).trim().toLowerCase() : "";
      if (written === "cmdletbinding" || written === "parameter")
        return true;
    }
    if (n.type === "script_block_expression")
      continue;
    for (const c of n.children)
      stack.push(c);
  }
  return false;
}
var LITERAL_TYPES = /* @__PURE__ */ new Set([
  "pipeline",
  "pipeline_chain",
  "statement_list",
  "array_literal_expression",
  "array_expression",
  "hash_literal_expression",
  "hash_literal_body",
  "hash_entry",
  "key_expression",
  "simple_name",
  "verbatim_string_characters",
  "verbatim_here_string_characters",
  "expandable_string_literal",
  "expandable_here_string_literal",
  "decimal_integer_literal",
  "hexadecimal_integer_literal",
  "real_literal",
  "expression_with_unary_operator",
  "cast_expression",
  "type_literal",
  "type_spec",
  "type_name",
  "type_identifier",
  "parenthesized_expression",
  "empty_statement"
]);
function isLiteral(node, text) {
  const stack = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "variable") {
      const v = parseVariable(text.slice(n.start, n.end));
      if (v.drive || v.qualifier || !/^(true|false|null)$/i.test(v.name))
        return false;
      continue;
    }
    if (!LITERAL_TYPES.has(n.type))
      return false;
    if ((n.type === "expandable_string_literal" || n.type === "expandable_here_string_literal") && n.children.length > 0) {
      return false;
    }
    for (const c of n.children)
      stack.push(c);
  }
  return true;
}
function isPureDefinition(node, text) {
  if (node.type !== "pipeline" || node.children.length !== 1)
    return false;
  const only = at(node.children, 0);
  if (only.type === "assignment_expression") {
    const left = only.children.at(0);
    const value = only.children.at(2);
    if (!left || !value)
      return false;
    const target = left.children.length === 1 ? at(left.children, 0) : left;
    if (target.type !== "variable")
      return false;
    const v = parseVariable(text.slice(target.start, target.end));
    if (v.drive === "function" && value.type === "pipeline") {
      const block = unwrapSingle(value);
      if (block?.type === "script_block_expression")
        return true;
    }
    if (v.drive && v.drive !== "env")
      return false;
    return isLiteral(value, text);
  }
  if (only.type !== "pipeline_chain" || only.children.length !== 1)
    return false;
  const command = at(only.children, 0);
  if (command.type !== "command")
    return false;
  const parts2 = commandParts(command, text);
  if (!parts2 || parts2.operator)
    return false;
  const name2 = canonicalCommand(text.slice(parts2.nameNode.start, parts2.nameNode.end));
  if (name2 !== "set-alias" && name2 !== "new-alias")
    return false;
  return parts2.elements.every((e) => e.type === "command_parameter" || e.type === "generic_token" || isLiteral(e, text));
}
function unwrapSingle(node) {
  let n = node;
  while (n && (n.type === "pipeline" || n.type === "pipeline_chain") && n.children.length === 1)
    n = n.children.at(0);
  return n;
}

// dist/src/parse/extract-symbols.js
function extractSymbols(parser, fragment, options) {
  if (fragment.text.length > MAX_PARSE_CHARS) {
    const mib = (fragment.text.length / 2 ** 20).toFixed(1);
    return failed(fragment, `it is ${mib} MiB, more than the ${MAX_PARSE_CHARS / 2 ** 20} MiB fragbundle parses`);
  }
  const lines = new LineIndex(fragment.text);
  try {
    return extract(parser, fragment, options, lines);
  } catch (error) {
    return failed(fragment, `internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}
var MAX_PARSE_CHARS = 8 * 2 ** 20;
function failed(fragment, why) {
  const finding = diagnostic("PARSE_FAILED", `not analysed (${why}); it is bundled unchanged and eager, with no load-order constraints, and what it defines is unknown to the other fragments`, { file: fragment.path, line: 1, column: 1 });
  return { ...emptySymbols(fragment), hasSyntaxErrors: true, diagnostics: [finding] };
}
function internalError(error, file) {
  const message = error instanceof Error ? error.message : String(error);
  return diagnostic("PARSE_FAILED", `internal error while analysing; what it defines and uses may be incomplete: ${message}`, {
    file,
    line: 1,
    column: 1
  });
}
function extract(parser, fragment, options, lines) {
  const parsed = parseWithRepairs(parser, fragment.text);
  const { root, comments } = parsed.tree;
  const definers = new Map(options.definers.map((d) => [d.command.toLowerCase(), d]));
  const loaders = new Map((options.loaders ?? []).map((l) => [l.command.toLowerCase(), l]));
  const analyzer = new Analyzer({ path: fragment.path, text: fragment.text, lines, definers, loaders });
  const failures = [];
  try {
    analyzer.run(root);
  } catch (error) {
    failures.push(internalError(error, fragment.path));
  }
  const facts = analyzer.facts;
  const statements = topLevelNodes(root);
  const firstStatement = statements[0]?.start ?? fragment.text.length;
  const fromComments = readCommentDirectives(fragment.text, comments, lines, firstStatement);
  const directives = {
    dependencies: fromComments.dependencies,
    requiresFragments: fromComments.requiresFragments,
    ...fromComments.tier === void 0 ? {} : { tier: fromComments.tier },
    environments: fromComments.environments,
    requires: fromComments.requires,
    usings: facts.usings,
    returns: sortByPosition(facts.returns),
    exits: sortByPosition(trapExits(facts.exits, statements, facts.usings)),
    loopExits: sortByPosition(facts.loopExits),
    scriptPathUses: sortByPosition(facts.scriptPathUses),
    dotSources: sortByPosition(facts.dotSources),
    hasParamBlock: root.children[0]?.type === "param_block",
    suppressions: fromComments.suppressions
  };
  const diagnostics = [
    ...failures,
    ...recoveryDiagnostics(parsed, fragment.path, lines),
    ...facts.diagnostics,
    ...fromComments.unknownCodes.map((u) => unknownCode(u, fragment.path))
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return {
    fragment: fragment.id,
    path: fragment.path,
    defines: sortByPosition(facts.defines),
    references: sortByPosition(facts.references),
    sideEffects: sortByPosition([...facts.sideEffects, ...settleExternals(facts)]),
    directives,
    statements: withStubBlockers(classifyStatements(root, fragment.text, lines), fragment.text, diagnostics, lines),
    // After an internal failure the symbols are partial: the plan then keeps the fragment eager.
    hasSyntaxErrors: parsed.originalErrors.length > 0 || failures.length > 0,
    diagnostics,
    ...facts.nameBuilt.length > 0 ? { nameBuilt: sortByPosition(facts.nameBuilt) } : {}
  };
}
function unknownCode(word, path4) {
  const likely = word.name.toUpperCase().replace(/-/g, "_");
  const hint = isDiagnosticCode(likely) ? ` (${likely}?)` : /[a-z]/.test(word.name) && !word.name.includes("_") ? '; a reason goes after " -- "' : "";
  return diagnostic("UNKNOWN_CODE", `fragbundle-ignore: "${word.name}" is no diagnostic code and silences nothing${hint}`, { file: path4, line: word.line, column: word.column });
}
function withStubBlockers(statements, text, diagnostics, lines) {
  const recovered = recoveredLines(diagnostics);
  return statements.map((st) => st.kind === "function" ? { ...st, function: { ...st.function, stubBlocker: stubBlocker(text, st.function, recovered, lines) ?? null } } : st);
}
function settleExternals(facts) {
  const own = new Set(facts.defines.filter((d) => d.kind === "function" || d.kind === "alias").map((d) => d.name.toLowerCase()));
  return facts.externalCandidates.map(({ name: name2, effect }) => own.has(name2.toLowerCase()) ? { ...effect, kind: "other-command" } : effect);
}
function recoveryDiagnostics(parsed, file, lines) {
  return parsed.originalErrors.map((site) => {
    const stillBroken = parsed.remainingErrors.some((r) => r.start < Math.max(site.end, site.start + 1) && r.end >= site.start);
    const repairs = [
      ...new Set(parsed.repairs.filter((r) => r.at >= lineStartOf(lines, site.start) && r.at <= site.end + 1).map((r) => r.rule))
    ];
    const what = site.missing ? "the grammar expected a token here" : "the grammar could not parse this region";
    const cut = parsed.pieces.some((p) => p.start <= site.start && site.start < Math.max(p.end, p.start + 1));
    const how = stillBroken ? cut ? `its statement was parsed on its own, and symbols in it ${TOKEN_RECOVERY}` : `symbols in it were ${TOKEN_RECOVERY}` : `it was re-parsed after rewriting ${repairs.length > 0 ? repairs.join(", ") : "nearby code"}`;
    return diagnostic("PARSE_RECOVERED", `${what}; ${how}`, { file, ...lines.position(site.start) });
  });
}
function lineStartOf(lines, offset) {
  return lines.lineStart(lines.line(offset));
}
function sortByPosition(items) {
  return [...items].sort((a, b) => a.line - b.line || a.column - b.column);
}
function trapExits(exits, statements, usings) {
  if (exits.length === 0 || !statements.some((n) => n.type === "trap_statement"))
    return exits;
  const first = statements.find((n) => !usings.some((u) => u.range.start === n.start))?.start;
  return first === void 0 ? exits : exits.map((e) => ({ ...e, statement: Math.min(e.statement, first) }));
}
function emptySymbols(fragment) {
  return {
    fragment: fragment.id,
    path: fragment.path,
    defines: [],
    references: [],
    sideEffects: [],
    directives: {
      dependencies: [],
      requiresFragments: [],
      environments: [],
      requires: [],
      usings: [],
      returns: [],
      exits: [],
      loopExits: [],
      scriptPathUses: [],
      dotSources: [],
      hasParamBlock: false,
      suppressions: []
    },
    statements: [],
    hasSyntaxErrors: false,
    diagnostics: []
  };
}

export {
  prepareWasm,
  createPowerShellParser,
  extractSymbols
};
