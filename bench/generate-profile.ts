/**
 * A deterministic generator of realistic modular profiles, from a few fragments to the size of the
 * largest real profiles seen (400 fragments, 4 MB, about 110,000 lines). Same options, same bytes.
 *
 * Shapes, after real dotfiles: a bootstrap of helpers that other fragments call at load time,
 * env and PATH setup, tool fragments with aliases set through a helper and guarded by
 * `Get-Command ... -ErrorAction SilentlyContinue`, argument completers, load-once guards with a
 * top-level `return`, `# Dependencies:` headers, function libraries (lazy-load candidates) with
 * comment-based help and parameter blocks, and sub-files dot-sourced through `$PSScriptRoot`.
 * Everything it writes loads without errors in pwsh with no external tools installed.
 */

import { at } from '../src/core/at.js';

export interface GenerateOptions {
  /** Number of fragments (at least 3). */
  readonly fragments: number;
  /** Approximate total size in bytes; function bodies grow to reach it. */
  readonly targetBytes: number;
  /** PRNG seed. */
  readonly seed?: number;
}

/** Relative path (with `/`) -> file text. Fragments at the top level, sub-files under `lib/`. */
export type GeneratedProfile = ReadonlyMap<string, string>;

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['Get', 'Set', 'New', 'Remove', 'Invoke', 'Test', 'Update', 'Show', 'Find', 'Convert'];
const NOUNS = [
  'Branch',
  'Container',
  'Pod',
  'Secret',
  'Path',
  'Config',
  'Cache',
  'Log',
  'Token',
  'Repo',
  'Build',
  'Package',
];
/** The command-line tools the generated fragments configure and guard on. */
export const TOOLS = [
  'git',
  'docker',
  'kubectl',
  'terraform',
  'az',
  'gh',
  'npm',
  'dotnet',
  'cargo',
  'helm',
  'aws',
  'go',
];

const BOOTSTRAP = `# Tier: core
# Bootstrap: helpers every other fragment may call while the profile loads.

function Set-ProfileAlias {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Name, [Parameter(Mandatory)][string]$Target)
    Set-Alias -Name $Name -Value $Target -Scope Global -Force
}

function Set-ProfileFunction {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Name, [Parameter(Mandatory)][scriptblock]$Body)
    Set-Item -Path "Function:global:$Name" -Value $Body
}

function Add-PathEntry {
    param([Parameter(Mandatory)][string]$Path)
    $sep = [System.IO.Path]::PathSeparator
    if (($env:PATH -split [regex]::Escape($sep)) -notcontains $Path) {
        $env:PATH = $Path + $sep + $env:PATH
    }
}

function Test-ProfileCommand {
    param([Parameter(Mandatory)][string]$Name)
    [bool](Get-Command -Name $Name -ErrorAction Ignore)
}

$global:ProfileSettings = @{ Editor = 'vim'; Theme = 'dark' }
`;

const ENV = `# Dependencies: bootstrap
$env:EDITOR = 'vim'
$env:PAGER = 'less'
Add-PathEntry -Path (Join-Path $HOME '.local/bin')
Add-PathEntry -Path (Join-Path $HOME 'bin')
`;

/** A function with comment-based help and a body of about `lines` lines. */
function libraryFunction(name: string, lines: number, rand: () => number): string {
  const body: string[] = [];
  body.push('    $results = [System.Collections.Generic.List[object]]::new()');
  while (body.length < lines) {
    const k = Math.floor(rand() * 6);
    const n = body.length;
    if (k === 0) {
      body.push(
        `    foreach ($item in 1..${2 + (n % 5)}) {`,
        `        $results.Add(('{0}-{1}' -f $Name, $item))`,
        '    }',
      );
    } else if (k === 1) {
      body.push(`    if ($Force -and $results.Count -gt ${n % 7}) {`, `        Write-Verbose "trim ${n}"`, '    }');
    } else if (k === 2) {
      body.push(`    $text = ($Name + '${n}').ToUpper()`);
    } else if (k === 3) {
      body.push('    $map = @{', `        Key   = '${name}'`, `        Index = ${n}`, '    }');
    } else if (k === 4) {
      body.push(
        '    switch ($Name.Length % 3) {',
        "        0 { $mode = 'zero' }",
        "        default { $mode = 'many' }",
        '    }',
      );
    } else {
      body.push('    # Keep a sorted copy.', '    $sorted = @($results | Sort-Object)');
    }
  }
  return `<#
.SYNOPSIS
    ${name}: generated library function.
.PARAMETER Name
    What to work on.
#>
function ${name} {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)][string]$Name = 'default',
        [switch]$Force
    )
    process {
${body.map((l) => `    ${l}`).join('\n')}
        $results
    }
}
`;
}

/** Generate a profile. */
export function generateProfile(options: GenerateOptions): GeneratedProfile {
  const n = Math.max(3, options.fragments);
  const rand = prng(options.seed ?? 42);
  const files = new Map<string, string>();
  const width = String(n * 10).length;
  files.set(`${'0'.padStart(width, '0')}-bootstrap.ps1`, BOOTSTRAP);
  files.set(`${'5'.padStart(width, '0')}-env.ps1`, ENV);
  const remaining = n - 2;
  // Bytes left for function bodies, spread over the library functions.
  const fixedPerFragment = 700;
  const bodyBudget = Math.max(0, options.targetBytes - remaining * fixedPerFragment - BOOTSTRAP.length - ENV.length);
  const functionsPerFragment = 3;
  const bytesPerLine = 36;
  const linesPerFunction = Math.max(
    4,
    Math.round(bodyBudget / Math.max(1, remaining * functionsPerFragment) / bytesPerLine),
  );

  for (let i = 0; i < remaining; i++) {
    const index = i + 2;
    const tool = at(TOOLS, i % TOOLS.length);
    const id = `${String((index - 1) * 10).padStart(width, '0')}-${tool}-${i}`;
    const names = Array.from(
      { length: functionsPerFragment },
      (_, k) => `${VERBS[(i + k) % VERBS.length]}-${NOUNS[(i * 3 + k) % NOUNS.length]}${i}`,
    );
    const parts: string[] = [];
    const kind = i % 5;
    if (kind === 0) parts.push('# Dependencies: bootstrap, env');
    parts.push(`# ${tool} helpers (${id})`);
    if (kind === 1) {
      parts.push(`if ($global:__Loaded_${i}) { return }`, `$global:__Loaded_${i} = $true`);
    }
    for (const name of names) parts.push(libraryFunction(name, linesPerFunction, rand));
    if (kind !== 4) {
      // Load-time use of the bootstrap: an alias set through a helper, as real profiles do.
      parts.push(`Set-ProfileAlias -Name '${tool.slice(0, 2)}${i}' -Target '${at(names, 0)}'`);
    }
    if (kind === 2) {
      parts.push(
        `if (Test-ProfileCommand -Name '${tool}') {`,
        `    Register-ArgumentCompleter -Native -CommandName '${tool}' -ScriptBlock {`,
        '        param($wordToComplete)',
        `        '${names[0]}', '${names[1]}' | Where-Object { $_ -like "$wordToComplete*" }`,
        '    }',
        '}',
      );
    }
    if (kind === 3 && i % 10 === 3) {
      const sub = `lib/${tool}-${i}.ps1`;
      files.set(sub, libraryFunction(`Get-${tool}Detail${i}`, 6, rand));
      parts.push(`. (Join-Path $PSScriptRoot '${sub}')`);
    }
    files.set(`${id}.ps1`, `${parts.join('\n')}\n`);
  }
  return files;
}
