import { reportJson } from '../../report/json.js';
import { reportText } from '../../report/text.js';
import { analyzeArgs, ok, type CommandResult, type ProfileArgs } from '../run.js';

/** `fragbundle analyze`. */
export async function runAnalyze(args: ProfileArgs & { readonly format: 'text' | 'json' }): Promise<CommandResult> {
  const { analysis } = await analyzeArgs(args);
  const r = args.format === 'json' ? reportJson(analysis) : reportText(analysis);
  return ok(r.output, r.exitCode);
}
