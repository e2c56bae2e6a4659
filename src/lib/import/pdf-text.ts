/**
 * The lines of a PDF's pages to plain text in the shape of the seed files:
 * one paragraph per line, a blank line between paragraphs, a form feed
 * where a page break is not in the middle of a paragraph.
 *
 * - Running headers and footers go: lines among the top or bottom two of a
 *   page whose text (digits aside) repeats on at least half the pages, and
 *   page numbers there (a number alone only in sequence with the others).
 * - Tables of contents go: "Innhold"/"Innhald" and the entries after it
 *   (a title, then a tab or dot leader and a page number), on any page; an
 *   entry whose title wrapped in a narrow column, its page number beside the
 *   title's lines (`wrappedEntry`), goes whole.
 * - Lines the PDF wrapped are joined: a line is wrapped when the next line's
 *   first word would not have fitted after it; a hyphen at the end of a
 *   wrapped line is undone (`joinLines`). A short line (a title, a signature,
 *   a list item) keeps its line break; a long line that stops mid-sentence
 *   before a lower-case word that nearly fitted was wrapped too. A line that
 *   starts a list item ("b) følge opp …", `startsListItem`) is never joined. Over a page break, a paragraph
 *   runs on only when the page is filled to its lowest line and that line was
 *   wrapped and does not end a sentence (`endsSentence`, as for text files);
 *   a page that ends higher ended at a paragraph's end. In justified text (nine
 *   in ten of a paragraph's lines but its last end at the right edge), a page
 *   whose last line ends a sentence at that edge runs on too, into a first
 *   line at the left margin (not indented), neither a list item nor a heading
 *   in bold: a paragraph's last line is set ragged there. In ragged text a full
 *   line ending in a full stop may end its paragraph or not; it ends it.
 * - A gap between lines wider than the usual line spacing is a new paragraph.
 * - On a two-column page (`pdf.ts` gives its lines column by column), each
 *   column has its own margins; a paragraph runs on from the foot of the left
 *   column to the top of the right one when the left's last line was wrapped.
 *   A numbered section title at the foot of a column or page ("5. SLT (…)")
 *   never runs on into the text after the break: that is its first paragraph.
 * - A table's label set in the middle of its value's lines is one row with
 *   them (`centredLabels`).
 */
import { mayStartWrappedEntry, quotedTocLines, TOC_HEADING, tocEntryPage, tocEntryTitle, wrappedTocEntry, type TocEntry } from './clean.ts';
import { bareNumber, countDropped, PAGE_NUMBER, type DroppedFurniture } from './furniture.ts';
import { documentVocabulary, endsWithSoftHyphen, joinAtSoftHyphen, joinHyphenated, type Vocabulary } from './hyphenation.ts';
import type { PdfLine, PdfPage } from './pdf.ts';
import { endsFullSentence, endsMidSentence, endsSentence, isListLine, isTableRow, startsListItem, startsLowerCase } from './text.ts';

/** The text of a PDF, the table-of-contents titles found in it, and what was removed or joined. */
export interface PdfText {
  text: string;
  tocTitles: string[];
  removed: { runningLines: number; pageNumbers: number; tocEntries: number };
  /** For the review: what reading the PDF changed. */
  changes: { linesJoined: number; hyphensRemoved: number; hyphensKept: number; furniture: DroppedFurniture[]; tocEntries: number; tocLines: string[]; notes: string[] };
}

const plain = (t: string) => t.replace(/\*\*/g, '').trim();
const furnitureKey = (t: string) => plain(t).replace(/\d+/g, '#').replace(/\s+/g, ' ');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Indexes of the top two and bottom two lines of a page: where headers and footers live. */
function edgeLines(page: PdfPage): number[] {
  const n = page.lines.length;
  return [...new Set([0, 1, n - 2, n - 1].filter((i) => i >= 0 && i < n))];
}

/**
 * Removes running headers, footers and page numbers from every page; `dropped` gets the text of each line removed.
 * A number alone among a page's edge lines is its page number only in sequence with the others: the same distance
 * from the page's place in the file as on most pages ("112" at the foot of page 3 is text).
 */
