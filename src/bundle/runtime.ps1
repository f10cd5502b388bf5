#region section:load
function __fragbundle_load_ID([string]$Show, $Ast, $Errors, [bool]$Invocation) {
    if ($Errors.Length -gt 0) {
        Write-Warning ('fragbundle: {0}:{1}:{2}: not loaded, pwsh cannot parse it: {3}' -f $Show, $Errors[0].Extent.StartLineNumber, $Errors[0].Extent.StartColumnNumber, $Errors[0].Message)
        return {}
    }
    $r = $Ast.ScriptRequirements
    $why = $null
    $v = $r.RequiredPSVersion
    $have = $PSVersionTable.PSVersion
    if ($null -ne $v -and ($v.Major -gt $have.Major -or ($v.Major -eq $have.Major -and $v.Minor -gt $have.Minor))) {
        $why = "#Requires -Version $v (this is $have)"
    } elseif ($r.RequiredPSEditions.Count -gt 0 -and $r.RequiredPSEditions -notcontains $PSEdition) {
        $why = "#Requires -PSEdition $($r.RequiredPSEditions -join ',') (this is $PSEdition)"
    } elseif ($r.RequiredApplicationId -and $r.RequiredApplicationId -ne $ShellId) {
        $why = "#Requires -ShellId $($r.RequiredApplicationId) (this is $ShellId)"
    } elseif ($r.IsElevationRequired) {
        $admin = $false
        if ($null -ne [System.Environment].GetProperty('IsPrivilegedProcess')) { $admin = [System.Environment]::IsPrivilegedProcess }
        elseif ([System.Environment]::OSVersion.Platform -eq 'Win32NT') { $admin = ([System.Security.Principal.WindowsPrincipal][System.Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator) }
        if (-not $admin) { $why = '#Requires -RunAsAdministrator (not elevated)' }
    }
    if ($null -eq $why) {
        foreach ($m in $r.RequiredModules) {
            if ($null -ne (Get-Module -FullyQualifiedName $m)) { continue }
            try { Import-Module -FullyQualifiedName $m -Global -ErrorAction Stop } catch { $why = "#Requires -Modules $($m.Name): $_"; break }
        }
    }
    if ($null -eq $why) {
        foreach ($n in $r.RequiredAssemblies) {
            try { Add-Type -AssemblyName $n -ErrorAction Stop } catch { $why = "#Requires -Assembly $($n): $_"; break }
        }
    }
    if ($null -ne $why) {
        Write-Warning ('fragbundle: {0}: not loaded: {1}' -f $Show, $why)
        return {}
    }
    if ($Invocation) { return __fragbundle_inv_ID $Ast }
    $Ast.GetScriptBlock()
}
#endregion

#region section:fail
function __fragbundle_fail_ID([string]$Rel, [string]$Show, $Err) {
    $full = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $Rel))
    $at = ''
    $ii = $Err.InvocationInfo
    if ($null -ne $ii -and $ii.ScriptName -eq $full) { $at = ':' + $ii.ScriptLineNumber }
    else {
        $mark = ", $($full): line "
        foreach ($l in ([string]$Err.ScriptStackTrace).Split([char]10)) {
            $k = $l.IndexOf($mark)
            if ($k -ge 0) { $at = ':' + $l.Substring($k + $mark.Length).Trim(); break }
        }
    }
    Write-Warning ('fragbundle: {0}{1}: {2}' -f $Show, $at, $Err)
}
#endregion

