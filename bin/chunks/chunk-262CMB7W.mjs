import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM,
  at,
  packageRoot
} from "./chunk-OXIFI4C2.mjs";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open2, close, replace = open2) => (input) => {
      let string = "" + input, index = string.indexOf(close, open2.length);
      return ~index ? open2 + replaceClose(string, close, replace, index) + close : open2 + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// dist/src/io/write-atomic.js
import { createHash, randomBytes } from "node:crypto";
import { accessSync, closeSync, constants, fsyncSync, lstatSync, openSync, readlinkSync, readdirSync, renameSync, statSync as statSync2, unlinkSync, writevSync } from "node:fs";
import path from "node:path";

// dist/src/io/regular-file.js
import { readFileSync, statSync } from "node:fs";
var NOT_REGULAR = "ENOTREG";
var NOT_REGULAR_REASON = "it is not a regular file (a device, pipe or socket)";
function readRegularFile(file) {
  const stats = statSync(file);
  if (!stats.isFile() && !stats.isDirectory()) {
    throw Object.assign(new Error(`${file}: ${NOT_REGULAR_REASON}`), { code: NOT_REGULAR });
  }
  return readFileSync(file);
}
function describeReadError(error) {
  switch (error.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder";
    case "ENOENT":
      return "it does not exist";
    case NOT_REGULAR:
      return NOT_REGULAR_REASON;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

// dist/src/io/write-atomic.js
function writeFileAtomic(linkOrFile, text, options = {}) {
  const target = throughLinks(linkOrFile);
  const pieces = typeof text === "string" ? [Buffer.from(text, "utf8")] : text instanceof Uint8Array ? [text] : text;
  const total = pieces.reduce((n, p) => n + p.length, 0);
  const existing = existingFile(target, total);
  if (existing?.bytes && sameBytes(existing.bytes, pieces))
    return "unchanged";
  const dir = path.dirname(target);
  const stem = tempStem(path.basename(target));
  removeStaleTemps(dir, stem);
  const temp = path.join(dir, `.${stem}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const mode = existing ? existing.mode & 511 : 420;
  const cleanup = () => {
    try {
      unlinkSync(temp);
    } catch {
    }
  };
  const onSignal = (signal) => {
    cleanup();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const fd = openSync(temp, "wx", mode);
    try {
      writeAll(fd, pieces, total);
      if (options.durable !== false)
        fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    options.beforeRename?.(temp);
    renameSync(temp, target);
    return "written";
  } catch (error) {
    cleanup();
    throw error;
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}
function throughLinks(p) {
  for (let hops = 0; hops < 40; hops++) {
    let link;
    try {
      if (!lstatSync(p).isSymbolicLink())
        return p;
      link = readlinkSync(p);
    } catch {
      return p;
    }
    p = path.resolve(path.dirname(p), link);
  }
  throw Object.assign(new Error(`too many symbolic links: ${p}`), { code: "ELOOP" });
}
var NAME_MAX = 255;
var STEM_MAX = NAME_MAX - 26;
function tempStem(base) {
  if (Buffer.byteLength(base) <= STEM_MAX)
    return base;
  let cut = "";
  for (const ch of base) {
    if (Buffer.byteLength(cut + ch) > 200)
      break;
    cut += ch;
  }
  return `${cut}~${createHash("sha256").update(base).digest("hex").slice(0, 12)}`;
}
function removeStaleTemps(dir, stem) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${stem}.`;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp"))
      continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (!m || isRunning(Number(m[1])))
      continue;
    try {
      unlinkSync(path.join(dir, name));
    } catch {
    }
  }
}
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function existingFile(file, size) {
  let stats;
  try {
    stats = statSync2(file);
  } catch (error) {
    if (error.code === "ENOENT")
      return void 0;
    throw error;
  }
  if (stats.isFile() && stats.size !== size) {
    accessSync(file, constants.R_OK);
    return { mode: stats.mode };
  }
  return { mode: stats.mode, bytes: readRegularFile(file) };
}
function sameBytes(bytes, pieces) {
  let at2 = 0;
  for (const p of pieces) {
    if (at2 + p.length > bytes.length || bytes.compare(p, 0, p.length, at2, at2 + p.length) !== 0)
      return false;
    at2 += p.length;
  }
  return at2 === bytes.length;
}
function writeAll(fd, pieces, total) {
  let rest = pieces;
  let left = total;
  while (left > 0) {
    let written = writevSync(fd, rest);
    left -= written;
    if (left === 0)
      break;
    const next = [];
    for (const p of rest) {
      if (written >= p.length)
        written -= p.length;
      else {
        next.push(written === 0 ? p : p.subarray(written));
        written = 0;
      }
    }
    rest = next;
  }
}
function describeWriteError(error) {
  const e = error;
  switch (e.code) {
    case "ENOENT":
      return "its folder does not exist";
    case "ENOTDIR":
      return "a part of its path is a file, not a folder";
    case "EISDIR":
      return "it is a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
    case "EDQUOT":
      return "no space left on the device";
    case "ELOOP":
      return "its symbolic links form a loop";
    case "ENAMETOOLONG":
      return "its name or path is too long for the file system";
    case NOT_REGULAR:
      return NOT_REGULAR_REASON;
    default:
      return e.code ?? (error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error));
  }
}

// dist/src/report/colour.js
var import_picocolors = __toESM(require_picocolors(), 1);
var pc = import_picocolors.default.createColors(true);
function colourFlag(argv) {
  let flag;
  for (const [i, arg] of argv.entries()) {
    if (arg === "--")
      break;
    if (arg === "--color")
      flag = argv[i + 1] !== "false";
    else if (arg === "--color=true")
      flag = true;
    else if (arg === "--no-color" || arg === "--color=false")
      flag = false;
  }
  return flag;
}
function wantsColour({ argv, env, stream }) {
  const flag = colourFlag(argv);
  if (flag !== void 0)
    return flag;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "")
    return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0)
    return force !== "0" && force !== "false";
  if (stream.isTTY !== true)
    return false;
  return stream.hasColors ? stream.hasColors() : true;
}
function printsText(argv) {
  const command = argv.find((a) => !a.startsWith("-"));
  if (command === "graph")
    return false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--")
      break;
    if (arg === "--format")
      return argv[i + 1] === "text";
    if (arg.startsWith("--format="))
      return arg === "--format=text";
  }
  return true;
}
var SEVERITY = {
  error: (s) => pc.bold(pc.red(s)),
  warning: (s) => pc.bold(pc.yellow(s)),
  info: (s) => pc.bold(pc.blue(s))
};
var FINDING = /^( *)(?:(.+?:\d+:\d+)(: ))?(error|warning|info) ([A-Z][A-Z0-9_]*:)/;
var RELATED = /^( {4})(\S.*?:\d+:\d+)(: )/;
var VERDICT = /^(fragbundle check )(ok|FAILED)(:)/;
function colourText(text) {
  if (text === "")
    return text;
  return text.split("\n").map((line) => {
    const f = FINDING.exec(line);
    if (f) {
      const [whole, indent, where, colon, severity, code] = f;
      const loc = where === void 0 ? "" : `${pc.cyan(where)}${colon}`;
      return `${indent}${loc}${SEVERITY[severity](severity)} ${pc.dim(code)}${line.slice(whole.length)}`;
    }
    const r = RELATED.exec(line);
    if (r)
      return `${r[1]}${pc.cyan(r[2])}${r[3]}${line.slice(r[0].length)}`;
    const v = VERDICT.exec(line);
    if (v)
      return `${v[1]}${v[2] === "ok" ? pc.green(v[2]) : pc.bold(pc.red(v[2]))}${v[3]}${line.slice(v[0].length)}`;
    return line;
  }).join("\n");
}
function colourOutput(out, argv, env, streams) {
  return {
    stdout: printsText(argv) && wantsColour({ argv, env, stream: streams.stdout }) ? colourText(out.stdout) : out.stdout,
    stderr: wantsColour({ argv, env, stream: streams.stderr }) ? colourText(out.stderr) : out.stderr
  };
}

