# 55-network.ps1 - network checks. Definitions only: nothing runs (or connects) at load time.
# Tier: optional

function Test-TcpPort {
    <#
    .SYNOPSIS
        True when a TCP connection to -ComputerName:-Port succeeds within -TimeoutMilliseconds.
    .EXAMPLE
        'db1', 'db2' | Test-TcpPort -Port 5432
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline)]
        [string] $ComputerName,

        [Parameter(Mandatory, Position = 1)]
        [ValidateRange(1, 65535)]
        [int] $Port,

        [int] $TimeoutMilliseconds = 1000,

        # Return an object with timing instead of a bool.
        [switch] $Detailed
    )

    process {
        $client = [System.Net.Sockets.TcpClient]::new()
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        try {
            $task = $client.ConnectAsync($ComputerName, $Port)
            $open = $task.Wait($TimeoutMilliseconds) -and $client.Connected
        } catch {
            $open = $false
        } finally {
            $watch.Stop()
            $client.Dispose()
        }
        if ($Detailed) {
            [pscustomobject]@{ ComputerName = $ComputerName; Port = $Port; Open = $open; Ms = $watch.ElapsedMilliseconds }
        } else {
            $open
        }
    }
}

function Resolve-HostAddress {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string] $Name,

        [switch] $IPv4Only
    )

    process {
        $addresses = [System.Net.Dns]::GetHostAddresses($Name)
        if ($IPv4Only) {
            $addresses = $addresses | Where-Object AddressFamily -EQ ([System.Net.Sockets.AddressFamily]::InterNetwork)
        }
        $addresses | ForEach-Object { [pscustomobject]@{ Name = $Name; Address = $_.IPAddressToString; Family = $_.AddressFamily } }
    }
}

function Get-LocalIPAddress([switch] $IncludeLoopback) {
    [System.Net.NetworkInformation.NetworkInterface]::GetAllNetworkInterfaces() |
        Where-Object { $_.OperationalStatus -eq 'Up' } |
        Where-Object { $IncludeLoopback -or $_.NetworkInterfaceType -ne 'Loopback' } |
        ForEach-Object {
            $nic = $_
            $nic.GetIPProperties().UnicastAddresses | ForEach-Object {
                [pscustomobject]@{ Interface = $nic.Name; Address = $_.Address.IPAddressToString }
            }
        }
}

function ConvertTo-CidrMask($PrefixLength) {
    # 24 -> 255.255.255.0
    $bits = ('1' * $PrefixLength).PadRight(32, '0')
    (0..3 | ForEach-Object { [convert]::ToInt32($bits.Substring($_ * 8, 8), 2) }) -join '.'
}
