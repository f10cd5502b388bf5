param($Unused = 'default of a plain param block')
$plainSeen = $Unused
