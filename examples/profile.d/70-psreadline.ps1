# 70-psreadline.ps1 - line editing: history search, prediction, key bindings.
# Tier: essential
#
# Skipped when PSReadLine is not installed or the host is not an interactive console (VS Code's
# PowerShell extension, ISE, remoting, CI). Prediction needs a real terminal on stdout.

if (-not (Get-Module -ListAvailable -Name PSReadLine)) { return }
if ($Host.Name -ne 'ConsoleHost' -or -not [Environment]::UserInteractive) { return }

$psReadLineOptions = @{
    EditMode                      = 'Emacs'
    BellStyle                     = 'None'
    HistoryNoDuplicates           = $true
    HistorySearchCursorMovesToEnd = $true
    MaximumHistoryCount           = 20000
    ShowToolTips                  = $true
    AddToHistoryHandler           = {
        param([string] $line)
        # Keep secrets out of the history file.
        $line -notmatch '(password|secret|token|apikey)\s*[=:]'
    }
}
Set-PSReadLineOption @psReadLineOptions

if (-not [Console]::IsOutputRedirected -and (Get-Module -ListAvailable -Name PSReadLine | Where-Object Version -GE '2.2.0')) {
    Set-PSReadLineOption -PredictionSource HistoryAndPlugin -PredictionViewStyle ListView
}

Set-PSReadLineKeyHandler -Key UpArrow -Function HistorySearchBackward
Set-PSReadLineKeyHandler -Key DownArrow -Function HistorySearchForward
Set-PSReadLineKeyHandler -Key Tab -Function MenuComplete
Set-PSReadLineKeyHandler -Chord 'Ctrl+d' -Function DeleteCharOrExit
Set-PSReadLineKeyHandler -Chord 'Ctrl+w' -Function BackwardKillWord

# Alt+g: insert the current git branch at the cursor (Get-GitBranchName from 20-git.ps1).
Set-PSReadLineKeyHandler -Chord 'Alt+g' -BriefDescription InsertGitBranch -Description 'Insert the current git branch' -ScriptBlock {
    $branch = if (Get-Command Get-GitBranchName -ErrorAction Ignore) { Get-GitBranchName }
    if ($branch) { [Microsoft.PowerShell.PSConsoleReadLine]::Insert($branch) }
}

# F7: pick a line from history with Out-GridView when available, else a numbered list.
Set-PSReadLineKeyHandler -Key F7 -BriefDescription HistoryPicker -ScriptBlock {
    $line = $null
    $cursor = $null
    [Microsoft.PowerShell.PSConsoleReadLine]::GetBufferState([ref]$line, [ref]$cursor)
    $history = [Microsoft.PowerShell.PSConsoleReadLine]::GetHistoryItems() |
        Select-Object -ExpandProperty CommandLine -Last 200 |
        Where-Object { $_ -like "*$line*" } |
        Select-Object -Unique
    if (Get-Command Out-GridView -ErrorAction Ignore) {
        $picked = $history | Out-GridView -Title 'History' -OutputMode Single
        if ($picked) {
            [Microsoft.PowerShell.PSConsoleReadLine]::RevertLine()
            [Microsoft.PowerShell.PSConsoleReadLine]::Insert($picked)
        }
    }
}

# Smart quotes: typing " inserts a pair, typing it before a closing " just moves over it.
Set-PSReadLineKeyHandler -Chord '"', "'" -BriefDescription SmartInsertQuote -ScriptBlock {
    param($key, $arg)

    $quote = $key.KeyChar
    $line = $null
    $cursor = $null
    [Microsoft.PowerShell.PSConsoleReadLine]::GetBufferState([ref]$line, [ref]$cursor)
    if ($cursor -lt $line.Length -and $line[$cursor] -eq $quote) {
        [Microsoft.PowerShell.PSConsoleReadLine]::SetCursorPosition($cursor + 1)
    } else {
        [Microsoft.PowerShell.PSConsoleReadLine]::Insert("$quote$quote")
        [Microsoft.PowerShell.PSConsoleReadLine]::SetCursorPosition($cursor + 1)
    }
}
