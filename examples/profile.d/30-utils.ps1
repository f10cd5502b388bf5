# 30-utils.ps1 - small general-purpose functions. Definitions only: nothing runs at load time.
# Tier: standard

function Format-Bytes {
    <#
    .SYNOPSIS
        Formats a byte count for humans: 1536 -> "1.5 KB".
    .DESCRIPTION
        Decimal units (1000) by default, binary units (1024, KiB/MiB) with -Binary.
        Always uses the invariant culture, so output does not depend on the locale.
    .PARAMETER Binary
        Use powers of 1024 and IEC unit names.
    .PARAMETER Precision
        Digits after the decimal point (trailing zeros are dropped).
    .EXAMPLE
        1536 | Format-Bytes -Binary        # 1.5 KiB
    .EXAMPLE
        Get-ChildItem | Measure-Object Length -Sum | ForEach-Object Sum | Format-Bytes
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('Length', 'Size')]
        [double] $Bytes,

        [switch] $Binary,

        [ValidateRange(0, 6)]
        [int] $Precision = 1
    )

    begin {
        $base = if ($Binary) { 1024.0 } else { 1000.0 }
        $units = if ($Binary) {
            'B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'
        } else {
            'B', 'KB', 'MB', 'GB', 'TB', 'PB'
        }
        $culture = [System.Globalization.CultureInfo]::InvariantCulture
    }

    process {
        $value = [math]::Abs($Bytes)
        $sign = if ($Bytes -lt 0) { '-' } else { '' }
        $index = 0
        while ($value -ge $base -and $index -lt $units.Count - 1) {
            $value /= $base
            $index++
        }
        if ($index -eq 0) {
            return '{0}{1} {2}' -f $sign, [long]$value, $units[0]
        }
        $number = [math]::Round($value, $Precision).ToString("0.$('#' * $Precision)", $culture)
        '{0}{1} {2}' -f $sign, $number, $units[$index]
    }
}

function ConvertTo-Slug {
    <#
    .SYNOPSIS
        Turns a title into a URL/file-name friendly slug: "Héllo, World!" -> "hello-world".
    .EXAMPLE
        'My Blog Post: Part 2' | ConvertTo-Slug    # my-blog-post-part-2
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $InputObject,

        [char] $Separator = '-',

        [ValidateRange(1, 200)]
        [int] $MaxLength = 80
    )

    process {
        $text = $InputObject.Normalize([System.Text.NormalizationForm]::FormD)
        $text = [regex]::Replace($text, '\p{Mn}', '')
        $text = $text.ToLowerInvariant()
        $text = [regex]::Replace($text, '[^a-z0-9]+', [string]$Separator)
        $text = $text.Trim($Separator)
        if ($text.Length -gt $MaxLength) {
            $text = $text.Substring(0, $MaxLength).TrimEnd($Separator)
        }
        $text
    }
}

function Join-PathSegments($Base, $Child) {
    # Join-Path that accepts an array of children and never touches the file system.
    $result = [string]$Base
    foreach ($segment in @($Child)) {
        $result = [System.IO.Path]::Join($result, [string]$segment)
    }
    $result
}

function Get-Plural($Count, $Singular, $Plural) {
    if (-not $Plural) { $Plural = "${Singular}s" }
    '{0} {1}' -f $Count, $(if ($Count -eq 1) { $Singular } else { $Plural })
}

function Invoke-WithRetry {
    <#
    .SYNOPSIS
        Runs a script block until it succeeds or -Attempts is used up.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)]
        [scriptblock] $ScriptBlock,

        [ValidateRange(1, 100)]
        [int] $Attempts = 3,

        [ValidateRange(0, 60000)]
        [int] $DelayMilliseconds = 500,

        [switch] $Exponential
    )

    for ($attempt = 1; $attempt -le $Attempts; $attempt++) {
        try {
            return & $ScriptBlock
        } catch {
            if ($attempt -eq $Attempts) { throw }
            $delay = if ($Exponential) { $DelayMilliseconds * [math]::Pow(2, $attempt - 1) } else { $DelayMilliseconds }
            Write-Verbose "Attempt $attempt failed: $($_.Exception.Message); retrying in $delay ms"
            Start-Sleep -Milliseconds $delay
        }
    }
}

function Test-IsAdmin {
    if ($IsWindows) {
        $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
        $principal = [System.Security.Principal.WindowsPrincipal]::new($identity)
        return $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)
    }
    [System.Environment]::UserName -eq 'root'
}
