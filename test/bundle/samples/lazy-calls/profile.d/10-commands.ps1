<#
.SYNOPSIS
Gets things, with a synopsis for Get-Help.
#>
function Get-Thing {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Position = 0)] [string] $Name = 'thing',
        [switch] $Force,
        [Parameter(ValueFromPipeline)] $InputObject,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $Label
    )
    begin { $seen = 0; "begin Name=$Name Force=$Force expecting=$($MyInvocation.ExpectingInput)" }
    process { if ($MyInvocation.ExpectingInput) { $seen++; "item $InputObject label=$Label" } }
    end {
        if ($PSCmdlet.ShouldProcess($Name, 'Get')) { "did $Name" }
        "end seen=$seen bound=$(($PSBoundParameters.Keys | Sort-Object) -join ',')"
    }
}

function Format-Pair($Left, [switch] $Upper) {
    $s = "$Left|$($args -join ',')"
    if ($Upper) { $s.ToUpperInvariant() } else { $s }
}

function Measure-Input { "count=$(@($input).Count) args=$($args.Count) [$($args -join ';')]" }

filter Add-Prefix { "pre-$_" }

function Write-Trouble {
    [CmdletBinding()]
    param([switch] $Terminate)
    Write-Error 'trouble written'
    if ($Terminate) { throw 'trouble thrown' }
    'after trouble'
}

function Add-Count { $script:fbCounter += 1; $global:fbGlobalCounter += 1; "counter=$script:fbCounter global=$global:fbGlobalCounter" }

function Get-Mandatory { param([Parameter(Mandatory)] [string] $Value) "mandatory=$Value" }

function Get-Variadic { param([Parameter(ValueFromRemainingArguments)] $Rest) "rest=$($Rest -join '+')" }

function Select-Mode {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    [OutputType([string])]
    param(
        [Parameter(ParameterSetName = 'ByName', Position = 0)] [string] $Name,
        [Parameter(ParameterSetName = 'ById', Mandatory)] [int] $Id,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('FullName')] [string] $Path,
        [ValidateScript({ [System.IO.Directory]::Exists($PSScriptRoot) })] [string] $Checked
    )
    process { "set=$($PSCmdlet.ParameterSetName) name=$Name id=$Id path=$Path checked=$Checked" }
}

# The stub keeps no variable the real function could see on its first call: its own scope holds
# what one-by-one loading gives it, but for `$_` (which the stub's process block sets; it holds the
# caller's value again, fidelity.test.ts item 7).
function Get-Leak { "leak=" + ((Get-Variable -Scope 0 | Where-Object Name -NotIn '_', 'PSItem' | ForEach-Object Name | Sort-Object) -join ",") }

Set-Alias -Name gth -Value Get-Thing
Set-Alias -Name fpair -Value Format-Pair
New-Alias -Name meas -Value Measure-Input
