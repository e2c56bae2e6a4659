/**
 * Text sizes for laying out labels at build time, where no browser measures
 * them: a generous estimate for the site's system fonts (wide ones such as
 * DejaVu Sans included), so a label never runs into the marks beside it.
 */

/** The font size of chart labels, in px (0.875rem): large enough to read, also when printed. */
export const LABEL_SIZE = 14;

const NARROW = new Set([...'iljtfrI.,:;\'’!|()[] -–/']);
const WIDE = new Set([...'mwMWÆæ']);

/** The width in px that `text` is expected to take at `fontSize`, rounded up. */
export function textWidth(text: string, fontSize = LABEL_SIZE): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.36;
    else if (WIDE.has(ch)) em += 0.98;
    else if (ch >= '0' && ch <= '9') em += 0.66;
    else if (ch !== ch.toLowerCase()) em += 0.76;
    else em += 0.64;
  }
  return Math.ceil(em * fontSize);
}

/** The widest of `texts`, in px. */
export function maxTextWidth(texts: Iterable<string>, fontSize = LABEL_SIZE): number {
  let max = 0;
  for (const t of texts) max = Math.max(max, textWidth(t, fontSize));
  return max;
}

/** `n` rounded to tenths of a px: precise enough on screen and on paper, and short in the HTML. */
export function px(n: number): number {
  return Math.round(n * 10) / 10;
}
