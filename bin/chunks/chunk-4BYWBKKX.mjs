import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);
import {
  at,
  packageRoot
} from "./chunk-OXIFI4C2.mjs";

// dist/src/core/diagnostics.js
var TOKEN_RECOVERY = "recovered from its tokens";
var rules = {
  LOAD_UNREADABLE: {
    severity: "error",
    summary: "A fragment file could not be read.",
    help: "Check the file permissions, or exclude the file in fragbundle.config.json."
  },
  LOAD_BINARY: {
    severity: "error",
    summary: "A fragment file is not text (NUL bytes or invalid encoding).",
    help: "Save the file as UTF-8 (with or without BOM) or UTF-16 with a BOM, or exclude it."
  },
  LOAD_ENCODING: {
    severity: "warning",
    summary: "A fragment file has bytes that are invalid in its encoding; they read as U+FFFD, as in pwsh.",
    help: "Save the file as UTF-8 (pwsh 7 reads files without a byte-order mark as UTF-8)."
  },
  LOAD_HIDDEN: {
    severity: "info",
    summary: "A file matches the fragment patterns but is hidden (its name starts with a dot): it is not loaded.",
    help: 'A leading dot is the usual way to disable a fragment. To load hidden files, set "includeHidden": true in fragbundle.config.json.'
  },
  LOAD_EMPTY: {
    severity: "info",
    summary: "A fragment file is empty.",
    help: "Nothing to do; empty fragments are kept so the order stays as written."
  },
  NO_FRAGMENTS: {
    severity: "error",
    summary: "The folder is missing or holds no fragments.",
    help: 'Pass the folder that holds your *.ps1 fragments, or set "fragments" in fragbundle.config.json.'
  },
  UNKNOWN_FRAGMENT: {
    severity: "warning",
    summary: "A fragment list in the configuration (disabled, the baseline order, an environment) names no fragment.",
    help: "Fix the name (a fragment is named by its file name without .ps1, with its sub-folder if any, in any case) or remove it."
  },
  UNKNOWN_CODE: {
    severity: "warning",
    summary: "A # fragbundle-ignore comment names something that is no diagnostic code; it silences nothing.",
    help: 'Fix the code (the diagnostics documentation of fragbundle lists them, in any case), or put a reason after " -- ".'
  },
  CONFIG_INVALID: {
    severity: "error",
    summary: "A configuration file is malformed or has a wrong key or type.",
    help: "Fix the key named in the message; the configuration documentation of fragbundle lists every key."
  },
  PARSE_RECOVERED: {
    severity: "info",
    summary: "The grammar could not parse a region; its symbols were recovered from the tokens.",
    help: "Usually valid PowerShell the tree-sitter grammar does not know. Check that pwsh parses the file."
  },
  PARSE_FAILED: {
    severity: "warning",
    summary: "A fragment could not be analysed (too large, or an internal error); it is bundled unchanged and eager, without load-order constraints.",
    help: "Split a very large fragment into smaller ones. For an internal error, run again with --debug and report it."
  },
  DYNAMIC_NAME: {
    severity: "warning",
    summary: "A name is built at run time and cannot be resolved statically.",
    help: 'Write the name literally, or declare the dependency with a "# Dependencies:" header.'
  },
  DYNAMIC_DOT_SOURCE: {
    severity: "info",
    summary: "A dot-source names a file only known at run time; it stays a run-time dot-source and what the file defines is unknown.",
    help: 'Build the path from $PSScriptRoot and literals (Join-Path, a variable assigned in the same file, a foreach over a literal list), or declare the loader helper in "loaders".'
  },
  DOT_SOURCE_MISSING: {
    severity: "warning",
    summary: "A dot-sourced file does not exist (or cannot be read); loading the profile fails there.",
    help: "Fix the path, or guard the dot-source with if (Test-Path <path>) when the file is optional."
  },
  DOT_SOURCE_CYCLE: {
    severity: "warning",
    summary: "Dot-sourced files load each other in a cycle; pwsh would recurse until it fails.",
    help: "Remove one of the dot-sources on the cycle."
  },
  SUB_FILE_SHARED: {
    severity: "info",
    summary: "A file is dot-sourced by more than one fragment; its definitions belong to the first, and it runs again for each.",
    help: "Dot-source it from one fragment (the one the others depend on), unless running it twice is intended."
  },
  LOADER_HELPER: {
    severity: "info",
    summary: 'A function dot-sources a path built from its parameters (a loader helper); without a "loaders" entry, the files its calls name are not followed.',
    help: 'Add the entry the message gives to "loaders" in fragbundle.config.json, or run fragbundle init.'
  },
  NAME_BUILT_HELPER: {
    severity: "info",
    summary: "A function sets or reads a variable named from its own parameters (Set-FragmentLoaded sets $global:{FragmentName}Loaded): each call with literal arguments is resolved to that variable.",
    help: "Nothing to do. Call it with literal arguments; a call with any other argument is a DYNAMIC_NAME at the call."
  },
  FOLDER_WALK_ORDER: {
    severity: "info",
    summary: "A folder walk dot-sources its files without sorting them: the order is whatever the file system lists.",
    help: "Pipe Get-ChildItem through Sort-Object Name so the order is the same everywhere; the bundle uses name order."
  },
  CYCLE: {
    severity: "error",
    summary: "Fragments depend on each other in a cycle; no load order can satisfy them.",
    help: "Move the shared definition into a fragment both can depend on, or defer one use into a function body."
  },
  MISSING_DEPENDENCY: {
    severity: "error",
    summary: "A declared dependency names no fragment.",
    help: "Fix the name in the header (fragment base names, case-insensitive) or remove it."
  },
  UNDECLARED_DEPENDENCY: {
    severity: "warning",
    summary: "A fragment with a dependency header needs a fragment its header does not name.",
    help: 'Add the fragment to the "# Dependencies:" header so the header can be trusted.'
  },
  UNNEEDED_DEPENDENCY: {
    severity: "info",
    summary: "A declared dependency is not needed by anything the fragment does at load time.",
    help: "Remove it from the header if nothing needs it (run-time uses do not need load order)."
  },
  GUARDED_DEPENDENCY: {
    severity: "info",
    summary: "A declared dependency is needed only by guarded uses (`if (Get-Command X -ea 0) { X }`): without it the guard is silently false.",
    help: "Keep it: the bundle orders it like any dependency. Nothing to do unless the guarded code is not meant to run."
  },
  ORDER_VIOLATION: {
    severity: "warning",
    summary: "At load time a fragment uses a symbol that only a later fragment (in the baseline order) defines.",
    help: "Rename or reorder the fragments (fragbundle check --suggest-order prints the fewest renames, --fix makes them), or declare the dependency."
  },
  PROBE_BEFORE_DEFINE: {
    severity: "warning",
    summary: "A guard probes a command or variable that a later fragment defines: it is always false at load time.",
    help: "Load the defining fragment first, or move the guard into a function that runs later."
  },
  DUPLICATE_DEFINITION: {
    severity: "warning",
    summary: "The same function, alias or variable is defined by more than one fragment; the last one loaded wins.",
    help: "Keep one definition, or rename one of them."
  },
  SHARED_VARIABLE: {
    severity: "warning",
    summary: "A top-level variable leaks into the session and another fragment reads it before assigning it (or at run time): what it reads depends on the fragments' order.",
    help: "Make the sharing explicit with $global:, or keep the variable inside a function or & { } block."
  },
  LEAKED_VARIABLE: {
    severity: "info",
    summary: "Several fragments assign the same top-level variable, each before reading it: no fragment depends on another, but it leaks into the session.",
    help: "Keep the temporary inside a script block (`& { ... }`), or end the fragment with `Remove-Variable NAME`."
  },
  SHARED_ENV: {
    severity: "info",
    summary: "An environment variable is written by several fragments, each keeping what it found (PATH appended to); their order decides the order of the parts.",
    help: "Keep PATH and other shared variables in one fragment, or make sure the order is intended."
  },
  ENV_OVERWRITTEN: {
    severity: "warning",
    summary: "A fragment overwrites an environment variable an earlier fragment wrote, discarding that fragment's value.",
    help: 'Append to the value instead (`$env:X = "new;$env:X"`), or keep the variable in one fragment.'
  },
  REQUIRES_GATES_ALL: {
    severity: "warning",
    summary: "#Requires applies to a whole script: concatenated, one fragment would gate every fragment.",
    help: "The bundle turns it into a check that skips only this fragment; nothing to do unless that is not what you want."
  },
  TOP_LEVEL_EXIT: {
    severity: "warning",
    summary: "`exit` at a fragment top level ends that fragment and sets $LASTEXITCODE; later fragments still load.",
    help: "Use `return` to end a fragment without touching $LASTEXITCODE."
  },
  KEPT_EAGER: {
    severity: "info",
    summary: "A function stays eager because a lazy stub cannot reproduce something it relies on in PowerShell.",
    help: 'Nothing to do: the function loads at start-up. The bundle documentation lists what a lazy stub cannot reproduce ("What a stub cannot do").'
  },
  GUARD_VARIABLE_LEAK: {
    severity: "warning",
    summary: "A guard helper reads a global named after a fragment ($gitLoaded for 'git'), and another fragment leaks a variable of that name.",
    help: "Rename the leaked variable (or keep it inside a function or & { } block): which fragment runs first now decides whether the guarded one loads."
  },
  LOAD_SIDE_EFFECT: {
    severity: "info",
    summary: "The fragment does something at load time beyond defining names: that code runs at start-up, in its place, unless whole-fragment deferral defers the fragment (only calls deferral.calls allows).",
    help: "Move the work into a function, or accept the start-up cost."
  },
  BUNDLE_MISSING: {
    severity: "error",
    summary: "The bundle file does not exist.",
    help: "Run fragbundle build and commit the bundle."
  },
  BUNDLE_STALE: {
    severity: "error",
    summary: "The bundle differs from what fragbundle build would write now: other fragments, options or settings, or it was edited by hand.",
    help: "Run fragbundle build and commit the bundle."
  },
  BUNDLE_UNREADABLE: {
    severity: "error",
    summary: "The bundle file cannot be read (or is not a regular file), or has no valid fragbundle header.",
    help: "Rebuild it with fragbundle build; do not edit the bundle by hand."
  }
};
var DIAGNOSTIC_RULES = Object.entries(rules).map(([code, rule]) => ({ code, ...rule })).sort((a, b) => a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
function isDiagnosticCode(code) {
  return Object.hasOwn(rules, code);
}
function diagnostic(code, message, at2 = {}, related) {
  const d = {
    code,
    severity: rules[code].severity,
    message
  };
  if (at2.file !== void 0)
    d.file = at2.file;
  if (at2.line !== void 0)
    d.line = at2.line;
  if (at2.column !== void 0)
    d.column = at2.column;
  if (related && related.length > 0)
    d.related = related;
  return d;
}
function unknownFragment(list, name, file) {
  return diagnostic("UNKNOWN_FRAGMENT", `${list} names "${name}": no fragment has that name`, { file });
}
function compareDiagnostics(a, b) {
  return cmp(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || cmp(a.code, b.code) || cmp(a.message, b.message);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function formatDiagnostic(d) {
  const where = d.file === void 0 ? "" : `${d.file}:${d.line ?? 1}:${d.column ?? 1}: `;
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}

// dist/src/parse/tree/grammar-path.js
import path from "node:path";
function grammarPath() {
  return path.join(packageRoot(), "grammars", "tree-sitter-powershell.wasm");
}

// dist/src/text/extent-check.js
function extentConfirmed(text, shape) {
  const { range, body } = shape;
  if (range.start < 0 || range.end > text.length || body.start < range.start || body.end !== range.end)
    return false;
  const head = /^(?:function|filter)\s+(?:(?:global|script|local|private):)?([^\s({]+)/i.exec(text.slice(range.start, body.start));
  if (head?.[1]?.toLowerCase() !== shape.name.toLowerCase())
    return false;
  if (text[body.start] !== "{")
    return false;
  for (const inner of [shape.paramBlock, shape.headerParams]) {
    if (inner && (inner.start < range.start || inner.end > range.end))
      return false;
  }
  return scanBlock(text, body.start + 1, "}") === range.end;
}
function recoveredLines(diagnostics) {
  return diagnostics.filter((d) => d.code === "PARSE_RECOVERED" && d.line !== void 0).map((d) => d.line);
}
function stubBlocker(text, shape, recoveredLines2, lines) {
  if (!extentConfirmed(text, shape))
    return "its extent in the text could not be confirmed";
  const params = shape.paramBlock ?? shape.headerParams;
  const paramText = params ? text.slice(params.start, params.end) : "";
  if (/\[\s*(?:CmdletBinding|Parameter)\b/i.test(paramText) !== shape.isAdvanced)
    return "its parameter declarations could not be confirmed";
  const body = text.slice(shape.body.start, shape.body.end);
  const hidden = /(?:^|[\s;{}])(dynamicparam|clean)\s*\{/i.exec(body);
  if (hidden)
    return `it has a ${(hidden[1] ?? "").toLowerCase()} block`;
  if (recoveredLines2.length === 0)
    return void 0;
  const first = lines.line(shape.range.start);
  const last = lines.line(params ? params.end : shape.body.start);
  const near = recoveredLines2.find((l) => l >= first && l <= last);
  if (near !== void 0)
    return `the grammar recovered from an error in its head or parameters (line ${near})`;
  return void 0;
}
function knownStubBlocker(text, shape, recoveredLines2, lines) {
  if (shape.stubBlocker !== void 0)
    return shape.stubBlocker ?? void 0;
  return stubBlocker(text, shape, recoveredLines2, lines);
}
var isSingle = (c) => c === 39 || c >= 8216 && c <= 8219;
var isDouble = (c) => c === 34 || c >= 8220 && c <= 8222;
var SPECIAL = new Uint8Array(128);
for (const ch of "`<#@'\"${}()")
  SPECIAL[ch.charCodeAt(0)] = 1;
function scanBlock(text, i, close) {
  const n = text.length;
  const closeCode = close.charCodeAt(0);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? SPECIAL[c] === 0 : c < 8216 || c > 8222) {
      i += 1;
    } else if (c === 96) {
      i += 2;
    } else if (c === 60) {
      if (text.charCodeAt(i + 1) !== 35) {
        i += 1;
        continue;
      }
      const end = text.indexOf("#>", i + 2);
      if (end < 0)
        return void 0;
      i = end + 2;
    } else if (c === 35) {
      i = startsToken(text, i) ? lineEnd(text, i) : i + 1;
    } else if (c === 64) {
      const q = text.charCodeAt(i + 1);
      if ((isSingle(q) || isDouble(q)) && hereStringOpens(text, i + 2)) {
        const end = hereStringEnd(text, i + 2, isSingle(q) ? isSingle : isDouble);
        if (end === void 0)
          return void 0;
        i = end;
      } else {
        i += 1;
      }
    } else if (isSingle(c)) {
      const end = singleQuotedEnd(text, i + 1);
      if (end === void 0)
        return void 0;
      i = end;
    } else if (isDouble(c)) {
      const end = doubleQuotedEnd(text, i + 1);
      if (end === void 0)
        return void 0;
      i = end;
    } else if (c === 36) {
      if (text.charCodeAt(i + 1) !== 123) {
        i += 1;
        continue;
      }
      const end = bracedVariableEnd(text, i + 2);
      if (end === void 0)
        return void 0;
      i = end;
    } else if (c === 123 || c === 40) {
      const end = scanBlock(text, i + 1, c === 123 ? "}" : ")");
      if (end === void 0)
        return void 0;
      i = end;
    } else {
      return c === closeCode ? i + 1 : void 0;
    }
  }
  return void 0;
}
function startsToken(text, i) {
  return i === 0 || /[\s;(){}|&,=]/.test(text.charAt(i - 1));
}
function lineEnd(text, i) {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13)
      break;
    i += 1;
  }
  return i;
}
function hereStringOpens(text, i) {
  while (text[i] === " " || text[i] === "	")
    i += 1;
  return text[i] === "\n" || text[i] === "\r";
}
function hereStringEnd(text, i, isQuote) {
  for (let k = i; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c === 10 || c === 13) && isQuote(text.charCodeAt(k + 1)) && text.charCodeAt(k + 2) === 64)
      return k + 3;
  }
  return void 0;
}
function singleQuotedEnd(text, i) {
  while (i < text.length) {
    if (isSingle(text.charCodeAt(i))) {
      if (isSingle(text.charCodeAt(i + 1)))
        i += 2;
      else
        return i + 1;
    } else {
      i += 1;
    }
  }
  return void 0;
}
function doubleQuotedEnd(text, i) {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 96) {
      i += 2;
    } else if (isDouble(c)) {
      if (isDouble(text.charCodeAt(i + 1)))
        i += 2;
      else
        return i + 1;
    } else if (c === 36 && text.charCodeAt(i + 1) === 40) {
      const end = scanBlock(text, i + 2, ")");
      if (end === void 0)
        return void 0;
      i = end;
    } else if (c === 36 && text.charCodeAt(i + 1) === 123) {
      const end = bracedVariableEnd(text, i + 2);
      if (end === void 0)
        return void 0;
      i = end;
    } else {
      i += 1;
    }
  }
  return void 0;
}
function bracedVariableEnd(text, i) {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 96)
      i += 2;
    else if (c === 125)
      return i + 1;
    else
      i += 1;
  }
  return void 0;
}
function blockEnd(text, i, close) {
  return scanBlock(text, i, close);
}
function skipGroup(text, i) {
  const c = text.charCodeAt(i);
  if (c === 40)
    return scanBlock(text, i + 1, ")");
  if (c === 123)
    return scanBlock(text, i + 1, "}");
  if (c === 96)
    return i + 2;
  if (c === 60 && text.charCodeAt(i + 1) === 35) {
    const end = text.indexOf("#>", i + 2);
    return end < 0 ? void 0 : end + 2;
  }
  if (c === 35 && startsToken(text, i))
    return lineEnd(text, i);
  if (c === 64) {
    const q = text.charCodeAt(i + 1);
    if ((isSingle(q) || isDouble(q)) && hereStringOpens(text, i + 2))
      return hereStringEnd(text, i + 2, isSingle(q) ? isSingle : isDouble);
    return i + 1;
  }
  if (isSingle(c))
    return singleQuotedEnd(text, i + 1);
  if (isDouble(c))
    return doubleQuotedEnd(text, i + 1);
  if (c === 36 && text.charCodeAt(i + 1) === 123)
    return bracedVariableEnd(text, i + 2);
  return i + 1;
}

