# A .NET exception is statement-terminating; inside the loader's try it ends the fragment.
$statementBefore = 1
[int]::Parse('not a number')
$statementAfter = 2
