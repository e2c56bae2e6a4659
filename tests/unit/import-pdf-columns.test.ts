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

/**
 * The seed in two columns: its first line as a title across the page, then
 * every paragraph wrapped to the column's width, flowing down the left column
 * and on into the right one, a blank line between paragraphs, "Side N" across
 * the foot of every page.
 */
async function twoColumnPdf(seed: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const columnWidth = (PAGE.width - 2 * MARGIN - GUTTER) / 2;
  const lines = seed.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/❖/g, '-').replace(/\t/g, ' ').replace(/\*\*/g, '').trimEnd());
  const title = lines.find((l) => l.trim() !== '' && l.trim() !== 'POLITIET') ?? '';
  const body = lines.slice(lines.indexOf(title) + 1).filter((l) => l.trim() !== 'POLITIET');
  const wrapped: string[] = [];
  for (const line of body) {
    if (line.trim() === '') {
      if (wrapped.at(-1) !== '') wrapped.push('');
      continue;
    }
    let current = '';
    for (const word of line.trim().split(/\s+/)) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (font.widthOfTextAtSize(candidate, SIZE) <= columnWidth || current === '') current = candidate;
      else {
        wrapped.push(current);
        current = word;
      }
    }
    wrapped.push(current);
  }
  const top = PAGE.height - MARGIN - 3 * LEADING;
  const perColumn = Math.floor((top - MARGIN - 2 * LEADING) / LEADING);
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  page.drawText(title, { x: MARGIN, y: PAGE.height - MARGIN, size: 14, font: bold });
  let pageNumber = 1;
  let column = 0;
  let row = 0;
  const footer = () => page.drawText(`Side ${pageNumber}`, { x: PAGE.width / 2 - 15, y: MARGIN - 20, size: 9, font });
  for (const line of wrapped) {
    if (row === perColumn) {
      row = 0;
      column++;
      if (column === 2) {
        footer();
        page = pdf.addPage([PAGE.width, PAGE.height]);
        pageNumber++;
        column = 0;
      }
    }
    if (line === '' && row === 0) continue;
    if (line !== '') page.drawText(line, { x: MARGIN + column * (columnWidth + GUTTER), y: top - row * LEADING, size: SIZE, font });
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
