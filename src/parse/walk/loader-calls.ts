/**
 * Loader helpers in the parse stage: the files a call of a configured helper names (resolved
 * like a dot-source's path), and, for a function that dot-sources a path built from its own
 * parameters, the `loaders` entry that would let fragbundle follow its calls.
 */
import { argumentFor, bindArguments } from './command-args.js';
import {
  dotSourceRequest,
  evaluate,
  normalize,
  type DotSourceRequest,
  type PathEnv,
  type PathValue,
} from './dot-source-paths.js';
import type { LoaderSpec } from '../../core/types.js';
import { staticString } from './literals.js';
import type { SyntaxNode } from '../tree/syntax-tree.js';

/** What a call of loader helper `spec` loads: its files, or why they are not known. */
export function loaderCallRequest(
  spec: LoaderSpec,
  elements: readonly SyntaxNode[],
  env: PathEnv,
): { request: DotSourceRequest; pathNode: SyntaxNode | undefined } {
  const params = [spec.rootParameter, spec.pathParameter, spec.listParameter].filter(
    (p): p is string => p !== undefined,
  );
  const b = bindArguments(elements, env.text, params);
  const rootNode = spec.rootParameter ? argumentFor(b, spec.rootParameter) : undefined;
  const pathNode = spec.pathParameter
    ? argumentFor(b, spec.pathParameter)
    : spec.listParameter
      ? argumentFor(b, spec.listParameter)
      : undefined;
  const dynamic = (why: string) => ({ request: { kind: 'dynamic', why } as const, pathNode });
  if (!pathNode) return dynamic(`the call passes no -${spec.pathParameter ?? spec.listParameter ?? 'path'}`);
  let root: PathValue | undefined;
  if (spec.rootParameter) {
    const values = rootNode ? evaluate(rootNode, env) : undefined;
    const only = values?.length === 1 ? values.at(0) : undefined;
    if (only?.kind !== 'path') return dynamic(`its -${spec.rootParameter} is not a folder known statically`);
    root = only;
  }
  const pathLists = spec.pathParameter ? [pathNode] : hashEntries(pathNode, spec.pathKey ?? '', env.text);
  if (!pathLists) return dynamic(`its -${spec.listParameter} is not a literal list of hashtables with ${spec.pathKey}`);
  const targets: string[] = [];
  for (const node of pathLists) {
    const segments = evaluate(node, env);
    if (!segments || segments.length === 0) return dynamic('its path is built at run time');
    const joined = joinSegments(root, segments);
    if (joined === undefined) return dynamic('its path is not under a folder known statically');
    targets.push(joined);
  }
  return { request: dotSourceRequest(targets.map((rel) => ({ kind: 'path', rel }))), pathNode };
}

/** `root` joined with every segment in order (an array argument is segments, not alternatives). */
function joinSegments(root: PathValue | undefined, segments: readonly PathValue[]): string | undefined {
  let rel: string | undefined = root?.kind === 'path' ? root.rel : undefined;
  for (const s of segments) {
    if (s.kind === 'path' && rel === undefined) rel = s.rel;
    else if (s.kind === 'text' && rel !== undefined) rel = `${rel}/${s.text.replace(/^[\\/]+/, '')}`;
    else return undefined;
  }
  return rel === undefined ? undefined : normalize(rel);
}

/** The `key = value` values of a literal list of hashtables (`@( @{ ModulePath = ... }, ... )`). */
function hashEntries(node: SyntaxNode, key: string, text: string): SyntaxNode[] | undefined {
  const tables: SyntaxNode[] = [];
  const stack = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === 'hash_literal_expression') tables.push(n);
    else if (
      ['array_expression', 'statement_list', 'pipeline', 'pipeline_chain', 'array_literal_expression'].includes(n.type)
    ) {
      stack.push(...[...n.children].reverse());
    } else return undefined;
  }
  const out: SyntaxNode[] = [];
  for (const table of tables.sort((a, b) => a.start - b.start)) {
    const body = table.children.find((c) => c.type === 'hash_literal_body');
    const entry = body?.children.find((e) => {
      const k = e.children.at(0);
      return e.type === 'hash_entry' && k !== undefined && staticString(k, text)?.toLowerCase() === key.toLowerCase();
    });
    const value = entry?.children.at(1);
    if (!value) return undefined;
    out.push(value);
  }
  return out;
}

/**
 * The `loaders` entry for a function whose body dot-sources a path built from `sources`: its
 * parameters (`P`), items of a parameter (`P[]`), and keys of those items (`P[].Key`). Undefined
 * when the shape is not one a LoaderSpec describes.
 */
export function loaderCandidate(
  command: string,
  sources: ReadonlySet<string>,
  parameters: readonly string[],
): LoaderSpec | undefined {
  const written = (lower: string) => parameters.find((p) => p.toLowerCase() === lower) ?? lower;
  const lists = [...sources].map((s) => /^(\w+)\[\]\.(\w+)$/.exec(s)).filter((m) => m !== null);
  const plain = [...new Set([...sources].filter((s) => !s.includes('.')).map((s) => s.replace(/\[\]$/, '')))];
  const byDeclaration = (a: string, b: string) =>
    parameters.findIndex((p) => p.toLowerCase() === a) - parameters.findIndex((p) => p.toLowerCase() === b);
  plain.sort(byDeclaration);
  const rootFirst = [...plain].sort((a, b) => Number(!isRootName(a)) - Number(!isRootName(b)));
  const [first, second] = plain;
  const [, list, key] = lists.at(0) ?? [];
  if (lists.length === 1 && plain.length <= 1 && list !== undefined && key !== undefined) {
    return {
      command,
      ...(first ? { rootParameter: written(first) } : {}),
      listParameter: written(list),
      pathKey: key,
    };
  }
  if (lists.length > 0 || first === undefined) return undefined;
  if (second === undefined) return { command, pathParameter: written(first) };
  if (plain.length > 2) return undefined;
  const root = rootFirst.at(0) ?? first;
  return { command, rootParameter: written(root), pathParameter: written(root === first ? second : first) };
}

function isRootName(lower: string): boolean {
  return /root|dir|folder|base|home/.test(lower);
}
