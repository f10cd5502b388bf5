#Requires -Version 7.0
# 50-dev.ps1 - build/test shortcuts that work in any repository.
# Tier: standard
#
# Uses PowerShell 7 syntax (?:, ??, &&), hence the #Requires above.

$DevBuildConfiguration = $env:CI ? 'Release' : 'Debug'
$DevProjectMarkers = [ordered]@{
    'package.json'   = 'node'
    'Cargo.toml'     = 'rust'
    'go.mod'         = 'go'
    'pyproject.toml' = 'python'
    '*.sln'          = 'dotnet'
    '*.csproj'       = 'dotnet'
    'Makefile'       = 'make'
}

function global:Get-ProjectKind {
    <#
    .SYNOPSIS
        Guesses the build system of the project at -Path from its marker files.
    .OUTPUTS
        node, rust, go, python, dotnet, make, or $null.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([string] $Path = $PWD.ProviderPath)

    foreach ($marker in $DevProjectMarkers.Keys) {
        if (Get-ChildItem -LiteralPath $Path -Filter $marker -File -ErrorAction Ignore | Select-Object -First 1) {
            return $DevProjectMarkers[$marker]
        }
    }
    $null
}

function global:Invoke-ProjectBuild {
    <#
    .SYNOPSIS
        Builds (and with -Test, tests) the project in the current folder with its own tool.
    .EXAMPLE
        Invoke-ProjectBuild -Test -Configuration Release
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [switch] $Test,

        [ValidateSet('Debug', 'Release')]
        [string] $Configuration = $DevBuildConfiguration,

        [string] $Path = $PWD.ProviderPath
    )

    $kind = Get-ProjectKind -Path $Path
    if (-not $kind) { throw "No known project files in $Path" }
    $lower = $Configuration.ToLowerInvariant()
    $verbosity = $VerbosePreference -eq 'Continue' ? 'detailed' : 'minimal'

    $commands = switch ($kind) {
        'node' { , @('npm', 'run', 'build'); if ($Test) { , @('npm', 'test') } }
        'rust' {
            $cargo = @('cargo', 'build')
            if ($Configuration -eq 'Release') { $cargo += '--release' }
            , $cargo
            if ($Test) { , @('cargo', 'test') }
        }
        'go' { , @('go', 'build', './...'); if ($Test) { , @('go', 'test', './...') } }
        'python' { if ($Test) { , @('python', '-m', 'pytest') } }
        'dotnet' {
            , @('dotnet', 'build', '-c', $Configuration, '-v', $verbosity)
            if ($Test) { , @('dotnet', 'test', '-c', $Configuration, '--no-build', '-v', $verbosity) }
        }
        'make' { , @('make', "CONFIG=$lower"); if ($Test) { , @('make', 'test') } }
    }

    foreach ($command in $commands) {
        $tool, $rest = $command
        if (-not (Get-Command $tool -CommandType Application -ErrorAction Ignore)) {
            throw "$tool is not installed"
        }
        if ($PSCmdlet.ShouldProcess($Path, "$tool $($rest -join ' ')")) {
            & $tool @rest
            if ($LASTEXITCODE -ne 0) { throw "$tool failed with exit code $LASTEXITCODE" }
        }
    }
}

function global:Measure-CommandAverage {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)]
        [scriptblock] $ScriptBlock,

        [ValidateRange(1, 1000)]
        [int] $Count = 10
    )

    $times = 1..$Count | ForEach-Object { (Measure-Command -Expression $ScriptBlock).TotalMilliseconds }
    $stats = $times | Measure-Object -Average -Minimum -Maximum
    [pscustomobject]@{
        Runs      = $Count
        AverageMs = [math]::Round($stats.Average, 2)
        MinMs     = [math]::Round($stats.Minimum, 2)
        MaxMs     = [math]::Round($stats.Maximum, 2)
    }
}

Set-Alias -Name build -Value Invoke-ProjectBuild -Scope Global
