# A dot-source whose path is only known when it runs: stays eager.
function global:Get-FixtureExtra { 'extra' }
if ($global:FixtureExtraFile) { . $global:FixtureExtraFile }
