function Format-Bytes([long]$Bytes) { if ($Bytes -ge 1MB) { '{0:N1} MB' -f ($Bytes / 1MB) } else { "$Bytes B" } }
