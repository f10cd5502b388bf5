/**
 * fragbundle's version, read once from package.json. It is part of every bundle header and of
 * the input hash, so a new fragbundle marks bundles built by an older one as stale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from './package-root.js';

const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string };

export const TOOL_VERSION: string = pkg.version;
