/**
 * Runs decodeScript for test/load/decode-property.test.ts in a worker thread, so that a decode
 * that never returns can be stopped (terminate) and reported instead of hanging the test run.
 */
import { parentPort } from 'node:worker_threads';
import { decodeScript } from '../../src/load/decode.js';

parentPort?.on('message', (bytes: Uint8Array) => {
  parentPort?.postMessage(decodeScript(bytes));
});
