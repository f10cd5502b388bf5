/**
 * A small glob matcher for fragment selection: `*` and `?` within one path segment, `**` across
 * segments, `{a,b}` alternatives. Matching is case-insensitive, as PowerShell's `-Filter` is.
 */

const cache = new Map<string, RegExp>();

/** True when `path` (relative, `/` separators) matches `pattern`. A pattern without `/` matches the base name. */
export function matchGlob(pattern: string, path: string): boolean {
  const subject = pattern.includes('/') ? path : path.slice(path.lastIndexOf('/') + 1);
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(`^${globToRegExpSource(pattern)}$`, 'i');
    cache.set(pattern, re);
  }
  return re.test(subject);
}

/** True when any pattern may match a path below a folder at `dir` (so the walk must enter it). */
export function mayDescend(patterns: readonly string[]): boolean {
  return patterns.some((p) => p.includes('/') || p.includes('**'));
}

function globToRegExpSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      const close = pattern.indexOf('}', i);
      if (close === -1) {
        out += '\\{';
      } else {
        const alternatives = pattern
          .slice(i + 1, close)
          .split(',')
          .map(globToRegExpSource);
        out += `(?:${alternatives.join('|')})`;
        i = close;
      }
    } else {
      out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return out;
}
