class FbPoint {
    [int] $X
    [int] $Y
    FbPoint([int] $x, [int] $y) { $this.X = $x; $this.Y = $y }
    [string] ToString() { return "($($this.X),$($this.Y))" }
}
enum FbColor { Red; Green }
$origin = [FbPoint]::new(0, 0)
