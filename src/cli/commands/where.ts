import path from 'node:path';
import { countLineBreaks } from '../../bundle/fragment-text.js';
import { readBundleHeader, whereLine } from '../../bundle/header.js';
import { resolveConfig } from '../../config/load-config.js';
import { describeReadError, readRegularFile } from '../../io/regular-file.js';
import { displayPath } from '../../pipeline/analyze.js';
import { ok, type CommandResult, type ProfileArgs } from '../run.js';

/** `fragbundle where LINE`: which fragment line a bundle line came from. */
export function runWhere(
  args: { readonly line: number | string; readonly bundle?: string; readonly cwd?: string } & ProfileArgs,
): CommandResult {
  const cwd = args.cwd ?? process.cwd();
  const line = typeof args.line === 'number' ? args.line : /^\s*\d+\s*$/.test(args.line) ? Number(args.line) : NaN;
  if (!Number.isInteger(line) || line < 1) {
    return ok(
      '',
      2,
      `fragbundle: where: LINE must be a line number of the bundle (1 or more), not ${JSON.stringify(String(args.line))}\n`,
    );
  }
  if (Array.isArray(args.bundle)) return ok('', 2, 'fragbundle: --bundle was given more than once; give it once\n');
  const bundle = args.bundle ? path.resolve(cwd, args.bundle) : resolveConfig({ ...args, cwd }).output;
  let text: string;
  try {
    text = readRegularFile(bundle).toString('utf8');
  } catch (error) {
    return ok('', 2, `fragbundle: cannot read bundle ${displayPath(cwd, bundle)}: ${describeReadError(error)}\n`);
  }
  const header = readBundleHeader(text);
  if (!header) return ok('', 2, `fragbundle: ${displayPath(cwd, bundle)} has no fragbundle header\n`);
  const lines = countLineBreaks(text) + (/[\r\n]$/.test(text) ? 0 : 1);
  if (line > lines) {
    return ok('', 2, `fragbundle: ${displayPath(cwd, bundle)} has ${lines} lines; there is no line ${line}\n`);
  }
  const hit = whereLine(header, line);
  if (!hit)
    return ok(
      '',
      1,
      `fragbundle: line ${line} of ${displayPath(cwd, bundle)} is fragbundle's own code, not a fragment's\n`,
    );
  return ok(`${hit.path}:${hit.line}\n`);
}
