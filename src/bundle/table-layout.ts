/**
 * The columns of the tables a bundle holds, declared once. The emitter writes each row from these
 * declarations (tableRow), and the runtime template (runtime.ps1) reads a column only through its
 * placeholder `$FB_<TABLE>_<COLUMN>` and steps through a table by `$FB_<TABLE>_STRIDE`, which
 * renderSection fills in from the same declarations (layoutValues). To add a column: add it here
 * (with the switch that turns it on), give every row writer its value, and read it in the
 * template by its placeholder.
 */

/** The switches that add columns to the fragment table. */
export interface LayoutSwitches {
  readonly timed: boolean;
  readonly guarded: boolean;
}

interface Column {
  readonly name: string;
  /** The switch the column depends on; always present without one. */
  readonly when?: keyof LayoutSwitches;
  /** The PowerShell expression the stale guard stores in this column for a fragment added since the build. */
  readonly added?: string;
}

/**
 * The fragment table, per fragment in load order. `text` is the fragment's text (lazy functions
 * replaced by stubs), or for a deferred fragment its number in the deferred table (an `[int]`).
 * With the stale guard, size, ticks (`LastWriteTimeUtc.Ticks`) and content hash (EntryStamp).
 */
export const FRAGMENT_COLUMNS = [
  { name: 'rel', added: "($Dir + '/' + $name)" }, // path relative to the bundle's folder
  { name: 'show', added: '$name' }, // the path warnings show
  { name: 'text', added: '$texts[$name]' },
  // $true when its own text (stubs aside) names MyInvocation: it gets the invocation helper.
  // A flag in the row, not a list of row positions, since the stale guard drops and inserts rows.
  { name: 'inv', added: "$texts[$name].Contains('MyInvocation', [System.StringComparison]::OrdinalIgnoreCase)" },
  // $true when pwsh's parser must find its load-time exits (__fragbundle_exit_ID): text the stale
  // guard loaded from disk, or text the build's grammar read only in part. Else the build has
  // rewritten them already (runtime.ps1, section exit-value), and start-up does nothing more.
  { name: 'exit', added: "$texts[$name].Contains('exit', [System.StringComparison]::OrdinalIgnoreCase)" },
  { name: 'mode', when: 'timed', added: "'eager'" }, // eager, lazy or deferred, for the timings
  { name: 'size', when: 'guarded', added: '-1' },
  { name: 'ticks', when: 'guarded', added: '0' },
  { name: 'hash', when: 'guarded', added: "''" },
] as const satisfies readonly Column[];

/** The lazy table: per lazy function, its fragment's path, the line and column its text starts at, its text. */
export const LAZY_COLUMNS = [
  { name: 'rel' },
  { name: 'line' },
  { name: 'column' },
  { name: 'text' },
] as const satisfies readonly Column[];

/**
 * The deferred table: per deferred fragment, its path relative to the bundle, the path to show, its
 * text, and whether that text names MyInvocation (it then gets the invocation helper, as `inv` in
 * the fragment table). The stale guard never changes this table: a deferred fragment changed on
 * disk loads eagerly, from the fragment table.
 */
export const DEFERRED_COLUMNS = [
  { name: 'rel' },
  { name: 'show' },
  { name: 'text' },
  { name: 'inv' },
] as const satisfies readonly Column[];

type Columns = readonly Column[];
type ColumnName<C extends Columns> = C[number]['name'];

/** One table's layout in one bundle: the columns present, in order. */
export interface TableLayout<C extends Columns> {
  /** The placeholder prefix: `FB_<table>_`. */
  readonly table: string;
  readonly columns: readonly C[number][];
}

/** The fragment table's layout under these switches. */
export function fragmentLayout(s: LayoutSwitches): TableLayout<typeof FRAGMENT_COLUMNS> {
  return { table: 'FRAGMENT', columns: FRAGMENT_COLUMNS.filter((c) => !('when' in c) || s[c.when]) };
}

export const LAZY_LAYOUT: TableLayout<typeof LAZY_COLUMNS> = { table: 'LAZY', columns: LAZY_COLUMNS };
export const DEFERRED_LAYOUT: TableLayout<typeof DEFERRED_COLUMNS> = { table: 'DEFERRED', columns: DEFERRED_COLUMNS };

/** Values per row: the number of columns. */
export function stride<C extends Columns>(layout: TableLayout<C>): number {
  return layout.columns.length;
}

/**
 * One row, in two parts around the quoted text (which the caller writes with its line origin):
 * every value is a PowerShell literal, each followed by a comma, so a table is `@(rows $null)`.
 */
export function tableRow<C extends Columns>(
  layout: TableLayout<C>,
  values: Readonly<Record<Exclude<ColumnName<C>, 'text'>, string | number>>,
): { head: string; tail: string } {
  const names = layout.columns.map((c) => c.name);
  const k = names.indexOf('text');
  const value = (name: string): string => {
    const v = (values as Readonly<Record<string, string | number | undefined>>)[name];
    if (v === undefined) throw new Error(`tableRow: no value for ${layout.table} column '${name}'`);
    return String(v);
  };
  return {
    head: names
      .slice(0, k)
      .map((n) => `${value(n)}, `)
      .join(''),
    tail: `${names
      .slice(k + 1)
      .map((n) => `, ${value(n)}`)
      .join('')},`,
  };
}

/**
 * The template's placeholders for a layout: `FB_<TABLE>_STRIDE`, `FB_<TABLE>_<COLUMN>` (the
 * column's offset in a row) for the columns present, and for the fragment table
 * `FB_FRAGMENT_ADDED`, the row the stale guard adds for a new file.
 */
export function layoutValues<C extends Columns>(layout: TableLayout<C>): Record<string, string> {
  const values: Record<string, string> = { [`FB_${layout.table}_STRIDE`]: String(stride(layout)) };
  layout.columns.forEach((c, i) => (values[`FB_${layout.table}_${c.name.toUpperCase()}`] = String(i)));
  if (layout.columns.every((c) => c.added !== undefined))
    values[`FB_${layout.table}_ADDED`] = layout.columns.map((c) => c.added).join(', ');
  return values;
}
