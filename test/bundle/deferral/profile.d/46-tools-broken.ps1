# Its sub-file throws after defining a function: the fragment's own catch reports where, at first use.
try {
    . (Join-Path $PSScriptRoot 'tools-broken/broken.ps1')
} catch {
    Write-Warning "tools-broken: $(Split-Path -Leaf $_.InvocationInfo.ScriptName):$($_.InvocationInfo.ScriptLineNumber): $_"
}
