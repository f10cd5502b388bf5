/**
 * The JSON schema of `fragbundle.config.json`, and a validator for the subset of JSON Schema it
 * uses. One source of truth: the validator reads this object, and `fragbundle.schema.json` at the
 * repository root is this object written out (a test keeps them equal; `npm run schema` rewrites it).
 */
import { DIAGNOSTIC_RULES } from '../core/diagnostics.js';
import { didYouMean } from '../text/near.js';

/** The subset of JSON Schema (draft-07) that fragbundle's schemas use. */
export interface JsonSchema {
  readonly $schema?: string;
  readonly $id?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  readonly enum?: readonly (string | number | boolean)[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly minimum?: number;
  readonly minLength?: number;
  readonly default?: unknown;
}

const stringList = (description: string): JsonSchema => ({
  type: 'array',
  description,
  items: { type: 'string', minLength: 1 },
});

const definer: JsonSchema = {
  type: 'object',
  description: 'A command that defines a symbol, e.g. a helper `Set-ProfileFunction -Name X -Body { }`.',
  additionalProperties: false,
  required: ['command', 'kind', 'nameParameter'],
  properties: {
    command: { type: 'string', minLength: 1, description: 'The command name, e.g. "Set-ProfileFunction".' },
    kind: {
      type: 'string',
      enum: ['function', 'alias', 'variable', 'env', 'drive', 'module', 'class'],
      description: 'What kind of symbol it defines.',
    },
    nameParameter: { type: 'string', minLength: 1, description: 'The parameter that names the symbol, without "-".' },
    namePosition: {
      type: 'integer',
      minimum: 0,
      description: 'Position of the name when passed positionally (0-based).',
    },
    targetParameter: {
      type: 'string',
      minLength: 1,
      description: 'For aliases: the parameter naming the target command.',
    },
    bodyParameter: {
      type: 'string',
      minLength: 1,
      description: 'The parameter holding the body script block (runs later).',
    },
    aliasParameter: {
      type: 'string',
      minLength: 1,
      description: 'A parameter that also defines aliases for the symbol.',
    },
  },
};

const loader: JsonSchema = {
  type: 'object',
  description:
    'A function of the profile that dot-sources files, e.g. `Import-FragmentModule -FragmentRoot $PSScriptRoot -ModulePath @("files", "x.ps1")`.',
  additionalProperties: false,
  required: ['command'],
  properties: {
    command: { type: 'string', minLength: 1, description: 'The command name, e.g. "Import-FragmentModule".' },
    rootParameter: {
      type: 'string',
      minLength: 1,
      description: 'The parameter holding the folder the path is relative to, without "-". Absent: the path is whole.',
    },
    pathParameter: {
      type: 'string',
      minLength: 1,
      description: 'The parameter holding the path: a string, or an array of segments joined in order.',
    },
    listParameter: {
      type: 'string',
      minLength: 1,
      description: 'The parameter holding a list of hashtables, each naming one file under "pathKey".',
    },
    pathKey: {
      type: 'string',
      minLength: 1,
      description: 'The hashtable key holding the path (or its segments) in each "listParameter" entry.',
    },
  },
};

const guard: JsonSchema = {
  type: 'object',
  description:
    'A helper whose call reads (a guard: Test-FragmentLoaded \'git\' reading $gitLoaded) or sets (Set-FragmentLoaded \'git\' setting $global:gitLoaded) a global named after its argument. Give "reads", "sets" or both.',
  additionalProperties: false,
  required: ['command'],
  properties: {
    command: { type: 'string', minLength: 1, description: 'The command name, e.g. "Test-FragmentLoaded".' },
    reads: {
      type: 'string',
      minLength: 1,
      description: 'The variable it reads, "{name}" standing for the name argument, e.g. "{name}Loaded".',
    },
    sets: {
      type: 'string',
      minLength: 1,
      description: 'The global variable it sets, "{name}" standing for the name argument, e.g. "{name}Loaded".',
    },
    nameParameter: {
      type: 'string',
      minLength: 1,
      description:
        'The parameter carrying the name, without "-" (also read as the first positional). Default "FragmentName".',
    },
  },
};

const deferral: JsonSchema = {
  type: 'object',
  description: 'What whole-fragment deferral ("lazy": "fragments") may treat as harmless at load time.',
  additionalProperties: false,
  properties: {
    calls: stringList(
      'Helpers a deferred fragment may call at load time: registration helpers, load markers, side-effect-free and record-only helpers (telemetry, caches, the missing-tool register).',
    ),
    guards: {
      type: 'array',
      description: 'Guard and "mark loaded" helpers, and the global each reads or sets.',
      items: guard,
    },
    startupCalls: stringList(
      'Helpers whose load-time calls must happen at start-up: a fragment that calls one is not deferred, even when "calls" lists it. E.g. ["Invoke-MissingToolWarning"] keeps tool-gated fragments (and their probes) at start-up, so the profile\'s missing-tool summary stays complete.',
    ),
  },
};

/** The schema of fragbundle.config.json. */
export const CONFIG_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'fragbundle.schema.json',
  title: 'fragbundle configuration',
  description: 'fragbundle.config.json: discovered from the current folder upward. Every key is optional.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'Path or URL of this schema, for editors.' },
    fragments: {
      type: 'string',
      minLength: 1,
      description: 'The fragments folder, relative to the config file. Default: "profile.d" when it exists, else ".".',
    },
    include: stringList('Glob patterns of fragment files, relative to the fragments folder. Default ["*.ps1"].'),
    exclude: stringList('Glob patterns to leave out, e.g. ["*-test-*"]. A pattern without "/" matches the file name.'),
    includeHidden: {
      type: 'boolean',
      description:
        'Load hidden files and folders (names starting with "."). Default false: the plain loader\'s Get-ChildItem skips them without -Force.',
    },
    first: stringList('Fragment names that load first (in this order) whenever their dependencies allow.'),
    baseline: {
      description:
        'The order a one-by-one loader uses: "name" (Sort-Object Name, the default) or a list of fragment names (the rest follow by name).',
      anyOf: [{ type: 'string', enum: ['name'] }, stringList('Fragment names in load order.')],
    },
    definers: {
      type: 'array',
      description: 'Commands that define symbols, added to the built-in ones.',
      items: definer,
    },
    builtinDefiners: { type: 'boolean', description: 'Use the built-in definer helpers too. Default true.' },
    loaders: {
      type: 'array',
      description:
        'Functions of the profile that dot-source files (loader helpers): fragbundle follows and bundles the files their calls name.',
      items: loader,
    },
    severity: {
      type: 'object',
      description: 'Severity per diagnostic code: "error", "warning", "info" or "off".',
      propertyNames: { type: 'string', enum: DIAGNOSTIC_RULES.map((r) => r.code) },
      additionalProperties: { type: 'string', enum: ['error', 'warning', 'info', 'off'] },
    },
    output: {
      type: 'string',
      minLength: 1,
      description:
        'The bundle file, relative to the config file. Default: "profile.bundle.ps1" beside the fragments folder.',
    },
    lazy: {
      type: 'string',
      enum: ['auto', 'off', 'fragments'],
      description:
        'Lazy-load functions nothing needs at start-up. Default "auto". "fragments": also defer whole fragments that only define names, until one is first used.',
    },
    deferral,
    timings: { type: 'boolean', description: 'Record per-fragment load times in the bundle. Default false.' },
    staleGuard: {
      type: 'boolean',
      description:
        "At start-up the bundle compares each fragment file's size and modification time with what it was built from, and loads a changed, added or removed fragment as it is now on disk, with one warning. Default true.",
    },
  },
};

