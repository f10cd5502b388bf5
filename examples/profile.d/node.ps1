# node.ps1 - Node.js version manager and npm helpers.
# Tier: optional

# fnm prints the environment it needs; this runs it, so keep it behind the check.
if (Test-ProfileCommand fnm -CommandType Application) {
    fnm env --use-on-cd --shell powershell | Out-String | Invoke-Expression
}

if (-not (Test-ProfileCommand node -CommandType Application)) { return }

$env:NODE_OPTIONS = $env:NODE_OPTIONS ?? '--max-old-space-size=4096'

function global:Get-NpmScript {
    <#
    .SYNOPSIS
        Lists the "scripts" of package.json in -Path (no npm needed).
    #>
    [CmdletBinding()]
    param([string] $Path = '.')

    $manifest = Join-Path $Path 'package.json'
    if (-not (Test-Path -LiteralPath $manifest)) { return }
    $package = Get-Content -LiteralPath $manifest -Raw | ConvertFrom-Json
    if (-not $package.scripts) { return }
    $package.scripts.PSObject.Properties | ForEach-Object {
        [pscustomobject]@{ Name = $_.Name; Command = $_.Value }
    }
}

function global:Invoke-NpmScript($Name, [switch] $Silent) {
    if (-not $Name) { return Get-NpmScript }
    $arguments = @('run', $Name)
    if ($Silent) { $arguments += '--silent' }
    npm @arguments
}

Register-ArgumentCompleter -CommandName Invoke-NpmScript -ParameterName Name -ScriptBlock {
    param($commandName, $parameterName, $wordToComplete)
    Get-NpmScript | Where-Object Name -Like "$wordToComplete*" |
        ForEach-Object { [System.Management.Automation.CompletionResult]::new($_.Name, $_.Name, 'ParameterValue', $_.Command) }
}

Set-Alias -Name nr -Value Invoke-NpmScript -Scope Global
