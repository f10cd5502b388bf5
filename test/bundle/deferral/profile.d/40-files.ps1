# Plain functions with pipelines and switches, an alias over a built-in alias name (r): deferrable.
if (Test-FragmentLoaded -FragmentName 'files') { return }
function Measure-FixtureLine {
    param([Parameter(ValueFromPipeline)]$InputObject, [switch]$Quiet)
    begin { $n = 0 }
    process { $n++; if (-not $Quiet) { "line ${n}: $InputObject" } }
    end { "total $n quiet=$Quiet" }
}
function Invoke-FixtureRepeat { "repeat $($args -join ' ')" }
Set-Alias -Name r -Value Invoke-FixtureRepeat -Force
Set-Item -Path Function:global:Get-FixtureSize -Value { param($Path) "size of $Path" }
Set-FragmentLoaded -FragmentName 'files'
