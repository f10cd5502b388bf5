Set-AgentModeFunction -Name 'Invoke-Python' -Body { if (Test-CachedCommand python3) { python3 @args } }
$global:PythonModuleFile = $PSCommandPath