// dist/src/pipeline/replay.js
import { createHash as createHash4 } from "node:crypto";
import { appendFileSync, mkdirSync as mkdirSync2, readFileSync as readFileSync5 } from "node:fs";
import path4 from "node:path";

// dist/src/cache/cache-dir.js
import { homedir } from "node:os";
import path2 from "node:path";
function defaultCacheDir(env = process.env, platform = process.platform, home = homedir()) {
  if (env.FRAGBUNDLE_CACHE_DIR)
    return env.FRAGBUNDLE_CACHE_DIR;
  if (platform === "win32")
    return path2.join(env.LOCALAPPDATA ?? path2.join(home, "AppData", "Local"), "fragbundle", "cache");
  return path2.join(env.XDG_CACHE_HOME ?? path2.join(home, ".cache"), "fragbundle");
}

// dist/src/cache/result-memo.js
import { createHash as createHash3 } from "node:crypto";
import { mkdirSync, readdirSync as readdirSync4, readFileSync as readFileSync4 } from "node:fs";
import path3 from "node:path";

// dist/src/io/input-journal.js
import { createHash as createHash2 } from "node:crypto";
import * as fs from "node:fs";
var RACY_MS = 3e3;
var open;
function journaled(fn) {
  const outer = open;
  const started = Date.now();
  const entries = outer ?? /* @__PURE__ */ new Map();
  open = entries;
  try {
    const value = fn();
    if (value instanceof Promise)
      throw new Error("journaled: the function must be synchronous");
    return { value, journal: { started, entries: [...entries.values()] } };
  } finally {
    open = outer;
  }
}
function record(entry) {
  open?.set(`${entry.kind}\0${entry.path}`, entry);
}
function recordFile(journal, file, hash) {
  const { value, mtimeMs } = fingerprintOf(file, "stat");
  const entry = {
    kind: "read",
    path: file,
    value,
    ...isRacy(mtimeMs, journal.started) ? { hash } : {}
  };
  return { started: journal.started, entries: [...journal.entries.filter((e) => e.path !== file), entry] };
}
function isRacy(mtimeMs, at2) {
  return mtimeMs !== void 0 && mtimeMs >= at2 - RACY_MS;
}
var sha256 = (bytes) => createHash2("sha256").update(bytes).digest("hex");
var failure = (error) => `!${error.code ?? "error"}`;
function fingerprintOf(p, how) {
  let s;
  try {
    s = how === "stat" ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true });
  } catch (error) {
    return { value: failure(error), error };
  }
  if (s.isFile()) {
    return {
      value: `f:${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`,
      mtimeMs: Number(s.mtimeNs / 1000000n),
      stats: s,
      stamp: { size: Number(s.size), modified: s.mtimeNs.toString() }
    };
  }
  if (s.isDirectory())
    return { value: `d:${s.dev}:${s.ino}`, stats: s };
  if (s.isSymbolicLink())
    return { value: `l:${s.dev}:${s.ino}:${s.ctimeNs}`, stats: s };
  return { value: `o:${s.mode}`, stats: s };
}
function listingOf(p) {
  try {
    const names = fs.readdirSync(p);
    return { value: sha256(Buffer.from(names.join("\0"))), names };
  } catch (error) {
    return { value: failure(error), error };
  }
}
function realOf(p) {
  try {
    const real = fs.realpathSync(p);
    return { value: `=${real}`, real };
  } catch (error) {
    return { value: failure(error), error };
  }
}
function existsSync2(p) {
  if (!open)
    return fs.existsSync(p);
  const seen = fingerprintOf(p, "stat");
  record({ kind: "stat", path: p, value: seen.value });
  return seen.stats !== void 0;
}
function statSync4(p) {
  return statRecorded(p, "stat");
}
function lstatSync3(p) {
  return statRecorded(p, "lstat");
}
function statRecorded(p, how) {
  if (!open)
    return how === "stat" ? fs.statSync(p) : fs.lstatSync(p);
  const seen = fingerprintOf(p, how);
  record({ kind: how, path: p, value: seen.value });
  if (seen.stats === void 0)
    throw seen.error;
  return seen.stats;
}
function realpathSync2(p) {
  if (!open)
    return fs.realpathSync(p);
  const seen = realOf(p);
  record({ kind: "real", path: p, value: seen.value });
  if (seen.real === void 0)
    throw seen.error;
  return seen.real;
}
function readdirSync3(p) {
  if (!open)
    return fs.readdirSync(p);
  const seen = listingOf(p);
  record({ kind: "list", path: p, value: seen.value });
  if (seen.names === void 0)
    throw seen.error;
  return seen.names;
}
function readFileSync3(p, encoding) {
  const bytes = open ? readFileStamped(p).bytes : readRegularFile(p);
  return encoding ? bytes.toString(encoding) : bytes;
}
function readFileStamped(p) {
  if (!open) {
    const { stamp: stamp2 } = fingerprintOf(p, "stat");
    return { bytes: readRegularFile(p), ...stamp2 ? { stamp: stamp2 } : {} };
  }
  const started = Date.now();
  const { value, mtimeMs, stats, stamp } = fingerprintOf(p, "stat");
  let bytes;
  try {
    bytes = stats?.isFile() ? fs.readFileSync(p) : readRegularFile(p);
  } catch (error) {
    record({ kind: "read", path: p, value: failure(error) });
    throw error;
  }
  record({ kind: "read", path: p, value, ...isRacy(mtimeMs, started) ? { hash: sha256(bytes) } : {} });
  return { bytes, ...stamp ? { stamp } : {} };
}
function entryHolds(entry, now) {
  switch (entry.kind) {
    case "stat":
    case "lstat":
      return fingerprintOf(entry.path, entry.kind).value === entry.value ? "same" : "changed";
    case "real":
      return realOf(entry.path).value === entry.value ? "same" : "changed";
    case "list":
      return listingOf(entry.path).value === entry.value ? "same" : "changed";
    case "read": {
      const { value, mtimeMs } = fingerprintOf(entry.path, "stat");
      if (value !== entry.value)
        return "changed";
      if (entry.hash === void 0)
        return "same";
      let bytes;
      try {
        bytes = fs.readFileSync(entry.path);
      } catch {
        return "changed";
      }
      if (sha256(bytes) !== entry.hash)
        return "changed";
      return isRacy(mtimeMs, now) ? "same" : "aged";
    }
  }
}

