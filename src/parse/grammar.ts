/**
 * Loading the tree-sitter PowerShell grammar. The only module that knows where the wasm lives.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Language, Parser } from 'web-tree-sitter';

/**
 * Absolute path of the vendored grammar, `grammars/tree-sitter-powershell.wasm` at the package
 * root. Resolved from this module's own URL, so it works from `src/parse/` (ts sources) and from
 * the compiled `dist/src/parse/` alike: it walks up to the first folder that has `grammars/`.
 */
export function grammarPath(): string {
  const here = new URL('.', import.meta.url);
  // dist/src/parse/ -> ../../../ ; src/parse/ -> ../../
  const candidates = ['../../../grammars/', '../../grammars/'].map((rel) => new URL(rel, here));
  const compiled = fileURLToPath(here).replace(/\\/g, '/').includes('/dist/src/parse/');
  const root = compiled ? candidates[0] : candidates[1];
  return fileURLToPath(new URL('tree-sitter-powershell.wasm', root));
}

let language: Promise<Language> | undefined;

/** Load the grammar once per process (thread): later calls share the same promise. */
function loadLanguage(): Promise<Language> {
  language ??= (async () => {
    await Parser.init();
    const bytes = await readFile(grammarPath());
    return Language.load(bytes);
  })();
  return language;
}

/**
 * A new parser for PowerShell. The wasm runtime and the grammar are loaded once per process (a
 * memoised promise); each call returns a fresh `Parser`, which is not safe to share between
 * concurrent parses, so give each worker its own.
 *
 * @throws when the grammar file is missing or not a valid tree-sitter wasm.
 */
export async function createPowerShellParser(): Promise<Parser> {
  const lang = await loadLanguage();
  const parser = new Parser();
  parser.setLanguage(lang);
  return parser;
}
