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
  const m = /^([A-Za-z]+):(.*)$/s.exec(s);
  if (m && QUALIFIERS.has(m[1].toLowerCase())) {
    const q = m[1].toLowerCase();
    return q === 'workflow' ? { rest: m[2] } : { qualifier: q as ScopeQualifier | 'using', rest: m[2] };
  }
  return { rest: s };
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
    const drive = m[1].toLowerCase();
    // The Alias: drive takes no scope qualifier: `${alias:global:x}` names an alias `global:x`
    // (pwsh 7.6, test/parse/fixtures/alias-drive-qualifier.ps1).
    const inner = drive === 'function' || drive === 'variable' ? splitQualifier(m[2]) : { rest: m[2] };
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
  const drive = m[1].toLowerCase() as ProviderPath['drive'];
  // Env: and Alias: take no scope qualifier: `Alias:\global:x` creates an alias named `global:x`
  // in the current scope (pwsh 7.6), while `Function:\global:x` and `Variable:\global:x` are global.
  const q = drive === 'env' || drive === 'alias' ? { rest: m[2] } : splitQualifier(m[2]);
  const qualifier = q.qualifier === 'using' ? undefined : q.qualifier;
  return qualifier ? { drive, name: q.rest, qualifier } : { drive, name: q.rest };
}

/** True when a dynamic path text visibly starts with a session drive (`"Function:$n"`). */
export function looksLikeProviderPath(text: string): ProviderPath['drive'] | undefined {
  const m = /^["']?(function|alias|variable|env):/i.exec(text.trim());
  return m ? (m[1].toLowerCase() as ProviderPath['drive']) : undefined;
}
