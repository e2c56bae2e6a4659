/**
 * Where a data file stops being JSON, for the checker's `file:line:column` message. Node's JSON.parse
 * gives the line and column in most of its messages, not in "Unexpected token …": there the place is
 * found as the end of the longest start of the text that JSON.parse still reads as unfinished JSON.
 */
import type { Place } from './field-places.ts';
import { placeAt } from './source-text.ts';

/** JSON.parse's message when the text ends before the JSON does. */
const ENDS_TOO_SOON = /^Unexpected end of JSON input/;

/** Where JSON.parse's message places the error (0-based), when it does. */
const positionIn = (message: string): number | undefined => {
  const m = / at position (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
};

/** True when `text` is JSON or the start of some JSON: nothing is wrong before its end. */
function readsSoFar(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (e) {
    const message = (e as Error).message;
    return ENDS_TOO_SOON.test(message) || (positionIn(message) ?? -1) >= text.length;
  }
}

/** Where JSON.parse's `error` for `text` (BOM removed, LF line ends) is, and what it says without the place. */
export function jsonSyntaxError(text: string, error: Error): Place & { reason: string } {
  const reason = error.message
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/^(Unexpected token '.+?'), .* is not valid JSON$/s, '$1')
    .replace(/^Unexpected end of JSON input$/, 'the file ends before the JSON does');
  const at = / \(line (\d+) column (\d+)\)/.exec(error.message);
  if (at) return { line: Number(at[1]), column: Number(at[2]), reason };
  if (ENDS_TOO_SOON.test(error.message)) return { ...placeAt(text, text.trimEnd().length), reason };
  // The longest start of the text that is still unfinished JSON ends where the error is.
  let [good, bad] = [0, text.length];
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (readsSoFar(text.slice(0, mid))) good = mid;
    else bad = mid;
  }
  return { ...placeAt(text, good), reason };
}
