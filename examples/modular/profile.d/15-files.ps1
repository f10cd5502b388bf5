# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'files') { return }
try {
    Import-FragmentModule -FragmentRoot $PSScriptRoot -ModulePath @("files-modules", "navigation.ps1") -Context "navigation"
    Import-FragmentModule -FragmentRoot $PSScriptRoot -ModulePath @("files-modules", "listing.ps1") -Context "listing"
    Set-FragmentLoaded -FragmentName 'files'
}
catch {
    Write-Warning "15-files: $_"
}
