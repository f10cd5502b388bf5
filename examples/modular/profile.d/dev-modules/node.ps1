Set-AgentModeFunction -Name 'Invoke-Npm' -Body { if (Test-CachedCommand npm) { npm @args } }
