# Dependencies: bootstrap
if (Test-FragmentLoaded -FragmentName 'network') { return }
try {
    function global:Test-Port([string]$ComputerName = "localhost", [int]$Port = 80) {
        $client = [System.Net.Sockets.TcpClient]::new()
        try { $client.ConnectAsync($ComputerName, $Port).Wait(500) } catch { $false } finally { $client.Dispose() }
    }
    Set-FragmentLoaded -FragmentName 'network'
}
catch {
    Write-Warning "50-network: $_"
}
