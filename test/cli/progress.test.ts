/** The progress line: silent for a second, then rewritten in place, erased at the end; never off a terminal. */
import test from 'ava';
import { progressLine, wantsProgress } from '../../src/cli/progress.js';

function fakeStream() {
  const writes: string[] = [];
  return { writes, stream: { write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WritableStream };
}

test('nothing is shown when parsing ends within a second', (t) => {
  const { writes, stream } = fakeStream();
  let now = 0;
  const p = progressLine(stream, () => now);
  p.start(10, 0);
  now = 900;
  p.parsed(10);
  p.end();
  t.deepEqual(writes, []);
});

test('after a second the line shows counts, is redrawn at most every 100 ms, and is erased', (t) => {
  const { writes, stream } = fakeStream();
  let now = 0;
  const p = progressLine(stream, () => now);
  p.start(400, 35);
  now = 1200;
  p.parsed(100);
  now = 1250;
  p.parsed(100); // too soon: not drawn
  now = 1400;
  p.parsed(200);
  p.end();
  t.deepEqual(writes, [
    '\r\x1b[Kfragbundle: parsing 100/400 fragments (35 cached)',
    '\r\x1b[Kfragbundle: parsing 400/400 fragments (35 cached)',
    '\r\x1b[K',
  ]);
});

test('only on a terminal, never in CI or with --quiet', (t) => {
  t.true(wantsProgress({ isTTY: true }, false, {}));
  t.false(wantsProgress({ isTTY: false }, false, {}));
  t.false(wantsProgress({}, false, {}));
  t.false(wantsProgress({ isTTY: true }, true, {}));
  t.false(wantsProgress({ isTTY: true }, false, { CI: 'true' }));
});
