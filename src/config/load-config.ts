/**
 * Finding and reading configuration: `fragbundle.config.json` (discovered from the current folder
 * upward) and a loader's `.profile-fragments.json` in the fragments folder. Every problem is a
 * ConfigError naming the file, the key path and, for JSON syntax, the line and column.
 */
import { existsSync, readFileSync, statSync } from '../io/input-journal.js';
import path from 'node:path';
import { diagnostic } from '../core/diagnostics.js';
import type { DeferralOptions, Diagnostic, Severity, SymbolKind } from '../core/types.js';
import { blankJsonComments, findJsonSyntaxError } from './json-error.js';
import { LineIndex } from '../text/line-index.js';
import { CONFIG_SCHEMA, validate, type JsonSchema, type SchemaError } from './schema.js';
import { describeReadError } from '../io/regular-file.js';

export const CONFIG_FILE = 'fragbundle.config.json';
export const LOADER_CONFIG_FILE = '.profile-fragments.json';

/** A definer helper as configured (same shape as the parse stage's DefinerSpec). */
export interface ConfiguredDefiner {
  readonly command: string;
  readonly kind: SymbolKind;
  readonly nameParameter: string;
  readonly namePosition?: number;
  readonly targetParameter?: string;
  readonly bodyParameter?: string;
  readonly aliasParameter?: string;
}

/** A loader helper as configured (same shape as the parse stage's LoaderSpec). */
export interface ConfiguredLoader {
  readonly command: string;
  readonly rootParameter?: string;
  readonly pathParameter?: string;
  readonly listParameter?: string;
  readonly pathKey?: string;
}

/** fragbundle.config.json as written (all keys optional). */
export interface ConfigFile {
  readonly fragments?: string;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  readonly includeHidden?: boolean;
  readonly first?: readonly string[];
  readonly baseline?: 'name' | readonly string[];
  readonly definers?: readonly ConfiguredDefiner[];
  readonly builtinDefiners?: boolean;
  readonly loaders?: readonly ConfiguredLoader[];
  readonly severity?: Readonly<Record<string, Severity | 'off'>>;
  readonly output?: string;
  readonly lazy?: LazyMode;
  readonly timings?: boolean;
  readonly staleGuard?: boolean;
  readonly deferral?: Partial<DeferralOptions>;
}

/** `lazy`: per-function stubs (`auto`), none (`off`), or whole fragments deferred too (`fragments`). */
export type LazyMode = 'auto' | 'off' | 'fragments';

/** Everything the pipeline needs, with defaults applied and paths absolute. */
export interface ResolvedConfig {
  /** The config file used, if one was found. */
  readonly configPath?: string;
  readonly fragmentsDir: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Load hidden files (names starting with `.`) too; default false, as `Get-ChildItem` without `-Force`. */
  readonly includeHidden: boolean;
  readonly first: readonly string[];
  readonly baseline: 'name' | readonly string[];
  readonly definers: readonly ConfiguredDefiner[];
  readonly builtinDefiners: boolean;
  readonly loaders: readonly ConfiguredLoader[];
  readonly severity: Readonly<Record<string, Severity | 'off'>>;
  /** Absolute path of the bundle. */
  readonly output: string;
  readonly lazy: LazyMode;
  readonly timings: boolean;
  /** The bundle checks its fragments' stamps at start-up and loads changed ones from disk (bundle.md). */
  readonly staleGuard: boolean;
  /** Helpers a deferred fragment may call at load time, and guard helpers (config `deferral`). */
  readonly deferral: DeferralOptions;
  /** Fragment names left out (`.profile-fragments.json` `disabled`). */
  readonly disabled: readonly string[];
  /** The selected environment (`--env`), with the fragments it enables when the loader config lists them. */
  readonly environment?: { readonly name: string; readonly fragments?: readonly string[] };
  /** The loader config used, if one was found. */
  readonly loaderConfigPath?: string;
  /** The file whose list `baseline` is (fragbundle.config.json `baseline`, or the loader's `loadOrder`). */
  readonly baselineFrom?: string;
}

/** Options from the command line; they win over the config file. */
export interface CliOverrides {
  readonly cwd: string;
  readonly dir?: string;
  readonly config?: string;
  readonly output?: string;
  readonly lazy?: LazyMode;
  readonly timings?: boolean;
  readonly staleGuard?: boolean;
  readonly env?: string;
}

/** A configuration problem: exit code 2. */
export class ConfigError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'ConfigError';
    this.diagnostics = diagnostics;
  }
}

