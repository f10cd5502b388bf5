# Probing PATH is slow: remember the answers.
$global:CommandCache = @{}
function global:Test-CachedCommand {
    param([Parameter(Mandatory)] [string]$Name)
    if (-not $global:CommandCache.ContainsKey($Name)) {
        $global:CommandCache[$Name] = [bool](Get-Command $Name -CommandType Application -ErrorAction SilentlyContinue)
    }
    $global:CommandCache[$Name]
}
