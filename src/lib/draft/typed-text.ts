/**
 * Text a reader typed (or an address carried) on its way into the draft
 * builder's page and downloads: characters no document may hold are removed,
 * and where the page echoes such text inside a sentence, the echo is marked
 * for isolation (`<bdi>`), so a right-to-left override in it cannot reverse
 * the sentence around it.
 */

/**
 * Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF;
 * lone surrogates): a .docx holding one does not open.
 */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * The longest name the builder takes, in characters (the longest of a municipality or a police district is about 30):
 * a paste gone wrong would otherwise put megabytes in the address, which no host serves, and in the draft's title.
 */
export const MAX_NAME_LENGTH = 100;

/**
 * A name as typed, fit for a one-line field: no control characters (C0, DEL, C1) and nothing XML forbids; spaces
 * trimmed; at most MAX_NAME_LENGTH characters (never cut inside one).
 */
export function cleanTyped(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = xmlSafe(text).replace(/[\u0000-\u001F\u007F-\u009F]/g, '').trim();
  // Twice as many UTF-16 units hold the first MAX_NAME_LENGTH characters whole.
  return Array.from(clean.slice(0, 2 * MAX_NAME_LENGTH)).slice(0, MAX_NAME_LENGTH).join('').trim();
}

/** A part of a message: plain, or text echoed from the reader to be isolated (`<bdi>`). */
export interface MessagePart {
  text: string;
  isolated: boolean;
}

/** Unicode's isolate marks (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE): `<bdi>` in plain text. */
const FSI = '\u2068';
const PDI = '\u2069';

/** Marks `value` as echoed, for a message template: `draftBuilder.unknownParam(echo(name))`. */
export function echo(value: string): string {
  return `${FSI}${value.replace(/[\u2068\u2069]/g, '')}${PDI}`;
}

/** A message with `echo`-marked values, as parts: each echoed value isolated, the marks removed. */
export function messageParts(text: string): MessagePart[] {
  return text
    .split(/(\u2068[^\u2069]*\u2069)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith(FSI) ? { text: part.slice(1, -1), isolated: true } : { text: part, isolated: false }));
}
