/**
 * Soft hyphens (U+00AD), as a word processor's text export has them: one at a line's end breaks a word where the
 * document allowed it, and the word is joined without it; one inside a line is invisible, and is removed. The review
 * says so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { importAgreement } from '../../src/lib/import/index.ts';
import { omittedLines } from '../../src/lib/publish/source-omissions.ts';
import { registerFiles } from './helpers.ts';
import { FIXTURE_REGISTER } from '../fixture-register.ts';

const register = checkRegister(registerFiles());
const SHY = '\u00AD';
const MOSS = readFileSync(`${FIXTURE_REGISTER}/sources/moss-2020.txt`, 'utf8');

/** The text wrapped at `width`, a long word that does not fit broken with a soft hyphen (four letters or more either side). */
function wrapWithSoftHyphens(text: string, width: number): { text: string; broken: string[] } {
  const broken: string[] = [];
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    if (raw.length <= width || raw.includes('\t')) {
      out.push(raw);
      continue;
    }
    let line = '';
    for (const word of raw.split(' ')) {
      const sep = line === '' ? '' : ' ';
      if ((line + sep + word).length <= width) {
        line += sep + word;
        continue;
      }
      const room = width - line.length - sep.length - 1;
      if (/^\p{Ll}{8,}$/u.test(word) && room >= 4 && word.length - room >= 4) {
        out.push(`${line}${sep}${word.slice(0, room)}${SHY}`);
        broken.push(word);
        line = word.slice(room);
      } else {
        out.push(line);
        line = word;
      }
    }
    if (line !== '') out.push(line);
  }
  return { text: out.join('\n'), broken };
}

describe('soft hyphens', () => {
  it('at a line\'s end join the word without a space or a hyphen; inside a line they are removed; the review says so', async () => {
    const { text, broken } = wrapWithSoftHyphens(MOSS, 60);
    expect(broken.length).toBeGreaterThan(3);
    // And one inside a line, where it shows nothing.
    const inside = text.replace('Trygghetsvandring', `Trygghets${SHY}vandring`);
    expect(inside).not.toBe(text);
    const [draft] = (await importAgreement('moss.txt', new TextEncoder().encode(inside), register)).drafts;
    const body = draft?.body ?? '';
    expect(body).not.toContain(SHY);
    for (const word of broken) expect(body, word).toMatch(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u'));
    expect(body).toContain('Trygghetsvandring med forebyggende perspektiv');
    const review = draft?.mdx.split('\n---\n')[0] ?? '';
    expect(review).toMatch(new RegExp(`# - line-end hyphens: removed ${broken.length} `));
    expect(review).toContain('# - removed 1 soft hyphen (U+00AD) inside lines, where they are invisible.');
    // The source text, kept as it came, is published whole: the page lists only the letterhead as left out.
    expect(omittedLines(inside, [body]).map((o) => o.text)).toEqual(['POLITIET', 'POLITIET', 'POLITIET', 'POLITIET']);
  });
});

describe('the soft-hyphen join', () => {
  it('is one rule, the text readers\' and the PDF reader\'s: the word whole, no space, no hyphen', async () => {
    const { endsWithSoftHyphen, joinAtSoftHyphen } = await import('../../src/lib/import/hyphenation.ts');
    expect(endsWithSoftHyphen(`koordin${SHY}`)).toBe(true);
    expect(endsWithSoftHyphen(`koordin${SHY}  `)).toBe(true);
    expect(endsWithSoftHyphen(`- ${SHY}`)).toBe(false);
    expect(joinAtSoftHyphen(`SLT-koordin${SHY} `, '  ator i kommunen')).toBe('SLT-koordinator i kommunen');
  });

  it('gives the same words from a text file and a PDF', async () => {
    const { reflowBlocks } = await import('../../src/lib/import/reflow.ts');
    const { pdfPagesToText } = await import('../../src/lib/import/pdf-text.ts');
    const empty = { words: new Set<string>(), names: new Set<string>() };
    const first = `Kommunen og politiet har en felles forståelse av at SLT-koordin${SHY}`;
    const second = 'ator i kommunen leder arbeidet med tiltakene.';
    const text = reflowBlocks([{ lines: [first, second], pageBreakBefore: false }], empty).blocks[0]?.lines;
    const at = (t: string, y: number, right: number) => ({ text: t, x: 72, y, right, size: 10 });
    const pdf = pdfPagesToText([{ number: 1, width: 595, height: 842, columns: false, lines: [at(first, 760, 523), at(second, 747, 300)] }]).text;
    expect(text).toEqual([`${first.slice(0, -1)}${second}`]);
    expect(pdf).toBe(`${first.slice(0, -1)}${second}`);
  });
});
