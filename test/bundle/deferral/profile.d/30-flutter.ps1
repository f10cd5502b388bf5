# Tool-gated: both branches' names get stubs.
try {
    if (Test-FragmentLoaded -FragmentName 'flutter') { return }
    if (Test-CachedCommand 'fragbundle-missing-flutter') {
        function Invoke-Fixtureflutter { & 'fragbundle-missing-flutter' @args }
        Set-Alias -Name fxflutter -Value Invoke-Fixtureflutter
    } else {
        Invoke-MissingToolWarning -Tool 'flutter'
    }
    Set-FragmentLoaded -FragmentName 'flutter'
} catch {
    Write-Warning "flutter: $_"
}
