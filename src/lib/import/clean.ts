/**
 * Step 1 of the importer: plain text to blocks, page furniture removed.
 *
 * A block is a run of non-blank lines (a paragraph, a list, a title, a
 * signature). Removed here: page furniture found by repetition at page
 * boundaries (`furniture.ts`: running headers and titles, footers, page
 * numbers), the police letterhead "POLITIET" (the logo's text, on the
 * template's first page), and tables of contents ("Innhold" / "Innhald" and
 * lines ending in a tab or dot leader and a page number, an entry whose title
 * wrapped onto the next line with it). The titles of the table of contents
 * are kept as hints for recognising headings.
 *
 * Page breaks are a form feed (from the PDF reader or `pdftotext`), a run
 * of three or more blank lines, or a page number's line.
 */
import { droppedLines, findPageFurniture, PAGE_BREAK, PAGE_NUMBER, type DroppedFurniture } from './furniture.ts';


/** A run of non-blank lines, and whether a page break came before it. */
export interface Block {
  lines: string[];
  pageBreakBefore: boolean;
}

/** The cleaned text: its blocks, the headings its table of contents named, and what was removed. */
export interface CleanText {
  blocks: Block[];
  tocTitles: string[];
  removed: { letterheads: number; pageNumbers: number; runningHeaders: number; tocEntries: number };
  /** The table-of-contents entries dropped, each as the review quotes it (`quotedTocLines`). */
  tocLines: string[];
  /** The lines dropped as page furniture (page numbers and running lines), each text once with its count. */
  furniture: DroppedFurniture[];
}

/** The police letterhead on every page of the template. */
const LETTERHEAD = /^POLITIET$/;
/** The heading of a table of contents (bold markers allowed, as the PDF reader writes them). */
export const TOC_HEADING = /^(?:\*\*)?(?:innhold|innhald|innholdsfortegnelse|innhaldsliste|innholdsliste|innhaldsoversikt)(?:\*\*)?\s*:?$/i;
/** A table-of-contents entry: a title, then a tab, a dot leader or a wide gap, then a page number. */
export const TOC_ENTRY = /^(?<title>\S.*?)(?:\s*\.{2,}[.\s]*|\t+\s*|\s{3,})(?<page>\d{1,3})\s*$/;

/** The title of a table-of-contents entry, or undefined when the line is not one. */
export function tocEntryTitle(line: string): string | undefined {
  const m = TOC_ENTRY.exec(line.trim());
  const title = m?.groups?.title?.replace(/[.\s]+$/, '').trim();
  if (!title) return undefined;
  // "Møter per år:\t4" is a table row, not an entry; with a dot leader it is one.
  const dotLeader = /\.{2,}[.\s]*\d{1,3}\s*$/.test(line);
  return title.endsWith(':') && !dotLeader ? undefined : title;
}

/** The page number a table-of-contents entry's line ends with. */
export function tocEntryPage(line: string): number | undefined {
  const page = TOC_ENTRY.exec(line.trim())?.groups?.page;
  return page === undefined ? undefined : Number(page);
}

/**
 * A title of a table of contents as a line of the text is compared with it (is this line the heading it names?):
 * bold markers, spacing, trailing punctuation and case aside; the number kept ("1. Bakgrunn" is not the sub-heading
 * "Bakgrunn").
 */
export const tocTitleKey = (t: string) => t.replace(/\*\*/g, '').replace(/\s+/g, ' ').replace(/[\s:.;]+$/, '').trim().toLocaleLowerCase('nb');

