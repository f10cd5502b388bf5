# Uses a name at load time: the fragment it comes from must run first, so stays eager too.
try {
    $cacheBanner = Get-CacheState
} catch {
    Write-Warning "uses: $_"
}
