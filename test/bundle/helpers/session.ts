/**
 * Load a profile in a fresh pwsh session, the baseline way or through a bundle, optionally run a
 * calls script at global scope, and dump the session (test/pwsh/dump-session.ps1). A session is a
 * fresh runspace of a shared pwsh process (test/helpers/pwsh-runspace.ts), or with
 * FRAGBUNDLE_FRESH_PWSH=1 a fresh `pwsh -NoProfile` process; test/bundle/session-harness.test.ts
 * holds the two to the same dumps.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { quotePs } from '../../../src/text/quote.js';
import { HELPER_PREFIX, TIMINGS_COMMAND, TIMINGS_VARIABLE } from '../../../src/bundle/runtime.js';
import { deferNames } from '../../../src/bundle/defer-runtime.js';
import { runPwshCommand, type PwshResult } from '../../helpers/pwsh.js';
import { runPwshInRunspace } from '../../helpers/pwsh-runspace.js';
import { pwshSlot } from './limit.js';
import { PWSH_DIR } from './paths.js';

/** What dump-session.ps1 writes. */
export interface SessionDump {
  readonly functions: Record<
    string,
    { type: string; definition: string; file: string | null; line: number | null; options: string }
  >;
  readonly aliases: Record<string, { definition: string; options: string }>;
  readonly variables: Record<string, { value: unknown; options: string }>;
  readonly env: Record<string, string>;
  readonly drives: Record<string, string>;
  readonly location: string;
  readonly modules: readonly string[];
  /** The `$ExecutionContext.InvokeCommand.*Action` hooks: the script blocks (or methods) behind each. */
  readonly hooks: Record<string, readonly string[] | null>;
  readonly events: readonly { source: string; event: string | null; object: string | null; action: string | null }[];
  /** Bound key handlers and options, when the session loaded PSReadLine. */
  readonly psreadline: { handlers: readonly string[]; options: unknown } | null;
  readonly load: readonly unknown[];
  readonly before: readonly unknown[];
  readonly calls: readonly unknown[];
}

export interface SessionResult {
  readonly dump: SessionDump;
  readonly pwsh: PwshResult;
  /** The script that loaded the fragments (the baseline loader or the bundle). */
  readonly loader: string;
}

/**
 * fragbundle's documented runtime footprint, left out of the comparison (wildcard patterns): the
 * lazy loader stays while stubs exist; the timing command and variable exist only with timings on;
 * whole-fragment deferral keeps its run, fail and item helpers and its state and body
 * variables (not the functions behind alias stubs: those go when their fragment runs), and, for
 * deferred fragments with sub-files, the sub-file loader, its helpers and table.
 */
const DEFER = deferNames('*');
export const FOOTPRINT: readonly string[] = [
  `${HELPER_PREFIX}lazy_*`,
  TIMINGS_COMMAND,
  TIMINGS_VARIABLE,
  DEFER.run,
  DEFER.fail,
  DEFER.item,
  DEFER.state,
  DEFER.body,
  // While a deferred fragment has sub-files to load: the sub-file loader, the invocation and exit
  // helpers it calls, and the sub-file table (an id is eight hex digits: `s_` must not match `st_` or `stubs_`).
  `${HELPER_PREFIX}sub_????????`,
  `${HELPER_PREFIX}inv_????????`,
  `${HELPER_PREFIX}exit_????????`,
  `${HELPER_PREFIX}s_????????`,
];

export interface SessionSpec {
  /**
   * `baseline`: dot-source the absolute paths in `fragments` one by one, or with `folder`, the
   * files the plain loader finds there (`Get-ChildItem -Filter *.ps1 | Sort-Object Name`);
   * `bundle`: dot-source `bundle`.
   */
  readonly kind: 'baseline' | 'bundle';
  readonly fragments?: readonly string[];
  readonly folder?: string;
  /** PowerShell run at global scope before loading (e.g. to import the modules the plain loader's cmdlets import). */
  readonly preload?: string;
  readonly bundle?: string;
  /** PowerShell run in a child scope of the global one after loading, before the calls; its output is dumped as `before`. */
  readonly before?: string;
  /** A script dot-sourced at global scope after loading (its output is dumped too). */
  readonly calls?: string;
  /** Scratch folder for the list and the dump. */
  readonly work: string;
  readonly cwd: string;
  /** Extra PowerShell run at global scope after the calls, before the dump (e.g. assertions). */
  readonly after?: string;
  readonly env?: Record<string, string>;
}

/** Where a session runs: a fresh runspace (the default) or a fresh pwsh process. */
export type SessionHost = 'runspace' | 'process';

function defaultHost(): SessionHost {
  return process.env.FRAGBUNDLE_FRESH_PWSH === '1' ? 'process' : 'runspace';
}

/** Run one session and read its dump. Throws when pwsh fails or writes no dump. */
export async function runSession(
  spec: SessionSpec,
  name: string,
  host: SessionHost = defaultHost(),
): Promise<SessionResult> {
  const out = path.join(spec.work, `${name}.json`);
  let load: string;
  const loader = spec.kind === 'baseline' ? path.join(PWSH_DIR, 'bundle-baseline.ps1') : (spec.bundle ?? '');
  if (spec.kind === 'baseline' && spec.folder !== undefined) {
    load = `. ${quotePs(loader)} -__fbhFolder ${quotePs(spec.folder)}`;
  } else if (spec.kind === 'baseline') {
    const list = path.join(spec.work, `${name}-list.txt`);
    writeFileSync(list, (spec.fragments ?? []).join('\0'));
    load = `. ${quotePs(loader)} ${quotePs(list)}`;
  } else {
    load = `. ${quotePs(loader)}`;
  }
  const lines = [
    spec.preload ?? '',
    `$__fbhLoad = ${load} *>&1`,
    '$__fbhModules = @(Get-Module | ForEach-Object Name)',
    spec.before ? `$__fbhBefore = & { ${spec.before} } *>&1` : '',
    // A throw that escapes the calls must not lose the dump: it is recorded as the last output.
    spec.calls ? `try { $__fbhCalls = . ${quotePs(spec.calls)} *>&1 } catch { $__fbhCalls = @('ESCAPED', $_) }` : '',
    spec.after ?? '',
    `& ${quotePs(path.join(PWSH_DIR, 'dump-session.ps1'))} -Out ${quotePs(out)} -Ignore @(${FOOTPRINT.map(quotePs).join(', ')})`,
  ];
  const script = lines.filter((l) => l !== '').join('\n');
  const options = { cwd: spec.cwd, ...(spec.env ? { env: spec.env } : {}) };
  const pwsh =
    host === 'runspace'
      ? await runPwshInRunspace(script, options)
      : await pwshSlot(() => runPwshCommand(script, options));
  let dump: SessionDump;
  try {
    dump = JSON.parse(readFileSync(out, 'utf8')) as SessionDump;
  } catch {
    throw new Error(`session ${name} wrote no dump (exit ${pwsh.exitCode}):\n${pwsh.stderr}\n${pwsh.stdout}`);
  }
  return { dump, pwsh, loader };
}