#region section:invocation
function __fragbundle_inv_ID($Ast) {
    $sb = $Ast.GetScriptBlock()
    if ($null -eq $ExecutionContext.InvokeCommand.GetCommand($sb.File, [System.Management.Automation.CommandTypes]::ExternalScript)) { return $sb }
    foreach ($x in $Ast.UsingStatements) { if ($x.UsingStatementKind -eq 'Module') { return $sb } }
    $set = [System.Management.Automation.Language.Parser]::ParseInput('$MyInvocation = [System.Management.Automation.InvocationInfo]::Create($ExecutionContext.InvokeCommand.GetCommand($PSCommandPath, [System.Management.Automation.CommandTypes]::ExternalScript), $MyInvocation.ScriptPosition)', [ref]$null, [ref]$null).EndBlock.Statements[0].Copy()
    $b = @($Ast.BeginBlock, $Ast.ProcessBlock, $Ast.EndBlock)
    $k = 0
    while ($null -eq $b[$k]) { $k++ }
    for ($j = 0; $j -lt 3; $j++) {
        $f = $b[$j]
        if ($null -eq $f) { continue }
        if ($j -ne $k) { $b[$j] = $f.Copy(); continue }
        $st = [System.Collections.Generic.List[System.Management.Automation.Language.StatementAst]]::new()
        $st.Add($set)
        foreach ($x in $f.Statements) { $st.Add($x.Copy()) }
        $tr = [System.Collections.Generic.List[System.Management.Automation.Language.TrapStatementAst]]::new()
        foreach ($x in $f.Traps) { $tr.Add($x.Copy()) }
        $b[$j] = [System.Management.Automation.Language.NamedBlockAst]::new($f.Extent, $f.BlockKind, [System.Management.Automation.Language.StatementBlockAst]::new($f.Extent, $st, $tr), $f.Unnamed)
    }
    # UsingStatementAst.Copy() throws (pwsh 7.6.9), so each is rebuilt from its parts (a copy of a
    # using module statement would not bring the module types: such a fragment returned above).
    $u = [System.Collections.Generic.List[System.Management.Automation.Language.UsingStatementAst]]::new()
    foreach ($x in $Ast.UsingStatements) {
        if ($null -ne $x.Alias) { $u.Add([System.Management.Automation.Language.UsingStatementAst]::new($x.Extent, $x.UsingStatementKind, $x.Name.Copy(), $x.Alias.Copy())) }
        else { $u.Add([System.Management.Automation.Language.UsingStatementAst]::new($x.Extent, $x.UsingStatementKind, $x.Name.Copy())) }
    }
    $a = [System.Collections.Generic.List[System.Management.Automation.Language.AttributeAst]]::new()
    foreach ($x in $Ast.Attributes) { $a.Add($x.Copy()) }
    [System.Management.Automation.Language.ScriptBlockAst]::new($Ast.Extent, $u, $a, $(if ($Ast.ParamBlock) { $Ast.ParamBlock.Copy() }), $b[0], $b[1], $b[2], $(if ($Ast.CleanBlock) { $Ast.CleanBlock.Copy() }), $(if ($Ast.DynamicParamBlock) { $Ast.DynamicParamBlock.Copy() })).GetScriptBlock()
}
#endregion

#region section:lazy-open
function __fragbundle_lazy_ID {
    [CmdletBinding()] param([string]$Name, [int]$Index)
    # Index -2: only fail (quietly, with -ErrorAction Ignore), so that the stub can hand its caller's $? on (stubText).
    if ($Index -eq -2) { $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.Exception]::new('fragbundle: the caller''s $? was False'), 'fragbundle', 'NotSpecified', $null)); return }
    # Per lazy function: its fragment's path relative to the bundle, line, column, text.
    $t = @(
#endregion

#region section:lazy-close
$null)
#region if:shared
    if ($Index -lt 0) {
        $k = @{
#insert:SHARED_LOOKUP
        }[$Name]
        if ($null -eq $k) { throw ("fragbundle: cannot load function '{0}': the bundle has no lazily loaded function of that name" -f $Name) }
        $Index = $k
    }
#endregion
    $i = $FB_LAZY_STRIDE * $Index
    $full = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $t[$i + $FB_LAZY_REL]))
    $e = $null
    $a = [System.Management.Automation.Language.Parser]::ParseInput(("`n" * ($t[$i + $FB_LAZY_LINE] - 1)) + (' ' * ($t[$i + $FB_LAZY_COLUMN] - 1)) + $t[$i + $FB_LAZY_TEXT], $full, [ref]$null, [ref]$e)
    if ($e.Length -gt 0) {
        throw ("fragbundle: cannot load function '{0}' from {1}:{2}:{3}: {4}" -f $Name, $full, $e[0].Extent.StartLineNumber, $e[0].Extent.StartColumnNumber, $e[0].Message)
    }
    . $a.GetScriptBlock()
    $f = $ExecutionContext.InvokeCommand.GetCommand($Name, [System.Management.Automation.CommandTypes]'Function, Filter')
    if ($null -eq $f -or $f.ScriptBlock.File -ne $full) {
        throw ("fragbundle: cannot load function '{0}': {1} did not define it" -f $Name, $full)
    }
    $null = $ExecutionContext.SessionState.InvokeProvider.Item.Set([string[]]@("Function:global:$Name"), $f.ScriptBlock, $false, $true)
    [scriptblock]::Create(". '$Name' @PSBoundParameters @args")
}
#endregion

