/** Temporary folders for tests, removed when the test ends. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Teardown {
  teardown(fn: () => void): void;
}

/** A fresh folder under the system temp folder, removed after the test. */
export function tempDir(t: Teardown, prefix = 'fragbundle-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  t.teardown(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** A temp folder holding these files (paths relative to it, sub-folders created). */
export function tempFiles(t: Teardown, files: Record<string, string | Buffer>, prefix?: string): string {
  const dir = tempDir(t, prefix);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}
