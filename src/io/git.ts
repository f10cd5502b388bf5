/**
 * The few git questions `check --suggest-order` and `--fix` ask: the repository's top folder, the
 * files it tracks, and `git mv`. Each answers undefined or false when git is missing or the folder
 * is not in a repository, so callers fall back to plain file operations.
 */
import { execFileSync } from 'node:child_process';

function git(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** `git rev-parse --show-toplevel` run in `dir`: the repository's top folder, or undefined. */
export function gitTopLevel(dir: string): string | undefined {
  const out = git(dir, ['rev-parse', '--show-toplevel']);
  return out === undefined ? undefined : out.replace(/\r?\n$/, '') || undefined;
}

/** The files git tracks under `dir` (paths relative to `top`, `/` separators). */
export function gitTrackedFiles(top: string, dir: string): Set<string> {
  const out = git(top, ['ls-files', '-z', '--full-name', '--', dir]);
  return new Set(out === undefined ? [] : out.split('\0').filter((p) => p !== ''));
}

/** `git mv -- from to` in `top` (never overwrites: git refuses an existing target). Throws with git's message. */
export function gitMove(top: string, from: string, to: string): void {
  try {
    execFileSync('git', ['mv', '--', from, to], { cwd: top, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(stderr || (error instanceof Error ? error.message : String(error)));
  }
}
