/**
 * Property: for any text, however broken, the analyzer (parse -> graph -> plan -> emit) never
 * throws, and every diagnostic it returns points at a real fragment, line and column.
 * Deterministic: a fixed seed and a bounded number of runs (fast-check prints the seed and the
 * shrunk counterexample on failure).
 */
import test from 'ava';
import fc from 'fast-check';
import { fragmentText, mutatedFragmentText, profileArbitrary, toFragments } from './ps-arbitrary.js';
import { locationProblems, runPipeline } from './pipeline.js';

const RUNS = 1000;

/** How many diagnostics with a location were checked: the property is not vacuous. */
let checked = 0;

const property = (text: fc.Arbitrary<string>, lazy: 'auto' | 'off') =>
  fc.asyncProperty(profileArbitrary(text), async (generated) => {
    const fragments = toFragments(generated);
    const result = await runPipeline(fragments, { lazy, timings: lazy === 'off' });
    const problems = result.diagnostics.flatMap((d) => locationProblems(d, fragments));
    checked += result.diagnostics.filter((d) => d.line !== undefined).length;
    if (problems.length > 0) throw new Error(problems.join('\n'));
    if (!result.bundle.startsWith('#')) throw new Error('the bundle does not start with its header comment');
  });

test('composed PowerShell: the analyzer never throws and every diagnostic location is valid', async (t) => {
  await fc.assert(property(fragmentText, 'auto'), { seed: 7001, numRuns: RUNS });
  t.log(`${RUNS} generated profiles, ${checked} located diagnostics checked so far`);
  t.true(checked > RUNS / 10, 'the generator produces findings');
});

test('mutated PowerShell (truncated, inserted, deleted characters): never throws, valid locations', async (t) => {
  await fc.assert(property(mutatedFragmentText, 'auto'), { seed: 7002, numRuns: RUNS });
  await fc.assert(property(mutatedFragmentText, 'off'), { seed: 7003, numRuns: Math.floor(RUNS / 3) });
  t.log(`${RUNS + Math.floor(RUNS / 3)} mutated profiles, ${checked} located diagnostics checked so far`);
  t.true(checked > RUNS / 10, 'the generator produces findings');
});

test('the location check itself rejects a line past the end and a column past the line', (t) => {
  const fragments = toFragments([{ id: 'a', text: 'ab\ncd' }]);
  t.deepEqual(
    locationProblems(
      { code: 'PARSE_RECOVERED', severity: 'info', message: 'm', file: 'a.ps1', line: 2, column: 3 },
      fragments,
    ),
    [],
  );
  t.is(
    locationProblems(
      { code: 'PARSE_RECOVERED', severity: 'info', message: 'm', file: 'a.ps1', line: 3, column: 1 },
      fragments,
    ).length,
    1,
  );
  t.is(
    locationProblems(
      { code: 'PARSE_RECOVERED', severity: 'info', message: 'm', file: 'a.ps1', line: 1, column: 4 },
      fragments,
    ).length,
    1,
  );
  t.is(
    locationProblems({ code: 'PARSE_RECOVERED', severity: 'info', message: 'm', file: 'b.ps1', line: 1 }, fragments)
      .length,
    1,
  );
  t.is(
    locationProblems({ code: 'PARSE_RECOVERED', severity: 'info', message: 'm', file: 'a.ps1', line: 0 }, fragments)
      .length,
    1,
  );
});
