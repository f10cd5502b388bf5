# 33-pipeline.ps1 - filters for interactive pipelines. Definitions only.
# Tier: optional

filter Select-NonEmpty {
    # Drops $null, empty strings and whitespace-only strings.
    if ($null -ne $_ -and -not ($_ -is [string] -and [string]::IsNullOrWhiteSpace($_))) { $_ }
}

filter ConvertTo-Trimmed {
    if ($_ -is [string]) { $_.Trim() } else { $_ }
}

function Add-Index {
    # Numbers pipeline objects: Get-ChildItem | Add-Index | Format-Table Index, Name
    param(
        [Parameter(ValueFromPipeline)]
        $InputObject,

        [int] $Start = 1
    )

    begin { $index = $Start }
    process {
        $InputObject | Add-Member -NotePropertyName Index -NotePropertyValue $index -PassThru -Force
        $index++
    }
}

function Select-Unique {
    <#
    .SYNOPSIS
        Keeps the first occurrence of each key, preserving order (Sort-Object -Unique sorts).
    #>
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        $InputObject,

        [Parameter(Position = 0)]
        [scriptblock] $Key = { $_ }
    )

    begin { $seen = [System.Collections.Generic.HashSet[string]]::new() }
    process {
        $k = [string](ForEach-Object -InputObject $InputObject -Process $Key)
        if ($seen.Add($k)) { $InputObject }
    }
}

function Group-Count {
    # Get-ChildItem -Recurse | Group-Count Extension   -> name/count pairs, largest first
    param(
        [Parameter(Mandatory, Position = 0)]
        [string] $Property,

        [Parameter(ValueFromPipeline)]
        $InputObject
    )

    begin { $items = [System.Collections.Generic.List[object]]::new() }
    process { $items.Add($InputObject) }
    end {
        $items | Group-Object -Property $Property -NoElement |
            Sort-Object -Property @{ Expression = 'Count'; Descending = $true }, Name
    }
}
