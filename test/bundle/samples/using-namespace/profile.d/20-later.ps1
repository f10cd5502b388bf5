# A later fragment without its own `using`: does the earlier one reach it?
using namespace System.Collections.Generic
$laterProbe = [string]('StringBuilder' -as [type])
$laterLiteral = try { [StringBuilder].FullName } catch { 'unresolved' }
$laterList = [List[string]]::new().GetType().FullName
