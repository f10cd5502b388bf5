# Tool-gated: both branches' names get stubs.
try {
    if (Test-FragmentLoaded -FragmentName 'dart') { return }
    if (Test-CachedCommand 'fragbundle-missing-dart') {
        function Invoke-Fixturedart { & 'fragbundle-missing-dart' @args }
        Set-Alias -Name fxdart -Value Invoke-Fixturedart
    } else {
        Invoke-MissingToolWarning -Tool 'dart'
    }
    Set-FragmentLoaded -FragmentName 'dart'
} catch {
    Write-Warning "dart: $_"
}
