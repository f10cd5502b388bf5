import test from 'ava';
import { runCheck } from '../../src/cli/commands/check.js';
import { countLineBreaks, firstLine, lineStarts, splitLines } from '../../src/text/line-breaks.js';
import { tempFiles } from '../helpers/temp.js';

test('CRLF, LF and a lone CR each end one line', (t) => {
  const text = 'a\r\nb\nc\rd\r\n\re';
  t.deepEqual(splitLines(text), ['a', 'b', 'c', 'd', '', 'e']);
  t.is(countLineBreaks(text), 5);
  t.deepEqual(lineStarts(text), [0, 3, 5, 7, 10, 11]);
  t.is(firstLine('x\ry\nz'), 'x');
  t.is(firstLine('no break'), 'no break');
});

interface SarifResult {
  ruleId: string;
  partialFingerprints: Record<string, string>;
}

test('check --format sarif: a finding in a lone-CR file gets the fingerprint of its LF twin', async (t) => {
  const results = async (lineBreak: string) => {
    const cwd = tempFiles(t, {
      'profile.d/10-user.ps1': ['# uses Get-B while the profile loads', 'Get-B', ''].join(lineBreak),
      'profile.d/20-lib.ps1': 'function Get-B { 1 }\n',
    });
    const r = await runCheck({ cwd, dir: 'profile.d', bundle: 'none.ps1', format: 'sarif', cache: false });
    const log = JSON.parse(r.stdout) as { runs: { results: SarifResult[] }[] };
    return log.runs[0]?.results.filter((x) => x.ruleId === 'ORDER_VIOLATION') ?? [];
  };
  const [lf] = await results('\n');
  const [cr] = await results('\r');
  const [crlf] = await results('\r\n');
  t.truthy(lf, 'the LF profile has an ORDER_VIOLATION');
  t.deepEqual(cr?.partialFingerprints, lf?.partialFingerprints);
  t.deepEqual(crlf?.partialFingerprints, lf?.partialFingerprints);
});
