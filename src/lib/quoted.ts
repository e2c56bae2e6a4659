/**
 * Text quoted from a document inside a message of the site's own (a heading
 * or a title "as written" in a source note), marked so that the page can give
 * it the document's language (`lang="nn"` on a nynorsk heading): the message
 * template in src/strings.ts is called with marks in place of the quoted
 * values, and the result is split at them.
 */

/** The marks, in order, that stand for the quoted values in a message (control characters no text holds). */
export const QUOTE_MARKS = ['\u0001', '\u0002', '\u0003'] as const;

/** A mark, kept by `split`. */
const MARK = new RegExp(`([${QUOTE_MARKS.join('')}])`);

/** A part of a message: its own text, or a value quoted from the document. */
export type QuotedPart = string | { quoted: string };

/** `message` (made with QUOTE_MARKS[i] in place of `values[i]`) as parts: the marks replaced by the values, as quoted parts. */
export function quotedParts(message: string, values: readonly string[]): QuotedPart[] {
  return message
    .split(MARK)
    .filter((part) => part !== '')
    .map((part) => {
      const i = QUOTE_MARKS.indexOf(part as (typeof QUOTE_MARKS)[number]);
      return i >= 0 ? { quoted: values[i] ?? '' } : part;
    });
}

/** The parts as one plain text, each quoted value in its place. */
export function quotedText(parts: readonly QuotedPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.quoted)).join('');
}
