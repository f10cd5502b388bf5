function global:Get-ToolEnv { $env:FRAGBUNDLE_FIXTURE_TOOLS }
$env:FRAGBUNDLE_FIXTURE_TOOLS = 'set by a sub-file'
