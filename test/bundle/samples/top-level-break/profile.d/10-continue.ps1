# A top-level `continue` (outside any loop of this fragment): a one-by-one loader goes on with
# the next fragment, and so must the bundle.
$global:FbBeforeContinue = 'set'
function Get-BeforeContinue { 'before continue' }
if ($global:FbBeforeContinue) { continue }
$global:FbAfterContinue = 'must not be set'
function Get-AfterContinue { 'never' }
