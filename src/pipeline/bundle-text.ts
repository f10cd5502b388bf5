/** The bundle text for an analysis: what `build` writes and what `check` compares with. */
import path from 'node:path';
import type { Analysis } from '../core/analysis.js';
import type { LazyMode, ResolvedConfig } from '../config/load-config.js';
import type { FileStamp, Fragment } from '../core/types.js';
import { emitBundle, type EmitCache, type EmittedBundle } from '../bundle/emit-bundle.js';
import { topLevelNamePattern, type LoadResult } from '../load/load-fragments.js';
import { matchGlob } from '../load/glob.js';
import { TOOL_VERSION } from '../io/version.js';
import { bundleOptions } from './analyze.js';

/** How the bundle was asked for, beyond the config: what the stale guard's rebuild command repeats. */
export interface BundleRequest {
  /** What the load stage gave (its set-aside paths). */
  readonly loaded: Pick<LoadResult, 'fragments' | 'setAside'>;
  /** Command-line options that override the config, as `build` was given them. */
  readonly overrides?: {
    readonly env?: string;
    readonly lazy?: LazyMode;
    readonly timings?: boolean;
    readonly staleGuard?: boolean;
  };
  /**
   * Stamps to record instead of the fragments' and sub-files' own, by path (`check`: the stamps an existing
   * bundle recorded, for fragments whose bytes it holds, so a touched file does not make it stale).
   */
  readonly stamps?: ReadonlyMap<string, FileStamp>;
}

/** The bundle text `build` writes for an analysis. */
export function bundleText(analysis: Analysis, config: ResolvedConfig, request: BundleRequest): string {
  return emitFor(analysis, config, request).text;
}

/**
 * The bundle `build` writes for an analysis, as bytes in pieces (EmittedBundle.bytes), for a
 * resident process: `cache` is what the last call kept; the pieces hold this bundle until the
 * next call with the same cache.
 */
export function bundleBytes(
  analysis: Analysis,
  config: ResolvedConfig,
  request: BundleRequest,
  cache: EmitCache,
): readonly Buffer[] {
  return emitFor(analysis, config, request, cache).bytes;
}

function emitFor(analysis: Analysis, config: ResolvedConfig, request: BundleRequest, cache?: EmitCache): EmittedBundle {
  const bundleDir = path.dirname(config.output);
  const bundled = new Set(analysis.fragments.map((f) => f.path));
  // The bundle itself, when it lives in the fragments folder, is set aside too: it may not exist
  // yet while the folder is read, and the guard must not take it for a fragment added later.
  const own = path.relative(config.fragmentsDir, config.output).split(path.sep).join('/');
  const selected = config.include.some((p) => matchGlob(p, own)) && !config.exclude.some((p) => matchGlob(p, own));
  const ownAside = !own.includes('/') && selected && !bundled.has(own) ? [own] : [];
  const setAside = [
    ...new Set([
      ...request.loaded.setAside,
      ...request.loaded.fragments.filter((f) => !bundled.has(f.path)).map((f) => f.path),
      ...ownAside,
    ]),
  ].sort();
  const stamps = request.stamps;
  const stamped = (f: Fragment): Fragment => {
    const stamp = stamps?.get(f.path);
    return stamp ? { ...f, stamp } : f;
  };
  const fragments = stamps ? analysis.fragments.map(stamped) : analysis.fragments;
  return emitBundle(
    {
      fragments,
      symbols: analysis.symbols,
      graph: analysis.graph,
      plan: analysis.plan,
      options: bundleOptions(config),
      fragmentsDirFromBundle: relativeDir(bundleDir, config.fragmentsDir),
      toolVersion: TOOL_VERSION,
      subFiles: analysis.subFiles.flatMap((file, i) => {
        const symbols = analysis.subFileSymbols[i];
        return symbols ? [{ file: stamped(file), symbols }] : [];
      }),
      loaders: config.loaders.map((l) => l.command),
      guard: {
        setAside,
        ...topLevelNamePattern(config.include, config.exclude, config.includeHidden),
        includeHidden: config.includeHidden,
        ...(config.configPath ? { configFromBundle: relativeFile(bundleDir, config.configPath) } : {}),
        flags: rebuildFlags(request.overrides ?? {}),
      },
    },
    cache,
  );
}

/** The rebuild command's options for the command-line overrides, each value a word PowerShell takes as is. */
function rebuildFlags(o: NonNullable<BundleRequest['overrides']>): string[] {
  const word = (v: string) => (/^[\w.-]+$/.test(v) ? v : `'${v.replace(/'/g, "''")}'`);
  const flags: string[] = [];
  if (o.env !== undefined) flags.push('--env', word(o.env));
  if (o.lazy !== undefined) flags.push('--lazy', o.lazy);
  if (o.timings !== undefined) flags.push(o.timings ? '--timings' : '--no-timings');
  if (o.staleGuard === true) flags.push('--stale-guard');
  return flags;
}

/** `to` relative to `from`, `/` separators, `.` for the same folder. */
export function relativeDir(from: string, to: string): string {
  const rel = path.relative(from, to);
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}

function relativeFile(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}
