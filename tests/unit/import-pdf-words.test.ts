/**
 * The PDF reader on words a PDF draws as pieces of their own, with no space character between them (a word
 * processor's justified line, a PDF writer that places every word): a gap as wide as a word space, or wider, is a
 * space, a kerning-sized one is none, and a stretched line is one line of words, not a row of a table. The pieces are
 * placed by the widths pdf.js reads (each glyph's, without kerning: pdf-lib's `widthOfTextAtSize` subtracts kerning
 * pairs that its `drawText` does not apply, so words placed by it would touch: "SLT-koordinatoren" + "er").
 */
import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdfPages } from '../../src/lib/import/pdf.ts';
import { pdfPagesToText } from '../../src/lib/import/pdf-text.ts';
import { FIXTURE_REGISTER } from '../fixture-register.ts';
import { seedToPdf } from './seed-pdf.ts';

const SIZE = 11;
const WORDS = ['SLT-koordinatoren', 'er', 'sekretær', 'for', 'politirådet', 'og', 'skriver', 'referatet.'];

/** A glyph-by-glyph width: what the drawn text takes (no kerning). */
const drawnWidth = (font: PDFFont, text: string) => [...text].reduce((w, c) => w + font.widthOfTextAtSize(c, SIZE), 0);

/** A PDF of one line per gap (in ems), each word drawn on its own at that gap after the one before; the lines' texts as read. */
async function linesWithGaps(gaps: readonly number[]): Promise<string[]> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  gaps.forEach((gap, i) => {
    let x = 72;
    for (const word of WORDS) {
      page.drawText(word, { x, y: 760 - i * 24, size: SIZE, font });
      x += drawnWidth(font, word) + gap * SIZE;
    }
  });
  const pages = await readPdfPages(await doc.save(), 'avtale.pdf');
  return pages[0]?.lines.map((l) => l.text) ?? [];
}

describe('words drawn as pieces of their own, with no space character', () => {
  it('are kept apart by a gap of a word space, a narrow one or a stretched one (up to the width of two ems)', async () => {
    const gaps = [0.12, 0.2, 0.278, 0.5, 0.8, 1.2, 1.6, 2];
    const lines = await linesWithGaps(gaps);
    expect(lines).toEqual(gaps.map(() => WORDS.join(' ')));
  });

  it('are one word where the gap is a kerning\'s (a twentieth of an em or less)', async () => {
    expect(await linesWithGaps([0, 0.02, 0.05])).toEqual([0, 0.02, 0.05].map(() => WORDS.join('')));
  });

  it('at tab stops stay a row of label and value: one wide gap, or gaps as unequal as the cells\' texts', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    const row = (y: number, cells: string[]) => cells.forEach((cell, i) => page.drawText(cell, { x: 72 + i * 150, y, size: SIZE, font }));
    row(760, ['Leiing:', 'Kommunen/Politiet']);
    row(736, ['Ordfører', 'Politistasjonssjef', 'SLT-koordinator']);
    const pages = await readPdfPages(await doc.save(), 'avtale.pdf');
    expect(pages[0]?.lines.map((l) => l.text)).toEqual(['Leiing:\tKommunen/Politiet', 'Ordfører\tPolitistasjonssjef\tSLT-koordinator']);
    expect(pdfPagesToText(pages).text).toContain('Leiing:\tKommunen/Politiet');
  });

  it('in a table\'s columns stay a row though their gaps are equal: cells of one width (years, digits) at equal steps', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    const row = (y: number, cells: string[]) => cells.forEach((cell, i) => page.drawText(cell, { x: 72 + i * 100, y, size: SIZE, font }));
    row(760, ['2019', '2020', '2021', '2022']);
    row(736, ['4', '6', '4', '5']);
    const pages = await readPdfPages(await doc.save(), 'avtale.pdf');
    expect(pages[0]?.lines.map((l) => l.text)).toEqual(['2019\t2020\t2021\t2022', '4\t6\t4\t5']);
  });
});

// seed-pdf.ts places each word of a justified line after the one before by the width pdf-lib measures; with kerning
// subtracted (which drawText does not apply) a word after "SLT-koordinatorene " was drawn over that space, and pdf.js,
// which drops space characters and puts spaces by the glyphs' places, read "SLT-koordinatorenei".
describe('the seed PDFs the tests make', () => {
  it.each(['oppegard-2018.txt', 'moss-2020.txt', 'luster-2019.txt'])('justified, read back, hold no word the seed %s lacks', async (file) => {
    const seed = readFileSync(`${FIXTURE_REGISTER}/sources/${file}`, 'utf8');
    const pages = await readPdfPages(await seedToPdf(seed, { header: 'Samarbeid mellom kommunen og politiet', tocTitles: [], justify: true }), 'avtale.pdf');
    const words = (text: string) => text.replace(/\*\*/g, '').split(/\s+/).filter((w) => w !== '');
    const known = new Set(words(seed));
    expect(words(pdfPagesToText(pages).text).filter((w) => !known.has(w) && !known.has(w.replace('-', '')))).toEqual([]);
  });
});
