# Tool-gated: both branches' names get stubs.
try {
    if (Test-FragmentLoaded -FragmentName 'kubectl') { return }
    if (Test-CachedCommand 'fragbundle-missing-kubectl') {
        function Invoke-Fixturekubectl { & 'fragbundle-missing-kubectl' @args }
        Set-Alias -Name fxkubectl -Value Invoke-Fixturekubectl
    } else {
        Invoke-MissingToolWarning -Tool 'kubectl'
    }
    Set-FragmentLoaded -FragmentName 'kubectl'
} catch {
    Write-Warning "kubectl: $_"
}
