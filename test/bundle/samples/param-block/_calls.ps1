Get-Greeting
