function Get-Dynamic { "dynamic: $PSCommandPath" }
