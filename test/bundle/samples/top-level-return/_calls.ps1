Get-Guarded
Get-After
[bool](Get-Command Get-NeverDefined -ErrorAction SilentlyContinue)
