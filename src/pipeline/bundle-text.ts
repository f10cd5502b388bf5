/** The bundle text for an analysis: what `build` writes and what `check` compares with. */
import path from 'node:path';
import type { Analysis } from '../core/analysis.js';
import type { ResolvedConfig } from '../config/load-config.js';
import { emitBundle } from '../bundle/emit-bundle.js';
import { TOOL_VERSION } from '../io/version.js';
import { bundleOptions } from './analyze.js';

/** The bundle text `build` writes for an analysis. */
export function bundleText(analysis: Analysis, config: ResolvedConfig): string {
  return emitBundle({
    fragments: analysis.fragments,
    symbols: analysis.symbols,
    graph: analysis.graph,
    plan: analysis.plan,
    options: bundleOptions(config),
    fragmentsDirFromBundle: relativeDir(path.dirname(config.output), config.fragmentsDir),
    toolVersion: TOOL_VERSION,
    subFiles: analysis.subFiles.flatMap((file, i) => {
      const symbols = analysis.subFileSymbols[i];
      return symbols ? [{ file, symbols }] : [];
    }),
    loaders: config.loaders.map((l) => l.command),
  }).text;
}

/** `to` relative to `from`, `/` separators, `.` for the same folder. */
export function relativeDir(from: string, to: string): string {
  const rel = path.relative(from, to);
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}
