import { reportExplain } from '../../report/explain.js';
import { analyzeArgs, ok, type CommandResult, type ProfileArgs } from '../run.js';

/** `fragbundle explain NAME`. */
export async function runExplain(args: ProfileArgs & { readonly name: string }): Promise<CommandResult> {
  const { analysis } = await analyzeArgs(args);
  const r = reportExplain(analysis, args.name);
  return r.exitCode === 0 ? ok(r.output) : ok('', r.exitCode, r.output);
}
