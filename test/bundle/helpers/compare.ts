/** Comparing session dumps: everything must be equal except the wording of load warnings. */
import type { ExecutionContext } from 'ava';
import type { SessionDump, SessionResult } from './session.js';
import { at } from '../../../src/core/at.js';

/** A load warning reduced to the fragment file it names (the loaders word them differently). */
function warningFile(record: string): string | undefined {
  const baseline = /^WARNING fragbundle-baseline: (.*?\.ps1): /s.exec(record);
  if (baseline) return at(baseline, 1).split(/[\\/]/).pop();
  const bundle = /^WARNING fragbundle: (.*?\.ps1)[:]/s.exec(record);
  if (bundle) return at(bundle, 1).split(/[\\/]/).pop();
  return undefined;
}

/**
 * The dump with each loader warning replaced by `WARNING <file name>`, and the loader's own
 * position in error records (`Write-Error` at a fragment's top level reports the line that
 * dot-sourced the fragment: a line of the baseline loader, or of the bundle) replaced by `<loader>`.
 */
export function normalise(dump: SessionDump, loader: string): SessionDump {
  const at = `ERROR ${loader}:`;
  const fix = (r: unknown) => {
    if (typeof r !== 'string') return r;
    const file = warningFile(r);
    if (file !== undefined) return `WARNING ${file}`;
    return r.startsWith(at) ? r.replace(/^ERROR .*?:\d+ /s, 'ERROR <loader> ') : r;
  };
  return { ...dump, load: dump.load.map(fix), calls: dump.calls.map(fix) };
}

/** The loader warnings of a dump, verbatim. */
export function loadWarnings(dump: SessionDump): string[] {
  return dump.load.filter((r): r is string => typeof r === 'string' && r.startsWith('WARNING fragbundle'));
}

/** The entries of one section that differ: by key for objects, by index for lists. */
function differences(expected: unknown, actual: unknown): { at: string; expected: unknown; actual: unknown }[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const out = [];
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      if (!same(expected[i], actual[i])) out.push({ at: `[${i}]`, expected: expected[i], actual: actual[i] });
    }
    return out;
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(e), ...Object.keys(a)])].sort();
    return keys.filter((k) => !same(e[k], a[k])).map((k) => ({ at: k, expected: e[k], actual: a[k] }));
  }
  return same(expected, actual) ? [] : [{ at: '', expected, actual }];
}

/** Assert two sessions ended in the same state, section by section, listing only what differs. */
export function assertSameSession(
  t: ExecutionContext,
  expected: SessionResult,
  actual: SessionResult,
  label: string,
): void {
  const a = normalise(actual.dump, actual.loader);
  const e = normalise(expected.dump, expected.loader);
  for (const key of Object.keys(e) as (keyof SessionDump)[]) {
    if (key === 'before') continue;
    t.deepEqual(differences(e[key], a[key]), [], `${label}: ${key} differs from one-by-one loading`);
  }
}

/**
 * The session with each function body's sub-file loader call put back to the plain dot-source
 * it stands for (runtime.ts subFileDotSource): the one documented way a loader helper's
 * definition text differs in a bundle (docs/bundle.md). Nothing else is touched.
 */
export function withPlainDotSources(run: SessionResult): SessionResult {
  const loaderCall =
    /\$\(if \(\$ExecutionContext\.InvokeCommand\.GetCommand\('__fragbundle_sub_[0-9a-f]+', 'Function'\)\) \{ __fragbundle_sub_[0-9a-f]+ (.*?) \} else \{ \1 \}\)/g;
  const functions = Object.fromEntries(
    Object.entries(run.dump.functions).map(([name, f]) => [
      name,
      { ...f, definition: f.definition.replace(loaderCall, '$1') },
    ]),
  );
  return { ...run, dump: { ...run.dump, functions } };
}
