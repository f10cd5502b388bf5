import test from 'ava';
import { readCallElements } from '../../src/text/call-arguments.js';

/** The elements after the command name `Cmd` at the start of `text`. */
const read = (text: string) => readCallElements(text, 'Cmd'.length);

test('named, attached and positional arguments, literal or not', (t) => {
  t.deepEqual(read("Cmd -Name 'git' x"), [{ parameter: 'Name' }, { value: 'git' }, { value: 'x' }]);
  t.deepEqual(read('Cmd -Name:"a""b" -Flag:$true'), [
    { parameter: 'Name', attached: 'a"b' },
    { parameter: 'Flag', attached: null },
  ]);
  t.deepEqual(read("Cmd 'it''s' \"x`ty\" bare-word 12"), [
    { value: "it's" },
    { value: 'x\ty' },
    { value: 'bare-word' },
    { value: '12' },
  ]);
  t.deepEqual(read('Cmd $name "${x}y" $(Get-X) @(1) a,b'), [
    { value: null },
    { value: null },
    { value: null },
    { value: null },
    { value: null },
  ]);
  t.deepEqual(read('Cmd "cost: `$5"'), [{ value: 'cost: $5' }], 'an escaped $ is literal');
});

test('the call ends where its command ends', (t) => {
  t.deepEqual(read("Cmd 'a'; Other 'b'"), [{ value: 'a' }]);
  t.deepEqual(read("Cmd 'a' | Out-Null"), [{ value: 'a' }]);
  t.deepEqual(read("Cmd 'a') -and $x"), [{ value: 'a' }]);
  t.deepEqual(read("Cmd 'a' # 'b'"), [{ value: 'a' }]);
  t.deepEqual(read("Cmd 'a'\n'b'"), [{ value: 'a' }]);
  t.deepEqual(
    read("Cmd 'a' `\n  -Name 'b'"),
    [{ value: 'a' }, { parameter: 'Name' }, { value: 'b' }],
    'a backtick continues',
  );
  t.deepEqual(read("Cmd 'a' && Other"), [{ value: 'a' }]);
  t.deepEqual(read('Cmd @(\n 1\n) x'), [{ value: null }, { value: 'x' }], 'brackets span lines');
});
