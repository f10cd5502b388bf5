#!/usr/bin/env node
// The `fragbundle` command, bundled from tsc's output: dist/fragbundle.mjs (the entry) and its
// chunks under dist/chunks/.
//
// Why: Node.js 20 loads ES modules one file at a time (resolve, read, compile), and yargs alone
// is about 60 of them: `fragbundle --version` spent more time loading modules than a warm build
// spends working. A bundle loads in a few milliseconds. It is split where the CLI imports
// dynamically: the entry holds only the replay check every run makes (src/cli/entry.ts, ~30 KB), the
// command line proper and the parse stage are chunks loaded when needed. web-tree-sitter is bundled
// too (in the parse chunk, loaded only when something has to be parsed); its wasm is copied beside
// the entry, where src/parse/tree/grammar.ts points it. So the installed package has no runtime
// dependencies: an install needs nothing from a registry.
// The parse worker is a second entry, dist/parse-worker.mjs, sharing the parse stage's chunk: a
// worker then starts from the same few files, and runs the very code whose hash the bundle carries
// (FRAGBUNDLE_PARSE_IDENTITY), even after a tsc-only rebuild of dist/src.
import { build } from 'esbuild';
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * yargs lays out its help text on every command run (even when it is not shown), measuring each
 * string with string-width. That module compiles Unicode-property regexes (RGI_Emoji alone takes
 * 19 ms) and an Intl.Segmenter when it is loaded, and builds a fresh emoji regex per character
 * when called: together 70 ms of every run. A string of printable ASCII is exactly as wide as it
 * is long under string-width's own rules (no control, ignorable, combining or emoji character
 * among them), so the bundled module answers those at once, and runs the original module's code
 * (set up on first use) for everything else.
 */
const asciiStringWidth = {
  name: 'ascii-string-width',
  setup(b) {
    b.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const lines = source.split('\n');
      const imports = lines.filter((l) => /^import .*;\s*$/.test(l));
      const body = lines
        .filter((l) => !/^import .*;\s*$/.test(l))
        .join('\n')
        .replace(/^export default function stringWidth\(/m, 'function stringWidth(');
      if (body === lines.join('\n') || /^\s*(export|import)\b/m.test(body)) {
        console.warn(`bundle: ${args.path} does not have the expected shape; bundled as it is`);
        return undefined;
      }
      return {
        contents: `${imports.join('\n')}
let full;
function setUp() {
${body}
return stringWidth;
}
export default function asciiFirstStringWidth(string, options) {
  if (typeof string === 'string' && /^[\\x20-\\x7e]*$/.test(string)) return string.length;
  full ??= setUp();
  return full(string, options);
}
`,
        loader: 'js',
      };
    });
  },
};
// The result memo and replay records are valid for one build of fragbundle: hash what this one is
// built from now, so that no run has to (src/cache/result-memo.ts codeIdentity).
// Likewise the symbol cache's hash of the grammar and parse stage (src/cache/symbol-cache.ts).
const { hashCode } = await import(path.join(root, 'dist', 'src', 'cache', 'result-memo.js'));
const { parseCodeHash } = await import(path.join(root, 'dist', 'src', 'cache', 'symbol-cache.js'));
const { parseStageFiles } = await import(path.join(root, 'dist', 'src', 'io', 'package-root.js'));
const { grammarPath } = await import(path.join(root, 'dist', 'src', 'parse', 'tree', 'grammar-path.js'));
const identity = hashCode(root);
const parseIdentity = parseCodeHash(grammarPath(), parseStageFiles());

// Chunks of an earlier build would be left behind under new names.
rmSync(path.join(root, 'dist', 'chunks'), { recursive: true, force: true });
await build({
  // The entry holds only what every run needs (src/cli/entry.ts: argument check and replay); the rest of
  // the command line is a chunk loaded when there is real work, so a replayed run compiles ~30 KB
  // instead of ~640 KB.
  entryPoints: {
    fragbundle: path.join(root, 'dist', 'src', 'cli', 'entry.js'),
    'parse-worker': path.join(root, 'dist', 'src', 'parse', 'workers', 'worker.js'),
  },
  outdir: path.join(root, 'dist'),
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's main is a UMD build whose require() calls esbuild cannot follow: take its ES modules.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  define: {
    FRAGBUNDLE_BUILD_IDENTITY: JSON.stringify(identity),
    FRAGBUNDLE_PARSE_IDENTITY: JSON.stringify(parseIdentity),
  },
  // Some bundled CommonJS dependencies call require() for Node.js built-ins.
  banner: {
    js: "import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);",
  },
  plugins: [asciiStringWidth],
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(
  path.join(root, 'node_modules', 'web-tree-sitter', 'web-tree-sitter.wasm'),
  path.join(root, 'dist', 'web-tree-sitter.wasm'),
);
for (const entry of ['fragbundle.mjs', 'parse-worker.mjs'])
  if (!readdirSync(path.join(root, 'dist')).includes(entry)) throw new Error(`bundle: dist/${entry} was not written`);
