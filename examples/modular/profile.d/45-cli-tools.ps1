# Dependencies: bootstrap
# Wrappers for command-line tools, one module file per tool; each probes for its tool.
if (Test-FragmentLoaded -FragmentName 'clitools') { return }
try {
    Import-FragmentModules -FragmentRoot $PSScriptRoot -Modules @(
        @{ ModulePath = @("cli-modules", "bat.ps1"); Context = "bat" }
        @{ ModulePath = @("cli-modules", "eza.ps1"); Context = "eza" }
        @{ ModulePath = @("cli-modules", "fzf.ps1"); Context = "fzf" }
    )
    Set-FragmentLoaded -FragmentName 'clitools'
}
catch {
    Write-Warning "45-cli-tools: $_"
}