// dist/src/cache/result-memo.js
var identity;
function codeIdentity() {
  if (true)
    return "f72028e7a178c8aecb41f288d92e41f7d8ee54a12d9480af4489e02295d790b8";
  identity ??= hashCode(packageRoot());
  return identity;
}
function codeFiles(root) {
  const dir = path3.join(root, "dist", "src");
  const modules = readdirSync4(dir, { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith(".js")).map((n) => `dist/src/${n.split(path3.sep).join("/")}`).sort();
  return ["package.json", "grammars/tree-sitter-powershell.wasm", "scripts/bundle.mjs", ...modules];
}
function hashCode(root) {
  const h = createHash3("sha256");
  for (const rel of codeFiles(root)) {
    h.update(rel).update("\0");
    try {
      h.update(readFileSync4(path3.join(root, ...rel.split("/"))));
    } catch {
    }
    h.update("\0");
  }
  return h.digest("hex");
}
function fileState(file) {
  try {
    if (!statSync4(file).isFile())
      return { state: "not-a-file" };
    const bytes = readFileSync3(file);
    return { state: createHash3("sha256").update(bytes).digest("hex"), bytes };
  } catch {
    return { state: existsSync2(file) ? "unreadable" : "missing" };
  }
}
function memoKey(code, loaded, target, parts) {
  const h = createHash3("sha256");
  h.update(code).update("\0").update(target).update("\0");
  for (const part of parts) {
    const json = JSON.stringify(part);
    h.update(json ?? "undefined").update("\0");
  }
  h.update(JSON.stringify(loaded.diagnostics)).update("\0");
  for (const f of loaded.fragments)
    h.update(`${f.path}\0${f.id}\0${f.order}\0${f.encoding}\0${f.hash}\0${f.stamp?.size ?? ""}\0${f.stamp?.modified ?? ""}
`);
  h.update(JSON.stringify(loaded.setAside)).update("\0");
  return h.digest("hex");
}
function memoFile(cacheDir, fragmentsDir, command) {
  const id = createHash3("sha256").update(`${command}\0${path3.resolve(fragmentsDir)}`).digest("hex").slice(0, 16);
  return path3.join(cacheDir, `result-${command}-${id}.json`);
}
function readMemo(cacheDir, fragmentsDir, command, key) {
  try {
    const memo = JSON.parse(readFileSync4(memoFile(cacheDir, fragmentsDir, command), "utf8"));
    if (memo?.format !== 1 || memo.key !== key || typeof memo.result !== "object")
      return void 0;
    const r = memo.result;
    if (typeof r.stdout !== "string" || typeof r.stderr !== "string" || ![0, 1, 2].includes(r.exitCode))
      return void 0;
    const inputs = Array.isArray(memo.inputs) ? memo.inputs : [];
    if (!inputs.every((i) => typeof i.path === "string" && typeof i.hash === "string"))
      return void 0;
    const { value: unchanged, journal } = journaled(() => inputs.every((i) => createHash3("sha256").update(readFileSync3(i.path)).digest("hex") === i.hash));
    return unchanged ? { result: r, journal: journal.entries } : void 0;
  } catch {
    return void 0;
  }
}
function writeMemo(cacheDir, fragmentsDir, command, key, result, inputs = []) {
  const memo = { format: 1, key, result, ...inputs.length > 0 ? { inputs } : {} };
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileAtomic(memoFile(cacheDir, fragmentsDir, command), JSON.stringify(memo), { durable: false });
  } catch {
  }
}

