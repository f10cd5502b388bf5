<#
  Facts about PowerShell files from PowerShell's own parser, to check fragbundle's parse stage.
  Usage: pwsh -NoProfile -File ast-facts.ps1 <file>...   Prints one JSON array, one entry per file:
    { file, errors[], functions[], commands[], assigned[], reads[] }
  Each fact has name, line, column, phase ('load'|'deferred'); variables also drive, local.

  Phase and scopes follow the same model as src/parse/walk/analyzer.ts:
  - deferred inside a FunctionDefinitionAst body, a class member, or a script block that is not
    run at once; run at once: `& {}` / `. {}` (the block is the command's first element), any
    script-block argument of ForEach-Object/%/foreach/Where-Object/?/where (run in the caller's
    scope) or of Invoke-Command/icm/Measure-Command (child scope; for Invoke-Command only when pwsh's
    static binder binds it to the InProcess set, and the caller's scope with -NoNewScope), and the
    block argument of a .ForEach()/.Where() method call (caller's scope).
  - new scopes: function bodies, class members, stored blocks, `& {}`, Invoke-Command/Measure-Command
    blocks. In a new scope a variable is local when it is a parameter of that scope or an
    enclosing one, or was assigned / a foreach variable earlier in one of them. Unqualified (or
    local:/private:) variables only.
#>
param([Parameter(ValueFromRemainingArguments)][string[]]$Files)
$ErrorActionPreference = 'Stop'

$eachCommands = @('foreach-object', '%', 'foreach', 'where-object', '?', 'where')
$childCommands = @('invoke-command', 'icm', 'measure-command')
$inProcess = @((Get-Command Invoke-Command).ParameterSets | Where-Object Name -eq 'InProcess' | ForEach-Object { $_.Parameters.Name })
$commonParameters = [System.Management.Automation.Cmdlet]::CommonParameters

# How a script block expression runs: stored | child | dot | each.
function Get-BlockRole([System.Management.Automation.Language.ScriptBlockExpressionAst]$Block) {
    $parent = $Block.Parent
    if ($parent -is [System.Management.Automation.Language.CommandAst]) {
        if ($parent.CommandElements[0] -eq $Block) {
            if ($parent.InvocationOperator -eq 'Dot') { return 'dot' }
            if ($parent.InvocationOperator -eq 'Ampersand') { return 'child' }
            return 'stored'
        }
        $name = $parent.GetCommandName()
        if ($name) {
            $lower = $name.ToLowerInvariant()
            if ($eachCommands -contains $lower) { return 'each' }
            if ($childCommands -contains $lower) {
                # Invoke-Command runs its block here only when pwsh binds the call to its InProcess
                # set: any other parameter (or one pwsh cannot bind) sends it elsewhere, or nowhere.
                if ($lower -eq 'invoke-command' -or $lower -eq 'icm') {
                    $bound = [System.Management.Automation.Language.StaticParameterBinder]::BindCommand($parent, $true)
                    if ($bound.BindingExceptions.Count -gt 0) { return 'stored' }
                    foreach ($p in $bound.BoundParameters.Keys) {
                        if ($inProcess -notcontains $p -and $commonParameters -notcontains $p) { return 'stored' }
                    }
                    # -NoNewScope runs it in the caller's scope (`-NoNewScope:$value` is left a child scope).
                    foreach ($e in $parent.CommandElements) {
                        if ($e -is [System.Management.Automation.Language.CommandParameterAst] -and
                            'nonewscope'.StartsWith($e.ParameterName.ToLowerInvariant()) -and $null -eq $e.Argument) { return 'dot' }
                    }
                }
                return 'child'
            }
        }
        return 'stored'
    }
    if ($parent -is [System.Management.Automation.Language.InvokeMemberExpressionAst] -and -not $parent.Static) {
        $member = $parent.Member
        if ($member -is [System.Management.Automation.Language.StringConstantExpressionAst] -and
            @('foreach', 'where') -contains $member.Value.ToLowerInvariant()) { return 'each' }
    }
    return 'stored'
}

# Phase of a node and the chain of scopes (innermost first) it is in.
function Get-Context([System.Management.Automation.Language.Ast]$Node) {
    $phase = 'load'
    $scopes = [System.Collections.Generic.List[object]]::new()
    for ($a = $Node.Parent; $null -ne $a; $a = $a.Parent) {
        if ($a -is [System.Management.Automation.Language.FunctionDefinitionAst] -or
            $a -is [System.Management.Automation.Language.FunctionMemberAst] -or
            $a -is [System.Management.Automation.Language.PropertyMemberAst]) {
            $phase = 'deferred'; $scopes.Add($a)
        }
        elseif ($a -is [System.Management.Automation.Language.ScriptBlockExpressionAst]) {
            $role = Get-BlockRole $a
            if ($role -eq 'stored') { $phase = 'deferred' }
            if ($role -eq 'stored' -or $role -eq 'child') { $scopes.Add($a) }
        }
    }
    [pscustomobject]@{ Phase = $phase; Scopes = $scopes }
}

# The scope (from the chain) that directly owns a node: the innermost scope ancestor.
function Get-OwnScope([System.Management.Automation.Language.Ast]$Node, $Scopes) {
    if ($Scopes.Count -eq 0) { return $null }
    return $Scopes[0]
}

function Split-VariablePath([System.Management.Automation.Language.VariableExpressionAst]$v) {
    # UserPath as written: x, global:x, env:PATH, function:global:F
    $path = $v.VariablePath.UserPath
    $drive = $null; $qualifier = $null; $name = $path
    if ($path -match '^(global|script|local|private|using|workflow):(.*)$') {
        $qualifier = $Matches[1].ToLowerInvariant(); $name = $Matches[2]
        if ($qualifier -eq 'workflow') { $qualifier = $null }
    }
    elseif ($path -match '^([A-Za-z]\w*):(.+)$') {
        $drive = $Matches[1].ToLowerInvariant(); $name = $Matches[2]
        if (@('function', 'alias', 'variable') -contains $drive -and $name -match '^(global|script|local|private):(.+)$') {
            $name = $Matches[2]
        }
    }
    [pscustomobject]@{ Name = $name; Drive = $drive; Qualifier = $qualifier }
}

function Get-AssignedVariables([System.Management.Automation.Language.ExpressionAst]$Left) {
    if ($Left -is [System.Management.Automation.Language.VariableExpressionAst]) { return , $Left }
    if ($Left -is [System.Management.Automation.Language.ConvertExpressionAst]) { return Get-AssignedVariables $Left.Child }
    if ($Left -is [System.Management.Automation.Language.AttributedExpressionAst]) { return Get-AssignedVariables $Left.Child }
    if ($Left -is [System.Management.Automation.Language.ArrayLiteralAst]) {
        return $Left.Elements | ForEach-Object { Get-AssignedVariables $_ }
    }
    return @()
}

function Get-FileFacts([string]$File) {
    $tokens = $null; $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($File, [ref]$tokens, [ref]$errors)
    $functions = [System.Collections.Generic.List[object]]::new()
    $commands = [System.Collections.Generic.List[object]]::new()
    $assigned = [System.Collections.Generic.List[object]]::new()
    $reads = [System.Collections.Generic.List[object]]::new()
    # Declarations per scope node: name(lower) -> first offset. Parameters count from offset -1.
    $declared = @{}
    $declare = {
        param($scope, $name, $offset)
        if ($null -eq $scope) { return }
        if (-not $declared.ContainsKey($scope)) { $declared[$scope] = @{} }
        $key = $name.ToLowerInvariant()
        if (-not $declared[$scope].ContainsKey($key) -or $declared[$scope][$key] -gt $offset) { $declared[$scope][$key] = $offset }
    }
    $isLocal = {
        param($scopes, $name, $offset)
        $key = $name.ToLowerInvariant()
        foreach ($s in $scopes) {
            if ($declared.ContainsKey($s) -and $declared[$s].ContainsKey($key) -and $declared[$s][$key] -lt $offset) { return $true }
        }
        return $false
    }

    # Pass 1: declarations (parameters and assignments in non-file scopes).
    $all = $ast.FindAll({ $true }, $true)
    $leftSides = [System.Collections.Generic.HashSet[object]]::new()
    foreach ($n in $all) {
        if ($n -is [System.Management.Automation.Language.ParameterAst]) {
            $ctx = Get-Context $n
            & $declare (Get-OwnScope $n $ctx.Scopes) $n.Name.VariablePath.UserPath -1
        }
        elseif ($n -is [System.Management.Automation.Language.AssignmentStatementAst]) {
            foreach ($v in (Get-AssignedVariables $n.Left)) {
                [void]$leftSides.Add($v)
                $ctx = Get-Context $v
                $parts = Split-VariablePath $v
                if (-not $parts.Drive -and -not $parts.Qualifier) { & $declare (Get-OwnScope $v $ctx.Scopes) $parts.Name $v.Extent.StartOffset }
            }
        }
        elseif ($n -is [System.Management.Automation.Language.ForEachStatementAst]) {
            [void]$leftSides.Add($n.Variable)
            $ctx = Get-Context $n.Variable
            $parts = Split-VariablePath $n.Variable
            if (-not $parts.Drive -and -not $parts.Qualifier) { & $declare (Get-OwnScope $n.Variable $ctx.Scopes) $parts.Name $n.Variable.Extent.StartOffset }
        }
    }

    # Pass 2: facts.
    foreach ($n in $all) {
        if ($n -is [System.Management.Automation.Language.FunctionDefinitionAst]) {
            # A class method's body is a FunctionDefinitionAst inside a FunctionMemberAst: not a command.
            if ($n.Parent -is [System.Management.Automation.Language.FunctionMemberAst]) { continue }
            $ctx = Get-Context $n
            $functions.Add([ordered]@{ name = ($n.Name -replace '^(global|script|local|private):', ''); line = $n.Extent.StartLineNumber; column = $n.Extent.StartColumnNumber; phase = $ctx.Phase })
        }
        elseif ($n -is [System.Management.Automation.Language.CommandAst]) {
            $name = $n.GetCommandName()
            if ($name) {
                $ctx = Get-Context $n
                $first = $n.CommandElements[0]
                $commands.Add([ordered]@{ name = $name; line = $first.Extent.StartLineNumber; column = $first.Extent.StartColumnNumber; phase = $ctx.Phase })
            }
        }
        elseif ($n -is [System.Management.Automation.Language.VariableExpressionAst]) {
            if ($n.Parent -is [System.Management.Automation.Language.ParameterAst] -and $n.Parent.Name -eq $n) { continue }
            $ctx = Get-Context $n
            $parts = Split-VariablePath $n
            $fact = [ordered]@{
                name = $parts.Name; line = $n.Extent.StartLineNumber; column = $n.Extent.StartColumnNumber
                phase = $ctx.Phase; drive = $parts.Drive; qualifier = $parts.Qualifier
                local = $false
            }
            $plain = -not $parts.Drive -and ($null -eq $parts.Qualifier -or @('local', 'private') -contains $parts.Qualifier)
            if ($leftSides.Contains($n)) {
                $fact.local = $plain -and $ctx.Scopes.Count -gt 0
                $assigned.Add($fact)
                $assignment = $n.Parent
                while ($assignment -and $assignment -isnot [System.Management.Automation.Language.AssignmentStatementAst]) { $assignment = $assignment.Parent }
                if ($assignment -and $assignment.Operator -ne 'Equals') {
                    $read = [ordered]@{} + $fact
                    $read.local = $plain -and (& $isLocal $ctx.Scopes $parts.Name ($n.Extent.StartOffset))
                    $reads.Add($read)
                }
            }
            else {
                $fact.local = $plain -and (& $isLocal $ctx.Scopes $parts.Name ($n.Extent.StartOffset + 1))
                $reads.Add($fact)
            }
        }
    }
    [ordered]@{
        file      = $File
        errors    = @($errors | ForEach-Object { [ordered]@{ message = $_.Message; line = $_.Extent.StartLineNumber; column = $_.Extent.StartColumnNumber } })
        functions = $functions
        commands  = $commands
        assigned  = $assigned
        reads     = $reads
    }
}

$result = @(foreach ($f in $Files) { Get-FileFacts (Resolve-Path -LiteralPath $f).ProviderPath })
ConvertTo-Json -InputObject $result -Depth 6 -Compress
