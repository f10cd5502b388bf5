import { reportGraph, type GraphFormat } from '../../report/graph-formats.js';
import { analyzeArgs, ok, type CommandResult, type ProfileArgs } from '../run.js';

/** `fragbundle graph`. */
export async function runGraph(args: ProfileArgs & { readonly format: GraphFormat }): Promise<CommandResult> {
  const { analysis } = await analyzeArgs(args);
  const r = reportGraph(analysis, args.format);
  return ok(r.output, r.exitCode);
}
