/**
 * `check --suggest-order` and `check --fix`: the fewest renames, printed with paths that work from
 * the repository root (a real git repository in a temp folder, the printed lines run by a shell
 * there), applied by --fix (git mv, plain renames outside git, or the configured list rewritten
 * with its comments kept), after which `check` passes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import fc from 'fast-check';
import { compareNames } from '../../src/load/load-fragments.js';
import { planRenames, type OrderEdge } from '../../src/pipeline/reorder.js';
import { runCheck } from '../../src/cli/commands/check.js';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp.js';

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd: string, ...args: string[]) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...gitEnv, HOME: cwd } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Plan for fragments named `names` (sorted) with `edges` between ids; returns the renames. */
function plan(names: readonly string[], edges: readonly OrderEdge[], taken: readonly string[] = names) {
  const paths = names.map((n) => `${n}.ps1`);
  const p = planRenames(paths, names, edges, compareNames, new Set(taken.map((n) => `${n}.ps1`.toLowerCase())))!;
  // Whatever the plan, sorting the new names gives a valid order.
  const renamed = new Map(p.renames.map((r) => [r.from, r.to]));
  const after = paths.map((x) => renamed.get(x) ?? x);
  const sorted = [...after].sort(compareNames);
  const at = new Map(names.map((n, i) => [n, sorted.indexOf(after[i]!)]));
  for (const e of edges)
    if (at.get(e.from)! > at.get(e.to)!) throw new Error(`${e.from} after ${e.to} in ${sorted.join(', ')}`);
  return p;
}

const twenty = Array.from({ length: 20 }, (_, i) => `${String((i + 1) * 5).padStart(3, '0')}-f${i + 1}`);

test('one fragment out of place among 20: one rename, between its new neighbours', (t) => {
  // f3 uses at load time what f15 defines: f15 moves before f3 (or f3 after f15: as few), nothing else.
  const p = plan(twenty, [{ from: twenty[14]!, to: twenty[2]! }]);
  t.deepEqual(p.renames, [{ from: '075-f15.ps1', to: '013-f15.ps1' }]);
  t.is(p.renumbered, undefined);
});

test('a fragment many others need moves early instead of the many moving late', (t) => {
  // f15 defines what f3..f14 use: moving f15 before f3 is one rename; moving f3..f14 would be 12.
  const edges = twenty.slice(2, 14).map((to) => ({ from: twenty[14]!, to }));
  const p = plan(twenty, edges);
  t.deepEqual(
    p.renames.map((r) => r.from),
    ['075-f15.ps1'],
  );
  t.regex(p.renames[0]!.to, /^01[1-4]-f15\.ps1$/);
});

test('two swapped pairs: two renames; a full reversal of three: two', (t) => {
  const names = ['10-a', '20-b', '30-c', '40-d'];
  const p = plan(names, [
    { from: '20-b', to: '10-a' },
    { from: '40-d', to: '30-c' },
  ]);
  t.is(p.renames.length, 2);
  const three = ['10-a', '20-b', '30-c'];
  const q = plan(three, [
    { from: '30-c', to: '20-b' },
    { from: '20-b', to: '10-a' },
  ]);
  t.is(q.renames.length, 2);
});

test('no whole number fits between neighbours: a digit is appended, and taken names are skipped', (t) => {
  const names = ['15-a', '16-b', '17-c'];
  // c must come before b: between 15-a and 16-b no two-digit number fits.
  const p = plan(names, [{ from: '17-c', to: '16-b' }]);
  t.is(p.renames.length, 1);
  t.regex(p.renames[0]!.to, /^15\d+-[bc]\.ps1$/);
  // The name the plan would pick is taken by another file in the folder: the next candidate.
  const first = p.renames[0]!.to.replace(/\.ps1$/, '');
  const q = plan(names, [{ from: '17-c', to: '16-b' }], [...names, first]);
  t.not(q.renames[0]!.to, p.renames[0]!.to);
});

test('no prefix fits at all: every fragment renumbered, and said so', (t) => {
  // 20-b must come first; the one number before 10-a ("05") is taken by another file.
  const p = plan(['10-a', '20-b'], [{ from: '20-b', to: '10-a' }], ['10-a', '20-b', '05-b']);
  t.is(p.renumbered, '(start) and 10-a.ps1');
  t.deepEqual(p.renames, [
    { from: '20-b.ps1', to: '10-b.ps1' },
    { from: '10-a.ps1', to: '20-a.ps1' },
  ]);
});

