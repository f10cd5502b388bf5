# 90-prompt.ps1 - the prompt. starship when installed, otherwise a small native one.
# Dependencies: 00-bootstrap, 05-env, 20-git, 26-kubectl, 45-types
# Tier: essential

if ((Test-ProfileCommand starship -CommandType Application) -and -not $env:PROFILE_NO_STARSHIP) {
    $env:STARSHIP_SHELL = 'pwsh'
    & starship init powershell --print-full-init | Out-String | Invoke-Expression
    return
}

# Decide once which segments this machine can show; the prompt itself stays cheap.
$PromptOptions = [PromptSegments]'Path, ExitCode, Duration'
if ($ProfileConfig.GitPrompt -and (Get-Command Get-GitBranchName -ErrorAction SilentlyContinue)) {
    $PromptOptions = $PromptOptions -bor [PromptSegments]::Git
}
if (Test-Path -Path Function:\Get-KubeContext) {
    $PromptOptions = $PromptOptions -bor [PromptSegments]::Kube
}

function global:Get-PromptPath {
    # ~ for $HOME, and only the last three parts of long paths.
    $path = $PWD.ProviderPath
    if ($path.StartsWith($HOME, [System.StringComparison]::OrdinalIgnoreCase)) {
        $path = '~' + $path.Substring($HOME.Length)
    }
    $separator = [System.IO.Path]::DirectorySeparatorChar
    $parts = $path.Split($separator, [System.StringSplitOptions]::RemoveEmptyEntries)
    if ($parts.Count -gt 4) {
        $path = ([char]0x2026).ToString() + $separator + ($parts[-3..-1] -join $separator)
    }
    $path
}

function global:prompt {
    $lastSucceeded = $?
    $lastExit = $global:LASTEXITCODE
    $esc = [char]27
    $segments = [System.Collections.Generic.List[string]]::new()

    if ($env:VIRTUAL_ENV) {
        $segments.Add("$esc[33m($(Split-Path -Leaf $env:VIRTUAL_ENV))$esc[0m")
    }
    if ($PromptOptions.HasFlag([PromptSegments]::Path)) {
        $segments.Add("$esc[34m$(Get-PromptPath)$esc[0m")
    }
    if ($PromptOptions.HasFlag([PromptSegments]::Git)) {
        $branch = Get-GitBranchName
        if ($branch) { $segments.Add("$esc[35m$branch$esc[0m") }
    }
    if ($PromptOptions.HasFlag([PromptSegments]::Kube)) {
        $context = Get-KubeContext
        if ($context) { $segments.Add("$esc[36m⎈ $context$esc[0m") }
    }
    if ($PromptOptions.HasFlag([PromptSegments]::Duration)) {
        $last = Get-History -Count 1
        if ($last) {
            $seconds = ($last.EndExecutionTime - $last.StartExecutionTime).TotalSeconds
            if ($seconds -ge 2) { $segments.Add("$esc[90m$([math]::Round($seconds, 1))s$esc[0m") }
        }
    }
    if ($PromptOptions.HasFlag([PromptSegments]::ExitCode) -and -not $lastSucceeded) {
        $code = if ($lastExit) { " $lastExit" } else { '' }
        $segments.Add("$esc[31m✘$code$esc[0m")
    }

    $global:LASTEXITCODE = $lastExit
    $marker = if (Test-IsAdmin) { '#' } else { '>' }
    "$($segments -join ' ')`n$marker "
}
