Get-Greeting
Get-Plain
(Get-Help Get-Plain).Synopsis
