#!/usr/bin/env node
import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);
import {
  printReplayed,
  replay
} from "./chunks/chunk-262CMB7W.mjs";
import "./chunks/chunk-OXIFI4C2.mjs";

// dist/src/cli/entry.js
function flushed(stream) {
  return new Promise((resolve) => {
    stream.write("", () => {
      resolve();
    });
  });
}
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE")
      throw error;
  });
}
var argv = process.argv.slice(2);
var replayed = replay(argv, process.cwd(), process.env);
if (!replayed || !printReplayed(replayed, process.env, argv)) {
  const { startParseWorkerEarly } = await import("./chunks/early-parse-MJ6JTN7J.mjs");
  startParseWorkerEarly(argv, process.cwd(), process.env);
  const { main } = await import("./chunks/main-6JC6Z4RJ.mjs");
  await main(argv);
  await flushed(process.stdout);
  await flushed(process.stderr);
  process.exit();
}
