# A #Requires in one fragment must not gate the others.
$afterRequires = $true
