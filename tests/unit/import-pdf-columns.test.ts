/**
 * PDFs as municipalities publish them, made here with pdf-lib: a seed set
 * in two columns (a title across both, a footer across both) is read column
 * by column, not across; a PDF with no text layer (a scan) gets the error
 * that says to run OCR first, and nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { documentLines, normalise, withoutListMarker } from '../e2e/seed-lines.ts';
import { parseHeadings } from '../../src/lib/content/headings.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { importAgreement } from '../../src/lib/import/index.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { registerFiles } from './helpers.ts';
import { FIXTURE_REGISTER } from '../fixture-register.ts';

const register = checkRegister(registerFiles());
const PAGE = { width: 595, height: 842 };
const MARGIN = 50;
const GUTTER = 24;
const SIZE = 10;
const LEADING = 13;

/** How `twoColumnPdf` sets a seed besides its defaults. */
interface ColumnOptions {
  /** The width of a column (the gutter takes the rest). */
  columnWidth?: number;
  /**
   * The table of contents as a browser sets a table in a narrow column: each entry's title wrapped within its cell,
   * the page number in a cell of its own at the column's right, in the middle of the title's lines.
   */
  tocTable?: boolean;
  /** A heading set at the foot of a column, its section's text at the top of the next (as a browser may set it). */
  footHeading?: string;
  /**
   * Rows of label and value ("Møteleiing:\tOrdfører i Luster kommune.") as a browser sets a table in a narrow
   * column: the value wrapped in its cell, the label in the middle of the value's lines.
   */
  centredLabels?: boolean;
}

/** A row of a column: its text, and a page number set beside it, `drop` rows lower. */
interface Row {
  text: string;
  aside?: { text: string; drop: number };
  /** The rows of a heading to set at the foot of a column, on its first row. */
  foot?: number;
  /** A table's value: its text set this far right, and its row's label at the column's left, `drop` rows lower. */
  indent?: number;
  label?: { text: string; drop: number };
}

/**
 * The seed in two columns: its first line as a title across the page, then
 * every paragraph wrapped to the column's width, flowing down the left column
 * and on into the right one, a blank line between paragraphs, "Side N" across
 * the foot of every page.
 */
async function twoColumnPdf(seed: string, options: ColumnOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const columnWidth = options.columnWidth ?? (PAGE.width - 2 * MARGIN - GUTTER) / 2;
  const gutter = PAGE.width - 2 * MARGIN - 2 * columnWidth;
  const lines = seed.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/❖/g, '-').replace(/\*\*/g, '').trimEnd());
  const title = lines.find((l) => l.trim() !== '' && l.trim() !== 'POLITIET') ?? '';
  const body = lines.slice(lines.indexOf(title) + 1).filter((l) => l.trim() !== 'POLITIET');
  const wrap = (text: string, width: number): string[] => {
    const out: string[] = [];
    let current = '';
    for (const word of text.trim().split(/\s+/)) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (font.widthOfTextAtSize(candidate, SIZE) <= width || current === '') current = candidate;
      else {
        out.push(current);
        current = word;
      }
    }
    return [...out, current];
  };
  const wrapped: Row[] = [];
  // The table of contents: after its heading, up to the blank line after its entries.
  let inToc = false;
  let entries = 0;
  for (const raw of body) {
    const line = raw.replace(/\t/g, ' ');
    if (line.trim() === '') {
      if (wrapped.at(-1)?.text !== '') wrapped.push({ text: '' });
      if (entries > 0) inToc = false;
      continue;
    }
    if (options.tocTable && /^(?:Innhold|Innhald)$/.test(line.trim())) inToc = true;
    const entry = inToc ? /^(?<title>.+)\t(?<page>\d+)$/.exec(raw.trim()) : null;
    if (entry?.groups) {
      entries++;
      const parts = wrap(entry.groups.title ?? '', columnWidth - 40);
      parts.forEach((text, k) => wrapped.push(k === 0 ? { text, aside: { text: entry.groups?.page ?? '', drop: (parts.length - 1) / 2 } } : { text }));
      continue;
    }
    const cells = options.centredLabels && !inToc ? /^(?<label>[^\t]+:)\t(?<value>.+)$/.exec(raw.trim()) : null;
    if (cells?.groups) {
      const indent = 90;
      const parts = wrap(cells.groups.value ?? '', columnWidth - indent);
      parts.forEach((text, k) => wrapped.push({ text, indent, ...(k === 0 ? { label: { text: cells.groups?.label ?? '', drop: (parts.length - 1) / 2 } } : {}) }));
      continue;
    }
    const parts = wrap(line, columnWidth);
    parts.forEach((text, k) => wrapped.push(k === 0 && line.trim() === options.footHeading ? { text, foot: parts.length } : { text }));
  }
  const top = PAGE.height - MARGIN - 3 * LEADING;
  const perColumn = Math.floor((top - MARGIN - 2 * LEADING) / LEADING);
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  page.drawText(title, { x: MARGIN, y: PAGE.height - MARGIN, size: 14, font: bold });
  let pageNumber = 1;
  let column = 0;
  let row = 0;
  const footer = () => page.drawText(`Side ${pageNumber}`, { x: PAGE.width / 2 - 15, y: MARGIN - 20, size: 9, font });
  const nextColumn = () => {
    row = 0;
    column++;
    if (column === 2) {
      footer();
      page = pdf.addPage([PAGE.width, PAGE.height]);
      pageNumber++;
      column = 0;
    }
  };
  for (const { text: line, aside, foot, indent, label } of wrapped) {
    if (row === perColumn) nextColumn();
    if (foot !== undefined) {
      if (row + foot > perColumn) nextColumn();
      row = perColumn - foot;
    }
    if (line === '' && row === 0) continue;
    const x = MARGIN + column * (columnWidth + gutter);
    if (line !== '') page.drawText(line, { x: x + (indent ?? 0), y: top - row * LEADING, size: SIZE, font });
    if (label) page.drawText(label.text, { x, y: top - (row + label.drop) * LEADING, size: SIZE, font });
    if (aside) page.drawText(aside.text, { x: x + columnWidth - font.widthOfTextAtSize(aside.text, SIZE), y: top - (row + aside.drop) * LEADING, size: SIZE, font });
    row++;
  }
  footer();
  return pdf.save();
}

