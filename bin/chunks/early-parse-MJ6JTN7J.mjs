import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);
import {
  holdsSymbolCaches
} from "./chunk-PZGP24XK.mjs";
import {
  replayCacheDir
} from "./chunk-262CMB7W.mjs";
import {
  forcedThreads,
  startStandbyWorker
} from "./chunk-GPSSJTSR.mjs";
import "./chunk-OXIFI4C2.mjs";

// dist/src/pipeline/early-parse.js
import { availableParallelism } from "node:os";
var PARSING = /* @__PURE__ */ new Set(["build", "analyze", "check"]);
function startParseWorkerEarly(argv, cwd, env) {
  if (!PARSING.has(argv[0] ?? "") || argv.some((a) => a === "--help" || a === "-h" || a === "--version"))
    return;
  if ((forcedThreads(env) ?? availableParallelism()) < 2)
    return;
  const cacheDir = replayCacheDir(argv, cwd, env);
  const cold = cacheDir === void 0 ? argv.includes("--no-cache") : !holdsSymbolCaches(cacheDir);
  if (cold)
    startStandbyWorker();
}
export {
  startParseWorkerEarly
};
