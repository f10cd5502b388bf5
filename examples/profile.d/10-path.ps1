# 10-path.ps1 - PATH entries, user tools first.
# Dependencies: 00-bootstrap, 05-env
# Tier: core

$userBins = @(
    (Join-Path $HOME (Join-Path '.local' 'bin'))
    (Join-Path $HOME 'bin')
    (Join-Path $HOME (Join-Path '.dotnet' 'tools'))
    (Join-Path $HOME (Join-Path '.cargo' 'bin'))
    (Join-Path $HOME (Join-Path 'go' 'bin'))
    (Join-Path $ProfileConfig.ToolsDir 'bin')
)
$userBins | Add-PathEntry -Prepend

if ($IsWindows) {
    Add-PathEntry -Path (Join-Path $env:LOCALAPPDATA 'Programs\Git\cmd')
    Add-PathEntry -Path (Join-Path $env:ProgramFiles 'Docker\Docker\resources\bin')
    Add-PathEntry -Path (Join-Path $env:USERPROFILE 'scoop\shims') -Prepend
} elseif ($IsMacOS) {
    Add-PathEntry -Path '/opt/homebrew/bin' -Prepend
    Add-PathEntry -Path '/opt/homebrew/sbin'
} else {
    Add-PathEntry -Path '/snap/bin'
    Add-PathEntry -Path '/home/linuxbrew/.linuxbrew/bin'
}

# Go and Node keep their own homes; point PATH at them when they exist.
if (-not $env:GOPATH) { $env:GOPATH = Join-Path $HOME 'go' }
$npmPrefix = Join-Path $HOME '.npm-global'
Add-PathEntry -Path (Join-Path $npmPrefix 'bin')

Write-ProfileVerbose "path: $(@($env:PATH -split [System.IO.Path]::PathSeparator).Count) entries"
