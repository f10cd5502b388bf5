/**
 * Where fragbundle keeps its caches (the symbol cache, the result memo, the replay records): one
 * folder per user, safe to delete. Its own module because the CLI's first step (src/pipeline/replay.ts)
 * needs it before anything heavier is loaded.
 */
import { homedir } from 'node:os';
import path from 'node:path';

/** The default cache folder for this user and platform. */
export function defaultCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.FRAGBUNDLE_CACHE_DIR) return env.FRAGBUNDLE_CACHE_DIR;
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'fragbundle', 'cache');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'fragbundle');
}
