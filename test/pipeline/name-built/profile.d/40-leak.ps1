# Leaks a top-level variable named like 50-tools' marker.
$toolsLoaded = @('leaked')
