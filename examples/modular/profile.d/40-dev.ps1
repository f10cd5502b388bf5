# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'dev') { return }
try {
    Import-FragmentModules -FragmentRoot $PSScriptRoot -Modules @(
        @{ ModulePath = @("dev-modules", "node.ps1"); Context = "node" }
        @{ ModulePath = @("dev-modules", "python.ps1"); Context = "python" }
    )
    Set-FragmentLoaded -FragmentName 'dev'
}
catch {
    Write-Warning "40-dev: $_"
}
