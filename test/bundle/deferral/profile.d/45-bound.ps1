# Parameters a stub can declare (built-in types and attributes, defaults cut out) and ones it cannot.
class FixtureKind { [string]$Name = 'kind' }
function Get-FixtureDefaultPath { 'default-path' }
function Show-FixtureBound {
    [CmdletBinding()]
    param(
        # The name.
        [Parameter(Position = 0)][Alias('n')][string]$Name = 'default',
        [switch]$Force,
        [Parameter(ValueFromPipeline = $true)]$InputObject,
        [ValidateSet('a', 'b')][string]$Kind = 'a',
        [ValidateRange(1, [int]::MaxValue)][int[]]$Count = @(1, 2)
    )
    begin { $seen = @() }
    process { if ($PSBoundParameters.ContainsKey('InputObject')) { $seen += $InputObject } }
    end {
        $b = ($PSBoundParameters.Keys | Sort-Object | ForEach-Object { "$_=$($PSBoundParameters[$_])" }) -join ';'
        "bound=$b seen=$($seen -join ',') name=$Name kind=$Kind count=$($Count -join ',')"
    }
}
function Show-FixtureArgs([string]$Path = (Get-FixtureDefaultPath), [switch]$Quiet) {
    $b = ($PSBoundParameters.Keys | Sort-Object | ForEach-Object { "$_=$($PSBoundParameters[$_])" }) -join ';'
    "bound=$b args=$($args -join ',') path=$Path"
}
function Use-FixtureKind([FixtureKind]$Kind) { "kind=$($Kind.Name)" }
function Test-FixtureScript {
    param([ValidateScript({ Get-FixtureDefaultPath })][string]$Value)
    "script=$Value"
}
Set-Alias -Name sfb -Value Show-FixtureBound
