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

/**
 * Collapses white space (tabs, no-break spaces, line breaks) and drops Markdown bold markers and the soft hyphens
 * (U+00AD) inside the text, which show nothing (one at the end stays: a word broken there, as by a hyphen).
 */
export function normaliseLine(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().replace(/\u00AD(?=.)/gu, '');
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

/**
 * The published texts in the order they stand in the source (a file may hold several documents), each placed by
 * its opening words: the first 60 characters, or fewer where the source's page break (a footer, a header) cuts them.
 */
function inSourceOrder(source: string, texts: string[]): string[] {
  const flat = normaliseLine(source);
  const at = (t: string) => {
    for (const length of [60, 40, 25]) {
      const i = flat.indexOf(t.slice(0, length));
      if (i !== -1) return i;
    }
    return Number.MAX_SAFE_INTEGER;
  };
  return texts.map((t, i) => ({ t, i, at: at(t) })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.t);
}

/** How many lines after a word broken at a line end its second part may stand (a page's footer and the next one's header between). */
const CONTINUATION_LINES = 5;

/** A line ending in a hyphen (or a soft hyphen) after a letter: perhaps a word the layout broke, which the publication joins. */
const BROKEN_WORD = /\p{L}[-\u00AD]$/u;

/**
 * The lines of `source` that none of the documents (`bodies`, their MDX) publish.
 * A line is published when its text (bold markers dropped, white space collapsed,
 * or without its list marker) stands as whole words in the published text, close
 * after the previous published line; a line of `SUBSTANTIAL` characters or more
 * also counts anywhere (a signature block set side by side in the source), and
 * the reading goes on from there. A line ending in a hyphen the publication
 * removed (a word the layout broke: "gjennom-" / "føres") is published when
 * its text without the hyphen runs on, at that place, into the first word of
 * the next line ("gjennomføres"), or of one of the few after it when the page
 * ended there (its footer and the next page's header between), and that line
 * is then read from exactly there, inside the word.
 * Blank lines are never listed.
 */
export function omittedLines(source: string, bodies: readonly string[]): OmittedLine[] {
  const published = inSourceOrder(source, bodies.map(publishedText)).join(' ');
  const raws = source.split('\n');
  const lines = raws.map(normaliseLine);
  /** A line's first word (without its own hyphen when it is a word broken again). */
  const firstWord = (line: string): string => {
    const word = line.split(' ')[0] ?? '';
    return word === line && BROKEN_WORD.test(word) ? word.slice(0, -1) : word;
  };
  /**
   * Where the first part of a word broken at the end of line `index` stands joined to the first word of a line
   * after it, from `from` up to `until`, and which line that is: the next line, or one of the few after it when
   * the page ended there (a footer, a page number, the next page's header between the two parts).
   */
  const joinedAt = (stem: string, index: number, from: number, until?: number, start = false): { at: number; next: number } | undefined => {
    // The first words of the next CONTINUATION_LINES lines that are not blank, with their line numbers.
    const after: Array<{ line: number; word: string }> = [];
    for (let i = index + 1; i < lines.length && after.length < CONTINUATION_LINES; i++) {
      if (lines[i] !== '') after.push({ line: i, word: firstWord(lines[i] ?? '') });
    }
    for (const at of wholeMatches(published, stem, from, until, { start, end: true })) {
      const next = after.find(({ word }) => word !== '' && published.startsWith(word, at + stem.length));
      if (next) return { at, next: next.line };
    }
    return undefined;
  };
  const omitted: OmittedLine[] = [];
  let cursor = 0;
  /** The line that goes on with a word the layout broke, at `cursor`, inside that word. */
  let continuation: number | undefined;
  lines.forEach((line, index) => {
    if (line === '') return;
    const continues = continuation === index;
    if (continuation !== undefined && index >= continuation) continuation = undefined;
    const variants = [...new Set([line, withoutListMarker(line)])].filter((v) => v !== '');
    const take = (text: string, at: number | undefined): boolean => {
      if (at === undefined) return false;
      cursor = at + text.length;
      return true;
    };
    const takeBroken = (stem: string, joined: { at: number; next: number } | undefined): boolean => {
      if (!joined || !take(stem, joined.at)) return false;
      continuation = joined.next;
      return true;
    };
    // The rest of a word the layout broke: exactly where its first part ended (and perhaps broken again at its end).
    if (continues) {
      if (take(line, wholeMatches(published, line, cursor, cursor, { start: true }).next().value)) return;
      if (BROKEN_WORD.test(line) && takeBroken(line.slice(0, -1), joinedAt(line.slice(0, -1), index, cursor, cursor, true))) return;
    }
    for (const v of variants) {
      // Only the first whole-word match counts, and only close after the cursor: the search stops there.
      const until = cursor + (v.length < SUBSTANTIAL ? NEXT : NEAR);
      if (take(v, wholeMatches(published, v, Math.max(0, cursor - 1), until).next().value)) return;
      if (BROKEN_WORD.test(v) && takeBroken(v.slice(0, -1), joinedAt(v.slice(0, -1), index, Math.max(0, cursor - 1), until))) return;
    }
    for (const v of variants) {
      if (v.length < SUBSTANTIAL) continue;
      if (take(v, wholeMatches(published, v, cursor).next().value ?? wholeMatches(published, v).next().value)) return;
      if (BROKEN_WORD.test(v)) {
        const stem = v.slice(0, -1);
        if (takeBroken(stem, joinedAt(stem, index, cursor) ?? joinedAt(stem, index, 0))) return;
      }
    }
    omitted.push({ line: index + 1, text: (raws[index] ?? '').replace(/\s+$/, '') });
  });
  return omitted;
}
