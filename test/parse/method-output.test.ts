/**
 * Which load-time statements print, settled with pwsh: each statement runs in a fresh scope of
 * one pwsh session after a set-up line, and the objects it writes are counted. Where the parse
 * stage says a statement prints nothing (no `output` side effect), pwsh must print nothing; where
 * pwsh prints, the parse stage must say `output`. Unknown receivers (`$x.Add(1)`) may print.
 */
import { pwshTest, runPwshCommand } from '../helpers/pwsh.js';
import { extract } from './parser.js';

/** [set-up, statement]: the set-up gives the receiver its type. */
const CASES: readonly (readonly [string, string])[] = [
  ['$l = [System.Collections.Generic.List[int]]::new()', '$l.Add(1)'],
  ['$l = [System.Collections.ArrayList]::new()', '$l.Add(1)'],
  ['$l = [System.Collections.Generic.HashSet[int]]::new()', '$l.Add(1)'],
  ['$l = [System.Collections.Generic.List[int]]::new()', '$l.Clear()'],
  ['$l = [System.Collections.Generic.List[int]]::new()', '$l.AddRange([int[]](1, 2))'],
  ['$l = [System.Collections.Generic.List[int]]::new()', '$l.Insert(0, 1)'],
  ['$l = [System.Collections.Generic.List[int]]::new(); $l.Add(1)', '$l.RemoveAt(0)'],
  ['$l = [System.Collections.Generic.List[int]]::new()', '$l.Remove(1)'],
  ['$h = @{ a = 1 }', '$h.Clear()'],
  ['$h = @{}', '$h.Add("a", 1)'],
  ['$s = [System.IO.MemoryStream]::new()', '$s.Dispose()'],
  ['$s = [System.IO.MemoryStream]::new()', '$s.Flush()'],
  ['', '[GC]::Collect()'],
  ['', '[System.Threading.Thread]::Sleep(1)'],
  ['', '$PSDefaultParameterValues.Add("Get-Foo:Bar", 1)'],
  ['$PSDefaultParameterValues["Get-Foo:Bar"] = 1', '$PSDefaultParameterValues.Remove("Get-Foo:Bar")'],
  ['', '[System.IO.Path]::Combine("a", "b")'],
  ['', '"abc".Contains("b")'],
  ['$sb = [System.Text.StringBuilder]::new()', '$sb.Append("x")'],
  ['$f = [System.IO.Path]::GetTempFileName()', '[System.IO.File]::WriteAllText($f, "x")'],
  ['', '1KB'],
  ['', '1.602176634E-19'],
  ['', '6 1> $null'],
];

pwshTest(
  'a statement the parse stage calls silent prints nothing in pwsh, and one that prints is output',
  async (t) => {
    const script = CASES.map(
      ([setup, statement]) =>
        `& { ${setup}; $n = @(. { ${statement} }).Count; [Console]::Out.WriteLine("$n") } *>$null; if (-not $?) { [Console]::Out.WriteLine('error') }`,
    ).join('\n');
    const result = await runPwshCommand(script);
    t.is(result.exitCode, 0, result.stderr);
    const counts = result.stdout.trim().split(/\r?\n/);
    t.is(counts.length, CASES.length, result.stdout);
    for (const [i, [, statement]] of CASES.entries()) {
      const symbols = await extract('case.ps1', `${statement}\n`);
      const saysOutput = symbols.sideEffects.some((e) => e.kind === 'output');
      const prints = Number(counts[i]) > 0;
      if (!saysOutput) t.false(prints, `${statement}: we say silent, pwsh printed ${counts[i]}`);
      if (prints) t.true(saysOutput, `${statement}: pwsh printed, we say silent`);
      t.false(
        symbols.references.some((r) => r.kind === 'command'),
        `${statement}: no command in it, yet ${JSON.stringify(symbols.references)}`,
      );
    }
  },
);
