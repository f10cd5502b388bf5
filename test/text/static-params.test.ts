/**
 * staticParams: the parameter declarations a deferred fragment's stub may copy. Accepted only
 * with built-in types and attributes and constant attribute arguments; defaults cut out.
 * (That pwsh binds and completes with them is proven in test/bundle/deferral.test.ts.)
 */
import test from 'ava';
import { staticParams } from '../../src/text/static-params.js';

const of = (text: string) => staticParams(text, text.search(/\b(?:function|filter)\b/i));

test('a param block is copied with its attributes, defaults cut out', (t) => {
  t.deepEqual(
    of(`function F {
    <# help #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([string])]
    param(
        # the name
        [Parameter(Mandatory = $true, Position = 0)][ValidateSet('a', "b")][string]$Name = 'a',
        [ValidateRange(1, [int]::MaxValue)][int[]]$Count = @(1, (Get-Thing)),
        [switch]$Force = $false,
        $Plain = { script block }
    )
    process { $Name }
}`),
    {
      advanced: true,
      text: `[CmdletBinding(SupportsShouldProcess)]
    [OutputType([string])]
    param(
        # the name
        [Parameter(Mandatory = $true, Position = 0)][ValidateSet('a', "b")][string]$Name,
        [ValidateRange(1, [int]::MaxValue)][int[]]$Count,
        [switch]$Force,
        $Plain
    )`,
    },
  );
});

test('a header parameter list becomes a param block; a simple function stays simple', (t) => {
  t.deepEqual(of('function global:F([switch]$Force, $Path = $PWD) { $Path }'), {
    advanced: false,
    text: 'param([switch]$Force, $Path)',
  });
  t.deepEqual(of('function F([Parameter()]$x) { }'), { advanced: true, text: 'param([Parameter()]$x)' });
  t.deepEqual(of('filter F { param([System.IO.FileInfo]$f, [System.String]$s) $_ }'), {
    advanced: false,
    text: 'param([System.IO.FileInfo]$f, [System.String]$s)',
  });
});

test('a function that declares nothing gets an empty declaration', (t) => {
  t.deepEqual(of('function F { "x $args" }'), { advanced: false, text: '' });
});

test('anything not known to resolve without the fragment keeps the stub without parameters', (t) => {
  for (const text of [
    'function F([FixtureKind]$k) { }',
    'function F { param([MyEnum]$e) }',
    'function F { param([ValidateScript({ Test-Mine $_ })]$v) }',
    'function F { param([ArgumentCompleter({ "a" })]$v) }',
    'function F { [MyAttribute()] param($v) }',
    'function F { param([ValidateSet($x)]$v) }',
    'function F { param([ValidateSet("$x")]$v) }',
    'function F { param([System.Collections.Generic.List[string]]$l) }',
    'function F { param($a) dynamicparam { } end { } }',
    'function F { param(${a b}) }',
    'function F { param($a',
  ]) {
    t.is(of(text), undefined, text);
  }
});
