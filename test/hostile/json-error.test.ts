/**
 * The config's JSON error locator agrees with JSON.parse on what is valid, for any JSON value and
 * any mutation of one; and it points at the offending character.
 */
import test from 'ava';
import fc from 'fast-check';
import { findJsonSyntaxError } from '../../src/config/json-error.js';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const jsonText = fc
  .tuple(fc.jsonValue(), fc.constantFrom(0, 2))
  .map(([value, indent]) => JSON.stringify(value, null, indent));

const mutated = fc
  .tuple(
    jsonText,
    fc.nat(),
    fc.constantFrom('', ',', '{', '}', '[', ']', '"', ':', '\\', '\n', 'x', '1', ' ', 'nul', '-', '.', 'e'),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([text, at, insert, remove]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + remove);
  });

test('valid JSON has no error; broken JSON has one exactly when JSON.parse throws', (t) => {
  fc.assert(
    fc.property(jsonText, (text) => findJsonSyntaxError(text) === undefined),
    { seed: 7200, numRuns: 500 },
  );
  fc.assert(
    fc.property(mutated, (text) => {
      const error = findJsonSyntaxError(text);
      return (error === undefined) === parses(text) && (error === undefined || error.offset <= text.length);
    }),
    { seed: 7201, numRuns: 3000 },
  );
  t.pass();
});

test('the offset points at the offending character', (t) => {
  t.like(findJsonSyntaxError('{\n "lazy": x\n}'), { offset: 11 });
  t.like(findJsonSyntaxError('{"a":1}{'), { offset: 7 });
  t.like(findJsonSyntaxError('{"a":1,}'), { offset: 7 });
  t.like(findJsonSyntaxError('[1, 2'), { offset: 5, message: 'expected "," or "]", found end of file' });
  // Deeper than the parser recurses: the error names the depth and where it is passed.
  t.like(findJsonSyntaxError(`${'['.repeat(100_000)}${']'.repeat(99_999)}`), {
    offset: 1000,
    message: 'nested more than 1000 levels deep',
  });
  t.like(findJsonSyntaxError('{\n  // a comment, as tsconfig.json allows\n  "a": 1,\n}'), {
    offset: 52,
    message: 'expected a double-quoted key, found "}"',
  });
});
