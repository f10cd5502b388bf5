/**
 * Reading the names written in variables and provider paths: `$global:x`, `${env:Path}`,
 * `${function:global:X}`, `Function:\Global:X`.
 */
import type { ScopeQualifier } from '../../core/types.js';

/** A variable token split into drive, scope qualifier and name. */
export interface VariableName {
  /** The name without `$`, braces, drive or qualifier. */
  readonly name: string;
  /** `global`/`script`/`local`/`private`, or `using` (`$using:x`). */
  readonly qualifier?: ScopeQualifier | 'using';
  /** Lower-case provider drive (`env`, `function`, `alias`, `variable`...) when written. */
  readonly drive?: string;
  /** `@x`: splatted. */
  readonly splat: boolean;
}

const QUALIFIERS = new Set(['global', 'script', 'local', 'private', 'using', 'workflow']);

/** Split `global:X` into qualifier and name. */
export function splitQualifier(s: string): { qualifier?: ScopeQualifier | 'using'; rest: string } {
  const [, written = '', rest = ''] = /^([A-Za-z]+):(.*)$/s.exec(s) ?? [];
  const q = written.toLowerCase();
  if (QUALIFIERS.has(q)) return q === 'workflow' ? { rest } : { qualifier: q as ScopeQualifier | 'using', rest };
  return { rest: s };
}

/** A function name as written, split into its scope qualifier (`global:X`) and the name. */
export function splitFunctionScope(written: string): { scope?: ScopeQualifier; name: string } {
  const [, qualifier, name] = /^(global|script|local|private):(.+)$/i.exec(written) ?? [];
  return qualifier !== undefined && name !== undefined
    ? { scope: qualifier.toLowerCase() as ScopeQualifier, name }
    : { name: written };
}

/** Parse a variable token as written (`$x`, `@x`, `${a b}`, `$env:X`, `${function:global:F}`). */
export function parseVariable(raw: string): VariableName {
  const splat = raw.startsWith('@');
  let body = raw.slice(1);
  if (body.startsWith('{') && body.endsWith('}')) body = body.slice(1, -1).replace(/`(.)/g, '$1');
  const q = splitQualifier(body);
  if (q.qualifier) return { name: q.rest, qualifier: q.qualifier, splat };
  const m = /^([A-Za-z][\w]*):(.+)$/s.exec(body);
  if (m) {
    const [, written = '', rest = ''] = m;
    const drive = written.toLowerCase();
    // The Alias: drive takes no scope qualifier: `${alias:global:x}` names an alias `global:x`
    // (pwsh 7.6, test/parse/fixtures/alias-drive-qualifier.ps1).
    const inner: ReturnType<typeof splitQualifier> =
      drive === 'function' || drive === 'variable' ? splitQualifier(rest) : { rest };
    return inner.qualifier
      ? { name: inner.rest, drive, qualifier: inner.qualifier, splat }
      : { name: inner.rest, drive, splat };
  }
  return { name: body, splat };
}

/** A provider path naming a session item: `Function:\Global:X`, `alias:x`, `Env:PATH`, `variable:/x`. */
export interface ProviderPath {
  readonly drive: 'function' | 'alias' | 'variable' | 'env';
  readonly name: string;
  readonly qualifier?: ScopeQualifier;
}

/** Parse a provider path; undefined for any other path. */
export function parseProviderPath(path: string): ProviderPath | undefined {
  const m = /^(function|alias|variable|env):[\\/]?(.+)$/is.exec(path.trim());
  if (!m) return undefined;
  const [, written = '', rest = ''] = m;
  const drive = written.toLowerCase() as ProviderPath['drive'];
  // Env: and Alias: take no scope qualifier: `Alias:\global:x` creates an alias named `global:x`
  // in the current scope (pwsh 7.6), while `Function:\global:x` and `Variable:\global:x` are global.
  const q: ReturnType<typeof splitQualifier> = drive === 'env' || drive === 'alias' ? { rest } : splitQualifier(rest);
  const qualifier = q.qualifier === 'using' ? undefined : q.qualifier;
  return qualifier ? { drive, name: q.rest, qualifier } : { drive, name: q.rest };
}

/** True when a dynamic path text visibly starts with a session drive (`"Function:$n"`). */
export function looksLikeProviderPath(text: string): ProviderPath['drive'] | undefined {
  const m = /^["']?(function|alias|variable|env):/i.exec(text.trim());
  return m?.[1]?.toLowerCase() as ProviderPath['drive'] | undefined;
}
