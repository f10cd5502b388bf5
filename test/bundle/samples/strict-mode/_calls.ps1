Get-StrictThing -X:$false
1, 2 | Get-StrictThing -X
3 | Get-StrictPipe
