/**
 * What the parse stage tells the sub-file exit rewrite about each load-time `exit`: where the loop
 * around the statements may open at the latest (`statement`), and whether a loop can hold it at all
 * (`inFinally`, `inNamedBlock`). test/bundle/exit-code.test.ts proves the rewrite against pwsh.
 */
import test from 'ava';
import { extract } from './parser.js';

const exitsOf = async (text: string) => (await extract('sub.ps1', text)).directives.exits;

test('an exit in a script named block is marked; one in a dot-sourced block or an else is not', async (t) => {
  const named = await exitsOf("begin { exit 1 }\nprocess { if ($true) { exit 2 } }\nend { 'e' }\n");
  t.deepEqual(
    named.map((e) => e.inNamedBlock),
    [true, true],
  );
  const plain = await exitsOf("$x = 1\n. { exit 3 }\nif ($x) { 'a' }\nelse { exit 4 }\n");
  t.deepEqual(
    plain.map((e) => e.inNamedBlock),
    [undefined, undefined],
  );
});

test('in a file with a top-level trap, every exit opens the loop at the first statement after using', async (t) => {
  const text = 'using namespace System.Text\n$a = 1\ntrap { continue }\nif ($a) { exit 5 }\n';
  const [exit] = await exitsOf(text);
  t.is(exit?.statement, text.indexOf('$a = 1'));
  const late = '$a = 1\nif ($a) { exit 5 }\ntrap { continue }\n';
  t.is((await exitsOf(late))[0]?.statement, 0);
  const none = '$a = 1\nif ($a) { exit 5 }\n';
  t.is((await exitsOf(none))[0]?.statement, none.indexOf('if'));
});
