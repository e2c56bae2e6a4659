/**
 * The PDF reader's page breaks and line breaks, on pages laid out here line by line from the seed texts (as
 * pdf.ts hands them to pdf-text.ts): a paragraph whose page ends in a full stop does not run on into the next
 * page's paragraph or heading, even when its last line fills the page's foot (Skien, Luster), unless the text is
 * justified and that line is stretched to the margin (also in a PDF made with pdf-lib and read with pdf.js); a long line that
 * stops mid-sentence before a lower-case word is joined to it, however wide the word (Bodø's "Både politiet og" /
 * "kommunene": no `<br />` in the sentence); a number alone at a page's foot that is not the page's number is text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdfPages, type PdfLine, type PdfPage } from '../../src/lib/import/pdf.ts';
import { seedToPdf } from './seed-pdf.ts';
import { pdfPagesToText } from '../../src/lib/import/pdf-text.ts';
import { FIXTURE_REGISTER } from '../fixture-register.ts';

const LEFT = 63;
const CHAR = 5.2;
const LEADING = 15;
const TOP = 760;
const WIDTH = 88;

/** A seed's paragraph: the line that starts with `start`. */
function paragraph(seed: string, start: string): string {
  const line = readFileSync(`${FIXTURE_REGISTER}/sources/${seed}`, 'utf8').split('\n').find((l) => l.startsWith(start));
  if (!line) throw new Error(`no paragraph "${start}" in ${seed}`);
  return line.trim();
}

/** A paragraph wrapped at WIDTH characters; `fullLast` wraps from the end, so its last line is the full one. */
function wrap(text: string, fullLast = false): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  for (const word of fullLast ? [...words].reverse() : words) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= WIDTH) lines[lines.length - 1] = fullLast ? `${word} ${last}` : `${last} ${word}`;
    else lines.push(word);
  }
  return fullLast ? lines.reverse() : lines;
}

/** Pages of paragraphs (each a list of lines), a paragraph's gap between paragraphs; every line's right edge by its length. */
function pages(...content: string[][][]): PdfPage[] {
  return content.map((paragraphs, n) => {
    const lines: PdfLine[] = [];
    let y = TOP;
    paragraphs.forEach((para, k) => {
      if (k > 0) y -= LEADING * 0.5;
      for (const text of para) {
        lines.push({ text, x: LEFT, y, right: LEFT + text.length * CHAR, size: 11 });
        y -= LEADING;
      }
    });
    return { number: n + 1, width: 595, height: 842, lines, columns: false };
  });
}

/** Lines of running text for the rest of a page (Moss's and Oppegård's texts, wrapped): each line its own. */
const MOSS = ['moss-2020.txt', 'oppegard-2018.txt'].map((f) => readFileSync(`${FIXTURE_REGISTER}/sources/${f}`, 'utf8')).join('\n').split('\n').filter((l) => l.length > WIDTH).flatMap((l) => wrap(l.trim()).slice(0, -1));
let used = 0;
const filler = (n: number) => Array.from({ length: n }, () => MOSS[used++ % MOSS.length] ?? '');

describe('the PDF reader at a page break', () => {
  it('ends a paragraph whose full last line ends in a full stop (Skien), and keeps a heading after it (Luster)', () => {
    const skienEnd = wrap(paragraph('skien-2019.txt', 'Spesielle fokusområder med målsetting'), true);
    const skienNext = wrap(paragraph('skien-2019.txt', 'Samfunnssikkerhet og beredskap'));
    const lusterEnd = wrap(paragraph('luster-2019.txt', 'Mykje av etterforskinga'), true);
    const lusterNext = wrap(paragraph('luster-2019.txt', 'Kvar tenestestad har'));
    expect(skienEnd.at(-1)).toMatch(/\.$/);
    expect((skienEnd.at(-1) ?? '').length).toBeGreaterThan(WIDTH - 10);
    const text = pdfPagesToText(
      pages([filler(30), skienEnd], [skienNext, filler(20), lusterEnd], [['Kriminalitetsførebyggande arbeid'], lusterNext]),
    ).text;
    // (Wrapped from the end, the paragraph's short first line keeps its line break: the words are what counts.)
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim().replace(/\n/g, ' '));
    expect(paragraphs).toContain(paragraph('skien-2019.txt', 'Spesielle fokusområder med målsetting'));
    expect(paragraphs).toContain(paragraph('skien-2019.txt', 'Samfunnssikkerhet og beredskap'));
    expect(paragraphs).toContain(paragraph('luster-2019.txt', 'Mykje av etterforskinga'));
    expect(paragraphs).toContain('Kriminalitetsførebyggande arbeid');
  });

  it('runs a paragraph on over the page break when its last line stops mid-sentence', () => {
    const whole = paragraph('skien-2019.txt', 'Spesielle fokusområder med målsetting');
    const lines = wrap(whole);
    const text = pdfPagesToText(pages([filler(30), lines.slice(0, 2)], [lines.slice(2), filler(3)])).text;
    expect(text.split(/\n\s*\n/).map((p) => p.trim())).toContain(whole);
  });
});

