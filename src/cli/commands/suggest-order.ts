/**
 * `check --suggest-order` and `check --fix`: the fewest renames (src/pipeline/reorder.ts), or the
 * configured list, that make a one-by-one loader's order valid; printed with paths that work from
 * the repository root, or applied: `git mv` for tracked files, a rename that never replaces a file
 * otherwise, or the list rewritten in place in its config file.
 */
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Analysis } from '../../core/analysis.js';
import type { ResolvedConfig } from '../../config/load-config.js';
import { setTopLevelList } from '../../config/rewrite-list.js';
import { gitMove, gitTopLevel, gitTrackedFiles } from '../../io/git.js';
import { renameNoClobber } from '../../io/rename-no-clobber.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { compareNames } from '../../load/load-fragments.js';
import { displayPath } from '../../pipeline/analyze.js';
import { closestValidOrders, planRenames, type Rename } from '../../pipeline/reorder.js';
import { formatDiagnostics, showPaths } from '../../report/text.js';
import { quoteSh } from '../../text/quote.js';
import { fileShower, type CommandResult } from '../run.js';

/** What --suggest-order and --fix return; `changed`: --fix renamed files or rewrote the list. */
export interface OrderResult extends CommandResult {
  readonly changed?: true;
}

/** Print (or with `fix`, apply) what makes the baseline order valid. */
export function suggestOrder(analysis: Analysis, config: ResolvedConfig, cwd: string, fix: boolean): OrderResult {
  const ids = analysis.fragments.map((f) => f.id);
  if (analysis.graph.cycles.length > 0) {
    const cycles = formatDiagnostics(
      showPaths(
        analysis.diagnostics.filter((d) => d.code === 'CYCLE'),
        fileShower(cwd, config.fragmentsDir),
      ),
    );
    return { stdout: '', stderr: `fragbundle: no order can work while there is a cycle:\n${cycles}\n`, exitCode: 1 };
  }
  const position = new Map(ids.map((id, i) => [id, i]));
  const valid = analysis.graph.edges.every(
    (e) => (position.get(e.from) ?? -1) < (position.get(e.to) ?? Number.MAX_SAFE_INTEGER),
  );
  if (valid)
    return { stdout: 'fragbundle: the baseline order is already valid; nothing to change\n', stderr: '', exitCode: 0 };

  const listFile = config.baselineFrom;
  if (listFile !== undefined && config.baseline !== 'name') {
    return fixList(analysis, config, listFile, cwd, fix);
  }

  const paths = analysis.fragments.map((f) => f.path);
  const plan = planRenames(paths, ids, analysis.graph.edges, compareNames, namesInUse(config.fragmentsDir, paths))!;
  if (!plan.valid) {
    return {
      stdout: '',
      stderr:
        'fragbundle: no renames give a valid order: fragments in sub-folders sort by folder first. ' +
        `List the order instead, as "loadOrder" in ${displayPath(cwd, path.join(config.fragmentsDir, '.profile-fragments.json'))}:\n` +
        `${JSON.stringify(plan.order, null, 2)}\n`,
      exitCode: 1,
    };
  }
  const top = gitTopLevel(config.fragmentsDir);
  const base = top ?? cwd;
  const folder = top ? realpathSync(config.fragmentsDir) : config.fragmentsDir;
  const shown = (p: string) => path.relative(base, path.join(folder, p)).split(path.sep).join('/');
  const tracked = top ? gitTrackedFiles(top, folder) : new Set<string>();
  const lines = plan.renames.map((r) =>
    tracked.has(shown(r.from))
      ? `git mv ${quoteSh(shown(r.from))} ${quoteSh(shown(r.to))}`
      : `mv ${quoteSh(shown(r.from))} ${quoteSh(shown(r.to))}`,
  );
  const count = `${plan.renames.length} of ${ids.length} fragment${ids.length === 1 ? '' : 's'}`;
  const where = top
    ? `from the repository root, ${top}`
    : `not in a git repository: plain renames, from the current folder, ${cwd}`;
  const header = plan.renumbered
    ? `# No name prefix fits between ${plan.renumbered}: renumbering; rename ${count} (${where}):`
    : `# Rename ${count}, the others keep their names (${where}):`;

  if (fix) return applyRenames(plan.renames, lines, config.fragmentsDir, top, tracked, shown);
  const loaderFile = displayPath(cwd, path.join(config.fragmentsDir, '.profile-fragments.json'));
  return {
    stdout: [
      header,
      ...lines,
      '',
      `# Or keep the names and list the order in ${loaderFile}:`,
      JSON.stringify({ loadOrder: plan.order }, null, 2),
      '',
      '# fragbundle check --fix does the renames.',
      '',
    ].join('\n'),
    stderr: '',
    exitCode: 0,
  };
}