function removeRunningLines(pages: PdfPage[], removed: PdfText['removed'], dropped: string[]): PdfPage[] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(edgeLines(page).map((i) => furnitureKey(page.lines[i]?.text ?? '')))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const running = new Set([...counts].filter(([key, n]) => key !== '' && pages.length >= 2 && n >= 2 && n >= pages.length / 2).map(([key]) => key));
  // How far the printed numbers stand from the pages' places in the file, most often.
  const offsets = new Map<number, number>();
  for (const page of pages) {
    for (const offset of new Set(edgeLines(page).flatMap((i) => {
      const value = bareNumber(plain(page.lines[i]?.text ?? ''));
      return value === undefined ? [] : [value - page.number];
    }))) offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
  }
  const offset = [...offsets].sort((a, b) => b[1] - a[1] || Math.abs(a[0]) - Math.abs(b[0]))[0]?.[0];
  const pageNumber = (line: PdfLine, page: PdfPage) => {
    const value = bareNumber(plain(line.text));
    return value === undefined ? PAGE_NUMBER.test(plain(line.text)) : value - page.number === offset;
  };
  return pages.map((page) => {
    const edges = new Set(edgeLines(page));
    const lines = page.lines.filter((line, i) => {
      if (!edges.has(i)) return true;
      if (pageNumber(line, page)) {
        removed.pageNumbers++;
        dropped.push(plain(line.text));
        return false;
      }
      if (bareNumber(plain(line.text)) === undefined && running.has(furnitureKey(line.text))) {
        removed.runningLines++;
        dropped.push(plain(line.text));
        return false;
      }
      return true;
    });
    return { ...page, lines };
  });
}

/** A wrapped title's line that goes on from the line before: it starts with a lower-case letter. */
const continuesTitle = (text: string) => /^\p{Ll}/u.test(text);
/** A title's last line in a table of contents: it ends with a dot leader or a tab (the gap before the page number's cell). */
const endsTitle = (text: string) => /\.{2,}\s*$|\t\s*$/.test(text);

/**
 * An entry of a table of contents whose title wrapped within its cell, with the page number in a cell of its own
 * set in the middle of the title's lines (as a two-column page's narrow column sets it): the title's first line at
 * `j`; lines that go on from it (lower-case); the page number, alone on its line to the right of the first line's words,
 * or at the end of a line of the title where it stands level with one; then as many lines of the title as came
 * before the number at most (lower-case, up to one that ends with a dot leader or a tab). Undefined when the lines
 * are not one.
 */
function wrappedEntry(lines: readonly PdfLine[], j: number, earlier: readonly TocEntry[]): { lines: number[]; title: string; page: number } | undefined {
  const text = (k: number) => plain(lines[k]?.text ?? '');
  const first = lines[j];
  if (!first || tocEntryTitle(text(j)) !== undefined || bareNumber(text(j)) !== undefined || continuesTitle(text(j))) return undefined;
  // The readers' one rule for where a wrapped entry may start: the line after the first is the one it goes on on, or its page number.
  const after = bareNumber(text(j + 1)) === undefined ? text(j + 1) : text(j + 2);
  if (!mayStartWrappedEntry(text(j), after, earlier)) return undefined;
  const title = [text(j)];
  let page: number | undefined;
  let k = j + 1;
  for (; k < lines.length && k <= j + 3; k++) {
    const alone = bareNumber(text(k));
    if (alone !== undefined) {
      // Beside the title: right of where its first line's words end (by a narrow letter's width; a trailing tab
      // stretches the line's right edge).
      if ((lines[k]?.x ?? 0) <= first.x + text(j).trimEnd().length * first.size * 0.3) return undefined;
      page = alone;
      break;
    }
    if (!continuesTitle(text(k))) return undefined;
    const level = tocEntryTitle(text(k));
    if (level !== undefined) {
      title.push(level);
      page = tocEntryPage(text(k));
      break;
    }
    title.push(text(k));
  }
  const earlierPage = earlier.at(-1)?.page;
  if (page === undefined || Number.isNaN(page) || (earlierPage !== undefined && page < earlierPage)) return undefined;
  const taken: number[] = [];
  for (let m = j; m <= k; m++) taken.push(m);
  const before = k - j;
  for (let m = k + 1; m < lines.length && m <= k + before && !endsTitle(lines[m - 1]?.text ?? ''); m++) {
    if (!continuesTitle(text(m)) || tocEntryTitle(text(m)) !== undefined || bareNumber(text(m)) !== undefined) break;
    taken.push(m);
    title.push(text(m));
  }
  return { lines: taken, title: title.join(' ').replace(/[.\s]+$/, '').trim(), page };
}

