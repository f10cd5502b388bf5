<#
.SYNOPSIS
Test oracle for the bundle stage: FragmentSymbols (src/core/types.ts) from PowerShell's own parser.

.DESCRIPTION
The bundle stage works from the parse stage's plain data. So that its tests do not depend on the
tree-sitter parse stage (and can feed it exactly what pwsh sees), this script derives the fields
the bundle stage reads from [System.Management.Automation.Language.Parser]: top-level statements
and function shapes, using/#Requires/return/exit, $PSScriptRoot/$PSCommandPath/$MyInvocation
uses, dot-sources, the param block, and coarse definitions, references and side effects.
Offsets are string indices into the text as read by [IO.File]::ReadAllText (BOM removed), which
is what the load stage hands the bundle stage as Fragment.text.

-ListFile holds, separated by NUL characters (file names may hold line breaks), each fragment's
folder followed by its path relative to that folder.
Writes one JSON array (one FragmentSymbols per line, in order) to -Out. One process can so
analyse many sample folders.
#>
param(
    [Parameter(Mandatory)] [string] $ListFile,
    [Parameter(Mandatory)] [string] $Out
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3
$L = [System.Management.Automation.Language.Ast]

function Range($extent) { [ordered]@{ start = $extent.StartOffset; end = $extent.EndOffset } }

function Test-Deferred($ast) {
    for ($p = $ast.Parent; $null -ne $p; $p = $p.Parent) {
        if ($p -is [System.Management.Automation.Language.FunctionDefinitionAst] -or $p -is [System.Management.Automation.Language.ScriptBlockExpressionAst] -or $p -is [System.Management.Automation.Language.TypeDefinitionAst]) { return $true }
    }
    $false
}

function Test-Conditional($ast, $top) {
    for ($p = $ast.Parent; $null -ne $p -and $p -ne $top; $p = $p.Parent) {
        if ($p -is [System.Management.Automation.Language.IfStatementAst] -or $p -is [System.Management.Automation.Language.LoopStatementAst] -or
            $p -is [System.Management.Automation.Language.SwitchStatementAst] -or $p -is [System.Management.Automation.Language.TryStatementAst]) { return $true }
    }
    $false
}

function Get-FunctionShape($fd, [string] $text) {
    $name = $fd.Name
    $scope = $null
    if ($name -match '^(global|script|local|private):(.+)$') { $scope = $Matches[1].ToLowerInvariant(); $name = $Matches[2] }
    $shape = [ordered]@{ name = $name }
    if ($scope) { $shape.scope = $scope }
    $shape.isFilter = [bool]$fd.IsFilter
    $shape.range = Range $fd.Extent
    $shape.body = Range $fd.Body.Extent
    $advanced = $false
    if ($fd.Parameters -and $fd.Parameters.Count -gt 0) {
        $s = $fd.Parameters[0].Extent.StartOffset
        while ($text[$s] -ne '(') { $s-- }
        $e = $fd.Parameters[$fd.Parameters.Count - 1].Extent.EndOffset
        while ($text[$e] -ne ')') { $e++ }
        $shape.headerParams = [ordered]@{ start = $s; end = $e + 1 }
        foreach ($p in $fd.Parameters) { foreach ($a in $p.Attributes) { if ($a.TypeName.Name -eq 'Parameter') { $advanced = $true } } }
    }
    $pb = $fd.Body.ParamBlock
    if ($pb) {
        # ParamBlockAst's extent starts at `param`; the contract's range includes its attributes.
        $r = Range $pb.Extent
        foreach ($a in $pb.Attributes) { if ($a.Extent.StartOffset -lt $r.start) { $r.start = $a.Extent.StartOffset } }
        $shape.paramBlock = $r
        foreach ($a in $pb.Attributes) { if ($a.TypeName.Name -eq 'CmdletBinding') { $advanced = $true } }
        foreach ($p in $pb.Parameters) { foreach ($a in $p.Attributes) { if ($a.TypeName.Name -eq 'Parameter') { $advanced = $true } } }
    }
    $shape.isAdvanced = $advanced
    $blocks = @()
    if ($fd.Body.DynamicParamBlock) { $blocks += 'dynamicparam' }
    if ($fd.Body.BeginBlock) { $blocks += 'begin' }
    if ($fd.Body.ProcessBlock) { $blocks += 'process' }
    if ($fd.Body.EndBlock -and -not $fd.Body.EndBlock.Unnamed) { $blocks += 'end' }
    if ($fd.Body.PSObject.Properties['CleanBlock'] -and $fd.Body.CleanBlock) { $blocks += 'clean' }
    $shape.namedBlocks = $blocks
    $shape
}

function Get-StatementKind($st) {
    if ($st -is [System.Management.Automation.Language.FunctionDefinitionAst]) { return 'function' }
    if ($st -is [System.Management.Automation.Language.PipelineAst] -and $st.PipelineElements.Count -eq 1) {
        $c = $st.PipelineElements[0]
        if ($c -is [System.Management.Automation.Language.CommandAst] -and $c.InvocationOperator -eq 'Unknown' -and $c.GetCommandName() -in 'Set-Alias', 'New-Alias') {
            $constant = $true
            foreach ($el in $c.CommandElements) {
                if (-not ($el -is [System.Management.Automation.Language.StringConstantExpressionAst] -or $el -is [System.Management.Automation.Language.CommandParameterAst])) { $constant = $false }
            }
            if ($constant) { return 'definition' }
        }
    }
    if ($st -is [System.Management.Automation.Language.AssignmentStatementAst] -and $st.Left -is [System.Management.Automation.Language.VariableExpressionAst] -and
        $st.Right -is [System.Management.Automation.Language.CommandExpressionAst] -and $st.Right.Expression -is [System.Management.Automation.Language.ConstantExpressionAst]) { return 'definition' }
    'other'
}

function Get-Symbols([string] $Root, [string] $rel) {
    $full = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($Root, $rel))
    $text = [System.IO.File]::ReadAllText($full)
    # pwsh rejects `#Requires -Fragment` (fragbundle's own syntax, which the bundle neutralises);
    # the parse stage reads past it, so parse a copy with the keyword masked at the same length.
    $masked = [regex]::Replace($text, '(?im)^([ \t]*)#requires([ \t][^\r\n]*-fragment\b)', '$1#fragbund$2')
    $tokens = $null; $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($masked, $full, [ref]$tokens, [ref]$errors)
    $id = [System.IO.Path]::GetFileNameWithoutExtension($rel)

    $statements = @()
    $defines = @()
    $references = @()
    $sideEffects = @()
    $top = @()
    foreach ($blk in $ast.BeginBlock, $ast.ProcessBlock, $ast.EndBlock) { if ($blk) { $top += $blk.Statements } }
    foreach ($st in $top) {
        $kind = Get-StatementKind $st
        if ($st.Parent -ne $ast.EndBlock) { $kind = 'other' }
        $entry = [ordered]@{ kind = $kind; range = Range $st.Extent; line = $st.Extent.StartLineNumber }
        if ($kind -eq 'function') { $entry.function = Get-FunctionShape $st $text }
        $statements += $entry
    }

    foreach ($fd in $ast.FindAll({ param($a) $a -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true)) {
        $shape = Get-FunctionShape $fd $text
        $d = [ordered]@{ kind = 'function'; name = $shape.name; line = $fd.Extent.StartLineNumber; column = $fd.Extent.StartColumnNumber; phase = $(if (Test-Deferred $fd) { 'deferred' } else { 'load' }); conditional = (Test-Conditional $fd $ast) }
        if ($shape.Contains('scope')) { $d.scope = $shape.scope }
        $defines += $d
    }
    foreach ($c in $ast.FindAll({ param($a) $a -is [System.Management.Automation.Language.CommandAst] }, $true)) {
        $name = $c.GetCommandName()
        $phase = if (Test-Deferred $c) { 'deferred' } else { 'load' }
        if ($name -in 'Set-Alias', 'New-Alias' -and $c.CommandElements.Count -ge 3) {
            $names = @($c.CommandElements | Select-Object -Skip 1 | Where-Object { $_ -is [System.Management.Automation.Language.StringConstantExpressionAst] })
            if ($names.Count -ge 2) { $defines += [ordered]@{ kind = 'alias'; name = $names[0].Value; line = $c.Extent.StartLineNumber; column = $c.Extent.StartColumnNumber; phase = $phase; conditional = $false; via = $name; target = $names[1].Value } }
            continue
        }
        if (-not $name) { continue }
        $access = 'call'
        if ($name -eq 'Get-Command' -and $c.CommandElements.Count -ge 2 -and $c.CommandElements[1] -is [System.Management.Automation.Language.StringConstantExpressionAst]) {
            $references += [ordered]@{ kind = 'command'; name = $c.CommandElements[1].Value; line = $c.Extent.StartLineNumber; column = $c.Extent.StartColumnNumber; phase = $phase; access = 'probe'; conditional = $false }
        }
        $references += [ordered]@{ kind = 'command'; name = $name; line = $c.Extent.StartLineNumber; column = $c.Extent.StartColumnNumber; phase = $phase; access = $access; conditional = (Test-Conditional $c $ast) }
        if ($phase -eq 'load' -and $c.InvocationOperator -ne 'Dot') {
            $k = switch ($name) { 'Import-Module' { 'module-import' } 'Invoke-Expression' { 'invoke-expression' } { $_ -in 'Write-Host', 'Write-Output' } { 'output' } default { 'other-command' } }
            $sideEffects += [ordered]@{ kind = $k; command = $name; line = $c.Extent.StartLineNumber; column = $c.Extent.StartColumnNumber }
        }
    }
    foreach ($a in $ast.FindAll({ param($a) $a -is [System.Management.Automation.Language.AssignmentStatementAst] -and $a.Left -is [System.Management.Automation.Language.VariableExpressionAst] }, $true)) {
        $v = $a.Left.VariablePath
        if ($v.DriveName -eq 'env') { $kind = 'env'; $n = $v.UserPath.Substring(4) } elseif ($v.DriveName -eq 'function') { $kind = 'function'; $n = $v.UserPath.Substring(9) } else { $kind = 'variable'; $n = ($v.UserPath -replace '^(global|script|local|private):', '') }
        $defines += [ordered]@{ kind = $kind; name = $n; line = $a.Extent.StartLineNumber; column = $a.Extent.StartColumnNumber; phase = $(if (Test-Deferred $a) { 'deferred' } else { 'load' }); conditional = (Test-Conditional $a $ast) }
    }

    $usings = @(foreach ($u in $ast.UsingStatements) { [ordered]@{ line = $u.Extent.StartLineNumber; column = $u.Extent.StartColumnNumber; text = $u.Extent.Text; range = Range $u.Extent } })
    $requires = @(foreach ($t in $tokens) {
            if ($t.Kind -ne 'Comment') { continue }
            $orig = $text.Substring($t.Extent.StartOffset, $t.Extent.EndOffset - $t.Extent.StartOffset)
            if ($orig -match '^#requires\b') { [ordered]@{ line = $t.Extent.StartLineNumber; column = $t.Extent.StartColumnNumber; text = $orig; range = Range $t.Extent } }
        })
    $requiresFragments = @(foreach ($r in $requires) { if ($r.text -match '-Fragment\s+[''"]?([\w.-]+)') { [ordered]@{ name = $Matches[1]; line = $r.line; column = $r.column } } })
    $returns = @(foreach ($r in $ast.FindAll({ param($a) $a -is [System.Management.Automation.Language.ReturnStatementAst] }, $true)) { if (-not (Test-Deferred $r)) { [ordered]@{ line = $r.Extent.StartLineNumber; column = $r.Extent.StartColumnNumber } } })
    $exits = @(foreach ($r in $ast.FindAll({ param($a) $a -is [System.Management.Automation.Language.ExitStatementAst] }, $true)) { if (-not (Test-Deferred $r)) { [ordered]@{ line = $r.Extent.StartLineNumber; column = $r.Extent.StartColumnNumber } } })
    # A break or continue that leaves the file: no loop or switch of the file takes it (by its label, if it names one), and no trap.
    $loopExits = @(foreach ($r in $ast.FindAll({ param($a) $a -is [System.Management.Automation.Language.BreakStatementAst] -or $a -is [System.Management.Automation.Language.ContinueStatementAst] }, $true)) {
            if (Test-Deferred $r) { continue }
            $label = if ($r.Label -is [System.Management.Automation.Language.StringConstantExpressionAst]) { $r.Label.Value } else { $null }
            $taken = $false
            for ($p = $r.Parent; $null -ne $p -and -not $taken; $p = $p.Parent) {
                if ($p -is [System.Management.Automation.Language.TrapStatementAst]) { $taken = $true }
                elseif ($p -is [System.Management.Automation.Language.LabeledStatementAst]) { $taken = $null -eq $label -or $label -eq $p.Label }
            }
            if ($taken) { continue }
            $e = [ordered]@{ line = $r.Extent.StartLineNumber; column = $r.Extent.StartColumnNumber; keyword = $(if ($r -is [System.Management.Automation.Language.BreakStatementAst]) { 'break' } else { 'continue' }) }
            if ($null -ne $label) { $e.label = $label }
            $e
        })
    $uses = @(foreach ($v in $ast.FindAll({ param($a) $a -is [System.Management.Automation.Language.VariableExpressionAst] -and $a.VariablePath.UserPath -in 'PSScriptRoot', 'PSCommandPath', 'MyInvocation' }, $true)) {
            $nameOk = switch ($v.VariablePath.UserPath) { 'PSScriptRoot' { 'PSScriptRoot' } 'PSCommandPath' { 'PSCommandPath' } default { 'MyInvocation' } }
            $inString = $false
            for ($p = $v.Parent; $null -ne $p; $p = $p.Parent) { if ($p -is [System.Management.Automation.Language.ExpandableStringExpressionAst]) { $inString = $true; break } }
            $u = [ordered]@{ name = $nameOk; line = $v.Extent.StartLineNumber; column = $v.Extent.StartColumnNumber; phase = $(if (Test-Deferred $v) { 'deferred' } else { 'load' }); range = Range $v.Extent; inString = $inString }
            $members = @()
            $outer = $v
            while ($outer.Parent -is [System.Management.Automation.Language.MemberExpressionAst] -and $outer.Parent.Expression -eq $outer -and $outer.Parent.Member -is [System.Management.Automation.Language.StringConstantExpressionAst]) {
                $outer = $outer.Parent; $members += $outer.Member.Value
            }
            if ($members.Count -gt 0) { $u.members = $members -join '.'; $u.fullRange = Range $outer.Extent }
            $u
        })
    $dots = @(foreach ($c in $ast.FindAll({ param($a) $a -is [System.Management.Automation.Language.CommandAst] -and $a.InvocationOperator -eq 'Dot' }, $true)) {
            $raw = $c.CommandElements[0].Extent.Text
            $d = [ordered]@{ line = $c.Extent.StartLineNumber; column = $c.Extent.StartColumnNumber; range = Range $c.Extent; raw = $raw; phase = $(if (Test-Deferred $c) { 'deferred' } else { 'load' }) }
            if ($raw -match '^"?\$(\{PSScriptRoot\}|PSScriptRoot)[/\\]([^"$`]+)"?$') { $d.resolved = ([System.IO.Path]::GetDirectoryName($rel) + '/' + $Matches[2]).TrimStart('/').Replace('\', '/') }
            $d
        })

    [ordered]@{
        fragment = $id
        path = $rel
        defines = @($defines)
        references = @($references)
        sideEffects = @($sideEffects)
        directives = [ordered]@{
            dependencies = @(); requiresFragments = $requiresFragments; environments = @()
            requires = $requires; usings = $usings; returns = $returns; exits = $exits; loopExits = $loopExits
            scriptPathUses = $uses; dotSources = $dots
            hasParamBlock = ($null -ne $ast.ParamBlock)
            suppressions = @()
        }
        statements = @($statements)
        hasSyntaxErrors = ($errors.Count -gt 0)
        diagnostics = @()
    }
}

$items = [System.IO.File]::ReadAllText($ListFile).Split([char]0)
$all = @(for ($i = 0; $i + 1 -lt $items.Length; $i += 2) { Get-Symbols $items[$i] $items[$i + 1] })
[System.IO.File]::WriteAllText($Out, (ConvertTo-Json -InputObject $all -Depth 12 -Compress), [System.Text.UTF8Encoding]::new($false))
