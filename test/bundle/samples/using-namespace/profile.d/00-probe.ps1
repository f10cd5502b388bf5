# Before any fragment's `using`: the short name must not resolve yet.
$probeBefore = [string]('StringBuilder' -as [type])
