function global:Get-ToolBroken { 'defined before the throw in a sub-file' }
throw 'broken on purpose'