/** Removes tables of contents from every page; returns their titles. */
function removeTablesOfContents(pages: PdfPage[], removed: PdfText['removed'], titles: string[], tocLines: string[]): PdfPage[] {
  const pageCount = pages.length;
  return pages.map((page) => {
    const drop = new Set<number>();
    page.lines.forEach((line, i) => {
      if (drop.has(i)) return;
      const heading = TOC_HEADING.test(line.text.trim());
      // Entries; one whose title wrapped goes on on the next line, which ends with the page number, or around its page
      // number set beside it (`wrappedEntry`) (inside a run, or after its heading).
      const text = (j: number) => plain(page.lines[j]?.text ?? '');
      const run: Array<{ lines: number[] } & Required<TocEntry>> = [];
      for (let j = heading ? i + 1 : i; j < page.lines.length; j++) {
        const title = tocEntryTitle(text(j));
        const inRun = title === undefined && (run.length > 0 || heading);
        const positioned = inRun ? wrappedEntry(page.lines, j, run) : undefined;
        const wrapped = inRun && !positioned ? wrappedTocEntry(text(j), text(j + 1), run) : undefined;
        if (positioned) {
          run.push(positioned);
          j = positioned.lines.at(-1) ?? j;
        } else if (wrapped) {
          run.push({ lines: [j, j + 1], ...wrapped });
          j++;
        } else if (title !== undefined) run.push({ lines: [j], title, page: tocEntryPage(text(j)) ?? 0 });
        else break;
      }
      const numbers = run.map((e) => e.page);
      const ordered = numbers.every((n, k) => n <= pageCount + 2 && (k === 0 || n >= (numbers[k - 1] ?? 0)));
      if ((heading && run.length >= 1) || (run.length >= 3 && ordered)) {
        if (heading) drop.add(i);
        for (const entry of run) {
          for (const j of entry.lines) drop.add(j);
          if (!titles.includes(entry.title)) titles.push(entry.title);
          tocLines.push(quotedTocLines(entry.lines.map(text)));
        }
        removed.tocEntries += run.length;
      }
    });
    return { ...page, lines: page.lines.filter((_, i) => !drop.has(i)) };
  });
}

/** A line made of a table row's lines: its baseline is its first line's, `bottom` its last line's. */
type TableRowLine = PdfLine & { bottom?: number };

/**
 * A table's label set level with the middle of its value's lines (a label cell centred beside a value that wrapped
 * onto two lines, or four): the value's nearest lines stand half a line above and below the label, so read by rows
 * the label came between them ("Ordfører i Luster" / "Møteleiing:" / "kommune.", Luster's table in a narrow column).
 * Such a label (a line that ends in a colon, nothing after it) with as many lines of the value above as below it,
 * level with each other to the right of the label, becomes one row: the label, a tab, the value's lines in order.
 * Nothing else stands half a line from its neighbours, so other lines are left as they are.
 */
function centredLabels(pages: PdfPage[]): PdfPage[] {
  return pages.map((page) => {
    const lines = [...page.lines];
    for (let i = 1; i < lines.length - 1; i++) {
      const label = lines[i] as PdfLine;
      const text = label.text.replace(/\s+$/, '');
      if (!/:(?:\*\*)?$/.test(text) || /\t/.test(text)) continue;
      const beside = (l: PdfLine | undefined, x: number) =>
        l !== undefined && l.column === label.column && Math.abs(l.x - x) <= 2 && l.x > label.x + plain(text).length * label.size * 0.3;
      const near = lines[i - 1];
      if (!near || !beside(near, near.x) || !beside(lines[i + 1], near.x)) continue;
      const half = (a: PdfLine, b: PdfLine) => a.y - b.y > label.size * 0.4 && a.y - b.y < label.size;
      if (!half(near, label) || !half(label, lines[i + 1] as PdfLine)) continue;
      // As many lines of the value above as below, a line apart.
      const full = (a: PdfLine, b: PdfLine) => a.y - b.y >= label.size && a.y - b.y < label.size * 2;
      let k = 1;
      while (
        beside(lines[i - k - 1], near.x) &&
        beside(lines[i + k + 1], near.x) &&
        full(lines[i - k - 1] as PdfLine, lines[i - k] as PdfLine) &&
        full(lines[i + k] as PdfLine, lines[i + k + 1] as PdfLine)
      )
        k++;
      const value = [...lines.slice(i - k, i), ...lines.slice(i + 1, i + k + 1)];
      // The row stands from its value's first line to its last: the gaps to the rows around it are a line's.
      const row: TableRowLine = {
        ...label,
        text: `${text}\t${value.map((l) => l.text.trim()).join(' ')}`,
        y: near.y,
        bottom: value.at(-1)?.y ?? label.y,
        right: Math.max(...value.map((l) => l.right)),
      };
      lines.splice(i - k, 2 * k + 1, row);
      i -= k;
    }
    return { ...page, lines };
  });
}

/** How many characters' room (by the estimate) a word may leave at a line's end and still be one the line could not take. */
const NEARLY = 4;

