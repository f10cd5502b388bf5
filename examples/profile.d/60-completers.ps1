# 60-completers.ps1 - tab completion for profile commands and a few native tools.
# Dependencies: 00-bootstrap
# Tier: essential
#
# Completers run only when Tab is pressed; registering them is cheap. Native tools are asked
# for completions lazily (inside the script block), never while the profile loads.

Register-ArgumentCompleter -CommandName Set-ProjectLocation -ParameterName Name -ScriptBlock {
    param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)

    Get-ProjectDirectory -Filter "$wordToComplete*" |
        Sort-Object -Property Name -Unique |
        ForEach-Object {
            [System.Management.Automation.CompletionResult]::new($_.Name, $_.Name, 'ParameterValue', $_.FullName)
        }
}

Register-ArgumentCompleter -CommandName Set-KubeContext -ParameterName Name -ScriptBlock {
    param($commandName, $parameterName, $wordToComplete)

    $config = ($env:KUBECONFIG ?? (Join-Path $HOME '.kube/config')) -split [System.IO.Path]::PathSeparator |
        Select-Object -First 1
    if (-not (Test-Path -LiteralPath $config)) { return }
    Select-String -LiteralPath $config -Pattern '^\s*-?\s*name:\s*"?([^"]+)"?\s*$' |
        ForEach-Object { $_.Matches[0].Groups[1].Value } |
        Where-Object { $_ -like "$wordToComplete*" } |
        Sort-Object -Unique |
        ForEach-Object { [System.Management.Automation.CompletionResult]::new($_) }
}

$gitBranchCompleter = {
    param($commandName, $parameterName, $wordToComplete)

    if (-not (Get-Command git -CommandType Application -ErrorAction Ignore)) { return }
    git branch --format '%(refname:short)' 2>$null |
        Where-Object { $_ -like "$wordToComplete*" } |
        ForEach-Object { [System.Management.Automation.CompletionResult]::new($_) }
}
Register-ArgumentCompleter -CommandName Invoke-GitCheckout, gco -ParameterName Branch -ScriptBlock $gitBranchCompleter

Register-ArgumentCompleter -CommandName Format-Bytes -ParameterName Precision -ScriptBlock {
    0..3 | ForEach-Object { [System.Management.Automation.CompletionResult]::new("$_") }
}

# kubectl/k: a small static list, so Tab never waits for a cluster.
if (Test-ProfileCommand kubectl -CommandType Application) {
    Register-ArgumentCompleter -Native -CommandName kubectl, k -ScriptBlock {
        param($wordToComplete, $commandAst, $cursorPosition)

        $verbs = 'apply', 'config', 'create', 'delete', 'describe', 'edit', 'exec', 'explain', 'get',
        'logs', 'port-forward', 'rollout', 'scale', 'top'
        $words = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })
        if ($words.Count -gt 1 -or ($words.Count -eq 1 -and -not $wordToComplete)) {
            $verbs = 'pods', 'deployments', 'services', 'nodes', 'namespaces', 'configmaps', 'secrets'
        }
        $verbs | Where-Object { $_ -like "$wordToComplete*" } |
            ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
    }
}

if (Test-ProfileCommand docker -CommandType Application) {
    Register-ArgumentCompleter -Native -CommandName docker -ScriptBlock {
        param($wordToComplete, $commandAst, $cursorPosition)

        'build', 'compose', 'exec', 'images', 'inspect', 'logs', 'ps', 'pull', 'push', 'rm', 'rmi', 'run', 'stop' |
            Where-Object { $_ -like "$wordToComplete*" } |
            ForEach-Object { [System.Management.Automation.CompletionResult]::new($_) }
    }
}

if (Test-ProfileCommand dotnet -CommandType Application) {
    Register-ArgumentCompleter -Native -CommandName dotnet -ScriptBlock {
        param($wordToComplete, $commandAst, $cursorPosition)

        dotnet complete --position $cursorPosition "$commandAst" 2>$null | ForEach-Object {
            [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
        }
    }
}
