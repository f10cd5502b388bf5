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
 * string with string-width, which segments graphemes and builds a fresh emoji regex for every
 * character: 40 ms of each run. A string of printable ASCII is exactly as wide as it is long
 * under string-width's own rules (no control, ignorable, combining or emoji character among
 * them), so this answers those at once and hands everything else to the original function.
 */
const asciiStringWidth = {
  name: 'ascii-string-width',
  setup(b) {
    b.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const head = /export default function stringWidth\(/;
      if (!head.test(source)) {
        console.warn(`bundle: ${args.path} has no 'export default function stringWidth(': left as it is`);
        return undefined;
      }
      return {
        contents: `${source.replace(head, 'function fullStringWidth(')}
export default function stringWidth(string, options) {
  return typeof string === 'string' && /^[\\x20-\\x7e]*$/.test(string) ? string.length : fullStringWidth(string, options);
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
