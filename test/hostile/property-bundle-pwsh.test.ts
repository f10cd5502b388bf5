/**
 * Property: when pwsh parses every fragment of a profile without errors, pwsh parses the bundle
 * fragbundle emits for it without errors too (the bundle never turns valid code into broken code,
 * whatever the names, quotes, here-strings or unicode in it).
 *
 * pwsh is slow to start, so this is batched: profiles are sampled with a fixed seed
 * (`fc.sample`), ONE pwsh process parses every fragment (`Parser::ParseFile`) to keep only the
 * profiles pwsh accepts, the bundles are built in memory, and ONE more pwsh process parses every
 * bundle. A failure prints the profile, the bundle file and pwsh's errors.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { pwshTest, runPwshFile } from '../helpers/pwsh.js';
import { tempDir } from '../helpers/temp.js';
import {
  fragmentText,
  mutatedFragmentText,
  profileArbitrary,
  toFragments,
  type GeneratedFragment,
} from './ps-arbitrary.js';
import { runPipeline } from './pipeline.js';

const PROFILES = 1000;
const SEED = 7100;

/** pwsh script: parse each file listed (one path a line) and print one JSON line per file. */
const PARSE_SCRIPT = `param([string]$ListFile)
$ErrorActionPreference = 'Stop'
foreach ($f in [System.IO.File]::ReadAllLines($ListFile)) {
  $tokens = $null; $errors = $null
  [void][System.Management.Automation.Language.Parser]::ParseFile($f, [ref]$tokens, [ref]$errors)
  $list = @($errors | ForEach-Object { '{0}:{1} {2}: {3}' -f $_.Extent.StartLineNumber, $_.Extent.StartColumnNumber, $_.ErrorId, $_.Message })
  [Console]::Out.WriteLine((ConvertTo-Json -Compress -InputObject @{ file = $f; errors = $list }))
}
`;

/** Parse every file with pwsh in one process: the errors of each, by path. */
async function pwshParseErrors(work: string, name: string, files: readonly string[]): Promise<Map<string, string[]>> {
  const script = path.join(work, 'parse-files.ps1');
  writeFileSync(script, PARSE_SCRIPT);
  const list = path.join(work, `${name}.txt`);
  writeFileSync(list, files.join('\n'));
  const r = await runPwshFile(script, [list], { timeout: 240_000 });
  if (r.exitCode !== 0) throw new Error(`pwsh failed (${r.exitCode}): ${r.stderr}`);
  const out = new Map<string, string[]>();
  for (const line of r.stdout.split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    const { file, errors } = JSON.parse(line) as { file: string; errors: string[] | string | null };
    out.set(file, errors === null ? [] : Array.isArray(errors) ? errors : [errors]);
  }
  if (out.size !== files.length) throw new Error(`pwsh reported on ${out.size} of ${files.length} files:\n${r.stderr}`);
  return out;
}

pwshTest('a profile pwsh parses cleanly gives a bundle pwsh parses cleanly (batched through one pwsh)', async (t) => {
  const work = tempDir(t, 'fragbundle-prop-');
  const inputs = path.join(work, 'in');
  const bundles = path.join(work, 'out');
  mkdirSync(inputs);
  mkdirSync(bundles);

  // Mostly composed snippets (pwsh accepts many), some mutated ones (pwsh accepts a few).
  const text = fc.oneof({ arbitrary: fragmentText, weight: 4 }, { arbitrary: mutatedFragmentText, weight: 1 });
  const profiles = fc.sample(profileArbitrary(text), { seed: SEED, numRuns: PROFILES });

  // 1. Which fragments does pwsh accept? One file per fragment, plain names (the real names are
  //    exercised in memory; here only the content matters to pwsh's parser).
  const fileOf = (i: number, j: number) => path.join(inputs, `${i}-${j}.ps1`);
  const files: string[] = [];
  profiles.forEach((p, i) => {
    p.forEach((f, j) => {
      writeFileSync(fileOf(i, j), f.text);
      files.push(fileOf(i, j));
    });
  });
  const inputErrors = await pwshParseErrors(work, 'inputs', files);
  const valid = profiles
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => p.every((_, j) => inputErrors.get(fileOf(i, j))!.length === 0));
  t.log(`${profiles.length} profiles sampled, ${files.length} fragments; pwsh accepts ${valid.length} profiles`);
  t.true(
    valid.length >= PROFILES / 4,
    'enough generated profiles are valid PowerShell for the property to mean something',
  );

  // 2. Build each valid profile's bundle (lazy auto, and every third with lazy off and timings).
  const built = new Map<string, { profile: GeneratedFragment[]; options: string }>();
  for (const { p, i } of valid) {
    const lazy = i % 3 === 0 ? 'off' : 'auto';
    const { bundle } = await runPipeline(toFragments(p), { lazy, timings: lazy === 'off' });
    const file = path.join(bundles, `${i}.bundle.ps1`);
    writeFileSync(file, bundle);
    built.set(file, { profile: p, options: `lazy ${lazy}` });
  }

  // 3. One pwsh parses every bundle.
  const bundleErrors = await pwshParseErrors(work, 'bundles', [...built.keys()]);
  let failures = 0;
  for (const [file, errors] of bundleErrors) {
    if (errors.length === 0) continue;
    failures++;
    if (failures <= 3) {
      const { profile, options } = built.get(file)!;
      t.log(`bundle ${file} (${options}) has ${errors.length} parse errors:\n  ${errors.slice(0, 5).join('\n  ')}`);
      t.log(`from the fragments:\n${JSON.stringify(profile, null, 1)}`);
    }
  }
  t.log(`${built.size} bundles parsed by pwsh, ${failures} with errors`);
  t.is(failures, 0, `${failures} of ${built.size} bundles do not parse in pwsh`);
});
