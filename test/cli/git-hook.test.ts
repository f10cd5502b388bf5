/**
 * fragbundle as a real git pre-commit hook: a repository, a hook that runs `fragbundle check`, a
 * commit that breaks the order refused with a readable message, a good commit accepted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { CLI } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp.js';

function git(cwd: string, ...args: string[]) {
  return spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
    },
  });
}

test('a pre-commit hook running fragbundle check refuses a misordered fragment and accepts a good commit', (t) => {
  const repo = tempFiles(t, {
    'profile.d/00-helpers.ps1':
      'function Set-ProfileAlias { param($Name, $Target) Set-Alias -Name $Name -Value $Target -Scope Global }\n',
    'profile.d/10-git.ps1': 'function Get-GitBranch { "main" }\nSet-ProfileAlias -Name gb -Target Get-GitBranch\n',
  });
  t.is(git(repo, 'init', '-q', '-b', 'main').status, 0);
  const hook = path.join(repo, '.git', 'hooks', 'pre-commit');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" check\n`);
  chmodSync(hook, 0o755);

  // The first commit: build the bundle, then commit fragments and bundle together.
  execFileSync(process.execPath, [CLI, 'build', '--quiet'], { cwd: repo });
  git(repo, 'add', '-A');
  const good = git(repo, 'commit', '-q', '-m', 'profile');
  t.is(good.status, 0, good.stdout + good.stderr);

  // A new fragment that uses, at load time, a helper only a later fragment defines.
  writeFileSync(path.join(repo, 'profile.d', '05-docker.ps1'), 'Set-DockerAlias -Name dps -Target Get-DockerPs\n');
  writeFileSync(
    path.join(repo, 'profile.d', '20-docker-helpers.ps1'),
    'function Set-DockerAlias { param($Name, $Target) Set-Alias -Name $Name -Value $Target -Scope Global }\nfunction Get-DockerPs { }\n',
  );
  git(repo, 'add', '-A');
  const bad = git(repo, 'commit', '-q', '-m', 'docker');
  t.not(bad.status, 0, 'the commit is refused');
  const said = bad.stdout + bad.stderr;
  t.regex(
    said,
    /profile\.d\/05-docker\.ps1:1:1: error ORDER_VIOLATION: Set-DockerAlias is used at load time but only defined later, by 20-docker-helpers\.ps1:1/,
  );
  t.regex(said, /fragbundle check FAILED/);
  t.is(git(repo, 'rev-list', '--count', 'HEAD').stdout.trim(), '1', 'nothing was committed');

  // Fixed: rename so the helpers load first, rebuild, commit.
  t.is(git(repo, 'mv', 'profile.d/20-docker-helpers.ps1', 'profile.d/03-docker-helpers.ps1').status, 0);
  execFileSync(process.execPath, [CLI, 'build', '--quiet'], { cwd: repo });
  git(repo, 'add', '-A');
  const fixed = git(repo, 'commit', '-q', '-m', 'docker, in order');
  t.is(fixed.status, 0, fixed.stdout + fixed.stderr);
  t.is(git(repo, 'rev-list', '--count', 'HEAD').stdout.trim(), '2');
});
