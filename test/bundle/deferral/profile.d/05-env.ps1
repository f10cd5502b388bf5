# Environment: must run at start-up.
try {
    $env:FRAGBUNDLE_FIXTURE_EDITOR = 'nano'
    $env:PATH = [string]::Join([System.IO.Path]::PathSeparator, @($env:PATH, (Join-Path $HOME 'fixture-bin')))
} catch {
    Write-Warning "env: $_"
}