/** A table-of-contents title as entries are compared: bold markers, a trailing dot leader and spacing aside. */
const entryKey = (title: string) => title.replace(/\*\*/g, '').replace(/[.\s]+$/, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');

/** A numbered title: a section number ("1.", "2.1"), then a capital ("1. Politiråd"). */
const NUMBERED_TITLE = /^(?:\*\*)?\d{1,2}(?:\.\d{1,2})*\.?\s+(?:\*\*)?\p{Lu}/u;

/** An entry of a table of contents as the readers collect them: its title and page number. */
export interface TocEntry {
  title: string;
  page?: number;
}

/**
 * Whether `first` may be the first line of an entry whose title wrapped onto `next` (the line that goes on from it):
 * not a line that repeats the title of an entry before it (the text's own heading after a table of contents with
 * no blank line: "1. Politiråd" after "1. Politiråd⇥2"), and a numbered title ("1. Politiråd") only when `next`
 * goes on from it (starts lower-case: "5. SLT (samordning av lokale" / "kriminalitetsforebyggende tiltak)⇥3"); else
 * the numbered title is a heading of the text, and what follows it its text ("Møter per år⇥4", a table's row).
 * The text readers' and the PDF reader's one rule.
 */
export function mayStartWrappedEntry(first: string, next: string, earlier: readonly TocEntry[]): boolean {
  const key = entryKey(first);
  if (key === '' || earlier.some((e) => entryKey(e.title) === key)) return false;
  return !NUMBERED_TITLE.test(first.trim()) || /^\s*(?:\*\*)?\p{Ll}/u.test(next);
}

/**
 * An entry whose title wrapped onto the next line, which ends with the page number ("5. SLT (samordning av lokale" /
 * "kriminalitetsforebyggende tiltak) ........ 3"): the whole title and its page; undefined when the two lines are
 * not one (`mayStartWrappedEntry`), or when its page comes before the entry's before it (a table of contents counts
 * its pages up).
 */
export function wrappedTocEntry(first: string, next: string, earlier: readonly TocEntry[]): Required<TocEntry> | undefined {
  if (first.trim() === '' || next.trim() === '' || tocEntryTitle(first) !== undefined) return undefined;
  const rest = tocEntryTitle(next);
  const page = tocEntryPage(next);
  if (rest === undefined || page === undefined || !mayStartWrappedEntry(first, next, earlier)) return undefined;
  const before = earlier.at(-1)?.page;
  if (before !== undefined && page < before) return undefined;
  return { title: `${first.replace(/\*\*/g, '').trim()} ${rest}`, page };
}

/** The lines of a dropped table-of-contents entry as the review quotes them: tabs and dot leaders as one space, its lines with " / ". */
export function quotedTocLines(lines: readonly string[]): string {
  return lines.map((l) => l.replace(/\*\*/g, '').replace(/\s*\.{2,}[.\s]*|\s+/g, ' ').trim()).join(' / ');
}

/** A soft hyphen (U+00AD): invisible, shown only as a hyphen where a line breaks at it. */
const SOFT_HYPHEN = '\u00AD';

/** The soft hyphens inside the lines of `text`: not at a line's end (where the reflow step joins the word). */
export function innerSoftHyphens(text: string): number {
  return text.split(/\r\n?|\n/).reduce((n, line) => n + (line.replace(/[\u00AD \t\u00a0]+$/, '').match(/\u00AD/g) ?? []).length, 0);
}

/**
 * Line endings, byte-order mark and no-break spaces made plain; trailing white space dropped; a soft hyphen inside a
 * line removed (it is invisible), one at a line's end kept for the reflow step, which joins the word it breaks.
 */
export function normaliseLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').replace(/[ \t]+$/, ''))
    .map((line) => {
      const end = /\u00AD+$/.exec(line)?.[0] ?? '';
      return line.slice(0, line.length - end.length).replace(/\u00AD/g, '').replace(/[ \t]+$/, '') + (end ? SOFT_HYPHEN : '');
    })
    .map((line) => (line.trim() === '' && !line.includes('\f') ? '' : line));
}

/**
 * Lines with page breaks made explicit: a form feed, or three blank lines or more. `origin` gets
 * each line's index in `lines` (-1 for a page break put in).
 */
function markPageBreaks(lines: string[], fromBlankLines: Set<number>, origin: number[]): string[] {
  const out: string[] = [];
  const push = (line: string, from: number) => {
    out.push(line);
    origin.push(from);
  };
  let blanks = 0;
  lines.forEach((line, i) => {
    if (line.includes(PAGE_BREAK)) {
      push(PAGE_BREAK, -1);
      const rest = line.replaceAll(PAGE_BREAK, '');
      if (rest.trim() !== '') push(rest, i);
      blanks = 0;
      return;
    }
    if (line === '') {
      blanks++;
      if (blanks === 3) {
        fromBlankLines.add(out.length);
        push(PAGE_BREAK, -1);
      }
      else if (blanks < 3) push('', i);
      return;
    }
    blanks = 0;
    push(line, i);
  });
  return out;
}

/** Lines with their page breaks marked, which of them are page furniture, and each one's index in `lines` (-1 for a page break put in). */
function pageFurniture(lines: string[]): { marked: string[]; furnitureAt: Set<number>; origin: number[] } {
  const origin: number[] = [];
  const fromBlankLines = new Set<number>();
  const marked = markPageBreaks(lines, fromBlankLines, origin);
  return { marked, furnitureAt: findPageFurniture(marked, fromBlankLines), origin };
}

/** The numbers (1-based) of the lines of `text` that `cleanText` drops as page furniture: running lines and page numbers. */
export function furnitureLineNumbers(text: string): Set<number> {
  // Numbered as `text.split('\n')` numbers them (omittedLines does): a carriage return alone breaks no line here.
  const { furnitureAt, origin } = pageFurniture(normaliseLines(text.replace(/\r(?!\n)/g, ' ')));
  return new Set([...furnitureAt].map((i) => (origin[i] ?? -1) + 1).filter((n) => n > 0));
}

