/** Where the bundle tests find their source-tree files (tests run from dist/). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
/** test/pwsh: the harness scripts. */
export const PWSH_DIR = path.join(REPO_ROOT, 'test', 'pwsh');
/** test/bundle/samples: one folder per hazard. */
export const SAMPLES_DIR = path.join(REPO_ROOT, 'test', 'bundle', 'samples');
