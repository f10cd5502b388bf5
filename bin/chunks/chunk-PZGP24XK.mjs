import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-262CMB7W.mjs";
import {
  at
} from "./chunk-OXIFI4C2.mjs";

// dist/src/cache/symbol-cache.js
import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
var FORMAT = 3;
var sha256 = (...parts) => {
  const h = createHash("sha256");
  for (const p of parts)
    h.update(p).update("\0");
  return h.digest("hex");
};
function parseCodeHash(grammarFile, codeFiles) {
  return sha256(readFileSync(grammarFile), ...[...codeFiles].sort().map((file) => readFileSync(file)));
}
function runningParseCode(files) {
  if (true)
    return "ca8136e1f4c40af2c1b722ccc043d6c69346c86ea0c9e1115f305660a4d44475";
  const { grammarFile, codeFiles } = files();
  return parseCodeHash(grammarFile, codeFiles);
}
function cacheSalt(options) {
  return sha256(`format ${FORMAT}`, options.toolVersion, options.parseCode, JSON.stringify(options.definers));
}
function holdsSymbolCaches(cacheDir) {
  try {
    return readdirSync(cacheDir).some((name) => name.startsWith("symbols-") && name.endsWith(".json"));
  } catch {
    return false;
  }
}
function openSymbolCache(cacheDir, fragmentsDir, salt) {
  const file = path.join(cacheDir, `symbols-${sha256(path.resolve(fragmentsDir)).slice(0, 16)}.json`);
  const { entries: old, lines: oldLines, appendable } = readCacheFile(file, salt);
  const used = /* @__PURE__ */ new Map();
  const keyOf = (f) => sha256(salt, f.id, f.path, f.hash);
  const line = (key, entry) => `${key} ${entry.json ?? JSON.stringify(entry.symbols)}`;
  return {
    file,
    lookup(fragment) {
      const key = keyOf(fragment);
      const json = old.get(key);
      if (json === void 0)
        return void 0;
      let hit;
      try {
        hit = JSON.parse(json);
      } catch {
        return void 0;
      }
      if (hit?.fragment !== fragment.id || hit.path !== fragment.path)
        return void 0;
      used.set(key, { symbols: hit, json });
      return hit;
    },
    store(fragment, symbols) {
      used.set(keyOf(fragment), { symbols });
    },
    save() {
      const added = [...used].filter(([, entry]) => entry.json === void 0);
      const unused = oldLines + added.length - used.size;
      try {
        if (appendable && unused <= used.size) {
          if (added.length > 0)
            appendFileSync(file, `${added.map(([key, entry]) => line(key, entry)).join("\n")}
`);
          return;
        }
        const header = { format: FORMAT, salt };
        const sorted = [...used].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
        const text = [JSON.stringify(header), ...sorted.map(([key, entry]) => line(key, entry))].join("\n");
        mkdirSync(cacheDir, { recursive: true });
        writeFileAtomic(file, `${text}
`, { durable: false });
      } catch {
      }
    }
  };
}
function readCacheFile(file, salt) {
  const entries = /* @__PURE__ */ new Map();
  try {
    const lines = readFileSync(file, "utf8").split("\n");
    const header = JSON.parse(at(lines, 0));
    if (header?.format !== FORMAT || header.salt !== salt)
      return { entries, lines: 0, appendable: false };
    const last = lines.length - 1;
    for (const line of lines.slice(1, last)) {
      const space = line.indexOf(" ");
      if (space > 0)
        entries.set(line.slice(0, space), line.slice(space + 1));
    }
    return { entries, lines: Math.max(0, last - 1), appendable: last > 0 && lines[last] === "" };
  } catch {
    return { entries, lines: 0, appendable: false };
  }
}

export {
  runningParseCode,
  cacheSalt,
  holdsSymbolCaches,
  openSymbolCache
};
