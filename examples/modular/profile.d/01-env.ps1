# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'env') { return }
try {
    $env:PROFILE_MODULAR = $global:ProfileRoot
    if (-not $env:EDITOR) { $env:EDITOR = "vi" }
    Set-FragmentLoaded -FragmentName 'env'
}
catch {
    Write-Warning "01-env: $_"
}