#region section:stubs
function __fragbundle_stubs_ID([string[]]$Texts) {
    $r = [object[]]::new($Texts.Length)
    for ($i = 0; $i -lt $Texts.Length; $i++) {
        try { $r[$i] = [scriptblock]::Create($Texts[$i]) }
        catch { Write-Warning ('fragbundle: a lazy stub cannot be compiled; the functions that use it will not load: {0}' -f $_) }
    }
    , $r
}
$__fragbundle_stubs_ID = __fragbundle_stubs_ID @(
#insert:STUB_TEXTS
)
#endregion

#region section:timings
if ($null -eq $ExecutionContext.SessionState.PSVariable.GetValue('FragbundleTimings')) { $global:FragbundleTimings = [System.Collections.Generic.List[object]]::new() }
function __fragbundle_tstart_ID([string]$Show, [string]$Mode) {
    $global:FragbundleTimings.Add([pscustomobject]@{ Fragment = $Show; Mode = $Mode; Milliseconds = [double][System.Diagnostics.Stopwatch]::GetTimestamp() })
}
function __fragbundle_tstop_ID {
    $t = $global:FragbundleTimings[$global:FragbundleTimings.Count - 1]
    $t.Milliseconds = [System.Math]::Round(([System.Diagnostics.Stopwatch]::GetTimestamp() - $t.Milliseconds) * 1000.0 / [System.Diagnostics.Stopwatch]::Frequency, 3)
}
function global:Get-FragbundleTiming {
    <#
    .SYNOPSIS
    Per-fragment load times of the fragbundle bundle this session loaded, slowest first.
    #>
    $global:FragbundleTimings | Sort-Object -Property Milliseconds -Descending
}
#endregion

