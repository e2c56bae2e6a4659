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
