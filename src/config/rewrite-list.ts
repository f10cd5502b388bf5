/**
 * Rewrite one list in a JSON config file (fragbundle.config.json `baseline`, or
 * `.profile-fragments.json` `loadOrder`) in place: jsonc-parser edits only that value, so the
 * file's comments, key order and formatting elsewhere stay as they were.
 */
import { applyEdits, modify } from 'jsonc-parser';

/** `text` with `key` (top level) set to `list`, indented as the file is. */
export function setTopLevelList(text: string, key: string, list: readonly string[]): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const indent = /^([ \t]+)"/m.exec(body)?.[1] ?? '  ';
  const edits = modify(body, [key], list, {
    formattingOptions: {
      insertSpaces: !indent.startsWith('\t'),
      tabSize: indent.startsWith('\t') ? 1 : indent.length,
      eol: body.includes('\r\n') ? '\r\n' : '\n',
    },
  });
  return bom + applyEdits(body, edits);
}
