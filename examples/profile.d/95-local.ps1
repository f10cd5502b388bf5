# 95-local.ps1 - machine-specific additions that are not committed to the dotfiles repository.
# Tier: optional
#
# profile.local.ps1 sits next to the profile.d folder (and is git-ignored there).

$LocalProfilePath = Join-Path (Split-Path -Parent $PSScriptRoot) 'profile.local.ps1'
if (Test-Path -LiteralPath $LocalProfilePath -PathType Leaf) {
    Write-Verbose "$($MyInvocation.MyCommand.Name): loading $LocalProfilePath"
    . $LocalProfilePath
}
