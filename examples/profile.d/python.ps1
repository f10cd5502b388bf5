# python.ps1 - Python environment settings and virtualenv activation.
# Tier: optional

$env:PYTHONDONTWRITEBYTECODE = '1'
$env:PIP_DISABLE_PIP_VERSION_CHECK = '1'
$env:VIRTUAL_ENV_DISABLE_PROMPT = '1'   # 90-prompt.ps1 shows the venv itself

function global:Enable-Venv {
    <#
    .SYNOPSIS
        Activates the nearest .venv (or venv) folder in this directory or a parent.
    #>
    [CmdletBinding()]
    param([string] $Path = $PWD.ProviderPath)

    $dir = [System.IO.DirectoryInfo]::new($Path)
    while ($dir) {
        foreach ($name in '.venv', 'venv') {
            $bin = if ($IsWindows) { 'Scripts' } else { 'bin' }
            $activate = Join-Path $dir.FullName $name $bin 'Activate.ps1'
            if (Test-Path -LiteralPath $activate) {
                . $activate
                return
            }
        }
        $dir = $dir.Parent
    }
    Write-Error "No .venv or venv folder above $Path"
}

if (-not $IsWindows -and -not (Get-Command python -CommandType Application -ErrorAction Ignore) -and
    (Test-ProfileCommand python3 -CommandType Application)) {
    Set-Alias -Name python -Value python3 -Scope Global
}

Set-Alias -Name venv -Value Enable-Venv -Scope Global
