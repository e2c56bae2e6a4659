/**
 * Reads the text layer of a PDF with Mozilla's pdf.js (the legacy build, for
 * Node): for every page, its lines with their position, width, font size and
 * bold runs, in reading order: a page set in two columns is read column by
 * column. Otherwise no layout decisions here; `pdf-text.ts` makes text of
 * the lines.
 */
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from './errors.ts';

/** A line of text on a page, in PDF points (y grows upwards). */
export interface PdfLine {
  /** The line's text; bold runs as `**…**`, wide gaps as a tab (in a line stretched with equal gaps, a space). */
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  /** Right edge of the last glyph. */
  right: number;
  /** Font size (the largest on the line). */
  size: number;
  /** On a two-column page, the column the line is in (0 left, 1 right). */
  column?: 0 | 1;
}

/** A page's lines, top to bottom. */
export interface PdfPage {
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
  /** True when the page was read as two columns. */
  columns: boolean;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

/** Bullets set in a symbol font (Wingdings, ZapfDingbats, Symbol) to what they show. */
const SYMBOL_BULLETS: Record<string, string> = { v: '❖', l: '•', n: '▪', q: '❑', Ø: '➢', '§': '▪', ü: '✓', '·': '•' };

function symbolBullet(str: string): string {
  return [...str]
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      // Symbol fonts without a Unicode map come out in the private-use area U+F0xx.
      const plain = code >= 0xf000 && code <= 0xf0ff ? String.fromCodePoint(code - 0xf000) : ch;
      return SYMBOL_BULLETS[plain] ?? (plain.trim() === '' ? plain : '•');
    })
    .join('');
}

interface FontInfo {
  bold: boolean;
  symbol: boolean;
}

async function fontsOf(page: PDFPageProxy, items: TextItem[]): Promise<Map<string, FontInfo>> {
  const fonts = new Map<string, FontInfo>();
  // Fonts are loaded into commonObjs while the page's operators are read.
  await page.getOperatorList();
  for (const item of items) {
    if (fonts.has(item.fontName)) continue;
    let name = '';
    try {
      const font = page.commonObjs.get(item.fontName) as { name?: string; bold?: boolean } | undefined;
      name = font?.name ?? '';
      fonts.set(item.fontName, {
        bold: Boolean(font?.bold) || /bold|black|heavy|semibold|demi/i.test(name),
        symbol: /dingbat|wingding|symbol|webding/i.test(name),
      });
    } catch {
      fonts.set(item.fontName, { bold: false, symbol: false });
    }
  }
  return fonts;
}

