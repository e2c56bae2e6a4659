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
 * its text without the hyphen runs on, at that place, into the first word of
 * the next line ("gjennomføres"), and the next line is then read from exactly
 * there, inside the word.
 * Blank lines are never listed.
 */
export function omittedLines(source: string, bodies: readonly string[]): OmittedLine[] {
  const published = inSourceOrder(source, bodies.map(publishedText)).join(' ');
  const raws = source.split('\n');
  const lines = raws.map(normaliseLine);
  /** The first word of the next line that is not blank, for a line that ends in a broken word (without its own hyphen when it is broken again). */
  const nextWord = (index: number): string => {
    const next = lines.slice(index + 1).find((l) => l !== '') ?? '';
    const word = next.split(' ')[0] ?? '';
    return word === next && BROKEN_WORD.test(word) ? word.slice(0, -1) : word;
  };
  /** Where the first part of a word broken at the end of line `index` stands joined to the next line's first word, from `from` up to `until`. */
  const joinedAt = (stem: string, index: number, from: number, until?: number): number | undefined => {
    const next = nextWord(index);
    if (next === '') return undefined;
    for (const at of wholeMatches(published, stem, from, until, { end: true })) if (published.startsWith(next, at + stem.length)) return at;
    return undefined;
  };
  const omitted: OmittedLine[] = [];
  let cursor = 0;
  /** The previous line was published with its line-end hyphen removed: this one starts at `cursor`, inside that word. */
  let broken = false;
  lines.forEach((line, index) => {
    if (line === '') return;
    const continues = broken;
    broken = false;
    const variants = [...new Set([line, withoutListMarker(line)])].filter((v) => v !== '');
    const take = (text: string, at: number | undefined, joined = false): boolean => {
      if (at === undefined) return false;
      cursor = at + text.length;
      broken = joined;
      return true;
    };
    // The rest of a word the layout broke: exactly where its first part ended (and perhaps broken again at its end).
    if (continues) {
      if (take(line, wholeMatches(published, line, cursor, cursor, { start: true }).next().value)) return;
      const stem = line.slice(0, -1);
      const next = nextWord(index);
      const at = BROKEN_WORD.test(line) && next !== '' ? wholeMatches(published, stem, cursor, cursor, { start: true, end: true }).next().value : undefined;
      if (at !== undefined && published.startsWith(next, at + stem.length) && take(stem, at, true)) return;
    }
    for (const v of variants) {
      // Only the first whole-word match counts, and only close after the cursor: the search stops there.
      const until = cursor + (v.length < SUBSTANTIAL ? NEXT : NEAR);
      if (take(v, wholeMatches(published, v, Math.max(0, cursor - 1), until).next().value)) return;
      if (BROKEN_WORD.test(v) && take(v.slice(0, -1), joinedAt(v.slice(0, -1), index, Math.max(0, cursor - 1), until), true)) return;
    }
    for (const v of variants) {
      if (v.length < SUBSTANTIAL) continue;
      if (take(v, wholeMatches(published, v, cursor).next().value ?? wholeMatches(published, v).next().value)) return;
      if (BROKEN_WORD.test(v)) {
        const stem = v.slice(0, -1);
        if (take(stem, joinedAt(stem, index, cursor) ?? joinedAt(stem, index, 0), true)) return;
      }
    }
    omitted.push({ line: index + 1, text: (raws[index] ?? '').replace(/\s+$/, '') });
  });
  return omitted;
}