test('unprefixed names: the fragment that moves to the front gets a number', (t) => {
  const p = plan(['alpha', 'beta', 'gamma'], [{ from: 'gamma', to: 'alpha' }]);
  t.deepEqual(p.renames, [{ from: 'gamma.ps1', to: '50-gamma.ps1' }]);
});

/** `fragbundle check ...` in-process, as src/cli/main.ts calls it (no cache: each test its own folder). */
const check = (cwd: string, args: { suggestOrder?: boolean; fix?: boolean; orderOnly?: boolean } = {}) =>
  runCheck({ cwd, format: 'text', cache: false, ...args });

/** A dotfiles repository with the fragments two folders down and one misordered fragment. */
function misorderedRepo(t: Parameters<typeof tempFiles>[0]) {
  const files: Record<string, string> = {};
  for (const n of twenty) files[`dotfiles/powershell/profile.d/${n}.ps1`] = `function Get-${n.slice(4)} { }\n`;
  // f3 calls, at load time, a function f15 defines.
  files['dotfiles/powershell/profile.d/015-f3.ps1'] = 'function Get-f3 { }\nGet-f15\n';
  files['dotfiles/powershell/profile.d/notes.txt'] = 'not a fragment\n';
  const repo = tempFiles(t, files);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'profile');
  return { repo, cwd: path.join(repo, 'dotfiles', 'powershell') };
}

