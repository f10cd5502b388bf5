/**
 * FragmentSymbols for small, controlled test texts, without any parser: statements start at
 * column 1 of a line, `function|filter NAME [(...)] { ... }` is found by brace matching, an
 * optional `[CmdletBinding()] [Alias()] param(...)` right after the opening brace is the param block.
 * Only for texts written for the test (no braces in strings or comments).
 */
import type {
  Directives,
  Fragment,
  FragmentSymbols,
  FunctionShape,
  TopLevelStatement,
} from '../../../src/core/types.js';
import { at } from '../../../src/core/at.js';

const EMPTY: Directives = {
  dependencies: [],
  requiresFragments: [],
  environments: [],
  requires: [],
  usings: [],
  returns: [],
  exits: [],
  loopExits: [],
  scriptPathUses: [],
  dotSources: [],
  hasParamBlock: false,
  suppressions: [],
};

function matching(text: string, open: number, o: string, c: string): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === o) depth++;
    else if (text[i] === c && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced ${o}${c} at ${open}`);
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Statements and function shapes of `text`. */
export function naiveSymbols(
  fragment: Pick<Fragment, 'id' | 'path' | 'text'>,
  directives: Partial<Directives> = {},
): FragmentSymbols {
  const text = fragment.text;
  const statements: TopLevelStatement[] = [];
  const re = /^(?![\s#}])[^\n]*/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    const start = m.index;
    const fn = /^(function|filter)\s+(?:(global|script):)?([\w.-]+)\s*(\([^)]*\))?\s*\{/.exec(m[0]);
    const header: string | undefined = fn?.[4];
    if (fn) {
      const open = start + m[0].indexOf('{', fn[0].length - 1);
      const end = matching(text, open, '{', '}');
      const inner = text.slice(open + 1, end);
      const pb = /^\s*((?:\[(?:CmdletBinding|Alias)\([^)]*\)\]\s*)*param\s*\()/.exec(inner);
      const shape: FunctionShape = {
        name: at(fn, 3),
        ...(fn[2] ? { scope: fn[2] as 'global' | 'script' } : {}),
        isFilter: fn[1] === 'filter',
        range: { start, end },
        body: { start: open, end },
        ...(fn[4]
          ? { headerParams: { start: start + m[0].indexOf('('), end: start + m[0].indexOf('(') + fn[4].length } }
          : {}),
        ...(pb
          ? {
              paramBlock: {
                start: open + 1 + pb.index + at(pb, 0).length - at(pb, 1).length,
                end: matching(text, open + 1 + pb.index + pb[0].length - 1, '(', ')'),
              },
            }
          : {}),
        isAdvanced: /\[(CmdletBinding|Parameter)\b/.test(pb ? inner.slice(0, inner.indexOf(')') + 1) : (header ?? '')),
        namedBlocks: [],
      };
      statements.push({ kind: 'function', range: { start, end }, line: lineOf(text, start), function: shape });
      re.lastIndex = end;
      continue;
    }
    const kind = /^(Set-Alias|New-Alias)\b|^\$\w+ = ('[^']*'|\d+)$/.test(m[0]) ? 'definition' : 'other';
    statements.push({ kind, range: { start, end: start + m[0].length }, line: lineOf(text, start) });
  }
  const defines = statements
    .filter((s) => s.kind === 'function')
    .map((s) => ({
      kind: 'function' as const,
      name: s.function.name,
      line: s.line,
      column: 1,
      phase: 'load' as const,
      conditional: false,
    }));
  return {
    fragment: fragment.id,
    path: fragment.path,
    defines,
    references: [],
    sideEffects: [],
    directives: { ...EMPTY, ...directives },
    statements,
    hasSyntaxErrors: false,
    diagnostics: [],
  };
}

/** A Fragment from a name and text (hash from the text, not the bytes: enough for tests). */
export function fragmentOf(path: string, text: string, order = 0): Fragment {
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return {
    id: path.replace(/\.ps1$/, ''),
    path,
    absolutePath: `/x/${path}`,
    text,
    order,
    hash: h.toString(16).padStart(64, '0'),
    encoding: 'utf8',
  };
}
