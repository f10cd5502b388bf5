# 05-env.ps1 - environment variables and the shared $ProfileConfig table.
# Dependencies: 00-bootstrap
# Tier: core

# Telemetry and update checks off for every tool that asks.
$env:POWERSHELL_TELEMETRY_OPTOUT = '1'
$env:POWERSHELL_UPDATECHECK = 'Off'
[Environment]::SetEnvironmentVariable('DOTNET_CLI_TELEMETRY_OPTOUT', '1', 'Process')
[Environment]::SetEnvironmentVariable('DOTNET_NOLOGO', '1', 'Process')
[Environment]::SetEnvironmentVariable('NEXT_TELEMETRY_DISABLED', '1', 'Process')

# XDG base directories (also honoured by many tools on Windows).
if (-not $env:XDG_CONFIG_HOME) { $env:XDG_CONFIG_HOME = Join-Path $HOME '.config' }
if (-not $env:XDG_DATA_HOME) { $env:XDG_DATA_HOME = Join-Path $HOME (Join-Path '.local' 'share') }
if (-not $env:XDG_CACHE_HOME) { $env:XDG_CACHE_HOME = Join-Path $HOME '.cache' }

$env:LESS = '-R -F -X -i'
$env:PAGER = if ($IsWindows) { 'more' } else { 'less' }

# Pick an editor once; 65-editor.ps1 may refine the choice later.
$EditorPreference = 'nano'
foreach ($candidate in 'code', 'nvim', 'vim', 'nano', 'notepad') {
    if (Test-ProfileCommand -Name $candidate -CommandType Application) {
        $EditorPreference = $candidate
        break
    }
}
if (-not $env:EDITOR) { $env:EDITOR = $EditorPreference }

# Settings other fragments read and extend (35-navigation, 65-editor add their own keys).
$global:ProfileConfig = @{
    ProfileDir   = Split-Path -Parent $PSScriptRoot
    FragmentsDir = $PSScriptRoot
    ToolsDir     = Join-Path $HOME 'tools'
    IsWork       = [bool]$env:WORK_MACHINE
    Editor       = $EditorPreference
    GitPrompt    = $true
}

Write-ProfileVerbose "env: editor=$EditorPreference"