/** Assembles the text of cleaned pages: wrapped lines joined, paragraphs and page breaks kept. */
function assemble(pages: PdfPage[], vocabulary: Vocabulary, changes: PdfText['changes']): string {
  const joinLines = (before: string, after: string) => {
    changes.linesJoined++;
    const a = before.replace(/\s+$/, '');
    // A soft hyphen (U+00AD) is where the document allowed the word to break: the word is whole without it.
    if (endsWithSoftHyphen(a)) {
      changes.hyphensRemoved++;
      return joinAtSoftHyphen(a, after);
    }
    if (!/[\p{L}\p{N}]-$/u.test(a)) return `${a} ${after.replace(/^\s+/, '')}`;
    const { text, reading } = joinHyphenated(a, after, vocabulary);
    if (reading === 'joined') changes.hyphensRemoved++;
    else changes.hyphensKept++;
    return text;
  };
  const all = pages.flatMap((p) => p.lines);
  if (all.length === 0) return '';
  // Left margin and right edge per column (a page of one column is column -1).
  const columnOf = (l: PdfLine) => l.column ?? -1;
  const margins = new Map<number, { left: number; maxRight: number }>();
  for (const column of new Set(all.map(columnOf))) {
    const lines = all.filter((l) => columnOf(l) === column);
    const rights = lines.filter((l) => !isTableRow(l.text)).map((l) => l.right).sort((a, b) => a - b);
    margins.set(column, { left: median(lines.map((l) => Math.round(l.x))), maxRight: rights[Math.floor(rights.length * 0.95)] ?? rights.at(-1) ?? 0 });
  }
  const margin = (l: PdfLine) => margins.get(columnOf(l)) ?? { left: 0, maxRight: 0 };
  /** Where a line ends, downwards: its baseline, or a table row's last line's. */
  const lowest = (l: PdfLine) => (l as TableRowLine).bottom ?? l.y;
  const gaps: number[] = [];
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const prev = page.lines[i - 1];
      if (prev && lowest(prev) > line.y && lowest(prev) - line.y < line.size * 2.5) gaps.push(lowest(prev) - line.y);
    });
  }
  const lineGap = median(gaps) || 14;

  /**
   * True when the next line's first word would not have fitted at the end of `prev`: the PDF wrapped the line. A line
   * that starts a list item ("b) følge opp …", lower-case) is never joined.
   */
  const wrapped = (prev: PdfLine, next: PdfLine) => {
    if (isTableRow(prev.text) || isTableRow(next.text) || startsListItem(plain(next.text))) return false;
    const text = plain(next.text);
    const word = /^\S+/.exec(text)?.[0] ?? '';
    const perChar = (next.right - next.x) / Math.max(text.length, 1);
    // One character of slack: the width of the word is estimated from the next line's average letter.
    const { left, maxRight } = margin(prev);
    const end = prev.right + perChar * (word.length + 1);
    if (end > maxRight - perChar) return true;
    // A long line that stops mid-sentence before a lower-case word that nearly fitted (by the estimate, at most
    // NEARLY characters' room left after it): the word was wider than the estimate (wide letters, "kommunene"), the
    // writer does not break a sentence there. With more room left, the writer broke the line.
    return (
      endsMidSentence(plain(prev.text)) &&
      startsLowerCase(text) &&
      prev.size === next.size &&
      prev.right - left >= (maxRight - left) * 0.75 &&
      end > maxRight - perChar * (1 + NEARLY)
    );
  };
  /** True when a line reaches its column's right edge (by a fifth of its size: a justified line is stretched to it; measured glyph widths differ by a point or so). */
  const atMargin = (l: PdfLine) => Math.abs(margin(l).maxRight - l.right) <= l.size * 0.2;
  /**
   * Justified text: of the lines another line of the same paragraph follows on the same page and column (nearly full,
   * at least ten of them), nine in ten or more end at the right edge. There a paragraph's last line is the one that
   * does not (it is set ragged), so a line that ends a sentence at the edge is not its paragraph's last.
   */
  const followed = pages.flatMap((page) =>
    page.lines.filter((l, i) => {
      const next = page.lines[i + 1];
      const { left, maxRight } = margin(l);
      return next !== undefined && columnOf(next) === columnOf(l) && lowest(l) - next.y <= lineGap * 1.45 && !isTableRow(l.text) && !startsListItem(plain(next.text)) && l.right - left >= (maxRight - left) * 0.75;
    }),
  );
  const justified = followed.length >= 10 && followed.filter(atMargin).length >= followed.length * 0.9;
  /**
   * True when, in justified text, `prev` (a page's last line) ends a sentence at the right edge and `next` (the next
   * page's first line) goes on with its paragraph: at the left margin (not indented as a paragraph's first line), in
   * the same size, not bold where `prev` is not (a heading); a list item never runs on (`wrapped`).
   */
  const runsOnJustified = (prev: PdfLine, next: PdfLine) =>
    justified &&
    atMargin(prev) &&
    endsFullSentence(prev.text) &&
    Math.abs(next.x - margin(next).left) <= 1 &&
    next.size === prev.size &&
    !(next.text.trim().startsWith('**') && !prev.text.trim().endsWith('**'));
  // The lowest line of any page: a page whose last line is higher ended early, at the end of a paragraph.
  const bottom = Math.min(...all.map(lowest));
  const atBottom = (line: PdfLine) => lowest(line) <= bottom + lineGap * 0.5;
  const show = (line: PdfLine) => (isListLine(line.text) && line.x > margin(line).left + line.size * 0.8 ? ` ${line.text}` : line.text);

  /**
   * True when the text's last line is a numbered section title ("5. SLT (samordning av lokale
   * kriminalitetsforebyggende tiltak)": a number, a capital, at most twelve words): it does not run on into the first
   * line of the next column or page, which is its section's first paragraph.
   */
  const endsInNumberedTitle = () => {
    const last = plain(text.slice(text.lastIndexOf('\n') + 1));
    return /^\d{1,2}\.?\s+\p{Lu}/u.test(last) && last.split(/\s+/).length <= 12;
  };
  let text = '';
  let prev: PdfLine | undefined;
  let prevPage = 0;
  for (const page of pages) {
    for (const line of page.lines) {
      if (!prev) text = show(line);
      else if (page.number !== prevPage) {
        // A paragraph runs on over the page break when the page is full to the bottom, its last line was wrapped and
        // ended mid-sentence (a line ending in a full stop or a colon ends its paragraph: a heading may follow), or, in
        // justified text, ended a sentence at the right edge before a line that goes on with the paragraph.
        const runsOn = atBottom(prev) && wrapped(prev, line) && (!endsSentence(prev.text) || runsOnJustified(prev, line)) && !endsInNumberedTitle();
        text = runsOn ? joinLines(text, line.text) : `${text}\n\f\n${show(line)}`;
      } else if (columnOf(prev) !== columnOf(line)) {
        // From one column to the next: a paragraph runs on when the column's last line was wrapped mid-sentence.
        text = columnOf(line) === 1 && wrapped(prev, line) && !endsSentence(prev.text) && !endsInNumberedTitle() ? joinLines(text, line.text) : `${text}\n\n${show(line)}`;
      } else if (lowest(prev) - line.y > lineGap * 1.45) {
        text += `\n\n${show(line)}`;
      } else if (wrapped(prev, line)) {
        text = joinLines(text, line.text);
      } else {
        text += `\n${show(line)}`;
      }
      prev = line;
      prevPage = page.number;
    }
  }
  // A bold run broken only by line breaks is one run, as in the seed files.
  return text.replace(/\*\*\n(\s*)\*\*/g, '\n$1').replace(/\*\* \*\*/g, ' ');
}

