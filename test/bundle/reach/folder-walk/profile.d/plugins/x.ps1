function Get-PluginX { "x" }
