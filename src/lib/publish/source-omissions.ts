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

/** Where a match may run on into a word: at its start (the line before ended in a word the layout broke), at its end (this one did). */
interface OpenEnds {
  start?: boolean;
  end?: boolean;
}

/**
 * Positions where `needle` stands in `hay` as whole words (not inside a longer word or number),
 * from `from` up to `until` (the last position a match may start at); `open` lets an end run on into a word.
 */
function* wholeMatches(hay: string, needle: string, from = 0, until = hay.length, open: OpenEnds = {}): Generator<number> {
  for (let i = hay.indexOf(needle, from); i !== -1 && i <= until; i = hay.indexOf(needle, i + 1)) {
    const before = hay[i - 1];
    const after = hay[i + needle.length];
    const boundaryBefore = open.start === true || before === undefined || !WORD.test(before) || !WORD.test(needle[0] ?? '');
    // A word the layout broke runs on into its next part, a letter; not into a hyphen the publication kept.
    const boundaryAfter = open.end === true ? after !== undefined && WORD.test(after) : after === undefined || !WORD.test(after) || !WORD.test(needle[needle.length - 1] ?? '');
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

/** A line ending in a hyphen after a letter: perhaps a word the layout broke, which the publication joins. */
const BROKEN_WORD = /\p{L}-$/u;

/**
 * The lines of `source` that none of the documents (`bodies`, their MDX) publish.
 * A line is published when its text (bold markers dropped, white space collapsed,
 * or without its list marker) stands as whole words in the published text, close
 * after the previous published line; a line of `SUBSTANTIAL` characters or more
 * also counts anywhere (a signature block set side by side in the source), and
 * the reading goes on from there. A line ending in a hyphen the publication
 * removed (a word the layout broke: "gjennom-" / "føres") is published when
 * its text without the hyphen runs on into the word, and the next line may
 * then start inside it.
 * Blank lines are never listed.
 */
export function omittedLines(source: string, bodies: readonly string[]): OmittedLine[] {
  const published = inSourceOrder(source, bodies.map(publishedText)).join(' ');
  const omitted: OmittedLine[] = [];
  let cursor = 0;
  /** The previous line was published with its line-end hyphen removed. */
  let broken = false;
  source.split('\n').forEach((raw, index) => {
    const line = normaliseLine(raw);
    if (line === '') return;
    const start = broken;
    broken = false;
    const variants = [...new Set([line, withoutListMarker(line)])]
      .filter((v) => v !== '')
      .flatMap((v) => [{ text: v, open: { start } }, ...(BROKEN_WORD.test(v) ? [{ text: v.slice(0, -1), open: { start, end: true } }] : [])]);
    const found = (v: (typeof variants)[number], at: number | undefined): boolean => {
      if (at === undefined) return false;
      cursor = at + v.text.length;
      broken = v.open.end === true;
      return true;
    };
    for (const v of variants) {
      // Only the first whole-word match counts, and only close after the cursor: the search stops there.
      const until = cursor + (v.text.length < SUBSTANTIAL ? NEXT : NEAR);
      if (found(v, wholeMatches(published, v.text, Math.max(0, cursor - 1), until, v.open).next().value)) return;
    }
    for (const v of variants) {
      if (v.text.length < SUBSTANTIAL) continue;
      if (found(v, wholeMatches(published, v.text, cursor, undefined, v.open).next().value ?? wholeMatches(published, v.text, 0, undefined, v.open).next().value)) return;
    }
    omitted.push({ line: index + 1, text: raw.replace(/\s+$/, '') });
  });
  return omitted;
}
