# An argument completer: must run at start-up.
try {
    Register-ArgumentCompleter -CommandName Get-FixtureBranch -ParameterName Name -ScriptBlock { 'main', 'dev' }
} catch {
    Write-Warning "completion: $_"
}
