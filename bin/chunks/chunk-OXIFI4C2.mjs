import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// dist/src/core/at.js
function at(array, index) {
  if (!(index >= 0 && index < array.length))
    throw new RangeError(`index ${index} outside 0..${array.length - 1}`);
  return array[index];
}
function last(array) {
  return at(array, array.length - 1);
}

// dist/src/io/package-root.js
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root !== void 0)
    return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "fragbundle") {
      root = dir;
      return dir;
    }
    const up = path.dirname(dir);
    if (up === dir)
      throw new Error(`fragbundle: cannot find its own package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}
function parseCodeDir() {
  return path.join(packageRoot(), "dist", "src", "parse");
}
function bundleDir() {
  if (false)
    return void 0;
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.basename(here) === "chunks" ? path.dirname(here) : here;
}
function parseWorkerFile() {
  const dir = bundleDir();
  return dir === void 0 ? path.join(parseCodeDir(), "workers", "worker.js") : path.join(dir, "parse-worker.mjs");
}
function parseStageFiles() {
  const seen = /* @__PURE__ */ new Set();
  const queue = readdirSync(parseCodeDir(), { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith(".js")).map((n) => path.join(parseCodeDir(), n));
  for (let file = queue.pop(); file !== void 0; file = queue.pop()) {
    if (seen.has(file))
      continue;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(RELATIVE_IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec !== void 0)
        queue.push(path.resolve(path.dirname(file), spec));
    }
  }
  return [...seen].sort();
}
var RELATIVE_IMPORT = /^\s*(?:import|export)\b[^;]*?\bfrom\s*'(\.{1,2}\/[^']+\.js)'|\bimport\(\s*'(\.{1,2}\/[^']+\.js)'\s*\)/gm;

export {
  __commonJS,
  __toESM,
  packageRoot,
  bundleDir,
  parseWorkerFile,
  parseStageFiles,
  at,
  last
};
