$afterFailures = 'loaded'
function Get-AfterFailures { $afterFailures }
