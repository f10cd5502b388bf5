# 80-aliases.ps1 - short names for functions defined by earlier fragments.
# Dependencies: 00-bootstrap
# Tier: standard
#
# An alias only names its target; the target is looked up when the alias is used, so these
# may point at functions that are loaded lazily.

Set-ProfileAlias -Name ff -Target Find-File
Set-ProfileAlias -Name ss -Target Find-InFiles
Set-ProfileAlias -Name dsize -Target Get-DirectorySize
Set-ProfileAlias -Name bytes -Target Format-Bytes
Set-ProfileAlias -Name slug -Target ConvertTo-Slug
Set-ProfileAlias -Name hgrep -Target Search-CommandHistory
Set-ProfileAlias -Name uniq -Target Select-Unique
Set-ProfileAlias -Name port -Target Test-TcpPort
Set-ProfileAlias -Name src -Target Get-CommandSource

New-Alias -Name head -Value Get-FileHead -Scope Global -Force -Description 'profile.d'
New-Alias -Name tail -Value Get-FileTail -Scope Global -Force -Description 'profile.d'
New-Alias -Name mktmpdir -Value New-TemporaryDirectory -Scope Global -Force

# Unix habits on Windows only: on Linux and macOS these names are real programs.
if ($IsWindows) {
    Set-Alias -Name which -Value Get-CommandSource -Scope Global
    Set-Alias -Name touch -Value New-Item -Scope Global
    Set-Alias -Name grep -Value Select-String -Scope Global
}

Set-Alias -Name nonempty -Value Select-NonEmpty -Scope Global
