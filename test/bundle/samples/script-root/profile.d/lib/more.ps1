$moreLoadedFrom = $PSCommandPath
