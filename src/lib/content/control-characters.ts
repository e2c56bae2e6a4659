/**
 * Characters no content file may hold, anywhere: the C0 and C1 control characters but tab, LF and CR,
 * and the bidirectional embeddings, overrides and isolates. A control character passes YAML (as an
 * escape such as "\x0C"), the Markdown and the HTML, and breaks what the build writes: the feed of new
 * agreements is no longer well-formed XML, a NUL goes into the page raw (and the comparison uses NUL as
 * its own hard-break mark: src/lib/compare/sections-text.ts). A bidirectional override shows the text in
 * another order than it is written, so the page could show other words than the document has.
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The names of the ones an editor is most likely to meet, for the message. */
const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NUL',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

const isBidi = (code: number) => code >= 0x202a;

/** `U+000C`: a character's code point as a message names it (the first, for a string). */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `U+000C (form feed), a control character`: the character as the message names it. */
function described(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const name = NAMES[code];
  const kind = isBidi(code) ? 'a bidirectional formatting character' : 'a control character';
  return `${codePointName(char)}${name ? ` (${name})` : ''}, ${kind}`;
}

/** What the character does, and the fix. */
function harm(char: string): string {
  return isBidi(char.codePointAt(0) ?? 0)
    ? 'it turns the text around as it is shown, so the page could show other words than the document has'
    : "it is invisible, and breaks the site's pages and feed";
}

/** One forbidden character in a text: its 0-based offset and the character. */
export interface ForbiddenCharacter {
  offset: number;
  char: string;
}

/** Every forbidden character in `text`, in order. */
export function forbiddenCharacters(text: string): ForbiddenCharacter[] {
  return [...text.matchAll(FORBIDDEN)].map((m) => ({ offset: m.index, char: m[0] }));
}

/** The message for a character written in the file itself (`here is …`). */
export function forbiddenHere(char: string): string {
  return `here is ${described(char)}: ${harm(char)}. Delete it (an editor that shows invisible characters shows it).`;
}

/** The message for a character reference in an agreement's text (`&#x202E;`) that writes one: the Markdown decodes it into the page. */
export function forbiddenReference(reference: string, char: string): string {
  return `the character reference "${reference}" writes ${described(char)}: ${harm(char)}. Delete the reference.`;
}

/** The message for a value that holds one, written as an escape (YAML's "\x0C", JSON's "\u000c"). */
export function forbiddenInValue(char: string): string {
  return `holds ${described(char)}: ${harm(char)}. Remove it (an escape such as "\\x0C" or "\\u000c" in the value writes one).`;
}

/** Every string in a parsed value (YAML's or JSON's), with its path of keys and indexes. */
export function* stringsIn(value: unknown, path: Array<string | number> = []): Generator<{ path: Array<string | number>; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}