/** Plain text of a PDF's pages, furniture removed; `register` holds the words the register writes (for line-end hyphens). */
export function pdfPagesToText(pages: PdfPage[], register?: Vocabulary): PdfText {
  const removed = { runningLines: 0, pageNumbers: 0, tocEntries: 0 };
  const tocTitles: string[] = [];
  const dropped: string[] = [];
  const withoutRunning = removeRunningLines(pages, removed, dropped);
  const tocLines: string[] = [];
  const withoutToc = removeTablesOfContents(withoutRunning, removed, tocTitles, tocLines);
  const vocabulary = documentVocabulary(pages.map((p) => p.lines.map((l) => plain(l.text)).join('\n')).join('\n'), register);
  const twoColumns = pages.filter((p) => p.columns).length;
  const notes = twoColumns > 0 ? [`read ${twoColumns} page${twoColumns === 1 ? '' : 's'} set in two columns column by column (pages ${pages.filter((p) => p.columns).map((p) => p.number).join(', ')}).`] : [];
  const changes: PdfText['changes'] = { linesJoined: 0, hyphensRemoved: 0, hyphensKept: 0, furniture: countDropped(dropped), tocEntries: removed.tocEntries, tocLines, notes };
  return { text: assemble(centredLabels(withoutToc), vocabulary, changes), tocTitles, removed, changes };
}

/** True when no page of the PDF has any text: a scan without a text layer. */
export function hasNoText(pages: readonly PdfPage[]): boolean {
  return pages.every((p) => p.lines.every((l) => l.text.trim() === ''));
}
