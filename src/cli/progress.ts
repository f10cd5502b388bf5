/**
 * The progress line a long build shows on a terminal: nothing for the first second (most builds
 * are done by then), then `fragbundle: parsing 120/400 fragments (35 cached)` rewritten in place
 * at most every 100 ms, and erased when parsing ends. Never on a pipe, in CI or with --quiet.
 */
import type { ParseProgress } from '../pipeline/analyze.js';

/** A progress line, plus `end()` to erase it. */
export interface ProgressLine extends ParseProgress {
  end(): void;
}

const DELAY_MS = 1000;
const EVERY_MS = 100;

/** Whether a progress line belongs on `stream`. */
export function wantsProgress(stream: { readonly isTTY?: boolean }, quiet: boolean, env = process.env): boolean {
  return stream.isTTY === true && !quiet && !env.CI;
}

export function progressLine(stream: NodeJS.WritableStream, now: () => number = Date.now): ProgressLine {
  const began = now();
  let total = 0;
  let cached = 0;
  let done = 0;
  let shown = false;
  let last = 0;
  const render = () => {
    const t = now();
    if (t - began < DELAY_MS || t - last < EVERY_MS) return;
    last = t;
    shown = true;
    const from = cached > 0 ? ` (${cached} cached)` : '';
    stream.write(`\r\x1b[Kfragbundle: parsing ${done}/${total} fragments${from}`);
  };
  // The pool parses on worker threads, so the event loop is free to redraw between chunks.
  const timer = setInterval(render, EVERY_MS);
  timer.unref();
  return {
    start(toParse, fromCache) {
      total = toParse;
      cached = fromCache;
    },
    parsed(count) {
      done += count;
      render();
    },
    end() {
      clearInterval(timer);
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
