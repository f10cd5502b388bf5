/**
 * Per-name facts contributed by each fragment (who uses, defines or reads a name), combined in the
 * fragments' order. Kept between calls of a resident build, the index is brought up to date by the
 * fragments whose symbols object changed alone, and says which names' facts changed: the plan's
 * kept answers about other names still hold. Pure apart from its own state.
 */

/** One fragment's items under one name, at its place (slot) in the order the index was given. */
export interface Group<T> {
  readonly id: string;
  readonly slot: number;
  readonly items: readonly T[];
}

/** One fragment's items by name: a function of its symbols object alone. */
export type Contributions<T> = ReadonlyMap<string, readonly T[]>;

const NONE: readonly never[] = [];

export class UseIndex<S extends { readonly fragment: string }, T> {
  private slots: readonly S[] = [];
  private readonly groups = new Map<string, Group<T>[]>();
  /** Each symbols object's contributions (computed once per object). */
  private readonly own = new WeakMap<S, Contributions<T>>();

  /**
   * `contribute` gives a fragment's items by name; `same` says whether two items answer every
   * question the plan asks of them alike (what decides which keys changed).
   */
  constructor(
    private readonly contribute: (s: S) => Contributions<T>,
    private readonly same: (a: T, b: T) => boolean,
  ) {}

  /** The groups under `key`, in slot order. */
  list(key: string): readonly Group<T>[] {
    return this.groups.get(key) ?? NONE;
  }

  /**
   * Brings the index to `slots`. Returns the keys whose groups changed (empty when none did), or
   * undefined when the ids by slot differ from the last call's and the index was built again: then
   * any key may have changed.
   */
  update(slots: readonly S[]): ReadonlySet<string> | undefined {
    const prev = this.slots;
    this.slots = slots;
    let moved = prev.length !== slots.length;
    for (let i = 0; !moved && i < slots.length; i++) moved = slots[i]!.fragment !== prev[i]!.fragment;
    if (moved) {
      this.groups.clear();
      for (let i = 0; i < slots.length; i++) {
        const s = slots[i]!;
        for (const [key, items] of this.of(s)) {
          const group = { id: s.fragment, slot: i, items };
          const list = this.groups.get(key);
          if (list) list.push(group);
          else this.groups.set(key, [group]);
        }
      }
      return undefined;
    }
    const dirty = new Set<string>();
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i]!;
      const was = prev[i]!;
      if (s === was) continue;
      const before = this.of(was);
      const after = this.of(s);
      for (const [key, items] of after) {
        if (this.sameItems(before.get(key), items)) continue;
        this.put(key, i, s.fragment, items);
        dirty.add(key);
      }
      for (const key of before.keys()) {
        if (after.has(key)) continue;
        this.put(key, i, s.fragment, undefined);
        dirty.add(key);
      }
    }
    return dirty;
  }

  private of(s: S): Contributions<T> {
    let c = this.own.get(s);
    if (c === undefined) {
      c = this.contribute(s);
      this.own.set(s, c);
    }
    return c;
  }

  private sameItems(a: readonly T[] | undefined, b: readonly T[]): boolean {
    if (a === undefined || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!this.same(a[i]!, b[i]!)) return false;
    return true;
  }

  /** Sets (or, with no items, removes) the group of the fragment at `slot` under `key`, keeping slot order. */
  private put(key: string, slot: number, id: string, items: readonly T[] | undefined): void {
    let list = this.groups.get(key);
    if (list === undefined) {
      if (items === undefined) return;
      list = [];
      this.groups.set(key, list);
    }
    // The first group at or after `slot` (lists of common names hold a group per fragment).
    let at = 0;
    for (let hi = list.length; at < hi;) {
      const mid = (at + hi) >>> 1;
      if (list[mid]!.slot < slot) at = mid + 1;
      else hi = mid;
    }
    const here = at < list.length && list[at]!.slot === slot;
    if (items === undefined) {
      if (here) list.splice(at, 1);
      if (list.length === 0) this.groups.delete(key);
    } else if (here) list[at] = { id, slot, items };
    else list.splice(at, 0, { id, slot, items });
  }
}

/**
 * Which fragments (by id) have asked about each key. Every answer a fragment keeps was noted here
 * when it was asked, so a fragment that asked about none of the keys that changed keeps them all.
 */
export class Askers {
  private readonly by = new Map<string, Set<string>>();

  note(key: string, id: string): void {
    const ids = this.by.get(key);
    if (ids) ids.add(id);
    else this.by.set(key, new Set([id]));
  }

  /** The fragments that ever asked about one of `keys`. */
  of(keys: ReadonlySet<string>): Set<string> {
    const out = new Set<string>();
    for (const key of keys) for (const id of this.by.get(key) ?? []) out.add(id);
    return out;
  }
}

/**
 * A map by key over a list of items, kept between calls: when the list holds the same keys in the
 * same places as last time (no key twice), only the values that changed are set again; else the
 * map is built again. The same answer as `new Map(items.map((i) => [key(i), value(i)]))`.
 */
export class KeyedList<I, V> {
  private keys: string[] = [];
  private values: V[] = [];
  readonly map = new Map<string, V>();
  /** Whether the last update found the keys in the same places. */
  sameKeys = false;
  /** The keys whose value the last update set again; undefined when it built the map again. */
  changed: Set<string> | undefined;

  constructor(
    private readonly key: (item: I) => string,
    private readonly value: (item: I) => V,
  ) {}

  update(items: readonly I[]): ReadonlyMap<string, V> {
    let same = items.length === this.keys.length && this.map.size === items.length;
    for (let i = 0; same && i < items.length; i++) same = this.key(items[i]!) === this.keys[i];
    this.sameKeys = same;
    if (same) {
      const changed = new Set<string>();
      for (let i = 0; i < items.length; i++) {
        const v = this.value(items[i]!);
        if (v === this.values[i]) continue;
        this.values[i] = v;
        this.map.set(this.keys[i]!, v);
        changed.add(this.keys[i]!);
      }
      this.changed = changed;
      return this.map;
    }
    this.changed = undefined;
    this.keys = items.map(this.key);
    this.values = items.map(this.value);
    this.map.clear();
    for (let i = 0; i < items.length; i++) this.map.set(this.keys[i]!, this.values[i]!);
    return this.map;
  }
}

/** True when two lists hold the same items in the same places. */
export function sameList<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  if (a === b) return true;
  if (a === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