test('in git: the printed git mv lines work from the repository root, then check passes', async (t) => {
  const { repo, cwd } = misorderedRepo(t);
  const before = await check(cwd, { orderOnly: true });
  t.is(before.exitCode, 1, 'misordered to start with');
  const s = await check(cwd, { suggestOrder: true });
  t.is(s.exitCode, 0, s.stderr);
  t.regex(s.stdout, /Rename 1 of 20 fragments, the others keep their names \(from the repository root, /);
  const moves = s.stdout.split('\n').filter((l) => l.startsWith('git mv '));
  t.deepEqual(moves, ['git mv dotfiles/powershell/profile.d/075-f15.ps1 dotfiles/powershell/profile.d/013-f15.ps1']);
  for (const line of moves) execFileSync('sh', ['-c', line], { cwd: repo, env: gitEnv });
  const after = await check(cwd, { orderOnly: true });
  t.is(after.exitCode, 0, after.stdout + after.stderr);
  t.regex(git(repo, 'status', '--porcelain'), /^R {2}dotfiles\/powershell\/profile\.d\/075-f15\.ps1 -> /m);
});

test('in git: --fix does the renames with git mv; build, then check passes', async (t) => {
  const { repo, cwd } = misorderedRepo(t);
  await runCli(['build', '--no-cache'], cwd); // a bundle built from the misordered names
  // The one child process: --fix as the command line takes it.
  const f = await runCli(['check', '--fix', '--no-cache'], cwd);
  t.is(f.exitCode, 0, f.stderr);
  t.regex(f.stderr, /renamed 1 fragment; the baseline order is valid now/);
  t.regex(
    git(repo, 'status', '--porcelain'),
    /^R {2}dotfiles\/powershell\/profile\.d\/075-f15\.ps1 -> .*013-f15\.ps1$/m,
  );
  t.is((await check(cwd, { orderOnly: true })).exitCode, 0);
  t.is((await runCli(['build', '--no-cache'], cwd)).exitCode, 0);
  const c = await check(cwd);
  t.is(c.exitCode, 0, c.stdout + c.stderr);
  const again = await check(cwd, { fix: true });
  t.regex(again.stdout, /already valid; nothing to change/);
});

test('outside git: plain renames from the current folder, said so; --fix never overwrites', async (t) => {
  const files: Record<string, string> = {};
  for (const n of twenty) files[`profile.d/${n}.ps1`] = `function Get-${n.slice(4)} { }\n`;
  files['profile.d/015-f3.ps1'] = 'function Get-f3 { }\nGet-f15\n';
  const dir = tempFiles(t, files);
  const s = await check(dir, { suggestOrder: true });
  t.regex(s.stdout, /not in a git repository: plain renames, from the current folder/);
  t.regex(s.stdout, /^mv profile\.d\/075-f15\.ps1 profile\.d\/013-f15\.ps1$/m);
  // A folder already has the name the plan picked: another name is chosen, the folder kept.
  mkdirSync(path.join(dir, 'profile.d', '013-F15.ps1'));
  writeFileSync(path.join(dir, 'profile.d', '013-F15.ps1', 'keep'), 'keep me');
  const f = await check(dir, { fix: true });
  t.is(f.exitCode, 0, f.stderr);
  t.regex(f.stdout, /^mv profile\.d\/075-f15\.ps1 profile\.d\/(?!013-)\d+-f15\.ps1$/m);
  t.false(existsSync(path.join(dir, 'profile.d', '075-f15.ps1')));
  t.is(readFileSync(path.join(dir, 'profile.d', '013-F15.ps1', 'keep'), 'utf8'), 'keep me');
  t.is((await check(dir, { orderOnly: true })).exitCode, 0);
});

test('a loadOrder list: --fix rewrites it in place, comments and other keys kept; check passes', async (t) => {
  const dir = tempFiles(t, {
    'profile.d/a.ps1': 'Get-B\n',
    'profile.d/b.ps1': 'function Get-B { }\n',
    'profile.d/c.ps1': 'function Get-C { }\n',
    'profile.d/.profile-fragments.json':
      '{\n    // the order my loader uses\n    "loadOrder": ["c", "a", "gone", "b"],\n    "disabled": [] // none\n}\n',
  });
  const s = await check(dir, { suggestOrder: true });
  t.regex(s.stdout, /Set "loadOrder" in profile\.d\/\.profile-fragments\.json to:/);
  const f = await check(dir, { fix: true });
  t.is(f.exitCode, 0, f.stderr);
  const text = readFileSync(path.join(dir, 'profile.d', '.profile-fragments.json'), 'utf8');
  t.regex(text, /\/\/ the order my loader uses/);
  t.regex(text, /"disabled": \[\] \/\/ none/);
  const list = JSON.parse(text.replace(/\/\/.*$/gm, '')) as { loadOrder: string[] };
  t.deepEqual(list.loadOrder, ['c', 'b', 'a', 'gone']);
  const c = await check(dir, { orderOnly: true });
  t.is(c.exitCode, 0, c.stdout + c.stderr);
});

test('a cycle: no order can work, exit 1, nothing renamed', async (t) => {
  const dir = tempFiles(t, {
    'profile.d/a.ps1': 'function Get-A { }\nGet-B\n',
    'profile.d/b.ps1': 'function Get-B { }\nGet-A\n',
  });
  mkdirSync(path.join(dir, 'x'));
  writeFileSync(path.join(dir, 'x', 'keep'), '');
  const f = await check(dir, { fix: true });
  t.is(f.exitCode, 1);
  t.regex(f.stderr, /no order can work while there is a cycle:\nprofile\.d\/[ab]\.ps1:2:1: error CYCLE/);
  t.true(existsSync(path.join(dir, 'profile.d', 'a.ps1')));
});

test('the number of renames is the least possible (random profiles against a brute-force search)', (t) => {
  fc.assert(
    fc.property(
      fc
        .integer({ min: 1, max: 9 })
        .chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
            fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 20 }),
          ),
        ),
      ([n, hidden, pairs]) => {
        // Fragments 0100-f0, 0200-f1, ...: room for any prefix. Edges follow a hidden valid order.
        const names = Array.from({ length: n }, (_, i) => `${String((i + 1) * 100).padStart(4, '0')}-f${i}`);
        const edges = pairs
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => (hidden.indexOf(a) < hidden.indexOf(b) ? [a, b] : [b, a]))
          .map(([a, b]) => ({ from: names[a!]!, to: names[b!]! }));
        const p = plan(names, edges);
        t.is(p.renumbered, undefined);
        // The most fragments that can keep their names: no kept one must load before an earlier kept one.
        const reach = names.map((_, x) => {
          const seen = new Set<number>();
          const stack = [x];
          while (stack.length > 0) {
            const u = stack.pop()!;
            for (const e of edges) {
              const v = names.indexOf(e.to);
              if (e.from === names[u] && !seen.has(v)) {
                seen.add(v);
                stack.push(v);
              }
            }
          }
          return seen;
        });
        let most = 0;
        for (let mask = 0; mask < 1 << n; mask++) {
          const kept = [...Array(n).keys()].filter((i) => mask & (1 << i));
          if (kept.length > most && kept.every((x, i) => kept.slice(i + 1).every((y) => !reach[y]!.has(x)))) {
            most = kept.length;
          }
        }
        return p.renames.length === n - most;
      },
    ),
    { numRuns: 300, seed: 22 },
  );
});
