# 65-editor.ps1 - editor choice and shortcuts for editing files and the profile itself.
# Dependencies: 00-bootstrap, 05-env
# Tier: standard

# $VISUAL wins over what 05-env.ps1 guessed; a GUI editor is only useful with a display.
if ($env:VISUAL) {
    $EditorPreference = $env:VISUAL
} elseif ($EditorPreference -eq 'code' -and -not $IsWindows -and -not $env:DISPLAY -and -not $env:WAYLAND_DISPLAY) {
    $EditorPreference = if (Test-ProfileCommand nvim) { 'nvim' } elseif (Test-ProfileCommand vim) { 'vim' } else { 'nano' }
}
$ProfileConfig.Editor = $EditorPreference
$ProfileConfig.EditorWaitArgs = @{
    code            = @('--wait')
    'code-insiders' = @('--wait')
    subl            = @('--wait')
}

function global:Edit-File {
    <#
    .SYNOPSIS
        Opens files in $ProfileConfig.Editor; with -Wait, blocks until the editor closes.
    .EXAMPLE
        Get-ChildItem *.ps1 | Edit-File
    #>
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [string[]] $Path = '.',

        [switch] $Wait
    )

    begin { $files = [System.Collections.Generic.List[string]]::new() }
    process { foreach ($p in $Path) { $files.Add($p) } }
    end {
        $editor = $ProfileConfig.Editor
        $arguments = @()
        if ($Wait -and $ProfileConfig.EditorWaitArgs.ContainsKey($editor)) {
            $arguments += $ProfileConfig.EditorWaitArgs[$editor]
        }
        & $editor @arguments @files
    }
}

function global:Edit-Profile {
    # Opens the fragments folder (or one fragment, by partial name).
    param([string] $Fragment)

    if ($Fragment) {
        $match = Get-ChildItem -LiteralPath $ProfileConfig.FragmentsDir -Filter "*$Fragment*.ps1" | Select-Object -First 1
        if (-not $match) { Write-Error "No fragment matching '$Fragment'"; return }
        Edit-File -Path $match.FullName
    } else {
        Edit-File -Path $ProfileConfig.ProfileDir
    }
}

Set-ProfileAlias -Name e -Target Edit-File
Set-ProfileAlias -Name ep -Target Edit-Profile
