/**
 * Renaming a file without ever replacing another: a hard link to the new name (which fails when
 * that name exists, atomically), then the old name removed. Where hard links are not supported,
 * a checked rename (a file created in between would be replaced: a narrow race, said here).
 */
import { existsSync, linkSync, renameSync, unlinkSync } from 'node:fs';

/** Rename `from` to `to`; throws when `to` exists. */
export function renameNoClobber(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new Error(`${to} already exists`);
    if (!['EPERM', 'ENOTSUP', 'EXDEV', 'EMLINK', 'ENOSYS', 'EOPNOTSUPP'].includes(code ?? '')) throw error;
    if (existsSync(to)) throw new Error(`${to} already exists`);
    renameSync(from, to);
    return;
  }
  unlinkSync(from);
}
