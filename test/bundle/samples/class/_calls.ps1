(Move-FbPoint -Point ([FbPoint]::new(1, 2))).ToString()
([FbPoint]::new(5, 5), [FbPoint]::new(7, 1) | Move-FbPoint -By 2 | ForEach-Object ToString) -join ' '
Get-FbColor
Get-FbColor -Color Red
[FbColor]::Green
$origin.ToString()
