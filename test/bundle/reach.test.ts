/**
 * Whole-profile reach against pwsh: for each profile that dot-sources sub-files (the per-pattern
 * cases under test/bundle/reach/ and examples/modular), through the real pipeline as
 * `fragbundle build` runs it:
 * - the functions and aliases `analyze` says the profile defines at load time are the ones pwsh
 *   has after loading it one by one (minus a bare session's); a conditional definition may be
 *   missing, an unconditional one may not, and pwsh has none analyze does not know;
 * - the eager bundle and the lazy one (every stub then loaded) leave the session exactly as
 *   one-by-one loading does: functions with the files and lines their script blocks come from
 *   (a sub-file's own), aliases, variables ($PSScriptRoot and $PSCommandPath values a sub-file
 *   stored), output and warnings.
 */
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { resolveConfig } from '../../src/config/load-config.js';
import { analyzeLoaded, loadProfile } from '../../src/pipeline/analyze.js';
import { bundleText } from '../../src/pipeline/bundle-text.js';
import { pwshTest } from '../helpers/pwsh.js';
import { tempDir } from '../helpers/temp.js';
import { assertSameSession, withPlainDotSources } from './helpers/compare.js';
import { FORCE_LOAD } from './helpers/one-by-one.js';
import { REPO_ROOT } from './helpers/paths.js';
import { runSession } from './helpers/session.js';

const CASES = path.join(REPO_ROOT, 'test', 'bundle', 'reach');
const profiles = [
  ...readdirSync(CASES)
    .sort()
    .map((c) => path.join(CASES, c)),
  path.join(REPO_ROOT, 'examples', 'modular'),
];

test('there are reach cases', (t) => {
  t.true(profiles.every((p) => existsSync(p)) && profiles.length >= 4);
});

for (const source of profiles) {
  const label = path.relative(REPO_ROOT, source);
  pwshTest(`${label}: analyze's definitions and both bundles equal one-by-one loading`, async (t) => {
    const work = tempDir(t);
    const home = tempDir(t);
    // A copy: once one-by-one loading has run, every embedded sub-file is overwritten with code
    // that fails loudly, so a bundle that read one at start-up could not end in the same state.
    // Without the stale guard, which would rightly load those edited sub-files from disk.
    const root = path.join(tempDir(t), 'profile');
    cpSync(source, root, { recursive: true });
    const analyse = async (lazy: 'off' | 'auto', output: string) => {
      const config = resolveConfig({ cwd: root, lazy, output, staleGuard: false });
      const loaded = loadProfile(config);
      return { analysis: await analyzeLoaded(config, loaded, { cwd: root }), config, loaded };
    };
    const eager = await analyse('off', path.join(home, 'eager.ps1'));
    const lazy = await analyse('auto', path.join(home, 'lazy.ps1'));
    writeFileSync(path.join(home, 'eager.ps1'), bundleText(eager.analysis, eager.config, { loaded: eager.loaded }));
    writeFileSync(path.join(home, 'lazy.ps1'), bundleText(lazy.analysis, lazy.config, { loaded: lazy.loaded }));
    const calls = path.join(work, 'force-load.ps1');
    writeFileSync(calls, FORCE_LOAD);
    const a = eager.analysis;
    t.true(a.subFiles.length > 0, 'the profile dot-sources sub-files that were followed');
    const byId = new Map(a.fragments.map((f) => [f.id, f]));
    const ordered = a.graph.order.map((id) => byId.get(id)?.absolutePath ?? id);
    const common = { work, cwd: home };
    const [bare, base] = await Promise.all([
      runSession({ ...common, kind: 'baseline', fragments: [] }, 'bare'),
      runSession({ ...common, kind: 'baseline', fragments: ordered }, 'base'),
    ]);
    for (const f of a.subFiles) writeFileSync(f.absolutePath, `throw 'read from disk: ${path.basename(f.path)}'\n`);
    const [eagerRun, lazyRun] = await Promise.all([
      runSession({ ...common, kind: 'bundle', bundle: path.join(home, 'eager.ps1') }, 'eager'),
      runSession({ ...common, kind: 'bundle', bundle: path.join(home, 'lazy.ps1'), calls }, 'lazy'),
    ]);

    // What analyze says is defined at load time, against what pwsh has.
    const said = new Map<string, boolean>();
    for (const s of a.symbols) {
      for (const d of s.defines) {
        if (d.phase !== 'load' || (d.kind !== 'function' && d.kind !== 'alias')) continue;
        const key = `${d.kind} ${d.name.toLowerCase()}`;
        said.set(key, (said.get(key) ?? true) && d.conditional);
      }
    }
    const has = (dump: typeof base.dump) =>
      new Set([
        ...Object.keys(dump.functions).map((n) => `function ${n.toLowerCase()}`),
        ...Object.keys(dump.aliases).map((n) => `alias ${n.toLowerCase()}`),
      ]);
    const before = has(bare.dump);
    const after = [...has(base.dump)].filter((k) => !before.has(k));
    // A function from a file analyze could not follow (a dynamic dot-source) is known to be
    // unknown: DYNAMIC_DOT_SOURCE says so. Anything else analyze missed is a failure.
    const followed = new Set([...a.fragments, ...a.subFiles].map((f) => f.absolutePath));
    const fileOf = new Map(
      Object.entries(base.dump.functions).map(([n, f]) => [`function ${n.toLowerCase()}`, f.file]),
    );
    const fromUnfollowed = (k: string) => {
      const file = fileOf.get(k);
      return typeof file === 'string' && !followed.has(file);
    };
    const unknown = after.filter((k) => !said.has(k) && !fromUnfollowed(k)).sort();
    const runTime = after.filter((k) => !said.has(k) && fromUnfollowed(k));
    if (runTime.length > 0) {
      t.true(
        a.diagnostics.some((d) => d.code === 'DYNAMIC_DOT_SOURCE'),
        `${runTime.join(', ')} come from a file not followed, with no DYNAMIC_DOT_SOURCE saying so`,
      );
      t.log(`left to run time (DYNAMIC_DOT_SOURCE): ${runTime.join(', ')}`);
    }
    const missing = [...said].filter(([k, conditional]) => !conditional && !after.includes(k)).map(([k]) => k);
    t.deepEqual(unknown, [], 'pwsh defines these, analyze does not say so');
    t.deepEqual(missing, [], 'analyze says these are defined unconditionally, pwsh has no such thing');
    t.log(
      `${label}: ${a.fragments.length} fragments, ${a.subFiles.length} sub-files, pwsh defines ${after.length} functions and aliases, analyze ${said.size} (${[...said.values()].filter(Boolean).length} conditional)`,
    );

    assertSameSession(t, base, withPlainDotSources(eagerRun), `${label} eager`);
    assertSameSession(t, base, withPlainDotSources(lazyRun), `${label} lazy`);
  });
}