#region section:sub-open
function __fragbundle_sub_ID($Path) {
    $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath([string]$Path)
    $text = $__fragbundle_s_ID[[System.IO.Path]::GetRelativePath($PSScriptRoot, $full).Replace('\', '/')]
    if ($null -eq $text) { return $Path }
    $e = $null
    $a = [System.Management.Automation.Language.Parser]::ParseInput($text, $full, [ref]$null, [ref]$e)
    if ($e.Length -gt 0) { return $Path }
    if ($text -match 'MyInvocation') { return __fragbundle_inv_ID $a }
    $a.GetScriptBlock()
}
$__fragbundle_s_ID = @{
#endregion

#region section:sub-close
}
#endregion

#region section:guard
function __fragbundle_guard_ID($T, [string]$Dir, [string[]]$Rels, [string]$Stamps, [string]$Names, [string]$Include, [string]$Exclude, [string[]]$Aside, [string]$Config, [string]$Flags) {
    $root = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $Dir))
    if (-not [System.IO.Directory]::Exists($root)) { return , $T }
    try {
        $OFS = '/'
        $f = [System.Collections.ArrayList]::new([System.IO.FileInfo[]]($Rels -replace '^', ($PSScriptRoot.Replace('$', '$$') + [System.IO.Path]::DirectorySeparatorChar)))
        $n = [string[]]([System.IO.Directory]::GetFiles($root) -replace '^.*[\\/]', '' -match $Include -notmatch $Exclude)
        [System.Array]::Sort($n, [System.StringComparer]::Ordinal)
        if ("$($f.Length);$($f.LastWriteTimeUtc.Ticks)" -ceq $Stamps -and "$n" -ceq $Names) { return , $T }
    } catch { }
    __fragbundle_guardf_ID $T $root $Dir $Aside $Include $Exclude $Config $Flags
}
function __fragbundle_guardf_ID($T, [string]$root, [string]$Dir, [string[]]$Aside, [string]$Include, [string]$Exclude, [string]$Config, [string]$Flags) {
    $cmp = [System.StringComparer]::Ordinal
    if ([System.IO.Path]::DirectorySeparatorChar -eq [char]92) { $cmp = [System.StringComparer]::OrdinalIgnoreCase }
    $known = [System.Collections.Generic.HashSet[string]]::new([string[]]$Aside, $cmp)
    $changed = [System.Collections.Generic.List[string]]::new()
    $removed = [System.Collections.Generic.List[string]]::new()
    $drop = [System.Collections.Generic.HashSet[int]]::new()
    for ($i = 0; $i -lt $T.Length - 1; $i += $FB_FRAGMENT_STRIDE) {
        $null = $known.Add($T[$i + $FB_FRAGMENT_SHOW])
        $f = [System.IO.FileInfo]::new([System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $T[$i + $FB_FRAGMENT_REL])))
        if (-not $f.Exists) { $removed.Add($T[$i + $FB_FRAGMENT_SHOW]); $null = $drop.Add($i); continue }
        if ($f.Length -eq $T[$i + $FB_FRAGMENT_SIZE] -and $f.LastWriteTimeUtc.Ticks -eq $T[$i + $FB_FRAGMENT_TICKS]) { continue }
        try {
            $b = [System.IO.File]::ReadAllBytes($f.FullName)
            if ([System.BitConverter]::ToString([System.Security.Cryptography.SHA256]::Create().ComputeHash($b)).Replace('-', '') -eq $T[$i + $FB_FRAGMENT_HASH]) { continue }
            $T[$i + $FB_FRAGMENT_TEXT] = [System.IO.StreamReader]::new([System.IO.MemoryStream]::new($b), [System.Text.UTF8Encoding]::new($false), $true).ReadToEnd()
            $changed.Add($T[$i + $FB_FRAGMENT_SHOW])
        } catch { Write-Warning ('fragbundle: {0}: changed since the build but cannot be read; loading the text the bundle holds: {1}' -f $T[$i + $FB_FRAGMENT_SHOW], $_) }
    }
    $added = [System.Collections.Generic.List[string]]::new()
    $texts = [System.Collections.Generic.Dictionary[string, string]]::new($cmp)
    foreach ($p in [System.IO.Directory]::EnumerateFiles($root)) {
        $name = [System.IO.Path]::GetFileName($p)
        if ($cmp.Equals($p, $PSCommandPath) -or $known.Contains($name) -or -not [regex]::IsMatch($name, $Include) -or [regex]::IsMatch($name, $Exclude)) { continue }
        $text = ''
        try { $text = [System.IO.StreamReader]::new([System.IO.MemoryStream]::new([System.IO.File]::ReadAllBytes($p)), [System.Text.UTF8Encoding]::new($false), $true).ReadToEnd() }
        catch { Write-Warning ('fragbundle: {0}: added since the build but cannot be read: {1}' -f $name, $_) }
        if ($text.StartsWith('# Generated by fragbundle ')) { continue }
        $added.Add($name)
        $texts[$name] = $text
    }
    if ($changed.Count + $removed.Count + $added.Count -eq 0) { return , $T }
    $said = [System.Collections.Generic.List[string]]::new()
    if ($changed.Count -gt 0) { $said.Add('changed (loaded from disk): ' + ($changed -join ', ')) }
    if ($added.Count -gt 0) {
        $added.Sort([System.StringComparer]::InvariantCultureIgnoreCase)
        $said.Add('added (loaded): ' + ($added -join ', '))
    }
    if ($removed.Count -gt 0) { $said.Add('removed (not loaded): ' + ($removed -join ', ')) }
    $q = { param($s) "'" + $s.Replace("'", "''") + "'" }
    $cmd = 'fragbundle build ' + (& $q $root) + ' --output ' + (& $q $PSCommandPath)
    if ($Config -ne '') { $cmd += ' --config ' + (& $q [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $Config))) }
    Write-Warning ('fragbundle: the bundle is older than its fragments: {0}. Rebuild: {1}{2}' -f ($said -join '; '), $cmd, $Flags)
    if ($drop.Count + $added.Count -eq 0) { return , $T }
    $out = [System.Collections.Generic.List[object]]::new()
    $k = 0
    for ($i = 0; $i -le $T.Length - 1; $i += $FB_FRAGMENT_STRIDE) {
        while ($k -lt $added.Count -and ($i -eq $T.Length - 1 -or (-not $T[$i + $FB_FRAGMENT_SHOW].Contains('/') -and [string]::Compare($added[$k], $T[$i + $FB_FRAGMENT_SHOW], [System.StringComparison]::InvariantCultureIgnoreCase) -lt 0))) {
            $name = $added[$k++]
            $out.AddRange([object[]]@($FB_FRAGMENT_ADDED))
        }
        if ($i -eq $T.Length - 1) { break }
        if ($drop.Contains($i)) { continue }
        for ($j = 0; $j -lt $FB_FRAGMENT_STRIDE; $j++) { $out.Add($T[$i + $j]) }
    }
    $out.Add($null)
    , $out.ToArray()
}
#endregion