/** A problem found by `validate`: the JSON path of the offending value and what is wrong. */
export interface SchemaError {
  readonly path: string;
  readonly message: string;
}

/** Validate `value` against `schema`. Returns every error, each with its key path (`severity.FOO`, `definers[2].kind`). */
export function validate(value: unknown, schema: JsonSchema, at = ''): SchemaError[] {
  if (schema.anyOf) {
    const attempts = schema.anyOf.map((s) => validate(value, s, at));
    if (attempts.some((e) => e.length === 0)) return [];
    const expected = schema.anyOf.map(describe).join(' or ');
    return [{ path: at || '(root)', message: `must be ${expected}` }];
  }
  if (schema.type && !hasType(value, schema.type)) {
    return [{ path: at || '(root)', message: `must be ${describe(schema)}, not ${typeName(value)}` }];
  }
  if (schema.enum && !schema.enum.includes(value as string)) {
    return [
      { path: at || '(root)', message: `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}` },
    ];
  }
  const errors: SchemaError[] = [];
  if (typeof value === 'string' && schema.minLength !== undefined && value.length < schema.minLength) {
    errors.push({ path: at || '(root)', message: 'must not be empty' });
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    errors.push({ path: at || '(root)', message: `must be at least ${schema.minimum}` });
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => errors.push(...validate(item, schema.items!, `${at}[${i}]`)));
  }
  if (isObject(value)) {
    for (const key of schema.required ?? []) {
      if (!Object.hasOwn(value, key))
        errors.push({ path: at || '(root)', message: `is missing the required key "${key}"` });
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = at ? `${at}.${key}` : key;
      if (schema.propertyNames) {
        const [nameError] = validate(key, schema.propertyNames, childPath);
        if (nameError) {
          const names = schema.propertyNames.enum?.filter((n): n is string => typeof n === 'string') ?? [];
          const hint = didYouMean(key, names);
          errors.push({
            path: childPath,
            message: hint ? `is not a known key${hint}` : `is not a known key (${nameError.message})`,
          });
          continue;
        }
      }
      const known = schema.properties?.[key];
      if (known) errors.push(...validate(child, known, childPath));
      else if (schema.additionalProperties === false)
        errors.push({
          path: childPath,
          message: `is not a known key${didYouMean(key, Object.keys(schema.properties ?? {}))}`,
        });
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...validate(child, schema.additionalProperties, childPath));
      }
    }
  }
  return errors;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function describe(schema: JsonSchema): string {
  if (schema.enum && schema.enum.length === 1) return JSON.stringify(schema.enum[0]);
  switch (schema.type) {
    case 'array':
      return schema.items?.type ? `an array of ${schema.items.type}s` : 'an array';
    case 'object':
      return 'an object';
    case 'integer':
      return 'an integer';
    case undefined:
      return 'a value';
    default:
      return `a ${schema.type}`;
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
