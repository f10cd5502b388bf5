import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);
import {
  parseWorkerFile
} from "./chunk-OXIFI4C2.mjs";

// dist/src/parse/workers/standby.js
import { Worker } from "node:worker_threads";
function forcedThreads(env = process.env) {
  const forced = env.FRAGBUNDLE_WORKERS;
  return forced !== void 0 && /^\d+$/.test(forced) ? Number(forced) : void 0;
}
var standby;
function startStandbyWorker() {
  if (standby)
    return standby.worker;
  const worker = new Worker(parseWorkerFile());
  const entry = {
    worker,
    dead: false,
    markDead: () => {
      entry.dead = true;
    }
  };
  worker.on("error", entry.markDead);
  worker.on("exit", entry.markDead);
  worker.unref();
  standby = entry;
  return worker;
}
function takeStandbyWorker() {
  const entry = standby;
  standby = void 0;
  if (!entry || entry.dead)
    return void 0;
  entry.worker.off("error", entry.markDead);
  entry.worker.off("exit", entry.markDead);
  entry.worker.ref();
  return entry.worker;
}
function dropStandbyWorker() {
  const entry = standby;
  standby = void 0;
  if (entry)
    void entry.worker.terminate();
}

export {
  forcedThreads,
  startStandbyWorker,
  takeStandbyWorker,
  dropStandbyWorker
};