#region section:defer-setup
$global:__fragbundle_dstate_ID = @{ Done = [bool[]]::new($FB_DEFER_COUNT); Saved = @{}; Sp = $null; Err = $null; Names = @($FB_DEFER_NAMES) }
$global:__fragbundle_dbody_ID = { process { $global:__fragbundle_dstate_ID.Sp = { . $global:__fragbundle_dbody_ID *>&1 }.GetSteppablePipeline(); try { . $_ *>&1 } catch { $global:__fragbundle_dstate_ID.Err = $_ } } }
$global:__fragbundle_dstate_ID.Sp = { . $global:__fragbundle_dbody_ID *>&1 }.GetSteppablePipeline()
$global:__fragbundle_dstate_ID.Stub = { begin { $private:fbF = __fragbundle_defer_ID -1 $MyInvocation.MyCommand.Name $args; $private:fbP = $fbF[0].GetSteppablePipeline($MyInvocation.CommandOrigin, @($fbF[1], $fbF[2])); $fbP.Begin($MyInvocation.ExpectingInput) } process { if ($MyInvocation.ExpectingInput) { $fbP.Process($_) } } end { $fbP.End() } }
function __fragbundle_ditem_ID([string]$Path) {
    $p = [string[]]@($Path)
    if ($ExecutionContext.SessionState.InvokeProvider.Item.Exists($p, $false, $true)) { $ExecutionContext.SessionState.InvokeProvider.Item.Get($p, $false, $true)[0] }
}
function __fragbundle_dinstall_ID([int]$K) {
    $s = $global:__fragbundle_dstate_ID
    $v = $ExecutionContext.SessionState.PSVariable
    foreach ($n in $s.Names[$K].Split(' ')) {
        $nm = $n.Substring(2)
        if ($n[0] -eq 'a') {
            # A cheap existence test first: the provider's own is about ten times dearer.
            if ($null -ne $v.GetValue("alias:$nm")) {
                $c = __fragbundle_ditem_ID "Alias:\$nm"
                $s.Saved[$nm] = @($c.Definition, $c.Options, $c.Description)
            }
            $nm
            $nm = '__fragbundle_da_ID_' + $nm
        }
        $v.Set("function:global:$nm", $s.Stub)
    }
}
#endregion

