/** The benchmark's statistics (bench/stats.ts). */
import test from 'ava';
import { median, pairedRatio } from '../../bench/stats.js';

test('median: the middle value, or the mean of the two middle values', (t) => {
  t.is(median([3, 1, 2]), 2);
  t.is(median([4, 1, 3, 2]), 2.5);
  t.is(median([7]), 7);
});

test('pairedRatio: the median of the round-by-round ratios, not the ratio of the medians', (t) => {
  t.is(pairedRatio([100, 200, 300], [200, 400, 600]), 0.5);
  // Rounds at different machine speeds: ratios 100/125, 300/250 and 160/200 (0.8, 1.2, 0.8).
  const a = [100, 300, 160];
  const b = [125, 250, 200];
  t.is(pairedRatio(a, b), 0.8);
  t.is(median(a) / median(b), 0.8);
  // The medians can come from different rounds: ratios 0.5, 2 and 0.5, medians 200 and 300.
  t.is(pairedRatio([100, 400, 200], [200, 200, 400]), 0.5);
  t.is(median([100, 400, 200]) / median([200, 200, 400]), 200 / 200);
  t.throws(() => pairedRatio([1, 2], [1]), { message: /2 and 1 runs/ });
  t.throws(() => pairedRatio([], []));
});
