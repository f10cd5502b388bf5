# lib/strings.ps1 - string helpers. Dot-sourced by 15-text.ps1; not a fragment itself.

function ConvertTo-TitleCase {
    <#
    .SYNOPSIS
        Capitalises each word, using the invariant culture so the result does not depend on
        the machine's language settings.
    .EXAMPLE
        'hello big world' | ConvertTo-TitleCase   # Hello Big World
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $InputObject,

        # Lower-case everything first ("HELLO" becomes "Hello", not "HELLO").
        [switch] $Force
    )

    process {
        $text = if ($Force) { $InputObject.ToLowerInvariant() } else { $InputObject }
        [System.Globalization.CultureInfo]::InvariantCulture.TextInfo.ToTitleCase($text)
    }
}

function Split-CamelCase {
    <#
    .SYNOPSIS
        Splits "GetChildItem" or "HTTPServerError" into words.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string] $InputObject,

        [string] $Separator = ' '
    )

    process {
        $words = [regex]::Split($InputObject, '(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])') |
            Where-Object { $_ }
        $words -join $Separator
    }
}

function Remove-Diacritics([string] $Text) {
    if (-not $Text) { return $Text }
    $decomposed = $Text.Normalize([System.Text.NormalizationForm]::FormD)
    $builder = [System.Text.StringBuilder]::new($decomposed.Length)
    foreach ($char in $decomposed.ToCharArray()) {
        $category = [System.Globalization.CharUnicodeInfo]::GetUnicodeCategory($char)
        if ($category -ne [System.Globalization.UnicodeCategory]::NonSpacingMark) {
            [void]$builder.Append($char)
        }
    }
    $builder.ToString().Normalize([System.Text.NormalizationForm]::FormC)
}

function Format-Truncated($Text, $Width = 40) {
    # Shortens text to $Width characters with an ellipsis in the middle, for prompts and tables.
    $s = [string]$Text
    if ($s.Length -le $Width -or $Width -lt 5) { return $s }
    $keep = $Width - 1
    $head = [math]::Ceiling($keep / 2)
    $tail = $keep - $head
    $s.Substring(0, $head) + [char]0x2026 + $s.Substring($s.Length - $tail)
}

function Get-StringHash {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string] $InputObject,

        [ValidateSet('SHA1', 'SHA256', 'SHA512', 'MD5')]
        [string] $Algorithm = 'SHA256'
    )

    process {
        $bytes = [System.Text.Encoding]::UTF8.GetBytes($InputObject)
        $hash = switch ($Algorithm) {
            'SHA1' { [System.Security.Cryptography.SHA1]::HashData($bytes) }
            'SHA256' { [System.Security.Cryptography.SHA256]::HashData($bytes) }
            'SHA512' { [System.Security.Cryptography.SHA512]::HashData($bytes) }
            'MD5' { [System.Security.Cryptography.MD5]::HashData($bytes) }
        }
        [System.Convert]::ToHexString($hash).ToLowerInvariant()
    }
}