/** Removes tables of contents; returns their titles. */
function removeTablesOfContents(lines: string[], removed: CleanText['removed']): { lines: string[]; titles: string[]; dropped: string[] } {
  const titles: string[] = [];
  const dropped: string[] = [];
  const drop = new Set<number>();
  const nonBlankAfter = (i: number, n: number) => {
    const found: number[] = [];
    for (let j = i + 1; j < lines.length && found.length < n; j++) if ((lines[j] ?? '').trim() !== '' && lines[j] !== PAGE_BREAK) found.push(j);
    return found;
  };
  for (let i = 0; i < lines.length; i++) {
    if (drop.has(i)) continue;
    const line = (lines[i] ?? '').trim();
    const isHeading = TOC_HEADING.test(line) && nonBlankAfter(i, 3).some((j) => tocEntryTitle(lines[j] ?? '') !== undefined);
    // A run of entries: after a heading, one is enough; without, three with page numbers in order. An entry whose
    // title wrapped goes on on the next line, which ends with the page number (inside a run, or after its heading).
    const run: Array<{ lines: number[]; title: string; page: number }> = [];
    for (let j = isHeading ? i + 1 : i; j < lines.length; j++) {
      const l = lines[j] ?? '';
      if (l.trim() === '') {
        if (run.length === 0 && isHeading) continue;
        break;
      }
      const title = tocEntryTitle(l);
      const wrapped = title === undefined && (run.length > 0 || isHeading) ? wrappedTocEntry(l, lines[j + 1] ?? '', run) : undefined;
      if (title !== undefined) run.push({ lines: [j], title, page: tocEntryPage(l) ?? 0 });
      else if (wrapped) run.push({ lines: [j, ++j], ...wrapped });
      else break;
    }
    const ordered = run.every((e, k) => k === 0 || e.page >= (run[k - 1]?.page ?? 0));
    if ((isHeading && run.length >= 1) || (run.length >= 3 && ordered)) {
      if (isHeading) drop.add(i);
      for (const entry of run) {
        for (const j of entry.lines) drop.add(j);
        titles.push(entry.title);
        dropped.push(quotedTocLines(entry.lines.map((j) => lines[j] ?? '')));
      }
      removed.tocEntries += run.length;
      i = run.at(-1)?.lines.at(-1) ?? i;
    }
  }
  return { lines: lines.filter((_, i) => !drop.has(i)), titles, dropped };
}

/**
 * Cleans plain text (a text file, or what the PDF reader made of a PDF) into
 * blocks: furniture out, page breaks kept as a flag on the block after them.
 */
export function cleanText(text: string): CleanText {
  const removed = { letterheads: 0, pageNumbers: 0, runningHeaders: 0, tocEntries: 0 };
  const { marked, furnitureAt } = pageFurniture(normaliseLines(text));
  const furniture = droppedLines(marked, furnitureAt);
  // A page number is where a page ended: it leaves a page break behind.
  const lines = marked.flatMap((line, i) => {
    const t = line.trim();
    if (furnitureAt.has(i)) {
      const isNumber = PAGE_NUMBER.test(t);
      removed[isNumber ? 'pageNumbers' : 'runningHeaders']++;
      return isNumber && marked[i - 1] !== PAGE_BREAK && marked[i + 1] !== PAGE_BREAK ? [PAGE_BREAK] : [];
    }
    if (LETTERHEAD.test(t)) {
      removed.letterheads++;
      // The letterhead heads a document's first page: in text with no blank lines around it, a page began there.
      const inText = (j: number) => (marked[j] ?? '').trim() !== '' && marked[j] !== PAGE_BREAK;
      return inText(i - 1) && inText(i + 1) ? [PAGE_BREAK] : [];
    }
    return [line];
  });
  const toc = removeTablesOfContents(lines, removed);

  const blocks: Block[] = [];
  let current: string[] = [];
  let pageBreak = false;
  let pageBreakBeforeCurrent = false;
  const flush = () => {
    if (current.length > 0) blocks.push({ lines: current, pageBreakBefore: pageBreakBeforeCurrent });
    current = [];
  };
  for (const line of toc.lines) {
    if (line === PAGE_BREAK || line.trim() === '') {
      flush();
      if (line === PAGE_BREAK) pageBreak = true;
      continue;
    }
    if (current.length === 0) {
      pageBreakBeforeCurrent = pageBreak;
      pageBreak = false;
    }
    current.push(line);
  }
  flush();
  return { blocks, tocTitles: toc.titles, tocLines: toc.dropped, removed, furniture };
}
