# Lazy functions whose parameters are typed with a class another fragment defines.
function Move-FbPoint {
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)] [FbPoint] $Point, [int] $By = 1)
    process { [FbPoint]::new($Point.X + $By, $Point.Y) }
}
function Get-FbColor([FbColor] $Color = 'Green') { "color $Color" }
