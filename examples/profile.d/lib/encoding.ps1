# lib/encoding.ps1 - Base64 and URL encoding. Dot-sourced by 15-text.ps1; not a fragment itself.

function ConvertTo-Base64 {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $InputObject,

        # Use the URL-safe alphabet without padding (as in JWTs).
        [switch] $UrlSafe
    )

    process {
        $encoded = [System.Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($InputObject))
        if ($UrlSafe) {
            $encoded = $encoded.TrimEnd('=').Replace('+', '-').Replace('/', '_')
        }
        $encoded
    }
}

function ConvertFrom-Base64 {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string] $InputObject
    )

    process {
        $s = $InputObject.Trim().Replace('-', '+').Replace('_', '/')
        switch ($s.Length % 4) {
            2 { $s += '==' }
            3 { $s += '=' }
        }
        [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($s))
    }
}

function ConvertFrom-Jwt {
    <#
    .SYNOPSIS
        Decodes a JWT's header and payload (no signature check).
    #>
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string] $Token
    )

    process {
        $parts = $Token.Split('.')
        if ($parts.Count -lt 2) { throw "Not a JWT: expected header.payload.signature" }
        [pscustomobject]@{
            Header  = $parts[0] | ConvertFrom-Base64 | ConvertFrom-Json
            Payload = $parts[1] | ConvertFrom-Base64 | ConvertFrom-Json
        }
    }
}

function ConvertTo-UrlEncoded($Text) { [System.Uri]::EscapeDataString([string]$Text) }

function ConvertFrom-UrlEncoded($Text) { [System.Uri]::UnescapeDataString([string]$Text) }