#region section:defer-open
function __fragbundle_defer_ID([int]$K, [string]$Name, $Forward) {
    # Per deferred fragment: its path relative to the bundle, the path to show, its text.
    $t = @(
#endregion

#region section:defer-close
$null)
    $s = $global:__fragbundle_dstate_ID
    if ($Name.StartsWith('__fragbundle_da_ID_')) { $Name = $Name.Substring($FB_ALIAS_TARGET_LENGTH) }
    if ($K -lt 0) {
        # A shared stub: find its fragment by name.
        for ($q = 0; $q -lt $s.Names.Length; $q++) {
            if ((' ' + $s.Names[$q] + ' ').IndexOf(":$Name ", [System.StringComparison]::OrdinalIgnoreCase) -ge 0) { $K = $q; break }
        }
        if ($K -lt 0) { throw ("fragbundle: '{0}' is not a deferred name of this bundle" -f $Name) }
    }
    $i = $FB_DEFERRED_STRIDE * $K
    if (-not $s.Done[$K]) {
        $s.Done[$K] = $true
        foreach ($n in $s.Names[$K].Split(' ')) {
            $nm = $n.Substring(2)
            if ($n[0] -eq 'a') {
                $c = __fragbundle_ditem_ID "Alias:\$nm"
                if ($null -ne $c -and $c.Definition -eq ('__fragbundle_da_ID_' + $nm)) {
                    Remove-Alias -Name $nm -Scope Global -Force
                    $o = $s.Saved[$nm]
                    if ($null -ne $o) { New-Alias -Name $nm -Value $o[0] -Option $o[1] -Description $o[2] -Scope Global -Force }
                }
                $nm = '__fragbundle_da_ID_' + $nm
            }
            $c = __fragbundle_ditem_ID "Function:\$nm"
            if ($null -ne $c -and $c.ScriptBlock.ToString().Contains('__fragbundle_defer_ID ')) {
                $null = $ExecutionContext.SessionState.InvokeProvider.Item.Remove([string[]]@("Function:\$nm"), $false, $true, $true)
            }
        }
        $e = $null
        $a = [System.Management.Automation.Language.Parser]::ParseInput($t[$i + $FB_DEFERRED_TEXT], [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $t[$i + $FB_DEFERRED_REL])), [ref]$null, [ref]$e)
        if ($e.Length -gt 0) {
            Write-Warning ('fragbundle: {0}:{1}:{2}: not loaded, pwsh cannot parse it: {3}' -f $t[$i + $FB_DEFERRED_SHOW], $e[0].Extent.StartLineNumber, $e[0].Extent.StartColumnNumber, $e[0].Message)
        } else {
            $sb = $a.GetScriptBlock()
            $sp = $s.Sp
            $s.Err = $null
            $o = & { $sp.Begin($true, $ExecutionContext); $sp.Process($sb); $sp.End() }
            foreach ($r in @($o)) {
                if ($r -is [System.Management.Automation.WarningRecord]) { Write-Warning $r.Message }
                elseif ($r -is [System.Management.Automation.VerboseRecord]) { Write-Verbose $r.Message }
                elseif ($r -is [System.Management.Automation.DebugRecord]) { Write-Debug $r.Message }
                elseif ($r -is [System.Management.Automation.InformationRecord]) { Write-Information $r.MessageData $r.Tags }
                elseif ($null -ne $r) { $r | Out-Host }
            }
            if ($null -ne $s.Err) { __fragbundle_dfail_ID $t[$i + $FB_DEFERRED_REL] $t[$i + $FB_DEFERRED_SHOW] $s.Err }
        }
    }
    $c = __fragbundle_ditem_ID "Alias:\$Name"
    if ($null -eq $c) { $c = __fragbundle_ditem_ID "Function:\$Name" }
    if ($null -eq $c -or ($c.CommandType -eq 'Alias' -and $c.Definition -eq ('__fragbundle_da_ID_' + $Name)) -or ($c.CommandType -ne 'Alias' -and $c.ScriptBlock.ToString().Contains('__fragbundle_defer_ID '))) {
        throw ("fragbundle: '{0}' is not available: {1} ran and did not define it (see its warnings)" -f $Name, $t[$i + $FB_DEFERRED_SHOW])
    }
    # Splatting $args turns -Switch:$false into -Switch: colon pairs go by name, the rest as sliced from $args (which keeps -Name tokens).
    $n = @{}
    $keep = [System.Collections.Generic.List[int]]::new()
    for ($j = 0; $j -lt $Forward.Count; $j++) {
        $x = $Forward[$j]
        if ($x -is [string] -and $j + 1 -lt $Forward.Count -and $x -match '^-[\p{L}\p{N}_]+:$') { $n[$x.Substring(1, $x.Length - 2)] = $Forward[++$j] } else { $keep.Add($j) }
    }
    [scriptblock]::Create("param(`$fbN, `$fbR) & '$Name' @fbN @fbR")
    $n
    , @(if ($keep.Count -gt 0) { $Forward[$keep.ToArray()] })
}
#endregion

