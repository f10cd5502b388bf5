/**
 * Reading a file the user named (a fragment, a config, the bundle, the output about to be
 * replaced) only when it is a regular file. `readFileSync` of a device or a pipe never ends: it
 * read `-o /dev/full` until the machine ran out of memory, and it waits on a FIFO for a writer
 * that never comes. A folder is left to the read, which fails with EISDIR as before.
 */
import { readFileSync, statSync } from 'node:fs';

/** The code of the error readRegularFile throws for a device, pipe or socket. */
export const NOT_REGULAR = 'ENOTREG';

/** How a NOT_REGULAR error reads in a one-line message. */
export const NOT_REGULAR_REASON = 'it is not a regular file (a device, pipe or socket)';

/** The bytes of `file`; throws node's errors (ENOENT, EACCES, EISDIR), and NOT_REGULAR. */
export function readRegularFile(file: string): Buffer {
  const stats = statSync(file);
  if (!stats.isFile() && !stats.isDirectory()) {
    throw Object.assign(new Error(`${file}: ${NOT_REGULAR_REASON}`), { code: NOT_REGULAR });
  }
  return readFileSync(file);
}

/**
 * Why reading a file failed, in words for a one-line message: the common causes by name, else
 * Node.js's own message.
 */
export function describeReadError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOENT':
      return 'it does not exist';
    case NOT_REGULAR:
      return NOT_REGULAR_REASON;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
