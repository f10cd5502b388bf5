# wsl.ps1 - Windows only: helpers for working with WSL distributions.
# Tier: optional

if (-not $IsWindows) { return }
if (-not (Test-ProfileCommand wsl.exe -CommandType Application)) { return }

function global:ConvertTo-WslPath {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string] $Path
    )

    process {
        $full = [System.IO.Path]::GetFullPath($Path)
        if ($full -match '^([A-Za-z]):\\(.*)$') {
            '/mnt/{0}/{1}' -f $Matches[1].ToLowerInvariant(), ($Matches[2] -replace '\\', '/')
        } else {
            $full -replace '\\', '/'
        }
    }
}

function global:Enter-Wsl($Distribution, [switch] $Here) {
    $arguments = @()
    if ($Distribution) { $arguments += @('--distribution', $Distribution) }
    if ($Here) { $arguments += @('--cd', $PWD.ProviderPath) }
    wsl.exe @arguments
}

Set-Alias -Name wslp -Value ConvertTo-WslPath -Scope Global
