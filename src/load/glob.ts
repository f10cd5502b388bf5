/**
 * Fragment selection globs, matched by picomatch: `*` and `?` within one path segment, `**`
 * across segments, `{a,{b,c}}` alternatives (nested), `[ab]` and `[a-z]` classes. Matching is
 * case-insensitive, as PowerShell's `-Filter` is, and `*` matches a leading dot too.
 */
import picomatch from 'picomatch';

const cache = new Map<string, (path: string) => boolean>();

/** True when `path` (relative, `/` separators) matches `pattern`. A pattern without `/` matches the base name. */
export function matchGlob(pattern: string, path: string): boolean {
  const subject = pattern.includes('/') ? path : path.slice(path.lastIndexOf('/') + 1);
  let matcher = cache.get(pattern);
  if (!matcher) {
    matcher = picomatch(pattern, { nocase: true, dot: true });
    cache.set(pattern, matcher);
  }
  return matcher(subject);
}

/** True when any pattern may match a path below a folder at `dir` (so the walk must enter it). */
export function mayDescend(patterns: readonly string[]): boolean {
  return patterns.some((p) => p.includes('/') || p.includes('**'));
}

/**
 * The regular expression source a pattern matches its subject by (see matchGlob), anchored: the
 * stale guard tests file names with it in .NET, whose syntax covers what picomatch writes.
 */
export function globSource(pattern: string): string {
  return picomatch.makeRe(pattern, { nocase: true, dot: true }).source;
}
