(New-Builder).ToString()
[string]('StringBuilder' -as [type])