/** A scan: a page with a picture of text (grey bars) and no text layer. */
async function scan(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let n = 0; n < 2; n++) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    for (let y = 780; y > 80; y -= 14) page.drawRectangle({ x: 60, y, width: 400 + ((y * 7) % 70), height: 8, color: rgb(0.3, 0.3, 0.3) });
  }
  return pdf.save();
}

const plain = (mdx: string) =>
  normalise(mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\{\/\*.*?\*\/\}/g, '').replace(/<br \/>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/^#{2,3} /gm, '').replace(/^\s*(?:-|\d+\.)\s+/gm, '').replace(/\\([\\{}.\-#+*])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));

describe.each([
  ['moss-2020.txt', 'moss-2020'],
  ['luster-2019.txt', 'luster-2019'],
])('seed %s set in two columns', (seedFile, slug) => {
  const seed = readFileSync(`${FIXTURE_REGISTER}/sources/${seedFile}`, 'utf8');

  it(`is read column by column: the sections of ${slug} in order, ≥ 98 % of its sentences verbatim, and the review says so`, async () => {
    const { drafts } = await importAgreement(`${slug}.pdf`, await twoColumnPdf(seed), register);
    expect(drafts.map((d) => d.slug)).toEqual([slug]);
    const draft = drafts[0]!;
    const want = parseHeadings(readFileSync(`${FIXTURE_REGISTER}/agreements/${slug}.mdx`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')).filter((h) => h.depth === 2 && h.sectionKey);
    const got = parseHeadings(draft.body).filter((h) => h.depth === 2 && h.sectionKey);
    expect(got.map((h) => h.sectionKey)).toEqual(want.map((h) => h.sectionKey));
    const text = plain(draft.mdx);
    const wanted = documentLines(seed).slice(1).map(withoutListMarker).map((l) => l.replace(/❖/g, '-').replace(/\*\*/g, '')).flatMap((l) => sentences(l)).map(normalise).filter((s) => s !== '');
    const lost = wanted.filter((s) => !text.includes(normalise(s)));
    expect(lost.length / wanted.length, lost.join('\n')).toBeLessThanOrEqual(0.02);
    expect(draft.mdx).toMatch(/# - read \d+ pages? set in two columns column by column/);
    expect(text).not.toMatch(/Side \d/);
  });
});

// A browser's two-column print of Skien's agreement: the table of contents is a table in the narrow left column,
// its titles wrapped in their cells with the page number in the middle of them (alone on a line between two of the
// title's, or level with one). The table of contents goes whole: it stayed in the text from its first wrapped entry
// on, with "1. Innledning /formål" run into it.
describe('skien-2019.txt set in narrow columns, its table of contents as a table', () => {
  const seed = readFileSync(`${FIXTURE_REGISTER}/sources/skien-2019.txt`, 'utf8');
  const read = async (options: Parameters<typeof twoColumnPdf>[1]) => {
    const { drafts } = await importAgreement('skien-2019.pdf', await twoColumnPdf(seed, options), register);
    expect(drafts.map((d) => d.slug)).toEqual(['skien-2019']);
    return drafts[0]!;
  };
  /** The seed's sentences, its table of contents left out, missing from a draft. */
  const lost = (mdx: string) => {
    const text = plain(mdx);
    const wanted = documentLines(seed).slice(1).filter((l) => !/\t\d+$/.test(l)).map(withoutListMarker).map((l) => l.replace(/❖/g, '-').replace(/\*\*/g, '')).flatMap((l) => sentences(l)).map(normalise).filter((s) => s !== '');
    return wanted.filter((s) => !text.includes(normalise(s)));
  };

  it('drops the whole table of contents, and "1. Innledning /formål" after it is a heading', async () => {
    const draft = await read({ columnWidth: 180, tocTable: true });
    expect(draft.mdx).toMatch(/# - dropped the table of contents \(10 entries: "1\. Innledning \/formål 2", .*"10\. Evaluering 3"\)\./);
    // Nothing of the table of contents in the text: no dot leader, no title twice.
    expect(draft.body).not.toMatch(/\.{3,}/);
    expect(draft.body.match(/Organisering av samarbeidet/g)).toHaveLength(1);
    expect(draft.body.match(/kriminalitetsforebyggende tiltak\)/g)).toHaveLength(1);
    const got = parseHeadings(draft.body).filter((h) => h.depth === 2);
    expect(got[0]?.text).toBe('1. Innledning /formål');
    expect(got[0]?.sectionKey).toBe('formal');
    expect(lost(draft.mdx)).toEqual([]);
  });

  // "5. SLT (…)" at the foot of the left column, its text at the top of the right one: it ran on into it.
  it('keeps a numbered heading at the foot of a column a heading: every section of skien-2019', async () => {
    const foot = '5. SLT (samordning av lokale kriminalitetsforebyggende tiltak)';
    expect(seed).toContain(`\n${foot}\n`);
    const draft = await read({ columnWidth: 180, tocTable: true, footHeading: foot });
    const want = parseHeadings(readFileSync(`${FIXTURE_REGISTER}/agreements/skien-2019.mdx`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')).filter((h) => h.depth === 2);
    const got = parseHeadings(draft.body).filter((h) => h.depth === 2);
    expect(got.map((h) => [h.text, h.sectionKey])).toEqual(want.map((h) => [h.text, h.sectionKey]));
    expect(lost(draft.mdx)).toEqual([]);
  });
});

// Luster's table of the council's leadership in a narrow column, as a browser prints it: "Ordfører i Luster kommune."
// wraps in its cell and its label "Møteleiing:" stands level with the middle of its two lines. Read by rows, the
// label came between them ("Ordfører i Luster Møteleiing:<br />kommune."); it is the row it was.
describe('luster-2019.txt set in narrow columns, a label in the middle of its value', () => {
  const seed = readFileSync(`${FIXTURE_REGISTER}/sources/luster-2019.txt`, 'utf8');

  it('reads the table row as label and value, in the order of the published table', async () => {
    expect(seed).toContain('Møteleiing:\tOrdfører i Luster kommune.');
    const { drafts } = await importAgreement('luster-2019.pdf', await twoColumnPdf(seed, { columnWidth: 180, tocTable: true, centredLabels: true }), register);
    expect(drafts.map((d) => d.slug)).toEqual(['luster-2019']);
    const body = drafts[0]!.body;
    const published = readFileSync(`${FIXTURE_REGISTER}/agreements/luster-2019.mdx`, 'utf8');
    const table = /<table>.*Møteleiing:.*<\/table>/.exec(published)?.[0];
    expect(table).toContain('<th scope="row">Møteleiing:</th><td>Ordfører i Luster kommune.</td>');
    expect(body).toContain(table);
  });
});

describe('a PDF with no text layer', () => {
  const out = mkdtempSync(join(tmpdir(), 'import-scan-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is refused: no text to read, run OCR first; nothing is written', async () => {
    const bytes = await scan();
    await expect(importAgreement('skannet-avtale.pdf', bytes, register)).rejects.toThrow(
      'skannet-avtale.pdf: no text to read: the PDF is a scan (2 pages, no text layer); run OCR first, then import the text',
    );
    const file = join(out, 'skannet-avtale.pdf');
    writeFileSync(file, bytes);
    const drafts = join(out, 'drafts');
    const result = spawnSync(process.execPath, ['scripts/import.ts', file, '--out', drafts], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^import: .*skannet-avtale\.pdf: no text to read: the PDF is a scan/);
    expect(readdirSync(out)).toEqual(['skannet-avtale.pdf']);
  }, 60_000);
});
