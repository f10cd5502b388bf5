/**
 * `--format json`: the documented, versioned contract between fragbundle and other tools
 * (docs/json-format.md). Text offsets used internally for rewriting (`range`, `fullRange`) and
 * the statement list are left out: they are not part of the contract.
 */
import type { Analysis } from '../core/analysis.js';
import { countBySeverity } from '../pipeline/policy.js';
import type { Diagnostic, Directives, ReportOutput } from '../core/types.js';
import { TOOL_VERSION } from '../io/version.js';
import { at } from '../core/at.js';

/** Bumped on any incompatible change to the JSON shape. */
export const JSON_FORMAT_VERSION = 1;

/** The analysis as one JSON document. */
export function toJsonDocument(analysis: Analysis): unknown {
  const { graph, plan } = analysis;
  const planByFragment = new Map(plan.entries.map((e) => [e.fragment, e]));
  const diagnosticsByFile = new Map<string, Diagnostic[]>();
  for (const d of analysis.diagnostics) {
    if (d.file === undefined) continue;
    const list = diagnosticsByFile.get(d.file) ?? [];
    list.push(d);
    diagnosticsByFile.set(d.file, list);
  }
  const hazardCodes = new Set(graph.hazards.map((h) => h.code));
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'fragbundle', version: TOOL_VERSION },
    root: analysis.root,
    fragments: analysis.fragments.map((f, i) => {
      const s = at(analysis.symbols, i);
      const entry = planByFragment.get(f.id);
      return {
        id: f.id,
        path: f.path,
        hash: f.hash,
        encoding: f.encoding,
        baselineIndex: f.order,
        mode: entry?.mode ?? 'eager',
        modeReason: entry?.reason ?? '',
        stubs: entry?.stubs ?? [],
        ...(entry?.deferredStubs ? { deferredStubs: entry.deferredStubs } : {}),
        ...(entry?.keptEagerBy ? { keptEagerBy: entry.keptEagerBy } : {}),
        defines: s.defines,
        references: s.references,
        sideEffects: s.sideEffects,
        directives: publicDirectives(s.directives),
        hasSyntaxErrors: s.hasSyntaxErrors,
        subFiles: s.subFiles ?? [],
        diagnostics: [f.path, ...(s.subFiles ?? []).map((l) => l.path)].flatMap((p) => diagnosticsByFile.get(p) ?? []),
      };
    }),
    order: graph.order,
    levels: graph.levels,
    edges: graph.edges,
    runtimeUses: graph.runtimeUses,
    cycles: graph.cycles,
    hazards: analysis.diagnostics.filter((d) => hazardCodes.has(d.code)),
    diagnostics: analysis.diagnostics,
    summary: {
      fragments: analysis.fragments.length,
      edges: graph.edges.length,
      ...countBySeverity(analysis.diagnostics),
    },
  };
}

function publicDirectives(d: Directives) {
  return {
    dependencies: d.dependencies,
    requiresFragments: d.requiresFragments,
    ...(d.tier !== undefined ? { tier: d.tier } : {}),
    environments: d.environments,
    requires: d.requires.map(({ text, line, column }) => ({ text, line, column })),
    usings: d.usings.map(({ text, line, column }) => ({ text, line, column })),
    returns: d.returns,
    exits: d.exits.map(({ line, column }) => ({ line, column })),
    loopExits: d.loopExits.map(({ line, column, keyword, label }) => ({
      line,
      column,
      keyword,
      ...(label !== undefined ? { label } : {}),
    })),
    scriptPathUses: d.scriptPathUses.map(({ name, line, column, phase, inString, members }) => ({
      name,
      line,
      column,
      phase,
      inString,
      ...(members !== undefined ? { members } : {}),
    })),
    dotSources: d.dotSources.map(({ raw, targets, walk, dynamic, line, column, phase, conditional, guarded }) => ({
      raw,
      ...(targets?.length === 1 ? { resolved: targets[0] } : {}),
      ...(targets !== undefined ? { targets } : {}),
      ...(walk !== undefined ? { walk } : {}),
      ...(dynamic !== undefined ? { dynamic } : {}),
      line,
      column,
      phase,
      conditional,
      guarded,
    })),
    hasParamBlock: d.hasParamBlock,
    suppressions: d.suppressions,
  };
}

/** `analyze --format json`. Exit code 1 when any finding is at error severity. */
export function reportJson(analysis: Analysis): ReportOutput {
  return {
    output: `${JSON.stringify(toJsonDocument(analysis), null, 2)}\n`,
    exitCode: analysis.diagnostics.some((d) => d.severity === 'error') ? 1 : 0,
  };
}
