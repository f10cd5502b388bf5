<#
    20-git.ps1 - git helpers and aliases.

    Dependencies: 00-bootstrap, 05-env
    Tier: standard

    Get-GitBranchName reads .git/HEAD itself, so the prompt can show the branch without starting
    git.exe on every keystroke, and works on machines without git at all.
#>

if ($global:__ProfileGitLoaded) { return }
$global:__ProfileGitLoaded = $true

function global:Get-GitDirectory {
    <#
    .SYNOPSIS
        The .git directory of the repository containing -Path, or $null.
    .NOTES
        Handles worktrees and submodules, where .git is a file holding "gitdir: <path>".
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([string] $Path = $PWD.ProviderPath)

    if (-not $Path) { return $null }
    $dir = [System.IO.DirectoryInfo]::new($Path)
    while ($null -ne $dir) {
        $candidate = Join-Path $dir.FullName '.git'
        if ([System.IO.Directory]::Exists($candidate)) { return $candidate }
        if ([System.IO.File]::Exists($candidate)) {
            $line = [System.IO.File]::ReadAllLines($candidate) | Select-Object -First 1
            if ($line -match '^gitdir:\s*(.+)$') {
                $target = $Matches[1].Trim()
                if (-not [System.IO.Path]::IsPathRooted($target)) { $target = Join-Path $dir.FullName $target }
                return [System.IO.Path]::GetFullPath($target)
            }
        }
        $dir = $dir.Parent
    }
    $null
}

function global:Get-GitBranchName {
    <#
    .SYNOPSIS
        Current branch name (or short commit when detached), $null outside a repository.
    .EXAMPLE
        Get-GitBranchName -Path ~/src/fragbundle
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([string] $Path = $PWD.ProviderPath)

    $gitDir = Get-GitDirectory -Path $Path
    if (-not $gitDir) { return $null }
    $headFile = Join-Path $gitDir 'HEAD'
    if (-not [System.IO.File]::Exists($headFile)) { return $null }

    $head = ([System.IO.File]::ReadAllText($headFile)).Trim()
    if ($head -match '^ref:\s*refs/heads/(.+)$') { return $Matches[1] }
    if ($head -match '^[0-9a-f]{7,}$') { return $head.Substring(0, 7) }
    $null
}

function Get-GitStatusSummary {
    [CmdletBinding()]
    param([switch] $IncludeUntracked)

    if (-not (Get-Command git -ErrorAction SilentlyContinue)) { return $null }
    $untracked = if ($IncludeUntracked) { '--untracked-files=normal' } else { '--untracked-files=no' }
    $lines = @(git status --porcelain=v1 $untracked 2>$null)
    if ($LASTEXITCODE -ne 0) { return $null }
    [pscustomobject]@{
        Branch    = Get-GitBranchName
        Staged    = @($lines | Where-Object { $_ -match '^[MADRC]' }).Count
        Modified  = @($lines | Where-Object { $_ -match '^.[MD]' }).Count
        Untracked = @($lines | Where-Object { $_ -like '`?`?*' }).Count
    }
}

filter Select-GitChangedPath {
    # git status --porcelain lines in, paths out:  git status --porcelain | Select-GitChangedPath
    if ($_ -match '^.. (?:.+ -> )?(.+)$') { $Matches[1].Trim('"') }
}

function global:Set-GitLocation {
    # cd to the top of the current repository.
    $gitDir = Get-GitDirectory
    if ($gitDir) { Set-Location (Split-Path -Parent $gitDir) }
}

# Everything below needs git itself.
if (-not (Test-ProfileCommand git -CommandType Application)) {
    Write-ProfileVerbose 'git: not installed, wrappers skipped'
    return
}

Set-ProfileFunction -Name Invoke-GitStatus -Body { git status --short --branch @args }
Set-ProfileFunction -Name Invoke-GitLog -Body {
    param([int] $Count = 20)
    git log --graph --decorate --oneline "-$Count" @args
}
Set-ProfileFunction -Name Invoke-GitCheckout -Body {
    param([Parameter(Mandatory)][string] $Branch)
    git switch $Branch 2>$null
    if ($LASTEXITCODE -ne 0) { git switch --create $Branch }
}
Set-ProfileFunction -Name Remove-GitMergedBranch -Body {
    [CmdletBinding(SupportsShouldProcess)]
    param([string] $Base = 'main')
    git branch --merged $Base --format '%(refname:short)' |
        Where-Object { $_ -and $_ -ne $Base } |
        ForEach-Object {
            if ($PSCmdlet.ShouldProcess($_, 'git branch -d')) { git branch -d $_ }
        }
}

Set-Alias -Name gst -Value Invoke-GitStatus -Scope Global
Set-Alias -Name glg -Value Invoke-GitLog -Scope Global
Set-ProfileAlias -Name gco -Target Invoke-GitCheckout
Set-ProfileAlias gcd Set-GitLocation

if ($ProfileConfig.Editor -eq 'code' -and -not $env:GIT_EDITOR) {
    $env:GIT_EDITOR = 'code --wait'
}
