#!/usr/bin/env node
// The committed CLI: bin/ holds a copy of the bundled command (dist/fragbundle.mjs, the parse
// worker, their chunks and web-tree-sitter's wasm) so that an install from git (pre-commit, `npm install -g git+...`) runs
// without building: npm does not install a git dependency's devDependencies in every version, and
// the TypeScript toolchain is not needed at run time.
//
//   node scripts/bin.mjs           copy the current build (npm run build) into bin/
//   node scripts/bin.mjs --check   exit 1 when bin/ differs from the current build (CI)
//
// The bundle is deterministic (chunk names are content hashes; no absolute paths), so a build of
// the same sources gives the same bytes.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const bin = path.join(root, 'bin');

/** The bundled CLI's files, relative to its folder, in a fixed order. */
function files(dir) {
  if (!existsSync(dir)) return [];
  const chunks = existsSync(path.join(dir, 'chunks'))
    ? readdirSync(path.join(dir, 'chunks'))
        .filter((n) => n.endsWith('.mjs'))
        .map((n) => `chunks/${n}`)
    : [];
  return ['fragbundle.mjs', 'parse-worker.mjs', 'web-tree-sitter.wasm', ...chunks.sort()].filter((f) =>
    existsSync(path.join(dir, f)),
  );
}

const built = files(dist);
if (!built.includes('fragbundle.mjs') || !built.includes('parse-worker.mjs')) {
  console.error('bin: dist/ has no bundled CLI; run `npm run build` first');
  process.exit(2);
}

if (process.argv.includes('--check')) {
  const committed = files(bin);
  const differ = [...new Set([...built, ...committed])].filter(
    (f) =>
      !built.includes(f) ||
      !committed.includes(f) ||
      !readFileSync(path.join(dist, f)).equals(readFileSync(path.join(bin, f))),
  );
  if (differ.length > 0) {
    console.error(
      `bin: the committed CLI in bin/ does not match the sources (${differ.join(', ')}).\n` +
        'Run `npm run build:bin` and commit bin/.',
    );
    process.exit(1);
  }
  console.error(`bin: bin/ matches the build (${built.length} files)`);
} else {
  rmSync(bin, { recursive: true, force: true });
  mkdirSync(path.join(bin, 'chunks'), { recursive: true });
  for (const f of built) copyFileSync(path.join(dist, f), path.join(bin, f));
  console.error(`bin: copied ${built.length} files into bin/`);
}
