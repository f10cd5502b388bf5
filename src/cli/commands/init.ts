/**
 * `fragbundle init`: set a dotfiles repository up. Writes a commented fragbundle.config.json,
 * adds the line that loads the bundle to a profile file (once: it is recognised by its marker
 * comment), and prints the pre-commit and CI snippets. Never overwrites without `--force`.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyzeProfile, displayPath } from '../../pipeline/analyze.js';
import { CONFIG_FILE, ConfigError, resolveConfig } from '../../config/load-config.js';
import type { LoaderSpec } from '../../core/types.js';
import { describeReadError, readRegularFile } from '../../io/regular-file.js';
import { describeWriteError, writeFileAtomic } from '../../io/write-atomic.js';
import { quotePs } from '../../text/quote.js';

export interface InitArgs {
  readonly cwd?: string;
  /** The fragments folder (default ./profile.d). */
  readonly dir?: string;
  /** A PowerShell profile file to add the loading line to (e.g. the path in $PROFILE). */
  readonly profile?: string;
  readonly force?: boolean;
}

export interface InitResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
}

/** The marker that makes adding the loading line idempotent. */
export const PROFILE_MARKER = '# fragbundle: load the bundled profile';

/** Where the schema is when fragbundle is installed in the repository itself (npm install -D). */
const LOCAL_SCHEMA = './node_modules/fragbundle/fragbundle.schema.json';

/**
 * The config init writes. `$schema` only when the repository has fragbundle installed locally
 * (a global install's path would not exist on the next machine). Severities stay at their
 * defaults: ORDER_VIOLATION is an error, so `check` refuses a commit that uses a function a
 * later fragment defines, as docs/ci.md promises.
 */
function configText(fragments: string, schema: boolean, loaders: readonly LoaderSpec[]): string {
  const loaderLines =
    loaders.length === 0
      ? ''
      : `  // Functions of the profile that dot-source the files their callers name (found by fragbundle init).
  "loaders": [
${loaders.map((l) => `    ${JSON.stringify(l)}`).join(',\n')}
  ],
`;
  return `// fragbundle configuration. Every key is optional; docs/configuration.md lists them all.
{
${
  schema
    ? `  "$schema": ${JSON.stringify(LOCAL_SCHEMA)},
`
    : ''
}  // The folder that holds your *.ps1 fragments, relative to this file.
  "fragments": ${JSON.stringify(fragments)},
  // Files to leave out, e.g. tests next to the fragments.
  "exclude": ["*-test-*", "*.Tests.ps1"],
  // The bundle to write, relative to this file; load it from $PROFILE.
  "output": "profile.bundle.ps1",
  // "auto": functions nothing needs at start-up are defined on first use. "off": all eager.
  "lazy": "auto",
${loaderLines}  // Severity per diagnostic code ("error", "warning", "info" or "off"), e.g. "SHARED_VARIABLE": "off".
  "severity": {}
}
`;
}

function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** The bundle the config file at `configPath` makes build write (resolved as every command does). */
function bundlePath(configPath: string, cwd: string): string {
  try {
    return resolveConfig({ cwd, config: configPath }).output;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new FileError(`${CONFIG_FILE}: ${error.message}; fix it or use --force`);
  }
}

/** A file init could not read or write: one line for the user, not an internal error. */
class FileError extends Error {}

function onFile<T>(verb: 'read' | 'write', file: string, cwd: string, act: () => T): T {
  try {
    return act();
  } catch (error) {
    const why = verb === 'read' ? describeReadError(error) : describeWriteError(error);
    throw new FileError(`cannot ${verb} ${displayPath(cwd, file)}: ${why}`);
  }
}

export async function runInit(args: InitArgs): Promise<InitResult> {
  const out: string[] = [];
  try {
    const cwd = args.cwd ?? process.cwd();
    return initInto(args, out, await detectLoaders(cwd, path.resolve(cwd, args.dir ?? 'profile.d')));
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    // What was done before the failure (say, the config written) is still reported.
    return {
      stdout: out.length > 0 ? `${out.join('\n')}\n` : '',
      stderr: `fragbundle: ${error.message}\n`,
      exitCode: 2,
    };
  }
}

