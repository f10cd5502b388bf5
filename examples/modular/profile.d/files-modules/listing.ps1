function global:Get-ChildItemWide { Get-ChildItem @args | Format-Wide -AutoSize }
Set-Alias -Name lw -Value Get-ChildItemWide -Scope Global
