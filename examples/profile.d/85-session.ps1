[CmdletBinding()]
param()
# 85-session.ps1 - session defaults: default parameter values, history size, error view.
# Tier: essential
#
# Written as an advanced script so `. ./85-session.ps1 -Verbose` shows what it does.

Write-Verbose "session defaults from $(Split-Path -Leaf $PSCommandPath)"

$PSDefaultParameterValues['Out-File:Encoding'] = 'utf8'
$PSDefaultParameterValues['Set-Content:Encoding'] = 'utf8'
$PSDefaultParameterValues['Export-Csv:NoTypeInformation'] = $true
$PSDefaultParameterValues['Format-Table:AutoSize'] = $true
$PSDefaultParameterValues['Invoke-WebRequest:UseBasicParsing'] = $true
$PSDefaultParameterValues['Install-Module:Scope'] = 'CurrentUser'
$PSDefaultParameterValues['Update-Help:ErrorAction'] = 'SilentlyContinue'

$global:MaximumHistoryCount = 10000
$global:ErrorView = 'ConciseView'
$global:ProgressPreference = 'SilentlyContinue'   # Invoke-WebRequest is much faster without it

if ($PSVersionTable.PSVersion -ge [version]'7.2') {
    $PSStyle.FileInfo.Directory = "$($PSStyle.Bold)$($PSStyle.Foreground.Blue)"
    $PSStyle.Formatting.TableHeader = $PSStyle.Foreground.BrightBlack
    if ($env:NO_COLOR) { $PSStyle.OutputRendering = 'PlainText' }
}

Write-Verbose "session defaults: $($PSDefaultParameterValues.Count) default parameter values"
