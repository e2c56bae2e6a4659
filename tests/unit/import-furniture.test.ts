/**
 * Page furniture: a number alone on its line is a page number only where a page ends and in sequence with the
 * page numbers; the review lists every distinct line it dropped, so none hides behind another.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { cleanText } from '../../src/lib/import/clean.ts';
import { describeDropped } from '../../src/lib/import/furniture.ts';
import { importAgreement } from '../../src/lib/import/index.ts';
import { editedText, registerFiles } from './helpers.ts';
import { FIXTURE_REGISTER } from '../fixture-register.ts';

const register = checkRegister(registerFiles());
const MOSS = readFileSync(`${FIXTURE_REGISTER}/sources/moss-2020.txt`, 'utf8');
/** Moss's agreement with an emergency number alone on its line, as a document may print it. */
const EMERGENCY = editedText('moss-2020.txt', MOSS, (t) =>
  t.replace('3. Møtefrekvens/struktur\n\n', '3. Møtefrekvens/struktur\n\nVed akutte hendelser ring politiet på nødnummer:\n112\n\n'),
);

/** The text cut into pages of `size` lines, each page's number alone on a line at its foot (no form feed). */
function numberedPages(text: string, size: number): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  const out: string[] = [];
  for (let i = 0, page = 1; i < lines.length; i += size, page++) out.push(...lines.slice(i, i + size), '', String(page));
  return `${out.join('\n')}\n`;
}

const reviewOf = (mdx: string) => mdx.split('\n---\n')[0] ?? '';
const furnitureLine = (mdx: string) => reviewOf(mdx).split('\n').find((l) => l.includes('as page furniture')) ?? '';

describe('a number alone on its line', () => {
  it('is text in the middle of a page, with no page numbers in the text', async () => {
    const [draft] = (await importAgreement('moss.txt', new TextEncoder().encode(EMERGENCY), register)).drafts;
    expect(draft?.body).toMatch(/nødnummer:<br \/>\n112\n/);
    expect(furnitureLine(draft?.mdx ?? '')).not.toContain('"112"');
  });

  it('is text between the page numbers when it is not in sequence with them, and the review lists each page number', async () => {
    const text = numberedPages(EMERGENCY, 25);
    const lines = text.split('\n');
    const at = lines.indexOf('112');
    // Not at a page's foot: the test would prove nothing.
    expect(lines.slice(at - 4, at + 5).filter((l) => /^\d{1,2}$/.test(l))).toEqual([]);
    const pages = lines.filter((l) => /^\d{1,2}$/.test(l)).length;
    expect(pages).toBeGreaterThan(4);
    const [draft] = (await importAgreement('moss.txt', new TextEncoder().encode(text), register)).drafts;
    expect(draft?.body).toMatch(/nødnummer:<br \/>\n112\n/);
    const review = furnitureLine(draft?.mdx ?? '');
    expect(review).not.toContain('"112"');
    expect(review).toContain(`"1" to "${pages}" (${pages} lines, one each, numbered in sequence)`);
    // The page numbers are gone from the text.
    expect(draft?.body).not.toMatch(/^\d{1,2}$/m);
  });

  it('is a page number next to a page break', () => {
    const page = (n: number) => [`Tekst på side ${n} som fyller siden.`, '', String(n), '\f'];
    const cleaned = cleanText([...page(1), ...page(2), ...page(3)].join('\n'));
    expect(cleaned.blocks.map((b) => b.lines)).toEqual([['Tekst på side 1 som fyller siden.'], ['Tekst på side 2 som fyller siden.'], ['Tekst på side 3 som fyller siden.']]);
    expect(cleaned.furniture).toEqual([1, 2, 3].map((n) => ({ line: String(n), count: 1 })));
  });
});

describe('a number alone on its line that is not a page number', () => {
  /** Lines of a section's text, as many as a page holds at least. */
  const body = (n: number) => Array.from({ length: 6 }, (_, k) => `Tekst ${k + 1} i avsnitt ${n} om samarbeidet mellom kommunen og politiet.`);

  it('a section\'s number alone before its title, at intervals alike, with no page breaks: text', () => {
    const text = [1, 2, 3].flatMap((n) => [String(n), ['Formål', 'Politiråd', 'Evaluering'][n - 1] ?? '', ...body(n)]).join('\n');
    const cleaned = cleanText(text);
    expect(cleaned.furniture).toEqual([]);
    expect(cleaned.blocks.flatMap((b) => b.lines).filter((l) => /^\d$/.test(l))).toEqual(['1', '2', '3']);
  });

  it('a page number with the next page\'s running title right after it, no page breaks: still a page number', () => {
    const text = [1, 2, 3, 4].flatMap((n) => ['Samarbeidsavtale', ...body(n), '', String(n)]).join('\n');
    expect(cleanText(text).furniture).toEqual(expect.arrayContaining([1, 2, 3, 4].map((n) => ({ line: String(n), count: 1 }))));
  });

  it('a value after a line ending in a colon, at the text\'s end: text', () => {
    const cleaned = cleanText([...body(1), 'Antall møter:', '2', ''].join('\n'));
    expect(cleaned.furniture).toEqual([]);
    expect(cleaned.blocks.at(-1)?.lines.slice(-2)).toEqual(['Antall møter:', '2']);
  });

  it('a value after a line ending in a colon, between page numbers: text; the page numbers go', () => {
    const pages = [1, 2, 3].flatMap((n) => [...body(n), ...(n === 2 ? ['Antall møter:', '4'] : []), '', String(n), '\f']);
    const cleaned = cleanText(pages.join('\n'));
    expect(cleaned.furniture).toEqual([1, 2, 3].map((n) => ({ line: String(n), count: 1 })));
    expect(cleaned.blocks.flatMap((b) => b.lines)).toContain('4');
  });
});

describe('the dropped lines in the review', () => {
  it('lists every distinct line: a run numbered in sequence as a range, any other line by itself', () => {
    const one = (line: string) => ({ line, count: 1 });
    expect(describeDropped([{ line: 'POLITIET', count: 4 }, one('1'), one('2'), one('112'), one('3'), one('4'), one('5')])).toBe(
      '"POLITIET" ×4, "1", "2", "112", "3" to "5" (3 lines, one each, numbered in sequence)',
    );
    expect(describeDropped([one('Side 1 av 3'), one('Side 2 av 3'), one('Side 3 av 3')])).toBe('"Side 1 av 3" to "Side 3 av 3" (3 lines, one each, numbered in sequence)');
    expect(describeDropped([one('3'), one('7'), one('8')])).toBe('"3", "7", "8"');
  });
});
