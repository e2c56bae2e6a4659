/**
 * Reads the text layer of a PDF with Mozilla's pdf.js (the legacy build, for
 * Node): for every page, its lines with their position, width, font size and
 * bold runs. No layout decisions here; `pdf-text.ts` makes text of the lines.
 */
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from './errors.ts';

/** A line of text on a page, in PDF points (y grows upwards). */
export interface PdfLine {
  /** The line's text; bold runs as `**…**`, wide gaps as a tab. */
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  /** Right edge of the last glyph. */
  right: number;
  /** Font size (the largest on the line). */
  size: number;
}

/** A page's lines, top to bottom. */
export interface PdfPage {
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
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

/** Groups a page's text items into lines by baseline and joins them left to right. */
function linesOf(items: TextItem[], fonts: Map<string, FontInfo>): PdfLine[] {
  const glyphs = items
    .filter((i) => i.str !== '' && i.transform.length >= 6)
    .map((i) => {
      const font = fonts.get(i.fontName) ?? { bold: false, symbol: false };
      const size = Math.hypot(i.transform[2] ?? 0, i.transform[3] ?? 0) || i.height || 10;
      return { str: font.symbol ? symbolBullet(i.str) : i.str, x: i.transform[4] ?? 0, y: i.transform[5] ?? 0, width: i.width, size, bold: font.bold };
    });
  const rows: Array<typeof glyphs> = [];
  for (const g of [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs((r[0]?.y ?? 0) - g.y) < Math.max(2, g.size * 0.4));
    if (row) row.push(g);
    else rows.push([g]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((g) => g.size));
    let text = '';
    let end = row[0]?.x ?? 0;
    const boldRanges: Array<[number, number]> = [];
    for (const g of row) {
      const gap = g.x - end;
      if (g.str.trim() === '') {
        // A space item wider than a few spaces is a tab stop.
        if (text !== '' && !/\s$/.test(text)) text += g.width > size * 1.5 ? '\t' : ' ';
        end = Math.max(end, g.x + g.width);
        continue;
      }
      if (text !== '' && gap > size * 1.5) text = `${text.replace(/ +$/, '')}\t`;
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
    return { text: text.replace(/[ ]+$/, ''), x: first?.x ?? 0, y: first?.y ?? 0, right: end, size };
  });
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
      pages.push({ number: n, width, height, lines: linesOf(items, fonts) });
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
