# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'session') { return }
try {
    $global:SessionTag = "modular-$($PSVersionTable.PSVersion.Major)"
    function global:Get-SessionTag { $global:SessionTag }
    Set-FragmentLoaded -FragmentName 'session'
}
catch {
    Write-Warning "85-session: $_"
}