/** A piece of text placed on the page. */
interface Glyph {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

/** Groups a page's glyphs into rows by baseline, top to bottom. */
function rowsOf(glyphs: Glyph[]): Glyph[][] {
  const rows: Glyph[][] = [];
  for (const g of [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs((r[0]?.y ?? 0) - g.y) < Math.max(2, g.size * 0.4));
    if (row) row.push(g);
    else rows.push([g]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

/** True when a row's text runs across `x` (a glyph covers it, or the gap there is a word space). */
function crosses(row: readonly Glyph[], x: number): boolean {
  const ink = row.filter((g) => g.str.trim() !== '');
  for (let i = 0; i < ink.length; i++) {
    const g = ink[i] as Glyph;
    if (g.x <= x && g.x + g.width >= x) return true;
    const next = ink[i + 1];
    if (next && g.x + g.width < x && next.x > x) return next.x - (g.x + g.width) < g.size * 1.2;
  }
  return false;
}

/**
 * The gutter of a two-column page: an x between a third and two thirds of the
 * page that at most one row in eight runs across (a title, a footer), with at
 * least three rows on each side of it. Undefined for a page of one column.
 */
function gutterOf(rows: readonly Glyph[][], pageWidth: number): number | undefined {
  const inked = rows.filter((r) => r.some((g) => g.str.trim() !== ''));
  if (inked.length < 6) return undefined;
  let best: { x: number; crossing: number } | undefined;
  for (let x = Math.round(pageWidth / 3); x <= (pageWidth * 2) / 3; x += 2) {
    const crossing = inked.filter((r) => crosses(r, x)).length;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best || best.crossing > inked.length / 8) return undefined;
  const x = best.x;
  const leftRows = inked.filter((r) => !crosses(r, x) && r.some((g) => g.str.trim() !== '' && g.x + g.width < x)).length;
  const rightRows = inked.filter((r) => !crosses(r, x) && r.some((g) => g.str.trim() !== '' && g.x > x)).length;
  return leftRows >= 3 && rightRows >= 3 ? x : undefined;
}

/**
 * True when a row's pieces of text stand an equal gap apart, two gaps or more, each wider than a word space's
 * least and at most three ems: a justified line stretched to the margin, its words placed one by one (a tab stop's
 * gap is one, or differs from the others with the widths of the cells' texts; a table's columns of cells of one
 * width, years or digits, stand equally far apart too, but wider than a stretched line's word spaces).
 */
function stretched(row: readonly Glyph[], size: number): boolean {
  const ink = row.filter((g) => g.str.trim() !== '');
  const gaps = ink.slice(1).map((g, i) => g.x - ((ink[i] as Glyph).x + (ink[i] as Glyph).width));
  if (gaps.length < 2 || gaps.some((gap) => gap <= size * 0.15 || gap > size * 3)) return false;
  return Math.max(...gaps) - Math.min(...gaps) <= Math.max(0.5, Math.min(...gaps) * 0.02);
}

/** A row's glyphs joined left to right into a line: wide gaps as a tab (not in a stretched line), bold runs as `**…**`. */
function lineOf(row: Glyph[], column?: 0 | 1): PdfLine {
  const size = Math.max(...row.map((g) => g.size));
  // In a justified line stretched wide, a gap wider than a tab's is still a word space.
  const tab = stretched(row, size) ? Infinity : size * 1.5;
  let text = '';
  let end = row[0]?.x ?? 0;
  const boldRanges: Array<[number, number]> = [];
  for (const g of row) {
    const gap = g.x - end;
    if (g.str.trim() === '') {
      // A space item wider than a few spaces is a tab stop.
      if (text !== '' && !/\s$/.test(text)) text += g.width > tab ? '\t' : ' ';
      end = Math.max(end, g.x + g.width);
      continue;
    }
    if (text !== '' && gap > tab) text = `${text.replace(/ +$/, '')}\t`;
    else if (text !== '' && gap > size * 0.15 && !/\s$/.test(text)) text += ' ';
    const start = text.length;
    text += g.str;
    end = g.x + g.width;
    if (!g.bold) continue;
    const last = boldRanges.at(-1);
    if (last && text.slice(last[1], start).trim() === '') last[1] = text.length;
    else boldRanges.push([start, text.length]);
  }
  // Bold runs as Markdown, the markers hugging the words.
  for (const [from, to] of [...boldRanges].reverse()) {
    const inner = text.slice(from, to);
    const lead = /^\s*/.exec(inner)?.[0].length ?? 0;
    const trail = /\s*$/.exec(inner)?.[0].length ?? 0;
    if (inner.trim() === '') continue;
    text = `${text.slice(0, from + lead)}**${inner.trim()}**${text.slice(to - trail)}`;
  }
  const first = row[0];
  return { text: text.replace(/[ ]+$/, ''), x: first?.x ?? 0, y: first?.y ?? 0, right: end, size, ...(column !== undefined ? { column } : {}) };
}

/**
 * A page's text items to lines in reading order. On a two-column page the
 * rows between full-width rows (a title, a footer) are read column by
 * column: the left column top to bottom, then the right one.
 */
function linesOf(items: TextItem[], fonts: Map<string, FontInfo>, pageWidth: number): { lines: PdfLine[]; columns: boolean } {
  const glyphs = items
    .filter((i) => i.str !== '' && i.transform.length >= 6)
    .map((i): Glyph => {
      const font = fonts.get(i.fontName) ?? { bold: false, symbol: false };
      const size = Math.hypot(i.transform[2] ?? 0, i.transform[3] ?? 0) || i.height || 10;
      return { str: font.symbol ? symbolBullet(i.str) : i.str, x: i.transform[4] ?? 0, y: i.transform[5] ?? 0, width: i.width, size, bold: font.bold };
    });
  const rows = rowsOf(glyphs);
  const gutter = gutterOf(rows, pageWidth);
  if (gutter === undefined) return { lines: rows.map((r) => lineOf(r)), columns: false };
  const lines: PdfLine[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = () => {
    lines.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (crosses(row, gutter)) {
      flush();
      lines.push(lineOf(row));
      continue;
    }
    const l = row.filter((g) => g.x + g.width <= gutter);
    const r = row.filter((g) => g.x + g.width > gutter);
    if (l.some((g) => g.str.trim() !== '')) left.push(lineOf(l, 0));
    if (r.some((g) => g.str.trim() !== '')) right.push(lineOf(r, 1));
  }
  flush();
  return { lines, columns: true };
}

/** Reads every page's lines. Throws ImportError when the file is not a readable PDF. */
export async function readPdfPages(bytes: Uint8Array, fileName: string): Promise<PdfPage[]> {
  let pdf: PDFDocumentProxy;
  try {
    pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true })
      .promise;
  } catch (e) {
    const reason = (e as Error).name === 'PasswordException' ? 'it is protected by a password: ask the municipality for an open copy' : `pdf.js could not read it (${(e as Error).message}): download it again, or save the text as a .txt file and import that`;
    throw new ImportError(`${fileName} is not a readable PDF: ${reason}.`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i) => 'str' in i) as TextItem[];
      const fonts = await fontsOf(page, items);
      const [, , width = 595, height = 842] = page.view;
      pages.push({ number: n, width, height, ...linesOf(items, fonts, width) });
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