/** As `pages`, justified: every line of a paragraph but its last stretched to the right margin. */
function justifiedPages(...content: string[][][]): PdfPage[] {
  return pages(...content).map((page, n) => {
    const last = new Set<number>();
    let at = -1;
    for (const para of content[n] ?? []) last.add((at += para.length));
    return { ...page, lines: page.lines.map((line, i) => (last.has(i) ? line : { ...line, right: LEFT + WIDTH * CHAR })) };
  });
}

// Justified text tells a paragraph's last line (ragged) from one that runs on (stretched to the margin): a page that
// ends in a full stop on a stretched line, full to its foot, goes on on the next page, whose first line stands at the
// margin. Ragged text cannot tell, and a page's full last line ending in a full stop ends its paragraph (above).
describe('the PDF reader at a page break in justified text', () => {
  const whole = paragraph('bodo-2018.txt', 'Vi ønsker i samarbeidsavtalen');
  const lines = wrap(whole);
  const sentenceEnd = lines.findIndex((l) => /\.$/.test(l));
  const head = lines.slice(0, sentenceEnd + 1);
  const tail = lines.slice(sentenceEnd + 1);
  const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim().replace(/\n/g, ' ').replace(/\*\*/g, ''));
  /** The two pages, the paragraph broken after its sentence's end; the first page's last line stretched or not, the second's first line edited. */
  const broken = (stretched: boolean, edit: (l: PdfLine) => PdfLine = (l) => l, layout = justifiedPages) => {
    const [first, second] = layout([filler(30), head], [tail, filler(3)]) as [PdfPage, PdfPage];
    const last = first.lines.length - 1;
    return [
      { ...first, lines: first.lines.map((l, i) => (i === last && stretched ? { ...l, right: LEFT + WIDTH * CHAR } : l)) },
      { ...second, lines: second.lines.map((l, i) => (i === 0 ? edit(l) : l)) },
    ];
  };
  const ended = (pdf: PdfPage[]) => !paragraphs(pdfPagesToText(pdf).text).includes(whole);

  it('runs a paragraph on over the page break when the page ends in a full stop on a stretched line', () => {
    expect(sentenceEnd).toBeGreaterThanOrEqual(0);
    expect(sentenceEnd).toBeLessThan(lines.length - 1);
    expect(ended(broken(true))).toBe(false);
  });

  it('ends the paragraph there when that line is ragged, or the next page begins indented, with a list item or in bold', () => {
    // The page's last line set ragged (the paragraph's last), though nearly full.
    expect((head.at(-1) ?? '').length).toBeGreaterThan(WIDTH - 12);
    expect(ended(broken(false))).toBe(true);
    expect(ended(broken(true, (l) => ({ ...l, x: l.x + 18 })))).toBe(true);
    expect(ended(broken(true, (l) => ({ ...l, text: `- ${l.text}` })))).toBe(true);
    expect(ended(broken(true, (l) => ({ ...l, size: 13 })))).toBe(true);
    // Ragged text, whose page happens to end at the right edge: it cannot tell, and the paragraph ends.
    expect(ended(broken(true, undefined, pages))).toBe(true);
    expect(ended(broken(true, (l) => ({ ...l, text: `**${l.text}**` })))).toBe(true);
  });
});

// The same in a PDF made and read as a municipality's would be (pdf-lib, then pdf.js): a paragraph of Skien's broken by
// the page right after its first sentence, which ends its first line; the page above holds Moss's long paragraphs and
// short lines.
describe('a justified PDF whose paragraph runs on over a page after a full stop', () => {
  const whole = paragraph('skien-2019.txt', 'Politikontakten skal møte fast i politirådet');
  const long = readFileSync(`${FIXTURE_REGISTER}/sources/moss-2020.txt`, 'utf8').split('\n').filter((l) => l.length > 250 && !/^[-\d]/.test(l)).map((l) => l.trim());
  const seed = ['Samarbeidsavtale', '', ...long.flatMap((l) => [l, '']), ...Array.from({ length: 32 }, (_, i) => `Linje ${i + 1}.`), '', whole, ''].join('\n');
  const read = async (justify: boolean) => readPdfPages(await seedToPdf(seed, { header: 'Samarbeid mellom kommunen og politiet', tocTitles: [], justify }), 'avtale.pdf');
  /** True when the first page ends (above its page number) with a line of the paragraph, not its last, ending in a full stop. */
  const breaksAfterSentence = (pdf: PdfPage[]) => {
    const last = pdf[0]?.lines.at(-2)?.text ?? '';
    return pdf.length === 2 && whole.includes(last) && /\.$/.test(last) && !whole.endsWith(last);
  };
  const paragraphs = (pdf: PdfPage[]) => pdfPagesToText(pdf).text.split(/\n\s*\n/).map((p) => p.trim().replace(/\n/g, ' '));

  it('is one paragraph when justified; set ragged, the reader cannot tell and ends the paragraph at the page', async () => {
    const justified = await read(true);
    expect(breaksAfterSentence(justified), 'the page breaks the paragraph after a full stop').toBe(true);
    // pdf.js reads the stretched lines' right edges at the margin, within a fifth of the font's size (2 points).
    const edges = (justified[0]?.lines ?? []).map((l) => l.right);
    expect(edges.filter((r) => Math.max(...edges) - r < 2).length).toBeGreaterThanOrEqual(10);
    expect(paragraphs(justified)).toContain(whole);
    const ragged = await read(false);
    expect(breaksAfterSentence(ragged)).toBe(true);
    expect(paragraphs(ragged)).not.toContain(whole);
  });
});