/**
 * The `loaders` entries for the loader helpers the profile defines (LOADER_HELPER findings), by
 * command, in the order found. None when the folder cannot be analysed yet.
 */
async function detectLoaders(cwd: string, fragmentsDir: string): Promise<LoaderSpec[]> {
  if (!existsSync(fragmentsDir)) return [];
  let analysis;
  try {
    analysis = await analyzeProfile(resolveConfig({ cwd, dir: fragmentsDir }), { cwd });
  } catch {
    return [];
  }
  const found = new Map<string, LoaderSpec>();
  for (const s of [...analysis.symbols, ...analysis.subFileSymbols]) {
    for (const d of s.directives.dotSources) {
      const l = d.suggestedLoader;
      if (l && !found.has(l.command.toLowerCase())) found.set(l.command.toLowerCase(), l);
    }
  }
  return [...found.values()];
}

function initInto(args: InitArgs, out: string[], loaders: readonly LoaderSpec[]): InitResult {
  const cwd = args.cwd ?? process.cwd();
  const fragmentsDir = path.resolve(cwd, args.dir ?? 'profile.d');
  const configPath = path.join(cwd, CONFIG_FILE);
  const keep = existsSync(configPath) && !args.force;
  // A config naming a folder that does not exist would make every later command fail.
  if (!keep && !isFolder(fragmentsDir)) {
    throw new FileError(
      `no fragments folder ${displayPath(cwd, fragmentsDir)}: name the folder that holds your *.ps1 fragments: fragbundle init <folder>`,
    );
  }
  // The profile is read before anything is written: one that cannot be read (a folder, no
  // permission) fails the command with nothing changed.
  const profile = args.profile ? path.resolve(cwd, args.profile) : undefined;
  const current =
    profile && existsSync(profile) ? onFile('read', profile, cwd, () => readRegularFile(profile)).toString('utf8') : '';
  if (keep) {
    out.push(`${CONFIG_FILE} exists; left as it is (use --force to overwrite)`);
  } else {
    const rel = path.relative(cwd, fragmentsDir).split(path.sep).join('/') || '.';
    const schema = existsSync(path.join(cwd, LOCAL_SCHEMA));
    onFile('write', configPath, cwd, () => writeFileAtomic(configPath, configText(rel, schema, loaders)));
    out.push(`wrote ${CONFIG_FILE}`);
    for (const l of loaders)
      out.push(`  with a "loaders" entry for ${l.command}, which dot-sources the files its callers name`);
  }

  // The bundle the config (written now, or the one kept) says build writes: the load line must
  // name that file, or its Test-Path guard silently loads nothing.
  const bundle = bundlePath(configPath, cwd);
  const loadLine = `${PROFILE_MARKER}\nif (Test-Path -LiteralPath ${quotePs(bundle)}) { . ${quotePs(bundle)} }\n`;
  if (profile) {
    out.push(`the line that loads the bundle, for ${displayPath(cwd, profile)}:`, '', loadLine);
    if (current.includes(PROFILE_MARKER)) {
      out.push(`${displayPath(cwd, profile)} already loads the bundle; unchanged`);
    } else {
      const sep = current === '' || current.endsWith('\n') ? '' : '\n';
      onFile('write', profile, cwd, () => writeFileAtomic(profile, `${current}${sep}${loadLine}`));
      out.push(`added it to ${displayPath(cwd, profile)}`);
    }
  } else {
    out.push('', 'add this to your $PROFILE (or run fragbundle init --profile $PROFILE):', '', loadLine);
  }

  out.push(
    'pre-commit (.pre-commit-config.yaml):',
    '',
    '  repos:',
    '    - repo: <the fragbundle repository>',
    '      rev: <a tag>',
    '      hooks:',
    '        - id: fragbundle-build',
    '        - id: fragbundle-check',
    '',
    'CI: run `npx fragbundle check --format github` (docs/ci.md has a whole GitHub Actions workflow).',
  );
  return { stdout: `${out.join('\n')}\n`, stderr: '', exitCode: 0 };
}
