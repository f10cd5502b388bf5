#!/usr/bin/env node
// The layering rules of ARCHITECTURE.md, checked in CI (as dependency-cruiser's own config does
// for its code): later stages never reach into earlier ones' internals, and only the load stage
// and the CLI side touch the file system.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const rules = [
  {
    from: 'src/graph/',
    forbid: [/web-tree-sitter/, /\/parse\//, /\/bundle\//, /\/report\//, /^node:fs/],
    why: 'graph is pure: no parser, no later stage, no fs',
  },
  {
    from: 'src/bundle/',
    forbid: [/web-tree-sitter/, /\/parse\//, /\/report\//, /^node:fs/],
    why: 'bundle builds strings from plain data: no parser, no fs',
  },
  {
    from: 'src/report/',
    forbid: [/web-tree-sitter/, /\/parse\//, /^node:fs/],
    why: 'reporters return text; they never read files or parse',
  },
  { from: 'src/parse/', forbid: [/\/graph\//, /\/bundle\//, /\/report\//], why: 'parse knows nothing of later stages' },
  {
    from: 'src/load/',
    forbid: [/web-tree-sitter/, /\/parse\//, /\/graph\//, /\/bundle\//, /\/report\//],
    why: 'load only reads and decodes',
  },
  { from: 'src/types.ts', forbid: [/^(?!\.\/).*/], why: 'types.ts is types only, importing nothing' },
];

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

const importRe =
  /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
let failures = 0;
for (const file of files(path.join(root, 'src'))) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(importRe)) {
    const spec = m[1] ?? m[2] ?? m[3];
    for (const rule of rules) {
      if (!rel.startsWith(rule.from)) continue;
      const resolved = spec.startsWith('.') ? path.posix.join(path.posix.dirname(rel), spec) : spec;
      const subject = spec.startsWith('.') ? `/${resolved}` : spec;
      if (rule.forbid.some((re) => re.test(subject)) && !(rule.from === 'src/types.ts' && spec.startsWith('./'))) {
        const line = text.slice(0, m.index).split('\n').length;
        console.error(`${rel}:${line}: imports ${spec}: ${rule.why}`);
        failures++;
      }
    }
  }
}
if (failures > 0) {
  console.error(`check-layers: ${failures} violation(s)`);
  process.exit(1);
}
console.log('check-layers: all stage boundaries hold');
