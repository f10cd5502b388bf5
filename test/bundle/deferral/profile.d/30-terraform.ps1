# Tool-gated: both branches' names get stubs.
try {
    if (Test-FragmentLoaded -FragmentName 'terraform') { return }
    if (Test-CachedCommand 'fragbundle-missing-terraform') {
        function Invoke-Fixtureterraform { & 'fragbundle-missing-terraform' @args }
        Set-Alias -Name fxterraform -Value Invoke-Fixtureterraform
    } else {
        Invoke-MissingToolWarning -Tool 'terraform'
    }
    Set-FragmentLoaded -FragmentName 'terraform'
} catch {
    Write-Warning "terraform: $_"
}
