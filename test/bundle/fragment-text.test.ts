import test from 'ava';
import fc from 'fast-check';
import {
  blankRanges,
  countLineBreaks,
  fragmentEdits,
  functionTextStart,
  sliceWithEdits,
} from '../../src/bundle/fragment-text.js';
import { LineIndex } from '../../src/text/line-index.js';
import type { ScriptPathUse } from '../../src/core/types.js';
import { fragmentOf, naiveSymbols } from './helpers/naive-symbols.js';
import { at } from '../../src/core/at.js';

test('line breaks count as PowerShell counts them: CRLF, LF and a lone CR', (t) => {
  t.is(countLineBreaks('a\r\nb\nc\rd'), 3);
  const idx = new LineIndex('a\r\nbc\rd\ne');
  t.deepEqual(idx.position(0), { line: 1, column: 1 });
  t.deepEqual(idx.position(3), { line: 2, column: 1 });
  t.deepEqual(idx.position(4), { line: 2, column: 2 });
  t.deepEqual(idx.position(6), { line: 3, column: 1 });
  t.deepEqual(idx.position(8), { line: 4, column: 1 });
});

/** The char-code loop countLineBreaks and LineIndex must agree with, break for break. */
function referenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Texts dense in line breaks of every kind, CRLFs split and doubled. */
const breaky = fc
  .array(fc.constantFrom('\r\n', '\n', '\r', '\r\r\n', '\n\r', 'a', 'bc', ' ', '\u2028'), { maxLength: 40 })
  .map((parts) => parts.join(''));

test('counting by indexOf agrees with a char-code loop on every kind of line break', (t) => {
  fc.assert(
    fc.property(breaky, (text) => countLineBreaks(text) === referenceStarts(text).length - 1),
    { numRuns: 2000 },
  );
  t.pass();
});

test('LineIndex positions, line starts and breaksIn agree with a char-code loop and with counting a slice', (t) => {
  fc.assert(
    fc.property(breaky, fc.nat(), fc.nat(), (text, a, b) => {
      const idx = new LineIndex(text);
      const starts = referenceStarts(text);
      for (let offset = 0; offset <= text.length; offset++) {
        let line = 0;
        while (line + 1 < starts.length && at(starts, line + 1) <= offset) line++;
        const position = idx.position(offset);
        if (position.line !== line + 1 || position.column !== offset - at(starts, line) + 1) return false;
      }
      for (let line = 1; line <= starts.length; line++) if (idx.lineStart(line) !== starts[line - 1]) return false;
      const start = a % (text.length + 1);
      const end = start + (b % (text.length - start + 1));
      return idx.breaksIn(start, end) === countLineBreaks(text.slice(start, end));
    }),
    { numRuns: 2000 },
  );
  t.pass();
});

test('blanking keeps every line break and the column of what follows on the same line', (t) => {
  const text = 'a\nfunction F {\r\n  1\n}; Set-Alias x F\nfunction G { 2 }\nz';
  const f = { start: 2, end: text.indexOf('}') + 1 };
  const g = { start: text.indexOf('function G'), end: text.indexOf('z') - 1 };
  const out = blankRanges(text, [f, g], []);
  t.is(out, 'a\n\r\n\n ; Set-Alias x F\n\nz');
  t.is(countLineBreaks(out), countLineBreaks(text));
});

test('edits apply only inside the slice they fall in', (t) => {
  const text = '0123456789';
  const edits = [
    { start: 1, end: 3, text: 'AB' },
    { start: 5, end: 6, text: 'long' },
  ];
  t.is(sliceWithEdits(text, 0, 10, edits), '0AB34long6789');
  t.is(sliceWithEdits(text, 4, 10, edits), '4long6789');
  t.is(sliceWithEdits(text, 2, 10, edits), '234long6789', 'an edit crossing the start is left out');
  t.is(blankRanges(text, [{ start: 4, end: 7 }], edits), '0AB3   789');
});

test('#Requires -Fragment comments become plain comments; the same words in a string stay as written', (t) => {
  const text = "#Requires -Fragment 'env'\n#Requires -Version 7\n$a = @'\n#Requires -Fragment in-a-here-string\n'@\n";
  const f = fragmentOf('a.ps1', text);
  const first = { line: 1, column: 1, text: "#Requires -Fragment 'env'", range: { start: 0, end: 25 } };
  const edits = fragmentEdits(f, naiveSymbols(f, { requires: [first] }));
  t.is(
    sliceWithEdits(text, 0, text.length, edits),
    "# fragbundle: not valid PowerShell, read by fragbundle: Requires -Fragment 'env'\n#Requires -Version 7\n$a = @'\n#Requires -Fragment in-a-here-string\n'@\n",
  );
});

test('where the grammar recovered from errors, a line-start scan adds the #Requires -Fragment comments it missed', (t) => {
  const text = "#Requires -Fragment 'env'\n  #requires -version 7 -fragment x\n#Requires -Version 7\n";
  const f = fragmentOf('a.ps1', text);
  const first = { line: 1, column: 1, text: "#Requires -Fragment 'env'", range: { start: 0, end: 25 } };
  const edits = fragmentEdits(f, { ...naiveSymbols(f, { requires: [first] }), hasSyntaxErrors: true });
  t.is(
    sliceWithEdits(text, 0, text.length, edits),
    "# fragbundle: not valid PowerShell, read by fragbundle: Requires -Fragment 'env'\n  # fragbundle: not valid PowerShell, read by fragbundle: requires -version 7 -fragment x\n#Requires -Version 7\n",
  );
});

test('$MyInvocation is never rewritten: the runtime gives a fragment its own (runtime.ps1, section invocation)', (t) => {
  const text = [
    '$p = $MyInvocation.MyCommand.Path',
    '$n = ${MyInvocation}.MyCommand.Name.Length',
    '$i = $MyInvocation',
  ].join('\n');
  const f = fragmentOf('a.ps1', text);
  const uses: ScriptPathUse[] = [
    {
      name: 'MyInvocation',
      line: 1,
      column: 6,
      phase: 'load',
      range: { start: 5, end: 18 },
      inString: false,
      members: 'MyCommand.Path',
    },
  ];
  t.deepEqual(fragmentEdits(f, naiveSymbols(f, { scriptPathUses: uses })), []);
});

test('a lazy function text starts after the previous statement, with its help comment', (t) => {
  const text = 'Set-Alias a b;  \n\n<# .SYNOPSIS\nHi #>\nfunction F { 1 }';
  const fn = text.indexOf('function');
  t.is(text.slice(functionTextStart(text, fn, [13])), '<# .SYNOPSIS\nHi #>\nfunction F { 1 }');
  t.is(functionTextStart(text, fn, []), 0);
});

test('before the first statement of a fragment with a param block, only the comments right above come along', (t) => {
  const text = '[CmdletBinding()]\nparam($A = (Get-Date))\n\n<# help #>\n# more\nfunction F { 1 }';
  const fn = text.indexOf('function');
  t.is(text.slice(functionTextStart(text, fn, [], true)), '<# help #>\n# more\nfunction F { 1 }');
  const g = 'param()\nfunction G {}';
  t.is(g.slice(functionTextStart(g, 8, [], true)), 'function G {}');
});
