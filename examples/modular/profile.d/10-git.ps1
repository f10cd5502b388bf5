# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'git') { return }
try {
    Import-FragmentModules -FragmentRoot $PSScriptRoot -Modules @(
        @{ ModulePath = @("git-modules", "core.ps1"); Context = "git core" }
        @{ ModulePath = @("git-modules", "enhanced", "log.ps1"); Context = "git log" }
    )
    Set-FragmentLoaded -FragmentName 'git'
}
catch {
    Write-Warning "10-git: $_"
}
