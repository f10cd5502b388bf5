# Leaks a top-level local named like the guard global of fragment 'modules' ($modulesLoaded).
try {
    $modulesLoaded = @('none yet')
    function global:Get-CacheState { 'cache ok' }
} catch {
    Write-Warning "cache: $_"
}
