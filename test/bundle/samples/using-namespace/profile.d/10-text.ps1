using namespace System.Text
using namespace System.Collections.Generic
$builtText = [StringBuilder]::new('built').Append('!').ToString()
$list = [List[int]]::new()
$list.Add(3)
function New-Builder { [StringBuilder]::new('from function') }
