import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);
import {
  createPowerShellParser,
  extractSymbols
} from "./chunks/chunk-QRCSGWGJ.mjs";
import "./chunks/chunk-4BYWBKKX.mjs";
import {
  at
} from "./chunks/chunk-OXIFI4C2.mjs";

// dist/src/parse/workers/worker.js
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (!port)
  throw new Error("fragbundle: parse worker started outside a worker thread");
var job = workerData ?? await new Promise((resolve) => port.once("message", resolve));
port.on("message", () => void 0);
var parser = await createPowerShellParser();
var next = new Int32Array(job.next);
for (let chunk = Atomics.add(next, 0, 1); chunk < job.chunks.length; chunk = Atomics.add(next, 0, 1)) {
  const result = {
    chunk,
    symbols: at(job.chunks, chunk).map((i) => extractSymbols(parser, at(job.fragments, i), job.options))
  };
  port.postMessage(result);
}
