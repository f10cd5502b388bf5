/**
 * What each stub of a deferred fragment declares. A function whose parameter declarations are
 * static (src/text/static-params.ts: built-in types and attributes, constant arguments; defaults
 * cut out) gets a stub that declares them, so `Get-Command -Syntax` and tab completion see its
 * parameters before the first call; an alias stub gets the declarations of the function it names
 * when that is a function of the same fragment. Everything else gets the shared stub, which
 * declares none. Stubs with the same declarations share one compiled block.
 */
import type { DeferredStub, FragmentSymbols } from '../core/types.js';
import type { LineIndex } from '../text/line-index.js';
import { staticParams, type StaticParams } from '../text/static-params.js';

/** A deferred fragment as this module needs it. */
export interface DeferredSource {
  readonly text: string;
  readonly sym: FragmentSymbols;
  readonly lines: LineIndex;
  readonly stubs: readonly DeferredStub[];
  /** The sub-files it loads, by path: a function a sub-file defines is declared from that file's text. */
  readonly subFiles?: ReadonlyMap<string, { readonly text: string; readonly lines: LineIndex }>;
}

/** Per stub of a fragment (in its order), the number of the declarations it gets: 0 for none. */
export interface StubSignatures {
  readonly perFragment: readonly (readonly number[])[];
  /** The declarations numbered 1, 2, ... (index 0 here is number 1). */
  readonly declarations: readonly StaticParams[];
}

/**
 * Per stub of one fragment (in its order), the declarations it would copy, or undefined: a
 * function of the fragment alone (its text, symbols, stubs and the sub-files it loads), so a
 * caller may keep it while those are the same.
 */
export function stubDeclarations(f: DeferredSource): readonly (StaticParams | undefined)[] {
  const own = new Map<string, StaticParams | undefined>();
  for (const s of f.stubs) if (s.kind === 'function') own.set(s.name.toLowerCase(), functionParams(f, s.name));
  return f.stubs.map((s) => {
    if (s.kind === 'function') return own.get(s.name.toLowerCase());
    const targets = new Set(
      f.sym.defines
        .filter((d) => d.kind === 'alias' && d.phase === 'load' && d.name.toLowerCase() === s.name.toLowerCase())
        .map((d) => d.target?.toLowerCase()),
    );
    const [target] = targets;
    return targets.size === 1 && target !== undefined ? own.get(target) : undefined;
  });
}

/** Numbers for every fragment's stubs' declarations (stubDeclarations), the same declarations the same number. */
export function numberSignatures(perStub: readonly (readonly (StaticParams | undefined)[])[]): StubSignatures {
  const declarations: StaticParams[] = [];
  const numbers = new Map<string, number>();
  const number = (p: StaticParams | undefined): number => {
    if (!p || p.text === '') return 0;
    const key = `${p.advanced ? 'a' : 's'}${p.text}`;
    let n = numbers.get(key);
    if (n === undefined) {
      declarations.push(p);
      n = declarations.length;
      numbers.set(key, n);
    }
    return n;
  };
  return { perFragment: perStub.map((list) => list.map(number)), declarations };
}

/** The declarations every `function` statement of `name` in the fragment makes, when static and all alike. */
function functionParams(f: DeferredSource, name: string): StaticParams | undefined {
  const defs = f.sym.defines.filter(
    (d) =>
      (d.kind === 'function' || d.kind === 'alias') &&
      d.phase === 'load' &&
      d.name.toLowerCase() === name.toLowerCase(),
  );
  let found: StaticParams | undefined;
  for (const d of defs) {
    // Definer helpers, `Set-Item Function:`, aliases of the name: not a statement to copy.
    if (d.kind !== 'function' || d.via !== undefined) return undefined;
    const src = d.file === undefined || d.file === f.sym.path ? f : f.subFiles?.get(d.file);
    if (!src) return undefined;
    const p = staticParams(src.text, src.lines.lineStart(d.line) + d.column - 1);
    if (!p || (found && (found.text !== p.text || found.advanced !== p.advanced))) return undefined;
    found = p;
  }
  return found;
}
