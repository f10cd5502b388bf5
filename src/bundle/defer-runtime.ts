/**
 * The names of whole-fragment deferral (`lazy: "fragments"`), whose PowerShell is in the runtime
 * template (src/bundle/runtime.ps1, sections defer-setup, defer-open and defer-close), and the
 * stub lists it reads.
 */
import { quotePs } from '../text/quote.js';
import { renderSection, type Switches } from './template.js';

/** The names deferral's runtime uses, all under the bundle's own id. */
export interface DeferNames {
  readonly run: string;
  readonly fail: string;
  /** Reads an alias or function through the provider: a command look-up of a missing name searches modules (tens of ms). */
  readonly item: string;
  /** Saves an alias that an alias stub replaces, from the fragment loop; removed once the bundle has loaded. */
  readonly save: string;
  readonly state: string;
  readonly body: string;
  /** Prefix of the functions alias stubs point to. */
  readonly aliasTarget: string;
}

export function deferNames(id: string): DeferNames {
  return {
    run: `__fragbundle_defer_${id}`,
    fail: `__fragbundle_dfail_${id}`,
    item: `__fragbundle_ditem_${id}`,
    save: `__fragbundle_dsave_${id}`,
    state: `__fragbundle_dstate_${id}`,
    body: `__fragbundle_dbody_${id}`,
    aliasTarget: `__fragbundle_da_${id}_`,
  };
}

/**
 * What the fragment loop installs for one deferred fragment, as a PowerShell array literal (the
 * runtime's Install entry, section defer-setup): its alias stubs' names, then per stub block (0:
 * the one that declares no parameters, else the number of its declarations in the runtime's list)
 * the provider paths of the functions that get it, so that one provider call sets them all. An
 * alias stub's function is `aliasTarget` + its name.
 */
export function installList(
  stubs: readonly { readonly name: string; readonly kind: 'function' | 'alias' }[],
  declarations: readonly number[],
  aliasTarget: string,
): string {
  const aliases: string[] = [];
  const blocks = new Map<number, string[]>();
  stubs.forEach((s, i) => {
    const block = declarations[i] ?? 0;
    let paths = blocks.get(block);
    if (!paths) blocks.set(block, (paths = []));
    if (s.kind === 'alias') aliases.push(quotePs(s.name));
    paths.push(quotePs(`Function:global:${s.kind === 'alias' ? aliasTarget : ''}${s.name}`));
  });
  const groups = [...blocks].map(([block, paths]) => `, ${block}, @(${paths.join(', ')})`).join('');
  return `@(@(${aliases.join(', ')})${groups})`;
}

/**
 * The text of a stub that declares its function's parameters (defaults removed,
 * src/text/static-params.ts): the declarations, then the template's forwarding blocks (sections
 * defer-stub-simple and defer-stub-advanced).
 */
export function declaredStubText(id: string, params: string, advanced: boolean, switches: Switches): string {
  const blocks = renderSection(advanced ? 'defer-stub-advanced' : 'defer-stub-simple', { id, switches, values: {} });
  return `${params} ${blocks.trim()}`;
}
