/**
 * fragbundle's version, read once from package.json. It is part of every bundle header and of
 * the input hash, so a new fragbundle marks bundles built by an older one as stale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from './package-root.js';

const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as PackageJson;

export const TOOL_VERSION: string = pkg.version;

interface PackageJson {
  readonly version: string;
  readonly homepage?: unknown;
  readonly repository?: unknown;
}

/**
 * The project's public web address: package.json `homepage`, else its `repository` URL made a
 * web address (`git+https://host/o/r.git` becomes `https://host/o/r`). Undefined when neither is
 * an absolute https address: SARIF's links then stay out rather than point somewhere relative.
 */
export function projectUrl(p: Pick<PackageJson, 'homepage' | 'repository'>): string | undefined {
  const repo = typeof p.repository === 'string' ? p.repository : (p.repository as { url?: unknown } | undefined)?.url;
  for (const candidate of [p.homepage, repo]) {
    if (typeof candidate !== 'string') continue;
    const url = candidate
      .replace(/^git\+/, '')
      .replace(/#.*$/, '')
      .replace(/\.git$/, '');
    if (/^https:\/\/[^/\s]+\/\S*$/.test(url)) return url.replace(/\/$/, '');
  }
  return undefined;
}

/** This package's address (see projectUrl); none while package.json names none. */
export const TOOL_URL: string | undefined = projectUrl(pkg);
