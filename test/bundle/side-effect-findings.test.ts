/**
 * LOAD_SIDE_EFFECT completed with what the plan does with the fragment (withSideEffectOutcome):
 * found by the place of the fragment's first side effect, and the same completed object again for
 * the same finding and outcome (a resident build keeps identities), never for another outcome.
 */
import test from 'ava';
import { diagnostic } from '../../src/core/diagnostics.js';
import type { BundlePlan, PlanEntry } from '../../src/core/types.js';
import { withSideEffectOutcome } from '../../src/bundle/side-effect-findings.js';
import { fragment } from '../graph/make-symbols.js';

const symbols = [fragment('a'), fragment('b', { sideEffects: ['Import-Module'] }), fragment('c')];
const finding = diagnostic('LOAD_SIDE_EFFECT', 'runs module-import at load time (Import-Module)', {
  file: 'b.ps1',
  line: 1,
  column: 1,
});
const other = diagnostic('SHARED_VARIABLE', 'elsewhere', { file: 'a.ps1', line: 1, column: 1 });
const plan = (entry: Partial<PlanEntry>): BundlePlan => ({
  entries: [
    { fragment: 'a', path: 'a.ps1', reason: '', mode: 'eager', stubs: [] },
    { fragment: 'b', path: 'b.ps1', reason: '', mode: 'eager', stubs: [], ...entry } as PlanEntry,
  ],
  diagnostics: [],
});

test('the finding says what the plan does with its fragment; the same object for the same outcome only', (t) => {
  const eager = plan({});
  const [first, kept] = withSideEffectOutcome([finding, other], symbols, eager);
  t.is(first?.message, `${finding.message}; it runs at start-up, in its place`);
  t.is(kept, other, 'other findings stay as they are');
  t.is(withSideEffectOutcome([finding], symbols, eager)[0], first, 'the same finding and outcome: the same object');
  const why = { file: 'b.ps1', line: 1, column: 1, why: 'it imports a module' };
  const held = withSideEffectOutcome([finding], symbols, plan({ keptEagerBy: why }))[0];
  t.is(
    held?.message,
    `${finding.message}; it runs at start-up, in its place (not deferred: b.ps1:1: it imports a module)`,
  );
  const deferred = withSideEffectOutcome([finding], symbols, plan({ mode: 'deferred', deferredStubs: [] }))[0];
  t.regex(deferred?.message ?? '', /; deferred all the same/);
  t.is(withSideEffectOutcome([finding], symbols, eager)[0]?.message, first?.message, 'back to eager');
});
