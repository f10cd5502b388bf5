function Get-HistoryTop { param([int]$Count = 5) Get-History -Count $Count }
