/**
 * Colour for people at a terminal: the severity and the file:line of each finding in the text
 * output, and a check's verdict. Reports are built plain (so memoised and replayed results hold no
 * escapes) and coloured as they are printed, by the rules of `wantsColour`.
 */
import picocolors from 'picocolors';

// Escapes always: whether to colour at all is decided here (wantsColour), not by picocolors' own guess.
const pc = picocolors.createColors(true);

/** What decides colour for one output stream. */
export interface ColourContext {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly stream: { readonly isTTY?: boolean; hasColors?: () => boolean };
}

/** `--color` (true), `--no-color` (false), the last one given; undefined when neither. */
export function colourFlag(argv: readonly string[]): boolean | undefined {
  let flag: boolean | undefined;
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break;
    // yargs takes a `true`/`false` after a boolean flag as its value.
    if (arg === '--color') flag = argv[i + 1] !== 'false';
    else if (arg === '--color=true') flag = true;
    else if (arg === '--no-color' || arg === '--color=false') flag = false;
  }
  return flag;
}

/**
 * The rules, first match wins: `--color`/`--no-color`; `NO_COLOR` set to anything but the empty
 * string (no-color.org); `FORCE_COLOR` (colour unless `0` or `false`); else colour only when the
 * stream is a terminal that has colours.
 */
export function wantsColour({ argv, env, stream }: ColourContext): boolean {
  const flag = colourFlag(argv);
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (stream.isTTY !== true) return false;
  return stream.hasColors ? stream.hasColors() : true;
}

/** Whether the command's standard output is text for people (not JSON, SARIF, dot, ...). */
export function printsText(argv: readonly string[]): boolean {
  const command = argv.find((a) => !a.startsWith('-'));
  if (command === 'graph') return false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--format') return argv[i + 1] === 'text';
    if (arg.startsWith('--format=')) return arg === '--format=text';
  }
  return true;
}

const SEVERITY: Readonly<Record<string, (s: string) => string>> = {
  error: (s) => pc.bold(pc.red(s)),
  warning: (s) => pc.bold(pc.yellow(s)),
  info: (s) => pc.bold(pc.blue(s)),
};

/** A finding line: `file:line:col: severity CODE: message` (the location is optional). */
const FINDING = /^( *)(?:(.+?:\d+:\d+)(: ))?(error|warning|info) ([A-Z][A-Z0-9_]*:)/;
/** A related location under a finding: four spaces, `file:line:col: message`. */
const RELATED = /^( {4})(\S.*?:\d+:\d+)(: )/;
const VERDICT = /^(fragbundle check )(ok|FAILED)(:)/;

/** `text` with the severities, locations and verdicts of its lines in colour. */
export function colourText(text: string): string {
  if (text === '') return text;
  return text
    .split('\n')
    .map((line) => {
      const f = FINDING.exec(line);
      if (f) {
        const [whole, indent, where, colon, severity, code] = f;
        const loc = where === undefined ? '' : `${pc.cyan(where)}${colon}`;
        return `${indent}${loc}${SEVERITY[severity!]!(severity!)} ${pc.dim(code)}${line.slice(whole.length)}`;
      }
      const r = RELATED.exec(line);
      if (r) return `${r[1]}${pc.cyan(r[2])}${r[3]}${line.slice(r[0].length)}`;
      const v = VERDICT.exec(line);
      if (v) return `${v[1]}${v[2] === 'ok' ? pc.green(v[2]) : pc.bold(pc.red(v[2]))}${v[3]}${line.slice(v[0].length)}`;
      return line;
    })
    .join('\n');
}

/**
 * What to write to stdout and stderr for one run: coloured where the rules allow (stdout only when
 * it is text for people).
 */
export function colourOutput(
  out: { readonly stdout: string; readonly stderr: string },
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  streams: { readonly stdout: ColourContext['stream']; readonly stderr: ColourContext['stream'] },
): { stdout: string; stderr: string } {
  return {
    stdout:
      printsText(argv) && wantsColour({ argv, env, stream: streams.stdout }) ? colourText(out.stdout) : out.stdout,
    stderr: wantsColour({ argv, env, stream: streams.stderr }) ? colourText(out.stderr) : out.stderr,
  };
}