/** Every name in the fragments' folders, lower-cased (a new name must not take one, in any case). */
function namesInUse(root: string, paths: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const dir of new Set(paths.map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '')))) {
    for (const name of readdirSync(path.join(root, dir))) out.add(`${dir}${name}`.toLowerCase());
  }
  return out;
}

/** Apply the renames one file at a time, stopping at the first that fails (nothing is overwritten). */
function applyRenames(
  renames: readonly Rename[],
  lines: readonly string[],
  fragmentsDir: string,
  top: string | undefined,
  tracked: ReadonlySet<string>,
  shown: (p: string) => string,
): OrderResult {
  const done: string[] = [];
  for (const [i, r] of renames.entries()) {
    try {
      if (top && tracked.has(shown(r.from))) gitMove(top, shown(r.from), shown(r.to));
      else renameNoClobber(path.join(fragmentsDir, r.from), path.join(fragmentsDir, r.to));
      done.push(lines[i]!);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        stdout: done.length > 0 ? `${done.join('\n')}\n` : '',
        stderr:
          `fragbundle: cannot rename ${shown(r.from)} to ${shown(r.to)}: ${message}\n` +
          `fragbundle: ${done.length} of ${renames.length} renames done; the rest were not tried\n`,
        exitCode: 2,
      };
    }
  }
  return {
    stdout: `${done.join('\n')}\n`,
    stderr: `fragbundle: renamed ${renames.length} fragment${renames.length === 1 ? '' : 's'}; the baseline order is valid now (run fragbundle build to refresh the bundle)\n`,
    exitCode: 0,
    changed: true,
  };
}

/**
 * The configured list (`baseline` in fragbundle.config.json, or `loadOrder` in
 * `.profile-fragments.json`) set to a valid order close to the current one. Names the list holds
 * keep their spelling; names that match no loaded fragment (disabled ones, another
 * environment's) stay after the entry they followed.
 */
function fixList(analysis: Analysis, config: ResolvedConfig, file: string, cwd: string, fix: boolean): OrderResult {
  const ids = analysis.fragments.map((f) => f.id);
  const order = closestValidOrders(ids, analysis.graph.edges)![0]!;
  const old = config.baseline === 'name' ? [] : config.baseline;
  const spelled = new Map(old.map((name) => [name.toLowerCase(), name]));
  const loaded = new Set(ids.map((id) => id.toLowerCase()));
  const list = order.map((id) => spelled.get(id.toLowerCase()) ?? id);
  old.forEach((name, i) => {
    if (loaded.has(name.toLowerCase())) return;
    const after = old
      .slice(0, i)
      .reverse()
      .find((n) => list.includes(n));
    list.splice(after === undefined ? 0 : list.indexOf(after) + 1, 0, name);
  });
  const key = file === config.configPath ? 'baseline' : 'loadOrder';
  const shownFile = displayPath(cwd, file);
  if (!fix) {
    return {
      stdout: `# Set "${key}" in ${shownFile} to:\n${JSON.stringify(list, null, 2)}\n\n# fragbundle check --fix rewrites it.\n`,
      stderr: '',
      exitCode: 0,
    };
  }
  writeFileAtomic(file, setTopLevelList(readFileSync(file, 'utf8'), key, list));
  return {
    stdout: '',
    stderr: `fragbundle: rewrote "${key}" in ${shownFile}; the baseline order is valid now (run fragbundle build to refresh the bundle)\n`,
    exitCode: 0,
    changed: true,
  };
}
