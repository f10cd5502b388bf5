function Get-Chained { 'chained' }
Set-Alias -Name chn -Value Get-Chained
