/**
 * Property: whatever bytes follow a byte-order mark (or none), decodeScript returns, with text
 * that is the lenient decoding and an invalid-sequence position inside that text. Each case runs
 * in a worker with a bound on its time: a decode that loops forever fails the case with its bytes
 * instead of hanging every command (issue 22: odd byte counts after a UTF-16 BOM never returned).
 * The bound is a hang detector, far above any real decode time, not a speed measurement.
 */
import test from 'ava';
import fc from 'fast-check';
import { TextDecoder } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { DecodeResult } from '../../src/load/decode.js';

const HANG_MS = 5000;

/** One worker reused for every case; replaced after a hang (a terminated worker is gone). */
class Decoder {
  private worker = this.start();

  private start(): Worker {
    return new Worker(new URL('./decode-worker.js', import.meta.url));
  }

  decode(bytes: Uint8Array): Promise<DecodeResult> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.worker.removeAllListeners('message');
        void this.worker.terminate();
        this.worker = this.start();
        reject(new Error(`decodeScript did not return within ${HANG_MS} ms`));
      }, HANG_MS);
      this.worker.once('message', (result: DecodeResult) => {
        clearTimeout(timer);
        resolve(result);
      });
      this.worker.postMessage(bytes);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

const BOMS: Record<string, { bom: number[]; label: string }> = {
  'UTF-8 BOM': { bom: [0xef, 0xbb, 0xbf], label: 'utf-8' },
  'UTF-16 LE BOM': { bom: [0xff, 0xfe], label: 'utf-16le' },
  'UTF-16 BE BOM': { bom: [0xfe, 0xff], label: 'utf-16be' },
  'no BOM': { bom: [], label: 'utf-8' },
};

/** Bytes that make invalid sequences likely: random bytes, and ASCII text with a few stray bytes. */
const body = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc
    .tuple(fc.string({ maxLength: 40 }), fc.uint8Array({ minLength: 1, maxLength: 3 }), fc.nat(40))
    .map(([s, stray, at]) => {
      const text = Buffer.from(s, 'utf16le');
      const cut = Math.min(at, text.length);
      return Uint8Array.from([...text.subarray(0, cut), ...stray, ...text.subarray(cut)]);
    }),
);

function lineCount(text: string): number {
  return text.split('\n').length;
}

for (const [name, { bom, label }] of Object.entries(BOMS)) {
  test(`random bytes behind ${name}: decodeScript returns, and its invalid position is in the text`, async (t) => {
    const decoder = new Decoder();
    const lenient = new TextDecoder(label, { ignoreBOM: true });
    let invalid = 0;
    try {
      await fc.assert(
        fc.asyncProperty(body, async (tail) => {
          const bytes = Uint8Array.from([...bom, ...tail]);
          const result = await decoder.decode(bytes);
          if (!result.ok) {
            if (!/NUL/.test(result.reason)) throw new Error(`unexpected failure: ${result.reason}`);
            return;
          }
          if (result.text !== lenient.decode(tail)) throw new Error('text differs from the lenient decoding');
          if (result.invalidAt) {
            invalid++;
            if (result.invalidAt.line < 1 || result.invalidAt.line > lineCount(result.text))
              throw new Error(`invalid line ${result.invalidAt.line}`);
          }
        }),
        { seed: 2201, numRuns: 400 },
      );
    } finally {
      await decoder.close();
    }
    t.log(`${invalid} of 400 cases had invalid sequences`);
    t.true(invalid > 0, 'the generator produces invalid sequences');
  });
}

test('a UTF-16 LE file with one stray trailing byte decodes as pwsh reads it: U+FFFD at the end', async (t) => {
  const decoder = new Decoder();
  try {
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from('function F {}\r\n', 'utf16le'), 0x0a]);
    const result = await decoder.decode(bytes);
    t.true(result.ok);
    if (result.ok) {
      t.is(result.text, 'function F {}\r\n\ufffd');
      t.deepEqual(result.invalidAt, { line: 2, column: 1 });
    }
  } finally {
    await decoder.close();
  }
});
