# dotnet.ps1 - .NET SDK settings and helpers.
# Tier: optional

if (-not (Test-ProfileCommand dotnet -CommandType Application)) { return }

$env:DOTNET_CLI_UI_LANGUAGE = 'en'
if (-not $env:NUGET_PACKAGES) { $env:NUGET_PACKAGES = Join-Path $HOME (Join-Path '.nuget' 'packages') }

function global:Invoke-DotnetWatchTest {
    [CmdletBinding()]
    param(
        [string] $Project = '.',
        [string] $Filter
    )

    $arguments = @('watch', '--project', $Project, 'test')
    if ($Filter) { $arguments += @('--filter', $Filter) }
    dotnet @arguments
}

function global:Clear-DotnetBuildOutput {
    [CmdletBinding(SupportsShouldProcess)]
    param([string] $Path = '.')

    Get-ChildItem -LiteralPath $Path -Recurse -Directory -Include bin, obj -ErrorAction SilentlyContinue |
        Where-Object { Test-Path (Join-Path $_.Parent.FullName '*.*proj') } |
        ForEach-Object {
            if ($PSCmdlet.ShouldProcess($_.FullName, 'Remove')) { Remove-Item -LiteralPath $_.FullName -Recurse -Force }
        }
}

Set-Alias -Name dwt -Value Invoke-DotnetWatchTest -Scope Global