#region section:table-open
$__fragbundle_m_ID = @($FB_INVOCATIONS)
$__fragbundle_t_ID = @(
#endregion

#region section:table-close
$null)
#region if:guarded
$__fragbundle_t_ID = __fragbundle_guard_ID $__fragbundle_t_ID $FB_GUARD_DIR @($FB_GUARD_RELS) $FB_GUARD_STAMPS $FB_GUARD_NAMES $FB_GUARD_INCLUDE $FB_GUARD_EXCLUDE @($FB_GUARD_ASIDE) $FB_GUARD_CONFIG $FB_GUARD_FLAGS
#endregion
#endregion

#region section:loop
$__fragbundle_l_ID = {
for (; $__fragbundle_i_ID -lt $__fragbundle_t_ID.Length - 1; $__fragbundle_i_ID += $FB_FRAGMENT_STRIDE) {
#region if:timed
    __fragbundle_tstart_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_SHOW] $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_MODE]
#endregion
    try {
#region if:deferred
        if ($__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_TEXT] -is [int]) { foreach ($__fragbundle_a_ID in @(__fragbundle_dinstall_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_TEXT])) { $null = $ExecutionContext.SessionState.InvokeProvider.Item.Set([string[]]@('Alias:\' + $__fragbundle_a_ID), '__fragbundle_da_ID_' + $__fragbundle_a_ID, $true, $true) }; $__fragbundle_st_ID = 4; continue }
#endregion
        for ($__fragbundle_st_ID = 0; $__fragbundle_st_ID -lt 2; $__fragbundle_st_ID++) {
            if ($__fragbundle_st_ID) { $__fragbundle_st_ID = 3; break }
            try {
                $__fragbundle_e_ID = $null
                $__fragbundle_a_ID = [System.Management.Automation.Language.Parser]::ParseInput($__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_TEXT], [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_REL])), [ref]$null, [ref]$__fragbundle_e_ID)
                if ($__fragbundle_e_ID.Length -gt 0 -or $null -ne $__fragbundle_a_ID.ScriptRequirements) { . (__fragbundle_load_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_SHOW] $__fragbundle_a_ID $__fragbundle_e_ID ($__fragbundle_m_ID -contains $__fragbundle_i_ID)) }
                elseif ($__fragbundle_m_ID -contains $__fragbundle_i_ID) { . (__fragbundle_inv_ID $__fragbundle_a_ID) }
                else { . $__fragbundle_a_ID.GetScriptBlock() }
            } catch { __fragbundle_fail_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_REL] $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_SHOW] $_ }
            $__fragbundle_st_ID = 4
            break
        }
        if ($__fragbundle_st_ID -eq 0) { $__fragbundle_st_ID = 5; break }
    } finally { <#if:timed#>__fragbundle_tstop_ID; <#end#>if ($__fragbundle_st_ID -eq 0) { $__fragbundle_st_ID = 5; $__fragbundle_i_ID += $FB_FRAGMENT_STRIDE; . $__fragbundle_l_ID } }
}
}
$__fragbundle_i_ID = 0
try { . $__fragbundle_l_ID } finally {
$null = $ExecutionContext.SessionState.InvokeProvider.Item.Remove([string[]]@('Function:\__fragbundle_load_ID', 'Function:\__fragbundle_fail_ID', 'Function:\__fragbundle_inv_ID'<#if:sub#>, 'Function:\__fragbundle_sub_ID'<#end#><#if:guarded#>, 'Function:\__fragbundle_guard_ID', 'Function:\__fragbundle_guardf_ID'<#end#><#if:shared#>, 'Function:\__fragbundle_stubs_ID'<#end#><#if:timed#>, 'Function:\__fragbundle_tstart_ID', 'Function:\__fragbundle_tstop_ID'<#end#>), $false, $true, $true)
$ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_t_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_i_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_a_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_e_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_st_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_l_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_m_ID')<#if:sub#>; $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_s_ID')<#end#><#if:shared#>; $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_stubs_ID')<#end#>
}
#endregion
