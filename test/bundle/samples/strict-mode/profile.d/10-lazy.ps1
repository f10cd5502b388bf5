function Get-StrictThing { param([switch] $X, [Parameter(ValueFromPipeline)] $In) process { "strict X=$X In=$In" } }
function Get-StrictPipe([Parameter(ValueFromPipeline)] $In) { process { "pipe $In" } }