/** Walk up from `start` to the file system root looking for fragbundle.config.json. */
export function findConfig(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Resolve the configuration for one run. Throws ConfigError on any problem. */
export function resolveConfig(overrides: CliOverrides): ResolvedConfig {
  checkOverrides(overrides);
  const configPath = overrides.config ? path.resolve(overrides.cwd, overrides.config) : findConfig(overrides.cwd);
  if (overrides.config && !existsSync(configPath!)) {
    throw new ConfigError([
      diagnostic('CONFIG_INVALID', `${overrides.config}: config file not found`, { file: overrides.config }),
    ]);
  }
  const file: ConfigFile = configPath ? readConfigFile(configPath) : {};
  const base = configPath ? path.dirname(configPath) : overrides.cwd;

  const fragmentsDir = overrides.dir
    ? path.resolve(overrides.cwd, overrides.dir)
    : file.fragments
      ? path.resolve(base, file.fragments)
      : defaultFragmentsDir(base, overrides.cwd);
  const output = overrides.output
    ? path.resolve(overrides.cwd, overrides.output)
    : file.output
      ? path.resolve(base, file.output)
      : path.join(path.dirname(fragmentsDir), 'profile.bundle.ps1');
  checkOutsideFragments(
    overrides.cwd,
    fragmentsDir,
    output,
    overrides.output ? '--output' : file.output ? `${CONFIG_FILE} output` : 'output',
  );

  const loader = readLoaderConfig(fragmentsDir);
  let environment: ResolvedConfig['environment'];
  if (overrides.env !== undefined) {
    const listed = loader?.config.environments;
    if (listed && !Object.hasOwn(listed, overrides.env)) {
      const known = Object.keys(listed).sort().join(', ') || '(none)';
      throw new ConfigError([
        diagnostic(
          'CONFIG_INVALID',
          `--env ${overrides.env}: no such environment in ${LOADER_CONFIG_FILE} (known: ${known})`,
          {
            file: loader.path,
          },
        ),
      ]);
    }
    environment = listed ? { name: overrides.env, fragments: listed[overrides.env] } : { name: overrides.env };
  }

  const resolved: ResolvedConfig = {
    fragmentsDir,
    include: file.include ?? ['*.ps1'],
    exclude: file.exclude ?? [],
    includeHidden: file.includeHidden ?? false,
    first: file.first ?? [],
    baseline: file.baseline ?? loader?.config.loadOrder ?? 'name',
    definers: file.definers ?? [],
    builtinDefiners: file.builtinDefiners ?? true,
    loaders: file.loaders ?? [],
    severity: file.severity ?? {},
    output,
    lazy: overrides.lazy ?? file.lazy ?? 'auto',
    timings: overrides.timings ?? file.timings ?? false,
    staleGuard: overrides.staleGuard ?? file.staleGuard ?? true,
    deferral: {
      calls: file.deferral?.calls ?? [],
      guards: file.deferral?.guards ?? [],
      // Only when given: the bundle's options (and so its input hash) stay as they were without it.
      ...(file.deferral?.startupCalls?.length ? { startupCalls: file.deferral.startupCalls } : {}),
    },
    disabled: loader?.config.disabled ?? [],
  };
  return {
    ...resolved,
    ...(configPath ? { configPath } : {}),
    ...(environment ? { environment } : {}),
    ...(loader ? { loaderConfigPath: loader.path } : {}),
    ...(file.baseline !== undefined && configPath
      ? { baselineFrom: configPath }
      : loader?.config.loadOrder
        ? { baselineFrom: loader.path }
        : {}),
  };
}

/** Command-line names of the overrides, for messages. */
const OPTION_NAMES: Readonly<Record<string, string>> = {
  dir: 'the folder argument',
  config: '--config',
  output: '--output',
  lazy: '--lazy',
  env: '--env',
};

/**
 * Options as the argument parser hands them over can be arrays (an option given twice) or empty
 * strings (`-o` with no value); both would otherwise be silently replaced by a default or crash
 * deeper down. Each is a ConfigError (exit 2) naming the option.
 */
function checkOverrides(overrides: CliOverrides): void {
  const problems: Diagnostic[] = [];
  for (const [key, name] of Object.entries(OPTION_NAMES)) {
    const value: unknown = (overrides as unknown as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      problems.push(diagnostic('CONFIG_INVALID', `${name} was given ${value.length} times; give it once`));
    } else if (typeof value !== 'string') {
      problems.push(diagnostic('CONFIG_INVALID', `${name} must be a text value, not ${typeof value}`));
    } else if (value.trim() === '') {
      problems.push(diagnostic('CONFIG_INVALID', `${name} needs a value; it was empty`));
    }
  }
  const timings: unknown = overrides.timings;
  if (Array.isArray(timings)) problems.push(diagnostic('CONFIG_INVALID', '--timings was given more than once'));
  const staleGuard: unknown = overrides.staleGuard;
  if (Array.isArray(staleGuard)) problems.push(diagnostic('CONFIG_INVALID', '--stale-guard was given more than once'));
  if (problems.length > 0) throw new ConfigError(problems);
}

/**
 * ./profile.d beside the config file (or in the current folder), when it is a folder. Nothing
 * else is guessed: taking the current folder's *.ps1 (install scripts, say) and writing the bundle
 * into its parent surprised users, so an unnamed folder is a ConfigError saying how to name it.
 */
function defaultFragmentsDir(base: string, cwd: string): string {
  const conventional = path.join(base, 'profile.d');
  try {
    if (statSync(conventional).isDirectory()) return conventional;
  } catch {
    /* not there: refused below */
  }
  throw new ConfigError([
    diagnostic(
      'CONFIG_INVALID',
      `no fragments folder: ${displayDir(cwd, conventional)} does not exist. Name the folder (fragbundle build <folder>), ` +
        `set "fragments" in ${CONFIG_FILE}, or run fragbundle init`,
    ),
  ]);
}

/** `dir` as the user would type it in `cwd` (./profile.d, or an absolute path outside `cwd`). */
function displayDir(cwd: string, dir: string): string {
  const rel = path.relative(cwd, dir);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? dir : `./${rel.split(path.sep).join('/')}`;
}

/**
 * The bundle must not be written inside the fragments folder: a later run (with another output,
 * or a pattern that reaches sub-folders) would take it as a fragment and bundle the bundle.
 */
function checkOutsideFragments(cwd: string, fragmentsDir: string, output: string, source: string): void {
  const rel = path.relative(fragmentsDir, output);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return;
  throw new ConfigError([
    diagnostic(
      'CONFIG_INVALID',
      `${source}: the bundle ${displayDir(cwd, output)} would be inside the fragments folder ` +
        `${displayDir(cwd, fragmentsDir)}, where a later build takes it as a fragment; write it beside the folder (the default) or elsewhere`,
    ),
  ]);
}

/** Read and validate fragbundle.config.json. */
export function readConfigFile(file: string): ConfigFile {
  const value = readJson(file);
  const errors = [...validate(value, CONFIG_SCHEMA), ...guardErrors(value)];
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => diagnostic('CONFIG_INVALID', `${path.basename(file)}: ${e.path} ${e.message}`, { file })),
    );
  }
  return value as ConfigFile;
}

