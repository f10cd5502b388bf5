$strictBefore = 1
$null = $undefinedVariable
$strictAfter = 2
