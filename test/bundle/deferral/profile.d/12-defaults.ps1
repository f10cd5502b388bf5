# Changes engine state through a member assignment: must run at start-up.
try {
    $PSDefaultParameterValues['Get-FixtureBranch:Name'] = 'main'
    function Get-FixtureDefault { $PSDefaultParameterValues['Get-FixtureBranch:Name'] }
} catch {
    Write-Warning "defaults: $_"
}
