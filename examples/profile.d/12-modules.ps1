# 12-modules.ps1 - optional modules, imported only when installed.
# Tier: essential
#
# An eager Import-Module costs 200-650 ms each, so only the ones used in every session are here;
# everything else is left to module auto-loading.

$ProfileModules = @(
    @{ Name = 'Terminal-Icons'; Interactive = $true }
    @{ Name = 'posh-git'; Interactive = $true }
    @{ Name = 'z'; Interactive = $false }
)

foreach ($module in $ProfileModules) {
    if ($module.Interactive -and [Console]::IsOutputRedirected) { continue }
    if (Get-Module -Name $module.Name) { continue }
    if (Get-Module -ListAvailable -Name $module.Name) {
        Import-Module -Name $module.Name -DisableNameChecking -Scope Global
    }
}

# posh-git writes its own prompt; ours in 90-prompt.ps1 only borrows its status when loaded.
if (Get-Module -Name posh-git) {
    $GitPromptSettings.EnableFileStatus = $false
}
