/**
 * Makes a PDF of a seed text with pdf-lib, the way a municipality's word
 * processor would: paragraphs wrapped to the page width (long words
 * hyphenated at the line end), bold as bold, "❖" from a symbol font, tab
 * rows as columns, a new page where the seed has a run of blank lines or the
 * page is full; and on every page a running header, a table of contents
 * with dot leaders and page numbers, and a page number at the foot.
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 72, right: 72, top: 60, bottom: 60 };
const SIZE = 10;
const LEADING = 13;
const COLUMN = PAGE.width - MARGIN.left - MARGIN.right;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  symbol: PDFFont;
}

/** A run of text in one font. */
interface Run {
  text: string;
  bold: boolean;
  symbol: boolean;
}

/** What a page shows: lines of runs at positions. */
interface Placed {
  page: number;
  x: number;
  y: number;
  runs: Run[];
  /** Right-aligned text at the right margin (a table-of-contents page number). */
  rightText?: string;
  /** The width to stretch the line to, its words spaced out (a justified paragraph's line, not its last). */
  justifyTo?: number;
}

function font(fonts: Fonts, run: Run): PDFFont {
  return run.symbol ? fonts.symbol : run.bold ? fonts.bold : fonts.regular;
}

/**
 * The width `drawText` gives a text: its glyphs' widths summed. (pdf-lib's `widthOfTextAtSize` subtracts the font's
 * kerning pairs, which `drawText` does not apply: text placed by it would overlap the text before it, "LT" by a tenth
 * of an em, as pdf.js reads the page.)
 */
function drawnWidth(pdfFont: PDFFont, text: string, size = SIZE): number {
  return [...text].reduce((w, c) => w + pdfFont.widthOfTextAtSize(c, size), 0);
}

function width(fonts: Fonts, runs: Run[]): number {
  return runs.reduce((w, r) => w + drawnWidth(font(fonts, r), r.text), 0);
}

/** A line of the seed as runs: "**" switches bold (the state carries over lines), "❖" is a symbol. */
function runsOf(line: string, state: { bold: boolean }): Run[] {
  const runs: Run[] = [];
  for (const part of line.split(/(\*\*|❖)/)) {
    if (part === '**') state.bold = !state.bold;
    else if (part === '❖') runs.push({ text: '❖', bold: false, symbol: true });
    else if (part !== '') runs.push({ text: part, bold: state.bold, symbol: false });
  }
  return runs;
}

/** Splits runs into words (keeping each word's runs), for wrapping. */
function words(runs: Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split(/( +)/);
    for (const part of parts) {
      if (/^ +$/.test(part)) out.push([]);
      else if (part !== '') out.at(-1)?.push({ ...run, text: part });
    }
  }
  return out.filter((w) => w.length > 0);
}

const joinWords = (ws: Run[][]): Run[] => ws.flatMap((w, i) => (i === 0 ? w : [{ ...w[0]!, text: ' ', symbol: false }, ...w]));

/** Wraps runs to `maxWidth`; a long lower-case word that does not fit is hyphenated. */
function wrap(fonts: Fonts, runs: Run[], maxWidth: number): Run[][] {
  const fits = (ws: Run[][]) => width(fonts, joinWords(ws)) <= maxWidth;
  /** The word cut so that its head and a hyphen end the line: at least four letters on each side. */
  const hyphenate = (line: Run[][], word: Run[]): { head: Run; tail: Run } | undefined => {
    const only = word.length === 1 ? word[0] : undefined;
    if (!only || only.symbol || !/^\p{Ll}{10,}$/u.test(only.text)) return undefined;
    for (let cut = only.text.length - 4; cut >= 4; cut--) {
      const head = { ...only, text: `${only.text.slice(0, cut)}-` };
      if (fits([...line, [head]])) return { head, tail: { ...only, text: only.text.slice(cut) } };
    }
    return undefined;
  };
  const lines: Run[][] = [];
  let current: Run[][] = [];
  for (const word of words(runs)) {
    if (current.length === 0 || fits([...current, word])) {
      current.push(word);
      continue;
    }
    const split = hyphenate(current, word);
    if (split) {
      lines.push(joinWords([...current, [split.head]]));
      current = [[split.tail]];
      continue;
    }
    lines.push(joinWords(current));
    current = [word];
  }
  if (current.length > 0) lines.push(joinWords(current));
  return lines;
}

/** The options of a seed PDF. */
export interface SeedPdfOptions {
  /** The running header on every page. */
  header: string;
  /** The section headings for the table of contents on every page. */
  tocTitles: string[];
  /** Paragraphs justified: each line but a paragraph's last stretched to the right margin, its words spaced out. */
  justify?: boolean;
}

