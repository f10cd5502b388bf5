# 40-files.ps1 - finding and measuring files. Definitions only: nothing runs at load time.
# Tier: standard

function Find-File {
    <#
    .SYNOPSIS
        Recursively finds files whose name matches a wildcard, skipping VCS and dependency folders.
    .EXAMPLE
        Find-File *.ps1 -Path ~/dotfiles
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)]
        [string] $Pattern,

        [Parameter(Position = 1)]
        [string] $Path = '.',

        [string[]] $ExcludeDirectory = @('.git', 'node_modules', 'bin', 'obj', '.venv'),

        [switch] $IncludeHidden
    )

    $stack = [System.Collections.Generic.Stack[System.IO.DirectoryInfo]]::new()
    $stack.Push([System.IO.DirectoryInfo]::new((Resolve-Path -LiteralPath $Path).ProviderPath))
    while ($stack.Count -gt 0) {
        $dir = $stack.Pop()
        try {
            foreach ($file in $dir.EnumerateFiles($Pattern)) {
                if (-not $IncludeHidden -and $file.Attributes.HasFlag([System.IO.FileAttributes]::Hidden)) { continue }
                $file
            }
            foreach ($sub in $dir.EnumerateDirectories()) {
                if ($sub.Name -in $ExcludeDirectory) { continue }
                if (-not $IncludeHidden -and $sub.Name.StartsWith('.')) { continue }
                $stack.Push($sub)
            }
        } catch [System.UnauthorizedAccessException] {
            Write-Verbose "Find-File: no access to $($dir.FullName)"
        }
    }
}

function Find-InFiles {
    <#
    .SYNOPSIS
        grep for PowerShell: Select-String over Find-File results.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)]
        [string] $Pattern,

        [Parameter(Position = 1)]
        [string] $Include = '*',

        [string] $Path = '.',

        [switch] $CaseSensitive,

        [switch] $SimpleMatch
    )

    Find-File -Pattern $Include -Path $Path |
        Select-String -Pattern $Pattern -CaseSensitive:$CaseSensitive -SimpleMatch:$SimpleMatch
}

function Get-DirectorySize {
    <#
    .SYNOPSIS
        Total size of each directory given (or piped), formatted with Format-Bytes.
    #>
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [string[]] $Path = '.',

        [switch] $Binary
    )

    process {
        foreach ($p in $Path) {
            $bytes = (Get-ChildItem -LiteralPath $p -Recurse -File -Force -ErrorAction SilentlyContinue |
                    Measure-Object -Property Length -Sum).Sum
            [pscustomobject]@{
                Path  = (Resolve-Path -LiteralPath $p).ProviderPath
                Bytes = [long]$bytes
                Size  = Format-Bytes -Bytes ([double]$bytes) -Binary:$Binary
            }
        }
    }
}

function New-TemporaryDirectory {
    # A fresh directory under $env:TEMP (or the platform temp folder), returned as DirectoryInfo.
    $root = if ($env:TEMP) { $env:TEMP } else { [System.IO.Path]::GetTempPath() }
    $name = 'tmp-' + [System.IO.Path]::GetRandomFileName().Replace('.', '')
    New-Item -ItemType Directory -Path (Join-Path $root $name)
}

function Get-FileHead($Path, $Lines = 10) {
    Get-Content -LiteralPath $Path -TotalCount $Lines
}

function Get-FileTail($Path, $Lines = 10, [switch] $Wait) {
    Get-Content -LiteralPath $Path -Tail $Lines -Wait:$Wait
}

function Test-FileIsBinary {
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [string] $Path
    )

    process {
        $buffer = [byte[]]::new(8000)
        $stream = [System.IO.File]::OpenRead((Resolve-Path -LiteralPath $Path).ProviderPath)
        try {
            $read = $stream.Read($buffer, 0, $buffer.Length)
        } finally {
            $stream.Dispose()
        }
        [array]::IndexOf($buffer, [byte]0, 0, $read) -ge 0
    }
}
