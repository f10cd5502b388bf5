# 15-text.ps1 - string helpers, kept in lib/ and dot-sourced from here.
# Dependencies: 00-bootstrap
# Tier: standard

# The library files live next to this fragment; $PSScriptRoot is this file's folder.
. (Join-Path $PSScriptRoot 'lib/strings.ps1')
. (Join-Path $PSScriptRoot 'lib' 'encoding.ps1')

Set-ProfileAlias -Name title -Target ConvertTo-TitleCase
Set-ProfileAlias -Name b64 -Target ConvertTo-Base64
Set-ProfileAlias -Name unb64 -Target ConvertFrom-Base64
