/**
 * The names of whole-fragment deferral (`lazy: "fragments"`), whose PowerShell is in the runtime
 * template (src/bundle/runtime.ps1, sections defer-setup, defer-open and defer-close), and the
 * stub lists it reads.
 */
import { renderSection, type Switches } from './template.js';

/** The names deferral's runtime uses, all under the bundle's own id. */
export interface DeferNames {
  readonly run: string;
  readonly fail: string;
  /** Reads an alias or function through the provider: a command look-up of a missing name searches modules (tens of ms). */
  readonly item: string;
  /** Installs a deferred fragment's stubs, from the fragment loop. */
  readonly install: string;
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
    install: `__fragbundle_dinstall_${id}`,
    state: `__fragbundle_dstate_${id}`,
    body: `__fragbundle_dbody_${id}`,
    aliasTarget: `__fragbundle_da_${id}_`,
  };
}

/**
 * A deferred fragment's stub names as the runtime lists them, joined by spaces: `f0:Name` /
 * `a0:Name`, the number being the stub block it gets (0: the one that declares no parameters,
 * else the number of its declarations in the runtime's list, section defer-setup).
 */
export function stubList(
  stubs: readonly { readonly name: string; readonly kind: 'function' | 'alias' }[],
  declarations: readonly number[],
): string {
  return stubs.map((s, i) => `${s.kind === 'alias' ? 'a' : 'f'}${declarations[i] ?? 0}:${s.name}`).join(' ');
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
