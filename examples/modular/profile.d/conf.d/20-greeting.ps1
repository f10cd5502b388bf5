function Get-Greeting { "hello from $PSScriptRoot" }
