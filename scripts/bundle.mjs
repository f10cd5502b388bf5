#!/usr/bin/env node
// The `fragbundle` command as one file: dist/fragbundle.mjs, built from tsc's output.
//
// Why: Node.js 20 loads ES modules one file at a time (resolve, read, compile), and yargs alone
// is about 60 of them: `fragbundle --version` spent more time loading modules than a warm build
// spends working. One file loads in a few milliseconds. web-tree-sitter stays outside (it finds
// its wasm next to itself, and is loaded only when something has to be parsed), and so do the
// parse workers, which run dist/src/parse/worker.js (see src/package-root.ts).
import { build } from 'esbuild';
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
await build({
  entryPoints: [path.join(root, 'dist', 'src', 'cli.js')],
  outfile: path.join(root, 'dist', 'fragbundle.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['web-tree-sitter'],
  // Some bundled CommonJS dependencies call require() for Node.js built-ins.
  banner: {
    js: "import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);",
  },
  plugins: [asciiStringWidth],
  legalComments: 'none',
  logLevel: 'warning',
});
