/** Where a piece of text stands in a file's text: for tests that expect a checker's `file:line:column`. */

/**
 * `line:column` of the first `needle` after `anchor` in `text` (1-based; an empty anchor is the
 * start), read from the text the test built or read rather than written in: where a checker's
 * message should point.
 */
export function placeAfter(text: string, anchor: string, needle: string): string {
  const from = text.indexOf(anchor);
  const offset = text.indexOf(needle, from);
  if (from < 0 || offset < 0) throw new Error(`no "${needle}"${anchor ? ` after "${anchor}"` : ''}`);
  const lines = text.slice(0, offset).split('\n');
  return `${lines.length}:${(lines.at(-1) ?? '').length + 1}`;
}