// dist/src/pipeline/replay.js
var REPLAYED = /* @__PURE__ */ new Set(["build", "check"]);
function replayCacheDir(argv, cwd, env) {
  let dir;
  for (let i = 0; i < argv.length; i++) {
    const arg = at(argv, i);
    if (arg === "--")
      break;
    if (!/^-.*cache/i.test(arg))
      continue;
    if (arg === "--cache-dir" && i + 1 < argv.length && dir === void 0) {
      dir = argv[++i];
    } else if (arg.startsWith("--cache-dir=") && dir === void 0) {
      dir = arg.slice("--cache-dir=".length);
    } else {
      return void 0;
    }
  }
  return path4.resolve(cwd, dir ?? defaultCacheDir(env));
}
function replayFile(cacheDir, argv, cwd) {
  const id = createHash4("sha256").update(JSON.stringify([argv, cwd])).digest("hex").slice(0, 20);
  return path4.join(cacheDir, `replay-${id}.json`);
}
function saveReplay(argv, cwd, replayable) {
  if (!REPLAYED.has(argv[0] ?? ""))
    return;
  if (replayCacheDir(argv, cwd, process.env) !== replayable.cacheDir)
    return;
  const record2 = {
    format: 1,
    code: codeIdentity(),
    argv,
    cwd,
    journal: replayable.journal,
    result: replayable.result
  };
  try {
    mkdirSync2(replayable.cacheDir, { recursive: true });
    writeFileAtomic(replayFile(replayable.cacheDir, argv, cwd), JSON.stringify(record2), { durable: false });
  } catch {
  }
}
function replay(argv, cwd, env) {
  try {
    return replayed(argv, cwd, env);
  } catch {
    return void 0;
  }
}
function replayed(argv, cwd, env) {
  if (!REPLAYED.has(argv[0] ?? ""))
    return void 0;
  const cacheDir = replayCacheDir(argv, cwd, env);
  if (cacheDir === void 0)
    return void 0;
  const file = replayFile(cacheDir, argv, cwd);
  let record2;
  try {
    record2 = JSON.parse(readFileSync5(file, "utf8"));
  } catch {
    return void 0;
  }
  if (!isRecord(record2) || JSON.stringify(record2.argv) !== JSON.stringify(argv) || record2.cwd !== cwd)
    return void 0;
  if (record2.code !== codeIdentity())
    return void 0;
  const now = Date.now();
  const verdicts = [];
  for (const entry of record2.journal.entries) {
    const verdict = entryHolds(entry, now);
    if (verdict === "changed")
      return void 0;
    verdicts.push(verdict);
  }
  if (verdicts.includes("aged")) {
    const entries = record2.journal.entries.map((e, i) => verdicts[i] === "aged" ? { kind: e.kind, path: e.path, value: e.value } : e);
    try {
      writeFileAtomic(file, JSON.stringify({ ...record2, journal: { ...record2.journal, entries } }), {
        durable: false
      });
    } catch {
    }
  }
  return record2.result;
}
function printReplayed(result, env, argv) {
  if (result.stepSummary && env.GITHUB_STEP_SUMMARY) {
    try {
      appendFileSync(env.GITHUB_STEP_SUMMARY, result.stepSummary);
    } catch {
      return false;
    }
  }
  const out = colourOutput(result, argv, env, { stdout: process.stdout, stderr: process.stderr });
  if (out.stdout)
    process.stdout.write(out.stdout);
  if (out.stderr)
    process.stderr.write(out.stderr);
  process.exitCode = result.exitCode;
  return true;
}
function isRecord(r) {
  if (typeof r !== "object" || r === null)
    return false;
  const x = r;
  const result = x.result;
  return x.format === 1 && typeof x.code === "string" && Array.isArray(x.argv) && typeof x.cwd === "string" && typeof x.journal === "object" && x.journal !== null && // parsed JSON: the type does not rule null out
  Array.isArray(x.journal.entries) && x.journal.entries.every(isEntry) && typeof result === "object" && typeof result.stdout === "string" && typeof result.stderr === "string" && [0, 1, 2].includes(result.exitCode) && (result.stepSummary === void 0 || typeof result.stepSummary === "string");
}
function isEntry(e) {
  if (typeof e !== "object" || e === null)
    return false;
  const x = e;
  return typeof x.kind === "string" && ["stat", "lstat", "list", "real", "read"].includes(x.kind) && typeof x.path === "string" && typeof x.value === "string" && (x.hash === void 0 || typeof x.hash === "string");
}

export {
  defaultCacheDir,
  NOT_REGULAR_REASON,
  readRegularFile,
  describeReadError,
  journaled,
  recordFile,
  existsSync2 as existsSync,
  statSync4 as statSync,
  lstatSync3 as lstatSync,
  realpathSync2 as realpathSync,
  readdirSync3 as readdirSync,
  readFileSync3 as readFileSync,
  readFileStamped,
  writeFileAtomic,
  tempStem,
  describeWriteError,
  codeIdentity,
  fileState,
  memoKey,
  readMemo,
  writeMemo,
  colourOutput,
  replayCacheDir,
  saveReplay,
  replay,
  printReplayed
};
