/**
 * What the publication left out of a source text: the lines of the source
 * (`content/sources/<file>`) that appear in none of the documents published
 * from it (page headers, tables of contents, page numbers). Computed at build
 * time for the agreement page, so a reader can check "publisert uendret".
 *
 * Pure: takes the source text and the MDX bodies of the documents made from
 * it, returns the omitted lines with their line numbers.
 */
import { sectionsOfBody } from '../compare/sections-cache.ts';

/** One line of a source text that no published document holds. */
export interface OmittedLine {
  /** 1-based line number in the source file. */
  line: number;
  /** The line as it stands in the source (trailing white space and line ending removed). */
  text: string;
}

/** Collapses white space (tabs, no-break spaces, line breaks) and drops Markdown bold markers. */
export function normaliseLine(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

/** The line as a list item shows it: without its bullets (-, o, ❖) or its number. */
export function withoutListMarker(line: string): string {
  return line.replace(/^(?:[-o❖•]\s+)+/, '').replace(/^\d+[.)]\s+/, '');
}

/** The text a reader sees of an MDX body, normalised: headings, paragraphs, items, table rows, signatures. */
export function publishedText(body: string): string {
  return normaliseLine(
    sectionsOfBody(body)
      .flatMap((s) => [s.heading ?? '', ...s.blocks.map((b) => b.text)])
      .join(' '),
  );
}

/** How far past the end of the previous line's match the next line may start: a long line (a list marker, a joined page break)… */
const NEAR = 40;
/** …and a short one (a page number "2" must not be taken for the heading "2. Politiråd" a sentence later). */
const NEXT = 2;
/** A line with fewer characters (a page number, a lone "POLITIET") counts only where it follows its neighbours. */
const SUBSTANTIAL = 20;

const WORD = /[\p{L}\p{N}]/u;

/**
 * Positions where `needle` stands in `hay` as whole words (not inside a longer word or number),
 * from `from` up to `until` (the last position a match may start at).
 */
function* wholeMatches(hay: string, needle: string, from = 0, until = hay.length): Generator<number> {
  for (let i = hay.indexOf(needle, from); i !== -1 && i <= until; i = hay.indexOf(needle, i + 1)) {
    const before = hay[i - 1];
    const after = hay[i + needle.length];
    const boundaryBefore = before === undefined || !WORD.test(before) || !WORD.test(needle[0] ?? '');
    const boundaryAfter = after === undefined || !WORD.test(after) || !WORD.test(needle[needle.length - 1] ?? '');
    if (boundaryBefore && boundaryAfter) yield i;
  }
}

/** The published texts in the order they stand in the source (a file may hold several documents). */
function inSourceOrder(source: string, texts: string[]): string[] {
  const flat = normaliseLine(source);
  const at = (t: string) => {
    const i = flat.indexOf(t.slice(0, 60));
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return texts.map((t, i) => ({ t, i, at: at(t) })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.t);
}

/**
 * The lines of `source` that none of the documents (`bodies`, their MDX) publish.
 * A line is published when its text (bold markers dropped, white space collapsed,
 * or without its list marker) stands as whole words in the published text, close
 * after the previous published line; a line of `SUBSTANTIAL` characters or more
 * also counts anywhere (a signature block set side by side in the source), and
 * the reading goes on from there.
 * Blank lines are never listed.
 */
export function omittedLines(source: string, bodies: readonly string[]): OmittedLine[] {
  const published = inSourceOrder(source, bodies.map(publishedText)).join(' ');
  const omitted: OmittedLine[] = [];
  let cursor = 0;
  source.split('\n').forEach((raw, index) => {
    const line = normaliseLine(raw);
    if (line === '') return;
    const variants = [...new Set([line, withoutListMarker(line)])].filter((v) => v !== '');
    for (const v of variants) {
      // Only the first whole-word match counts, and only close after the cursor: the search stops there.
      const at = wholeMatches(published, v, Math.max(0, cursor - 1), cursor + (v.length < SUBSTANTIAL ? NEXT : NEAR)).next().value;
      if (at !== undefined) {
        cursor = at + v.length;
        return;
      }
    }
    for (const v of variants) {
      if (v.length < SUBSTANTIAL) continue;
      const at = wholeMatches(published, v, cursor).next().value ?? wholeMatches(published, v).next().value;
      if (at !== undefined) {
        cursor = at + v.length;
        return;
      }
    }
    omitted.push({ line: index + 1, text: raw.replace(/\s+$/, '') });
  });
  return omitted;
}