// dist/src/text/line-breaks.js
var LINE_BREAK = /\r\n|\n|\r/;
function splitLines(text) {
  return text.split(LINE_BREAK);
}
function splitLinesKeepingBreaks(text) {
  return text.split(/(\r\n|\n|\r)/);
}
function countLineBreaks(text) {
  return splitLines(text).length - 1;
}
function firstLine(text) {
  const m = LINE_BREAK.exec(text);
  return m ? text.slice(0, m.index) : text;
}
function lineStarts(text) {
  const starts = [0];
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  while (lf !== -1 || cr !== -1) {
    if (cr === -1 || lf !== -1 && lf < cr) {
      starts.push(lf + 1);
      lf = text.indexOf("\n", lf + 1);
    } else {
      if (lf === cr + 1) {
        starts.push(lf + 1);
        lf = text.indexOf("\n", lf + 1);
      } else {
        starts.push(cr + 1);
      }
      cr = text.indexOf("\r", cr + 1);
    }
  }
  return starts;
}

// dist/src/text/line-index.js
var LineIndex = class {
  text;
  /** Offset at which each line starts; line 1 starts at 0. */
  starts;
  constructor(text) {
    this.text = text;
  }
  /** 1-based line of `offset` (an offset inside a CRLF counts as the line it ends). */
  line(offset) {
    const starts = this.starts ??= lineStarts(this.text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (at(starts, mid) <= offset)
        lo = mid;
      else
        hi = mid - 1;
    }
    return lo + 1;
  }
  /** Offset where a 1-based line starts (0 for a line outside the text). */
  lineStart(line) {
    return (this.starts ??= lineStarts(this.text))[line - 1] ?? 0;
  }
  /** Line and column of `offset`. */
  position(offset) {
    const line = this.line(offset);
    return { line, column: offset - this.lineStart(line) + 1 };
  }
  /** How many line breaks `text.slice(start, end)` holds, without the copy or a pass over it. */
  breaksIn(start, end) {
    if (end <= start)
      return 0;
    const split = this.text.charCodeAt(end - 1) === 13 && this.text.charCodeAt(end) === 10 ? 1 : 0;
    return this.line(end) - this.line(start) + split;
  }
};

export {
  TOKEN_RECOVERY,
  DIAGNOSTIC_RULES,
  isDiagnosticCode,
  diagnostic,
  unknownFragment,
  compareDiagnostics,
  formatDiagnostic,
  recoveredLines,
  stubBlocker,
  knownStubBlocker,
  blockEnd,
  skipGroup,
  splitLines,
  splitLinesKeepingBreaks,
  countLineBreaks,
  firstLine,
  LineIndex,
  grammarPath
};
