Get-Satisfied
[bool](Get-Command Get-TooNew -ErrorAction SilentlyContinue)
