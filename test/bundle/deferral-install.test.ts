/**
 * What the deferred bundle's stub installation relies on in pwsh (runtime.ps1, sections
 * defer-setup, loop and defer-close), pinned so that a pwsh that behaves otherwise fails here
 * rather than in a user's session: one provider call sets many functions to one stub block at
 * global scope, even from a function; the provider's Get finds nothing under a scope-qualified
 * path, so the first call reads and removes stubs under `Function:\X`; an alias set through the
 * provider inside a function does not reach global scope, so alias stubs are set by the loop.
 */
import { pwshTest, runPwshCommand } from '../helpers/pwsh.js';

pwshTest('deferral: the provider facts the stub installation relies on', async (t) => {
  const r = await runPwshCommand(
    [
      '$sb = { "stub $($MyInvocation.MyCommand.Name)" }',
      "function Set-Many { $null = $ExecutionContext.SessionState.InvokeProvider.Item.Set([string[]]@('Function:global:Get-FbA', 'Function:global:Get-FbB'), $sb, $false, $true) }",
      'Set-Many',
      "'set: ' + (Get-FbA) + ', ' + (Get-FbB) + ', same block: ' + [object]::ReferenceEquals((Get-Command Get-FbA).ScriptBlock, (Get-Command Get-FbB).ScriptBlock)",
      "function Get-Items { foreach ($p in @('Function:global:Get-FbA', 'Function:\\Get-FbA')) { $q = [string[]]@($p); '{0}: exists {1}, got {2}' -f $p, $ExecutionContext.SessionState.InvokeProvider.Item.Exists($q, $false, $true), $ExecutionContext.SessionState.InvokeProvider.Item.Get($q, $false, $true).Count } }",
      'Get-Items',
      "function Set-InsideAlias { $null = $ExecutionContext.SessionState.InvokeProvider.Item.Set([string[]]@('Alias:global:fbal'), 'Get-FbA', $false, $true) }",
      'Set-InsideAlias',
      "'alias from a function: ' + ($null -ne (Get-Alias fbal -ErrorAction Ignore))",
      "$null = $ExecutionContext.SessionState.InvokeProvider.Item.Set([string[]]@('Alias:\\fbal'), 'Get-FbA', $true, $true)",
      "'alias from the top: ' + (fbal)",
    ].join('\n'),
  );
  t.is(r.exitCode, 0, r.stderr);
  t.deepEqual(r.stdout.trim().split(/\r?\n/), [
    'set: stub Get-FbA, stub Get-FbB, same block: True',
    'Function:global:Get-FbA: exists True, got 0',
    'Function:\\Get-FbA: exists True, got 1',
    'alias from a function: False',
    'alias from the top: stub Get-FbA',
  ]);
});
