/**
 * fragbundle's hooks installed by the real pre-commit framework (Debian's 3.0.4 in CI, whatever
 * `pre-commit` is on PATH here) from a git repository holding this package as committed (with
 * the CLI under test as bin/), into a throwaway dotfiles repository, offline: npm may use only
 * its cache (`npm ci` filled it), so the install must need nothing the cache lacks.
 *
 * Shown: a misordered commit is refused, the fixed one accepted once the rebuilt bundle is
 * added; a deletion, a rename and a config-only change all run the hooks (a stale bundle never
 * slips through).
 *
 * Without pre-commit the test is skipped loudly; FRAGBUNDLE_REQUIRE_PRECOMMIT=1 (as .ci/run sets,
 * after installing it) makes that a failure.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test, { type ExecutionContext } from 'ava';
import { tempDir, tempFiles } from '../helpers/temp.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const DIST = path.join(ROOT, 'dist');

function onPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => existsSync(path.join(dir, command)));
}

function run(cwd: string, env: NodeJS.ProcessEnv, command: string, ...args: string[]) {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}${r.error ? String(r.error) : ''}` };
}

/** A git repository with this package's tracked files and the CLI under test (dist's bundle) as bin/. */
function hookRepository(t: ExecutionContext, env: NodeJS.ProcessEnv): { dir: string; rev: string } {
  const dir = tempDir(t, 'fragbundle-hooks-');
  const listed = run(ROOT, env, 'git', 'ls-files', '-z', '--cached', '--others', '--exclude-standard');
  if (listed.status !== 0) throw new Error(`git ls-files: ${listed.output}`);
  for (const file of listed.output.split('\0').filter(Boolean)) {
    // Deleted in the work tree, or a symlink (a shared node_modules link is not ignored by `node_modules/`).
    if (!existsSync(path.join(ROOT, file)) || !lstatSync(path.join(ROOT, file)).isFile()) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  rmSync(path.join(dir, 'bin'), { recursive: true, force: true });
  mkdirSync(path.join(dir, 'bin'));
  for (const f of ['fragbundle.mjs', 'parse-worker.mjs', 'web-tree-sitter.wasm'])
    copyFileSync(path.join(DIST, f), path.join(dir, 'bin', f));
  cpSync(path.join(DIST, 'chunks'), path.join(dir, 'bin', 'chunks'), { recursive: true });
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'fragbundle'],
  ]) {
    const r = run(dir, env, 'git', ...args);
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.output}`);
  }
  return { dir, rev: run(dir, env, 'git', 'rev-parse', 'HEAD').output.trim() };
}

const required = process.env.FRAGBUNDLE_REQUIRE_PRECOMMIT === '1';

if (!onPath('pre-commit')) {
  if (required) {
    test('pre-commit installs the hooks (pre-commit required)', (t) => {
      t.fail('pre-commit is required (FRAGBUNDLE_REQUIRE_PRECOMMIT=1) but is not on PATH');
    });
  } else {
    process.stderr.write(
      '\n*** fragbundle: pre-commit not found: the pre-commit framework test is SKIPPED. ***\n' +
        '*** Install it: apt-get install pre-commit (or pip install pre-commit)          ***\n\n',
    );
    test.skip('pre-commit installs the hooks (SKIPPED: pre-commit not installed)', () => undefined);
  }
} else {
  test('pre-commit installs the hooks offline; they refuse a misordered or stale commit, accept a fixed one', (t) => {
    const home = tempDir(t, 'fragbundle-pc-home-');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CI: 'true',
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig'),
      PRE_COMMIT_HOME: path.join(home, 'pre-commit'),
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    };
    const hooks = hookRepository(t, env);
    const repo = tempFiles(t, {
      'profile.d/00-helpers.ps1':
        'function Set-ProfileAlias { param($Name, $Target) Set-Alias -Name $Name -Value $Target -Scope Global }\n',
      'profile.d/10-git.ps1': 'function Get-GitBranch { "main" }\nSet-ProfileAlias -Name gb -Target Get-GitBranch\n',
      '.pre-commit-config.yaml': `repos:\n  - repo: ${hooks.dir}\n    rev: ${hooks.rev}\n    hooks: [{ id: fragbundle-build }, { id: fragbundle-check }]\n`,
    });
    const git = (...args: string[]) => run(repo, env, 'git', ...args);
    const commits = () => git('rev-list', '--count', 'HEAD').output.trim();
    t.is(git('init', '-q', '-b', 'main').status, 0);
    const installed = run(repo, env, 'pre-commit', 'install', '--install-hooks');
    t.is(installed.status, 0, installed.output);

    // The first commit: the build hook writes the bundle (a new, untracked file: pre-commit lets
    // the commit through), then the bundle is committed.
    git('add', '-A');
    const first = git('commit', '-q', '-m', 'profile');
    t.is(first.status, 0, first.output);
    t.true(existsSync(path.join(repo, 'profile.bundle.ps1')));
    git('add', '-A');
    t.is(git('commit', '-q', '-m', 'bundle').status, 0);
    t.is(commits(), '2');

    // A fragment that uses, at load time, a helper only a later fragment defines: refused.
    writeFileSync(path.join(repo, 'profile.d', '05-docker.ps1'), 'Set-DockerAlias -Name dps -Target Get-DockerPs\n');
    writeFileSync(
      path.join(repo, 'profile.d', '20-docker-helpers.ps1'),
      'function Set-DockerAlias { param($Name, $Target) Set-Alias -Name $Name -Value $Target -Scope Global }\nfunction Get-DockerPs { }\n',
    );
    git('add', '-A');
    const bad = git('commit', '-q', '-m', 'docker');
    t.not(bad.status, 0, bad.output);
    t.regex(bad.output, /05-docker\.ps1:1:1: error ORDER_VIOLATION: Set-DockerAlias is used at load time/);
    t.is(commits(), '2', 'nothing was committed');

    // Fixed by a rename: the build hook rewrites the bundle (the commit stops so it can be
    // added), then the commit goes through. (The refused commit's build left a reordered bundle
    // in the work tree: it is staged too, as `git add -A` does.)
    t.is(git('mv', 'profile.d/20-docker-helpers.ps1', 'profile.d/03-docker-helpers.ps1').status, 0);
    git('add', '-A');
    const renamed = git('commit', '-q', '-m', 'docker, in order');
    t.not(renamed.status, 0, 'the rename rebuilt the bundle');
    t.regex(renamed.output, /files were modified by this hook/);
    git('add', '-A');
    const fixed = git('commit', '-q', '-m', 'docker, in order');
    t.is(fixed.status, 0, fixed.output);
    t.is(commits(), '3');

    // A deletion: no .ps1 file is staged any more, yet the bundle must follow.
    t.is(git('rm', '-q', 'profile.d/05-docker.ps1', 'profile.d/03-docker-helpers.ps1').status, 0);
    const deleted = git('commit', '-q', '-m', 'no docker');
    t.not(deleted.status, 0, `a deletion must run the hooks: ${deleted.output}`);
    git('add', '-A');
    t.is(git('commit', '-q', '-m', 'no docker').status, 0);
    t.notRegex(readFileSync(path.join(repo, 'profile.bundle.ps1'), 'utf8'), /Get-DockerPs/);

    // A config-only change that changes the bundle.
    writeFileSync(path.join(repo, 'fragbundle.config.json'), '{ "timings": true }\n');
    git('add', 'fragbundle.config.json');
    const config = git('commit', '-q', '-m', 'timings');
    t.not(config.status, 0, `a config change must run the hooks: ${config.output}`);
    git('add', '-A');
    t.is(git('commit', '-q', '-m', 'timings').status, 0);
    t.is(commits(), '5');
    t.deepEqual(readdirSync(path.join(repo, 'profile.d')).sort(), ['00-helpers.ps1', '10-git.ps1']);
  });
}
