# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'history') { return }
try {
    $historyDir = Join-Path $PSScriptRoot "utils"
    foreach ($historyFile in @("history.ps1")) {
        $historyPath = Join-Path $historyDir $historyFile
        if (Test-Path $historyPath) { . $historyPath }
    }
    Set-FragmentLoaded -FragmentName 'history'
}
catch {
    Write-Warning "70-history: $_"
}
