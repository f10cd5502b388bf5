import { reportJson } from '../../report/json.js';
import { reportText } from '../../report/text.js';
import { analyzeArgs, ok, type CommandResult, type ProfileArgs } from '../run.js';

/** `fragbundle analyze`. */
export async function runAnalyze(args: ProfileArgs & { readonly format: 'text' | 'json' }): Promise<CommandResult> {
  const analyzed = (await analyzeArgs(args)).analysis;
  // --quiet: only errors among the findings (the report itself is what analyze is for).
  const analysis = args.quiet
    ? { ...analyzed, diagnostics: analyzed.diagnostics.filter((d) => d.severity === 'error') }
    : analyzed;
  const r = args.format === 'json' ? reportJson(analysis) : reportText(analysis);
  return ok(r.output, r.exitCode);
}
