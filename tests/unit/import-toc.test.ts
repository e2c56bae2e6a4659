/**
 * A table of contents whose entries wrapped onto two lines (a text export at a narrow width, a PDF's narrow
 * column): the entry goes on on the next line, which ends with the page number; the whole entry is dropped, its
 * title kept as a heading hint, and no half of it is left to become a heading (Oppegård's empty "## SLT (samordning
 * av lokale kriminalitetsforebyggende" took the SLT section's key).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { cleanText } from '../../src/lib/import/clean.ts';
import { importAgreement } from '../../src/lib/import/index.ts';
import type { PdfPage } from '../../src/lib/import/pdf.ts';
import { pdfPagesToText } from '../../src/lib/import/pdf-text.ts';
import { editedText, registerFiles } from './helpers.ts';
import { FIXTURE_REGISTER } from '../fixture-register.ts';

const register = checkRegister(registerFiles());

/** The seed with every table-of-contents entry longer than `width` broken before its last word that fits. */
function wrapToc(seed: string, width: number): string {
  return seed
    .split('\n')
    .flatMap((line) => {
      if (!/\t\d+$/.test(line) || line.length <= width) return [line];
      const cut = line.lastIndexOf(' ', width);
      return [line.slice(0, cut), line.slice(cut + 1)];
    })
    .join('\n');
}

describe('a table of contents with wrapped entries', () => {
  it.each([
    ['oppegard-2018.txt', 'SLT (samordning av lokale kriminalitetsforebyggende tiltak)'],
    ['skien-2019.txt', '5. SLT (samordning av lokale kriminalitetsforebyggende tiltak)'],
    ['luster-2019.txt', '6. SLT (samordning av lokale kriminalitetsførebyggjande tiltak)'],
  ])('%s: the same sections as the seed, and the whole entries as titles', async (file, title) => {
    const seed = readFileSync(`${FIXTURE_REGISTER}/sources/${file}`, 'utf8');
    const wrapped = editedText(file, seed, (t) => wrapToc(t, 40));
    expect(cleanText(wrapped).tocTitles).toContain(title);
    expect(cleanText(wrapped).tocTitles).toEqual(cleanText(seed).tocTitles);
    const sections = async (text: string) => (await importAgreement(file, new TextEncoder().encode(text), register)).drafts.flatMap((d) => d.structure.sections.map((s) => [s.heading, s.key ?? null]));
    expect(await sections(wrapped)).toEqual(await sections(seed));
  });

  it('in a PDF: the wrapped entry is dropped whole', () => {
    const at = (text: string, y: number) => ({ text, x: 72, y, right: 72 + text.length * 5, size: 10 });
    const page: PdfPage = {
      number: 1,
      width: 595,
      height: 842,
      columns: false,
      lines: [
        at('Innhold', 760),
        at('1. Innledning /formål ........ 2', 745),
        at('5. SLT (samordning av lokale', 730),
        at('kriminalitetsforebyggende tiltak) ........ 3', 715),
        at('6. Forventninger til samarbeid ........ 3', 700),
        at('1. Innledning /formål', 670),
        at('Videreutvikling av det forebyggende arbeidet er en av de viktigste endringene.', 655),
      ],
    };
    const read = pdfPagesToText([page]);
    expect(read.tocTitles).toEqual(['1. Innledning /formål', '5. SLT (samordning av lokale kriminalitetsforebyggende tiltak)', '6. Forventninger til samarbeid']);
    expect(read.text).not.toContain('samordning');
    expect(read.removed.tocEntries).toBe(3);
  });
});

describe('a table of contents with no blank line after it', () => {
  // The text's first heading repeats an entry's title; the line after it (a table's row) ends in a number.
  const text = 'Samarbeidsavtale\n\nInnhold\n1. Politiråd\t2\n2. SLT\t3\n1. Politiråd\nMøter per år\t4\n\nPolitirådet skal møtes fire ganger i året.\n';

  it('in a text file: the heading after it and its row are kept, not taken for a wrapped entry', () => {
    const cleaned = cleanText(text);
    expect(cleaned.blocks.map((b) => b.lines)).toEqual([['Samarbeidsavtale'], ['1. Politiråd', 'Møter per år\t4'], ['Politirådet skal møtes fire ganger i året.']]);
    expect(cleaned.tocTitles).toEqual(['1. Politiråd', '2. SLT']);
    expect(cleaned.tocLines).toEqual(['1. Politiråd 2', '2. SLT 3']);
  });

  it('a numbered title followed by a capital, or a page that counts down, starts no wrapped entry', () => {
    const numbered = cleanText('Innhold\n1. Formål\t2\n2. Politiråd\nMøter per år\t4\n\nTekst.\n');
    expect(numbered.blocks.map((b) => b.lines)).toEqual([['2. Politiråd', 'Møter per år\t4'], ['Tekst.']]);
    const down = cleanText('Innhold\n1. Formål\t2\n2. Politiråd\t5\nOrganisering av\nsamarbeidet\t3\n\nTekst.\n');
    expect(down.blocks.map((b) => b.lines)).toEqual([['Organisering av', 'samarbeidet\t3'], ['Tekst.']]);
  });

  it('in a PDF: the same', () => {
    const at = (t: string, y: number) => ({ text: t, x: 72, y, right: 72 + t.length * 5, size: 10 });
    const lines = ['Innhold', '1. Politiråd\t2', '2. SLT\t3', '1. Politiråd', 'Møter per år\t4', 'Politirådet skal møtes fire ganger i året.'];
    const read = pdfPagesToText([{ number: 1, width: 595, height: 842, columns: false, lines: lines.map((t, k) => at(t, 760 - 15 * k)) }]);
    expect(read.text).toContain('1. Politiråd\nMøter per år\t4');
    expect(read.tocTitles).toEqual(['1. Politiråd', '2. SLT']);
    expect(read.changes.tocLines).toEqual(['1. Politiråd 2', '2. SLT 3']);
  });

  it('the review quotes each dropped entry, a wrapped one with its lines', async () => {
    const seed = readFileSync(`${FIXTURE_REGISTER}/sources/skien-2019.txt`, 'utf8');
    const wrapped = editedText('skien-2019.txt', seed, (t) => wrapToc(t, 40));
    const { drafts } = await importAgreement('skien.txt', new TextEncoder().encode(wrapped), register);
    const line = drafts[0]?.mdx.split('\n').find((l) => l.includes('dropped the table of contents')) ?? '';
    expect(line).toContain('"5. SLT (samordning av lokale / kriminalitetsforebyggende tiltak) 3"');
    expect(line).toContain('(10 entries: "1. Innledning /formål 2", "2. Tjenestetilbud 2"');
    expect(line).toContain('"10. Evaluering 3").');
  });
});