describe('the PDF reader inside a page', () => {
  it('joins a long line that stops mid-sentence to the lower-case word after it, however wide the word (Bodø)', () => {
    const whole = paragraph('bodo-2018.txt', 'Alle kommuner skal delta i politiråd.');
    const at = whole.indexOf(' kommunene skal spille inn');
    expect(whole.slice(0, at)).toMatch(/Både politiet og$/);
    // Broken as the printed PDF breaks it: "kommunene" did not fit, though the line ends well short of the margin.
    const head = wrap(whole.slice(0, at));
    const lines = pdfPagesToText(pages([filler(5), [...head, whole.slice(at + 1)], filler(5)])).text;
    // By the next line's average letter, "kommunene" would have fitted: the width alone does not tell.
    expect(`${head.at(-1)} kommunene`.length).toBeLessThan(WIDTH - 1);
    expect(lines.split(/\n\s*\n/).map((p) => p.trim())).toContain(whole);
  });
});

describe('the PDF reader and list items', () => {
  it('never joins a line that starts an item lettered in lower case ("b) følge opp …") to the line before', async () => {
    const items = [
      'a) koordinere det kriminalitetsforebyggende arbeidet mellom kommunen og politiet i hele',
      'b) følge opp ungdom som står i fare for å utvikle en kriminell løpebane over tid',
      'c) samarbeide om beredskap og samfunnssikkerhet',
    ];
    const seed = ['Samarbeidsavtale', '', '1. Formål', '', 'Politirådet skal arbeide med disse oppgavene i perioden:', '', ...items, '', 'Politirådet møtes fire ganger i året.', ''].join('\n');
    const pdf = await seedToPdf(seed, { header: 'Samarbeid mellom kommunen og politiet', tocTitles: [] });
    const { text } = pdfPagesToText(await readPdfPages(pdf, 'liste.pdf'));
    expect(text).toContain(items.join('\n'));
  });

  it('joins a long line that stops mid-sentence only to a word that nearly fitted, not to one with room to spare', () => {
    // 70 characters of 88, ending mid-sentence: "og" would have fitted with fourteen characters to spare.
    const first = 'Kommunen og politiet skal samarbeide om tiltakene som er beskrevet her i';
    expect(first.length).toBeLessThan(WIDTH - 14);
    expect(first.length).toBeGreaterThan(WIDTH * 0.75);
    const text = pdfPagesToText(pages([filler(5), [first, 'og utenfor avtalen.'], filler(5)])).text;
    expect(text).toContain(`${first}\nog utenfor avtalen.`);
  });
});

describe('page numbers in a PDF', () => {
  it('drops the page numbers at the pages\' feet, and keeps a number there that is not in sequence with them', () => {
    const withNumbers = pages([filler(30)], [filler(30)], [filler(30)]).map((page, k) => {
      const foot = page.lines.at(-1)?.y ?? 0;
      const extra: PdfLine[] = k === 1 ? [{ text: 'Ved akutte hendelser ring politiet på nødnummer:', x: LEFT, y: foot - LEADING, right: LEFT + 48 * CHAR, size: 11 }, { text: '112', x: LEFT, y: foot - 2 * LEADING, right: LEFT + 3 * CHAR, size: 11 }] : [];
      return { ...page, lines: [...page.lines, ...extra, { text: String(page.number), x: 290, y: 40, right: 296, size: 9 }] };
    });
    const read = pdfPagesToText(withNumbers);
    expect(read.text).toMatch(/nødnummer:\n112\n/);
    expect(read.text).not.toMatch(/^[123]$/m);
    expect(read.changes.furniture).toEqual(['1', '2', '3'].map((line) => ({ line, count: 1 })));
  });
});