/** A `deferral.guards` entry must say what its calls read or set. */
function guardErrors(value: unknown): SchemaError[] {
  const guards = (value as { deferral?: { guards?: unknown } } | null)?.deferral?.guards;
  if (!Array.isArray(guards)) return [];
  return guards.flatMap((g: unknown, i) =>
    typeof g === 'object' && g !== null && !('reads' in g) && !('sets' in g)
      ? [{ path: `deferral.guards[${i}]`, message: 'needs "reads" or "sets" (or both)' }]
      : [],
  );
}

interface LoaderConfig {
  readonly disabled?: readonly string[];
  readonly loadOrder?: readonly string[];
  readonly environments?: Readonly<Record<string, readonly string[]>>;
}

const LOADER_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    disabled: { type: 'array', items: { type: 'string' } },
    loadOrder: { type: 'array', items: { type: 'string' } },
    environments: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
  },
};

/** Read `.profile-fragments.json` when the fragments folder has one. Unknown keys are the loader's business. */
function readLoaderConfig(fragmentsDir: string): { path: string; config: LoaderConfig } | undefined {
  const file = path.join(fragmentsDir, LOADER_CONFIG_FILE);
  if (!existsSync(file)) return undefined;
  const value = readJson(file);
  const errors = validate(value, LOADER_SCHEMA);
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => diagnostic('CONFIG_INVALID', `${LOADER_CONFIG_FILE}: ${e.path} ${e.message}`, { file })),
    );
  }
  return { path: file, config: value as LoaderConfig };
}

/** Read a JSON file; syntax errors name the line and column. */
function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new ConfigError([
      diagnostic('CONFIG_INVALID', `${path.basename(file)}: cannot read: ${describeReadError(error)}`, { file }),
    ]);
  }
  try {
    // JSON.parse makes the value (its rules for duplicate and `__proto__` keys), once comments are blanked.
    return JSON.parse(blankJsonComments(text)) as unknown;
  } catch (error) {
    // JSON.parse's message may hold the whole text (line breaks included) and no position: say
    // where and what in one line, from jsonc-parser (JSON.parse's message only as a fallback).
    const found = findJsonSyntaxError(text);
    const message = found?.message ?? firstLine(error instanceof Error ? error.message : String(error));
    throw new ConfigError([
      diagnostic('CONFIG_INVALID', `${path.basename(file)}: invalid JSON: ${message}`, {
        file,
        ...new LineIndex(text).position(found?.offset ?? text.length),
      }),
    ]);
  }
}

function firstLine(message: string): string {
  const [first = ''] = message.split(/\r?\n/);
  return first.replace(/ in JSON at position \d+.*$/, '');
}
