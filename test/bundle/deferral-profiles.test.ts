/**
 * Whole-fragment deferral proven on every example and fixture profile that deferral.test.ts does
 * not already prove with calls of its own: examples/profile.d, the samples, the sub-file reach
 * fixtures and the generated benchmark profiles (helpers/deferral.ts says what is proven). Each
 * deferred fragment's first call is chosen in pwsh (its first stub with no mandatory parameter,
 * called with none) unless FIRST_CALLS gives one; the test log says which stub was called.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExecutionContext } from 'ava';
import { generateModularProfile } from '../../bench/generate-modular.js';
import { generateProfile } from '../../bench/generate-profile.js';
import { resolveConfig } from '../../src/config/load-config.js';
import { analyzeLoaded, loadProfile } from '../../src/pipeline/analyze.js';
import { pwshTest } from '../helpers/pwsh.js';
import { tempDir } from '../helpers/temp.js';
import { proveDeferral, type FragmentCalls } from './helpers/deferral.js';
import { REPO_ROOT, SAMPLES_DIR } from './helpers/paths.js';

/**
 * Given first calls, per profile (its folder's path from the repository root), where calling a
 * stub with no arguments is not possible or not wanted (a call that would reach the network or
 * change the machine).
 */
const FIRST_CALLS: Readonly<Record<string, FragmentCalls>> = {
  // Its first stub callable with no arguments, Enter-Wsl, would open a shell where wsl exists.
  examples: { 'wsl.ps1': "'R: ' + (ConvertTo-WslPath 'C:\\Users\\me')" },
};

/** The deferred fragments of a profile, without pwsh: profiles with none need no sessions. */
async function deferredOf(source: string): Promise<string[]> {
  const configFile = path.join(source, 'fragbundle.config.json');
  const config = resolveConfig({
    cwd: source,
    ...(existsSync(configFile) ? { config: configFile } : { dir: 'profile.d' }),
    output: path.join(source, 'x.bundle.ps1'),
    lazy: 'fragments',
  });
  const analysis = await analyzeLoaded(config, loadProfile(config), { cwd: source });
  return analysis.plan.entries.filter((e) => e.mode === 'deferred').map((e) => e.path);
}

/** Deferred fragments one-by-one loading never reaches, per profile: a fragment before them ends the loading. */
const UNREACHED: Readonly<Record<string, readonly string[]>> = {
  'test/bundle/samples/top-level-break': ['40-never.ps1'],
};

async function prove(
  t: ExecutionContext,
  source: string,
  extra: { tail?: string; minDeferred?: number; extraBefore?: readonly string[] } = {},
) {
  const id = path.relative(REPO_ROOT, source).split(path.sep).join('/');
  const deferred = await deferredOf(source);
  if (deferred.length === 0) {
    t.is(extra.minDeferred ?? 0, 0, `${id}: nothing deferred`);
    t.log(`${id}: no fragment is deferred; nothing to prove`);
    return;
  }
  t.true(deferred.length >= (extra.minDeferred ?? 1), `${id}: ${deferred.length} fragments deferred`);
  await proveDeferral(t, {
    source,
    ...(FIRST_CALLS[id] ? { calls: FIRST_CALLS[id] } : {}),
    ...(UNREACHED[id] ? { unreached: UNREACHED[id] } : {}),
    ...(extra.tail !== undefined ? { tail: extra.tail } : {}),
    ...(extra.extraBefore ? { extraBefore: extra.extraBefore } : {}),
  });
}

pwshTest('deferral proven: examples/profile.d', async (t) => {
  // Why a stub with a mandatory parameter is never the automatic first call: called without it, it
  // fails in the stub (MissingMandatoryParameter), and its fragment does not run.
  const mandatory = [
    "$m = try { ConvertTo-TitleCase; 'ran' } catch { $_.FullyQualifiedErrorId }",
    "if ($m -ne 'MissingMandatoryParameter,ConvertTo-TitleCase') { 'MANDATORY: ' + $m }",
    "if ((Get-Command Remove-Diacritics).ScriptBlock.ToString() -notmatch '__fragbundle_defer_') { 'MANDATORY: 15-text.ps1 ran' }",
  ].join('\n');
  await prove(t, path.join(REPO_ROOT, 'examples'), { minDeferred: 5, extraBefore: [mandatory] });
});

const REACH = path.join(REPO_ROOT, 'test', 'bundle', 'reach');
for (const name of readdirSync(REACH).sort()) {
  pwshTest(`deferral proven: reach fixture ${name}`, async (t) => {
    await prove(t, path.join(REACH, name));
  });
}

for (const name of readdirSync(SAMPLES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()) {
  pwshTest(`deferral proven: sample ${name}`, async (t) => {
    const dir = path.join(SAMPLES_DIR, name);
    const calls = path.join(dir, '_calls.ps1');
    // The sample's own calls after the first ones: they use what the deferred fragments define.
    await prove(t, dir, existsSync(calls) ? { tail: readFileSync(calls, 'utf8') } : {});
  });
}

function writeProfile(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

pwshTest('deferral proven: a generated profile (bench/generate-profile.ts)', async (t) => {
  const root = tempDir(t, 'fragbundle-generated-');
  writeProfile(path.join(root, 'profile.d'), generateProfile({ fragments: 40, targetBytes: 300_000 }));
  await prove(t, root, { minDeferred: 3 });
});

pwshTest('deferral proven: a generated modular profile (bench/generate-modular.ts)', async (t) => {
  const root = tempDir(t, 'fragbundle-modular-');
  const profile = generateModularProfile({ mustRun: 8, functionOnly: 8, toolGated: 4, functions: 4, probes: 2 });
  writeProfile(path.join(root, 'profile.d'), profile.files);
  writeFileSync(path.join(root, 'fragbundle.config.json'), profile.config);
  await prove(t, root, { minDeferred: 12 });
});
