/**
 * A deterministic generator of a profile in the shape of the real 130-fragment modular profiles
 * whole-fragment deferral is for (issue 19): every fragment inside try/catch with an idempotency
 * guard (`Test-FragmentLoaded`, `Set-FragmentLoaded`), functions and aliases registered through
 * helpers, tools probed with a cached command look-up and a missing-tool warning when absent.
 *
 * - `mustRun` fragments do work that must happen at start-up: the bootstrap with the helper API,
 *   environment variables, argument completers, `$PSDefaultParameterValues`, a `prompt`, output.
 * - `functionOnly` fragments only define functions (statement functions, `Set-AgentModeFunction`,
 *   `Set-Item Function:`) and aliases once guards and registrations are set aside.
 * - `toolGated` fragments define their functions only when their tools are installed (never, here:
 *   the tool names do not exist), else record the missing tool; each probes `probes` tools.
 *
 * The returned config declares the helper API for `lazy: "fragments"`. Same options, same bytes.
 */

export interface ModularOptions {
  readonly mustRun: number;
  readonly functionOnly: number;
  readonly toolGated: number;
  /** Functions per function-only fragment. */
  readonly functions: number;
  /** Tools each tool-gated fragment probes. */
  readonly probes: number;
}

/** The generated profile: fragment files (relative path -> text) and the fragbundle.config.json text. */
export interface ModularProfile {
  readonly files: ReadonlyMap<string, string>;
  readonly config: string;
  /** The file names of the must-run fragments: one-by-one loading of these alone is the floor. */
  readonly mustRun: readonly string[];
}

const BOOTSTRAP = `# The profile's helper API.
$global:ProfileMissingTools = @{}
$global:ProfileCommandCache = @{}
function global:Test-FragmentLoaded([Parameter(Mandatory)][string]$FragmentName) {
    [bool]$ExecutionContext.SessionState.PSVariable.GetValue("\${FragmentName}Loaded")
}
function global:Set-FragmentLoaded([Parameter(Mandatory)][string]$FragmentName) {
    Set-Variable -Name "\${FragmentName}Loaded" -Value $true -Scope Global
}
function global:Test-CachedCommand([Parameter(Mandatory)][string]$Name) {
    if (-not $global:ProfileCommandCache.ContainsKey($Name)) {
        $global:ProfileCommandCache[$Name] = $null -ne (Get-Command $Name -CommandType Application -ErrorAction Ignore)
    }
    $global:ProfileCommandCache[$Name]
}
function global:Invoke-MissingToolWarning([Parameter(Mandatory)][string]$Tool) {
    $global:ProfileMissingTools[$Tool] = $true
}
function global:Set-AgentModeFunction([string]$Name, [scriptblock]$Body) {
    Set-Item -Path "Function:global:$Name" -Value $Body
}
function global:Set-AgentModeAlias([string]$Name, [string]$Target) {
    Set-Alias -Name $Name -Value $Target -Scope Global -Force
}
`;

const AREAS = ['git', 'docker', 'files', 'net', 'text', 'json', 'proc', 'nav', 'dev', 'sys', 'cloud', 'db'];

function pad(n: number): string {
  return String(n).padStart(3, '0');
}

/** A function of about 1 KB, written as real profile functions are: help, parameters, a body. */
function functionText(name: string, k: number): string {
  const lines = [
    `    <#`,
    `    .SYNOPSIS`,
    `    ${name}: helper ${k} of its area.`,
    `    #>`,
    `    function ${name} {`,
    `        [CmdletBinding()]`,
    `        param([Parameter(ValueFromPipeline)][string]$Path = '.', [switch]$Recurse, [int]$Depth = ${k % 5})`,
    `        process {`,
    `            $items = [System.Collections.Generic.List[string]]::new()`,
  ];
  for (let i = 0; i < 12; i++) {
    lines.push(
      `            if ($Depth -gt ${i}) { $items.Add(('{0}-{1}' -f $Path, ${i})) } else { $items.Add([string]$Recurse) }`,
    );
  }
  lines.push(`            $items -join ','`, `        }`, `    }`);
  return lines.join('\n');
}

function guarded(id: string, body: string): string {
  return `try {
    if (Test-FragmentLoaded -FragmentName '${id}') { return }
${body}
    Set-FragmentLoaded -FragmentName '${id}'
} catch {
    Write-Warning "${id}: $_"
}
`;
}

export function generateModularProfile(o: ModularOptions): ModularProfile {
  const files = new Map<string, string>();
  const mustRun: string[] = [];
  const add = (name: string, text: string, must = false) => {
    files.set(name, text);
    if (must) mustRun.push(name);
  };
  add('000-bootstrap.ps1', BOOTSTRAP, true);
  for (let i = 1; i < o.mustRun; i++) {
    const id = `core${pad(i)}`;
    const kind = i % 4;
    const body =
      kind === 1
        ? `    $env:FB_MODULAR_${i} = 'value ${i}'`
        : kind === 2
          ? `    Register-ArgumentCompleter -CommandName Get-Core${i} -ParameterName Name -ScriptBlock { 'a', 'b' }\n    function global:Get-Core${i}([string]$Name) { $Name }`
          : kind === 3
            ? `    $PSDefaultParameterValues['Get-Core${i}:Name'] = 'x'\n    function global:Get-Core${i}([string]$Name) { $Name }`
            : `    function global:prompt { 'PS ' + $PWD.Path + '> ' }`;
    add(`${pad(i)}-${id}.ps1`, guarded(id, body), true);
  }
  let n = o.mustRun;
  for (let f = 0; f < o.functionOnly; f++, n++) {
    const area = AREAS[f % AREAS.length] ?? 'misc';
    const id = `${area}${pad(f)}`;
    const parts: string[] = [`    $${id}Root = $PSScriptRoot`];
    for (let k = 0; k < o.functions; k++) {
      const name = `Invoke-${area.charAt(0).toUpperCase()}${area.slice(1)}${pad(f)}Step${k}`;
      if (k % 4 === 3) {
        parts.push(`    Set-AgentModeFunction -Name '${name}' -Body { param($Path) "${name} $Path" }`);
      } else {
        parts.push(functionText(name, k));
      }
      if (k % 3 === 0) parts.push(`    Set-AgentModeAlias -Name '${area}${pad(f)}s${k}' -Target '${name}'`);
    }
    add(`${pad(n)}-${id}.ps1`, guarded(id, parts.join('\n')));
  }
  for (let t = 0; t < o.toolGated; t++, n++) {
    const id = `tool${pad(t)}`;
    const parts: string[] = [];
    for (let p = 0; p < o.probes; p++) {
      const tool = `fbmissing-${pad(t)}-${p}`;
      parts.push(`    if (Test-CachedCommand '${tool}') {
        function Invoke-Tool${pad(t)}x${p} { & '${tool}' @args }
        Set-Alias -Name t${pad(t)}x${p} -Value Invoke-Tool${pad(t)}x${p}
    } else {
        Invoke-MissingToolWarning -Tool '${tool}'
    }`);
    }
    add(`${pad(n)}-${id}.ps1`, guarded(id, parts.join('\n')));
  }
  const config = `${JSON.stringify(
    {
      lazy: 'fragments',
      deferral: {
        calls: ['Set-FragmentLoaded', 'Test-CachedCommand', 'Invoke-MissingToolWarning'],
        guards: [{ command: 'Test-FragmentLoaded', reads: '{name}Loaded' }],
      },
    },
    null,
    2,
  )}\n`;
  return { files, config, mustRun };
}
