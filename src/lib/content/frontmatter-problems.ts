/**
 * A document's frontmatter that Astro's reader cannot read, told as the checker tells every problem:
 * `file:line:column: field: what is wrong: how to fix it`. The reader (js-yaml, through `parseFrontmatter`
 * of `astro/markdown`) throws with a reason and a place in the frontmatter; the place is turned into the
 * file's line and column, and the reason gets the fix an editor needs.
 */
import type { Problem } from './problems.ts';

/** js-yaml's error: its reason, and where in the frontmatter (0-based line and column). */
interface YamlError {
  reason?: string;
  mark?: { line: number; column: number };
  message: string;
}

/** The fix for each reason js-yaml gives that an editor is likely to meet (its own words, from js-yaml's loader). */
const FIXES: ReadonlyArray<[RegExp, string]> = [
  [/^duplicated mapping key/, 'each field is written once: keep the value the document states and delete the other line'],
  [/^tab characters must not be used in indentation/, 'indent with spaces, not a tab (YAML refuses tabs in indentation)'],
  [/^unknown tag/, 'a YAML tag ("!!…") is not allowed: write the value as plain text, in double quotes if it starts with "!"'],
  [
    /flow collection|flow mapping|flow sequence/,
    'a list in brackets is closed on the same line, with commas between its items: write [a, b], or one item per line, each starting with "- "',
  ],
  [/double quoted scalar|single quoted scalar/, 'a value that opens a quote closes it on the same line: end it with the same quote mark'],
  [
    /^expected a single document/,
    'a line "..." inside the frontmatter ends YAML\'s document there, and the fields after it start a second one: delete that line, so the fields are one block between the two "---" lines',
  ],
  [
    /^bad indentation|^end of the stream or a document separator is expected/,
    'indent the field as the fields beside it, and put a value that holds ": " or " #" in double quotes (title: "Avtale: Skien")',
  ],
];

const DEFAULT_FIX = 'check this line against the fields beside it (CONTRIBUTING.md, "The frontmatter"), and put a value that holds ": " or " #" in double quotes';

/** The 1-based line of the opening `---` in a text (only blank lines may come before it). */
function openingLine(text: string): number {
  return text.slice(0, text.indexOf('---')).split('\n').length;
}

/** The 1-based line of the first document end marker ("...") inside the frontmatter, which js-yaml gives no place for. */
function documentEndLine(text: string, opening: number): number | undefined {
  const lines = text.split('\n');
  for (let i = opening; i < lines.length; i++) {
    if (/^---\s*$/.test(lines[i]!)) return undefined;
    if (/^\.\.\.(?:\s|$)/.test(lines[i]!)) return i + 1;
  }
  return undefined;
}

/** The key a line of the frontmatter sets, and its column (`  - key: rus` sets `key` at 4, as the item's next line does). */
function keyOf(line: string | undefined): { key: string; indent: number } | undefined {
  const found = /^(\s*)(- )?([A-Za-z_][\w]*)\s*:/.exec(line ?? '');
  return found ? { key: found[3]!, indent: found[1]!.length + (found[2]?.length ?? 0) } : undefined;
}

/** The field a duplicated key names, read from its line and the keys of the lines above it that it is indented under (`signed.date`). */
function keyAt(lines: readonly string[], index: number): string | undefined {
  const own = keyOf(lines[index]);
  if (!own) return undefined;
  const path = [own.key];
  let indent = own.indent;
  for (let i = index - 1; i >= 0 && indent > 0; i--) {
    const parent = keyOf(lines[i]);
    if (parent && parent.indent < indent) {
      path.unshift(parent.key);
      indent = parent.indent;
    }
  }
  return path.join('.');
}

/** A frontmatter js-yaml refused: at its place in the file, with its reason and the fix. */
export function yamlProblem(path: string, text: string, error: YamlError): Problem {
  const reason = error.reason ?? error.message.split('\n')[0] ?? 'unreadable';
  const fix = FIXES.find(([pattern]) => pattern.test(reason))?.[1] ?? DEFAULT_FIX;
  const mark = error.mark;
  const opening = openingLine(text);
  const place = mark
    ? // The frontmatter starts just after the opening `---`, on that line.
      { line: opening + mark.line, column: mark.column + 1 + (mark.line === 0 ? 3 : 0) }
    : { line: documentEndLine(text, opening) ?? opening, column: 1 };
  const key = /^duplicated mapping key/.test(reason) ? keyAt(text.split('\n'), place.line - 1) : undefined;
  return { file: path, ...place, ...(key ? { field: key } : {}), message: `the frontmatter is not valid YAML (${reason}): ${fix}.` };
}

/** A frontmatter opened with `---` and never closed: Astro reads none, and every required field would be told missing. */
export function unclosedProblem(path: string, text: string): Problem {
  return {
    file: path,
    line: openingLine(text),
    column: 1,
    message: 'the frontmatter is not closed: close the frontmatter with a line "---" after its last field (the text of the document follows that line).',
  };
}