/** Lays out the seed; returns the placed lines and the page each TOC title's heading landed on. */
function layout(fonts: Fonts, seed: string, options: SeedPdfOptions): { placed: Placed[]; pages: number; headingPages: number[] } {
  const tocHeight = (options.tocTitles.length + 2) * LEADING;
  const bodyTop = PAGE.height - MARGIN.top - 2 * LEADING - tocHeight;
  const placed: Placed[] = [];
  const headingPages = options.tocTitles.map(() => 0);
  let page = 1;
  let y = bodyTop;
  let blanks = 0;
  const bold = { bold: false };
  const newPage = () => {
    page++;
    y = bodyTop;
  };
  const seedLines = seed.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\u00a0/g, ' '));
  seedLines.forEach((line, i) => {
    if (line.trim() === '') {
      blanks++;
      return;
    }
    if (blanks >= 3 && y < bodyTop) newPage();
    else if (blanks > 0 && y < bodyTop) y -= LEADING * Math.min(blanks, 2);
    if (blanks > 0 || i === 0) {
      // Keep a short block (a title, a signature) on one page, as word processors do.
      const block = seedLines.slice(i, seedLines.findIndex((l, k) => k >= i && l.trim() === '') >>> 0);
      const short = block.length <= 4 && block.every((l) => l.length < 60);
      if (short && y - LEADING * block.length < MARGIN.bottom) newPage();
    }
    blanks = 0;
    const trimmed = line.trim();
    const index = options.tocTitles.findIndex((t, i) => headingPages[i] === 0 && t === trimmed);
    if (index >= 0) headingPages[index] = page;
    const indent = /^\s+/.test(line) ? 14 : 0;
    const [left, right] = trimmed.split('\t');
    if (right !== undefined) {
      // A tab row: a label and a value in a column, or a title and a page number at the margin.
      if (y < MARGIN.bottom + LEADING) newPage();
      const isPage = /^\d+$/.test(right.trim());
      placed.push({ page, x: MARGIN.left + indent, y, runs: runsOf(left ?? '', bold), ...(isPage ? { rightText: right.trim() } : {}) });
      if (!isPage) placed.push({ page, x: MARGIN.left + 200, y, runs: runsOf(right, bold) });
      y -= LEADING;
      return;
    }
    const visuals = wrap(fonts, runsOf(trimmed, bold), COLUMN - indent);
    visuals.forEach((visual, k) => {
      if (y < MARGIN.bottom + LEADING) newPage();
      const justifyTo = options.justify && k < visuals.length - 1 ? COLUMN - indent : undefined;
      placed.push({ page, x: MARGIN.left + indent, y, runs: visual, ...(justifyTo ? { justifyTo } : {}) });
      y -= LEADING;
    });
  });
  return { placed, pages: page, headingPages };
}

/**
 * Draws a line stretched to `justifyTo`, as a word processor justifies it: each word with the space after it, placed so
 * that the room left is shared among the spaces.
 */
function drawJustified(pdfPage: PDFPage, fonts: Fonts, x: number, y: number, runs: Run[], justifyTo: number): void {
  const ws = words(runs).map((word, i, all) => (i < all.length - 1 ? [...word, { ...word.at(-1)!, text: ' ', symbol: false }] : word));
  const extra = ws.length > 1 ? (justifyTo - ws.reduce((w, word) => w + width(fonts, word), 0)) / (ws.length - 1) : 0;
  let at = x;
  for (const word of ws) {
    drawRuns(pdfPage, fonts, at, y, word);
    at += width(fonts, word) + extra;
  }
}

/** Draws a line; runs in the same font are drawn as one piece of text, as a word processor does. */
function drawRuns(pdfPage: PDFPage, fonts: Fonts, x: number, y: number, runs: Run[]): void {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && font(fonts, last) === font(fonts, run)) last.text += run.text;
    else merged.push({ ...run });
  }
  let at = x;
  for (const run of merged) {
    pdfPage.drawText(run.text, { x: at, y, size: SIZE, font: font(fonts, run) });
    at += drawnWidth(font(fonts, run), run.text);
  }
}

/** The PDF of a seed text, as bytes. */
export async function seedToPdf(seed: string, options: SeedPdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    symbol: await doc.embedFont(StandardFonts.ZapfDingbats),
  };
  const { placed, pages, headingPages } = layout(fonts, seed, options);
  const pdfPages = Array.from({ length: pages }, () => doc.addPage([PAGE.width, PAGE.height]));
  pdfPages.forEach((pdfPage, i) => {
    let y = PAGE.height - MARGIN.top;
    pdfPage.drawText(options.header, { x: MARGIN.left, y, size: 8, font: fonts.regular });
    y -= 2 * LEADING;
    pdfPage.drawText('Innhold', { x: MARGIN.left, y, size: SIZE, font: fonts.bold });
    for (const [k, title] of options.tocTitles.entries()) {
      y -= LEADING;
      const number = String(headingPages[k] || 1);
      const numberWidth = drawnWidth(fonts.regular, number);
      const titleWidth = drawnWidth(fonts.regular, title);
      const dots = '.'.repeat(Math.max(3, Math.floor((COLUMN - titleWidth - numberWidth - 12) / fonts.regular.widthOfTextAtSize('.', SIZE))));
      pdfPage.drawText(`${title} ${dots}`, { x: MARGIN.left, y, size: SIZE, font: fonts.regular });
      pdfPage.drawText(number, { x: PAGE.width - MARGIN.right - numberWidth, y, size: SIZE, font: fonts.regular });
    }
    const footer = `Side ${i + 1} av ${pages}`;
    pdfPage.drawText(footer, { x: (PAGE.width - drawnWidth(fonts.regular, footer, 8)) / 2, y: MARGIN.bottom - 30, size: 8, font: fonts.regular });
  });
  for (const p of placed) {
    const pdfPage = pdfPages[p.page - 1];
    if (!pdfPage) continue;
    if (p.justifyTo !== undefined) drawJustified(pdfPage, fonts, p.x, p.y, p.runs, p.justifyTo);
    else drawRuns(pdfPage, fonts, p.x, p.y, p.runs);
    if (p.rightText) {
      const w = drawnWidth(fonts.regular, p.rightText);
      pdfPage.drawText(p.rightText, { x: PAGE.width - MARGIN.right - w, y: p.y, size: SIZE, font: fonts.regular });
    }
  }
  return doc.save();
}

/** A scanned page: a PDF with a drawn rectangle and no text at all. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([PAGE.width, PAGE.height]);
  page.drawRectangle({ x: 60, y: 80, width: 470, height: 680, borderWidth: 1 });
  return doc.save();
}
