/**
 * The names of whole-fragment deferral (`lazy: "fragments"`), whose PowerShell is in the runtime
 * template (src/bundle/runtime.ps1, sections defer-setup, defer-open and defer-close), and the
 * stub lists it reads.
 */
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

/** A deferred fragment's stub names as the runtime lists them: `f:Name` / `a:Name`, joined by spaces. */
export function stubList(stubs: readonly { readonly name: string; readonly kind: 'function' | 'alias' }[]): string {
  return stubs.map((s) => `${s.kind === 'alias' ? 'a' : 'f'}:${s.name}`).join(' ');
}
