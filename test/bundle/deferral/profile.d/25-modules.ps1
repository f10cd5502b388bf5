# Guarded by a name whose global another fragment leaks: must stay eager (and warns).
try {
    if (Test-FragmentLoaded 'modules') { return }
    function Get-ModuleThing { 'module thing' }
    Set-FragmentLoaded 'modules'
} catch {
    Write-Warning "modules: $_"
}
