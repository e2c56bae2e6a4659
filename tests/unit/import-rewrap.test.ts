/**
 * The importer on text as municipalities publish it: every seed re-wrapped
 * at several widths with line-end hyphenation, a running header and a
 * "Side N av M" footer on every page and CRLF line endings (`rewrap.ts`),
 * in the layouts of `pdftotext` and of text copied out of a PDF viewer.
 * At least 98 % of the seed's sentences survive verbatim into the drafts,
 * no hyphen of the document is lost, no hyphen of the layout is left, and
 * the review says what was changed.
 *
 * The register's words (for line-end hyphens) come from the other
 * agreements only: the seed's own published text is not there to help.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentLineNumbers, documentLines, normalise, withoutListMarker } from '../e2e/seed-lines.ts';
import { furnitureLineNumbers } from '../../src/lib/import/clean.ts';
import { omittedLines } from '../../src/lib/publish/source-omissions.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { registerVocabulary } from '../../src/lib/import/hyphenation.ts';
import { importAgreement } from '../../src/lib/import/index.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { registerFiles } from './helpers.ts';
import { rewrap, type RewrapOptions } from './rewrap.ts';
import { FIXTURE_REGISTER } from '../fixture-register.ts';

const SEEDS: Record<string, { slugs: string[]; language: 'nb' | 'nn' }> = {
  'oppegard-2018.txt': { slugs: ['oppegard-2018-saksframlegg', 'oppegard-2018', 'oppegard-2009-retningslinjer'], language: 'nb' },
  'bodo-2018.txt': { slugs: ['bodo-2018'], language: 'nb' },
  'skien-2019.txt': { slugs: ['skien-2019'], language: 'nb' },
  'moss-2020.txt': { slugs: ['moss-2020'], language: 'nb' },
  'luster-2019.txt': { slugs: ['luster-2019'], language: 'nn' },
};
const LAYOUTS: Array<Pick<RewrapOptions, 'width' | 'layout'>> = [
  { width: 50, layout: 'pdftotext' },
  { width: 72, layout: 'viewer' },
  { width: 72, layout: 'pdftotext' },
  { width: 95, layout: 'viewer' },
];
const HEADER = 'Samarbeid mellom kommunen og politiet';

const files = registerFiles();
const base = checkRegister(files);

/** The text a reader sees in a draft's body: markup out, white space single. */
function plainText(mdx: string): string {
  return normalise(
    mdx
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/\{\/\*.*?\*\/\}/g, '')
      .replace(/<br \/>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/^#{2,3} /gm, '')
      .replace(/^\s*(?:-|\d+\.)\s+/gm, '')
      .replace(/\\([\\{}.\-#+*])/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

/** The words of a text (letters and digits), lower-case, with their counts. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0].toLocaleLowerCase('nb');
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** A line wrapped at `width` characters, as a viewer's copy of a narrower page is. */
function wrapAt(line: string, width: number): string[] {
  return line.split(' ').reduce<string[]>((out, word) => {
    const last = out.at(-1);
    if (last !== undefined && [...`${last} ${word}`].length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
    return out;
  }, []);
}

/**
 * A line wrapped as GNU `fold -s -w width` wraps it: by UTF-8 bytes (so a line with æ, ø, å holds fewer characters), at
 * the last space, which it keeps within the width (its trailing spaces left out here, as the importer drops them).
 * The same lines as `fold -s -w 65` gives of the seeds.
 */
function foldS(line: string, width: number): string[] {
  return line.split(' ').reduce<string[]>((out, word, i, words) => {
    const last = out.at(-1);
    const space = i < words.length - 1 ? 1 : 0;
    if (last !== undefined && Buffer.byteLength(`${last} ${word}`) + space <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
    return out;
  }, []);
}

/** Hyphenated words and "X- og" forms of a text, with their counts. */
function hyphens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+|[\p{L}\p{N}]+- (?:og|eller)\b/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

describe.each(Object.entries(SEEDS))('seed %s, re-wrapped', (seedFile, { slugs, language }) => {
  const seed = readFileSync(`${FIXTURE_REGISTER}/sources/${seedFile}`, 'utf8');
  const own = new Set(slugs.map((s) => `${s}.mdx`));
  const register = { ...base, vocabulary: registerVocabulary(files.agreements.filter((a) => !own.has(a.path.replace(/^.*\//, ''))).map((a) => a.text)) };
  const wanted = documentLines(seed).map(withoutListMarker).flatMap((line) => sentences(line)).map(normalise).filter((s) => s !== '');
  const seedHyphens = hyphens(documentLines(seed).join('\n'));

  it.each(LAYOUTS)('at $width characters, as $layout writes it: ≥ 98 % of the sentences verbatim, every hyphen of the document kept, none of the layout left', async ({ width, layout }) => {
    const text = rewrap(seed, { width, layout, pageLines: 45, header: HEADER, language });
    expect(text).toContain('\r\n');
    const { drafts } = await importAgreement(`rewrapped-${width}.txt`, new TextEncoder().encode(text), register);
    expect(drafts.map((d) => d.slug)).toEqual(slugs);
    const body = drafts.map((d) => plainText(d.mdx)).join(' ');
    const lost = wanted.filter((s) => !body.includes(s));
    expect(lost.length / wanted.length, `lost:\n${lost.join('\n')}`).toBeLessThanOrEqual(0.02);

    const draftHyphens = hyphens(body);
    const missing = [...seedHyphens].filter(([h, n]) => (draftHyphens.get(h) ?? 0) < n).map(([h]) => h);
    expect(missing, 'hyphens of the document lost').toEqual([]);
    const added = [...draftHyphens].filter(([h]) => !seedHyphens.has(h)).map(([h]) => h);
    expect(added, 'hyphens of the layout left in').toEqual([]);

    expect(body).not.toContain(HEADER);
    expect(body).not.toMatch(/Side \d+ av \d+/);
    const review = drafts[0]?.mdx.split('\n---\n')[0] ?? '';
    expect(review).toMatch(/# Changed by the importer/);
    expect(review).toMatch(/# - joined \d+ line breaks of the layout into paragraphs \(the text was wrapped at \d+ characters\)\./);
    expect(review).toMatch(/# - line-end hyphens: removed \d+/);
    expect(drafts.map((d) => d.mdx.split('\n---\n')[0]).join('\n')).toContain(`"${HEADER}" ×`);
    if (drafts.length === 1) {
      // Each page's number is listed: a run numbered in sequence as a range that names its first and last line.
      expect(review).toMatch(/"Side 1 av (\d+)" to "Side \1 av \1" \(\1 lines, one each, numbered in sequence\)/);
    } else {
      // A file of several documents: each draft lists the page numbers dropped from its own lines, every page's once.
      const pages = drafts.flatMap((d) => d.changes.furniture.filter((f) => /^Side \d+ av \d+$/.test(f.line)));
      const total = Number(/av (\d+)/.exec(pages[0]?.line ?? '')?.[1]);
      expect(pages.map((f) => `${f.line} ${f.count}`).sort()).toEqual(Array.from({ length: total }, (_, k) => `Side ${k + 1} av ${total} 1`).sort());
    }

    // Kept as the source text (as `npm run import` writes it), it is published whole: what the drafts leave out
    // of it is page furniture (the content invariant of register-invariants.test.ts, on this text).
    const kept = new Set(documentLineNumbers(text.replace(/\r\n/g, '\n')));
    const furniture = furnitureLineNumbers(text);
    const left = omittedLines(text.replace(/\r\n/g, '\n'), drafts.map((d) => d.body)).filter((o) => kept.has(o.line) && !furniture.has(o.line));
    expect(left).toEqual([]);
  });
});

// Text copied out of a PDF viewer may have no blank line at all: the numbered sections are still found
// (a numbered line with a title of the template or of the table of contents is a heading of its own).
describe.each([
  ['skien-2019.txt', 'Skien'],
  ['luster-2019.txt', 'Luster'],
  ['moss-2020.txt', 'Moss'],
  ['bodo-2018.txt', 'Bodø'],
])('seed %s with every blank line taken out', (seedFile, municipality) => {
  it('has the same sections as the seed itself, and all its text', async () => {
    const seed = readFileSync(`${FIXTURE_REGISTER}/sources/${seedFile}`, 'utf8');
    const dense = seed.split('\n').filter((line) => line.trim() !== '').join('\n');
    expect(dense).not.toMatch(/\n\s*\n/);
    // The title lines run into the text without a blank line, so the municipality is given, as the review would ask.
    const read = (text: string) => importAgreement(seedFile, new TextEncoder().encode(text), base, { municipality });
    const sections = async (text: string) => (await read(text)).drafts.flatMap((d) => d.structure.sections.map((s) => [s.heading, s.key ?? null]));
    const want = await sections(seed);
    expect(want.length).toBeGreaterThan(3);
    expect(await sections(dense)).toEqual(want);
    // One document, and no word of more than one (a second title inside, Luster's "Samarbeidsavtale mellom Luster
    // kommune og politi" over the joint council's agreement, is text).
    for (const text of [seed, dense]) expect((await read(text)).notices.join('\n')).not.toMatch(/may hold more than one document/);
    const text = plainText((await read(dense)).drafts.map((d) => d.mdx).join('\n'));
    const lost = documentLines(seed).map(withoutListMarker).flatMap((line) => sentences(line)).map(normalise).filter((s) => s !== '' && !text.includes(s));
    expect(lost).toEqual([]);
  });
});

// Luster's agreement hard-wrapped (by characters) with no blank line: one document. Its "Samarbeidsavtale mellom Luster
// kommune og politi" over the joint council's agreement comes right after a sentence and is followed by running text
// (the wrapped lines joined, with "Avtalen gjeld fram til 01.01.2020", a validity date, in it): it is text, not a
// second document's title with a signing date. The title over several lines, in bold, stays one block: the title.
// (Its sections and words: the seeds hard-wrapped, below.)
describe.each([60, 70])('seed luster-2019.txt wrapped at %i characters with every blank line taken out', (width) => {
  const seed = readFileSync(`${FIXTURE_REGISTER}/sources/luster-2019.txt`, 'utf8');
  const wrap = (line: string) => line.split(' ').reduce<string[]>((out, word) => {
    const last = out.at(-1);
    if (last !== undefined && [...`${last} ${word}`].length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
    return out;
  }, []);
  const wrapped = seed.split('\n').flatMap(wrap).filter((line) => line.trim() !== '').join('\n');
  const read = (text: string) => importAgreement('luster-2019.txt', new TextEncoder().encode(text), base, { municipality: 'Luster' });

  it('gives one draft, with the title and signing date of the seed, and no section that the seed does not have', async () => {
    expect(wrapped).not.toMatch(/\n\s*\n/);
    expect(wrapped).toMatch(/\nSamarbeidsavtale mellom Luster kommune og politi\n/);
    const want = await read(seed);
    const got = await read(wrapped);
    expect(got.drafts.map((d) => d.slug)).toEqual(['luster-2019']);
    expect(got.drafts[0]?.frontmatter.title).toBe(want.drafts[0]?.frontmatter.title);
    expect(got.drafts[0]?.frontmatter.signed).toEqual(want.drafts[0]?.frontmatter.signed);
    const bold = want.drafts[0]?.body.match(/^\*\*Samarbeidsavtale[^*]*\*\*$/m)?.[0];
    expect(bold).toMatch(/og Vest politidistrikt\*\*$/);
    expect(got.drafts[0]?.body.split('\n\n')).toContain(bold);
    expect(got.notices.join('\n')).not.toMatch(/more than one document|holds \d documents/);
  });
});

// Each seed of one document hard-wrapped (by characters) with no blank line, as a viewer's copy of a narrower page is:
// the sections the seed has and every word. A heading is a line of its own even where it is as long as a full line, or
// comes after a paragraph's full last line: Luster's and Skien's "N. SLT (samordning av lokale …)" (a title of the
// table of contents, or of the template as a whole), Bodø's unnumbered "Politikontakten" after a sentence's end, and its
// "Spesielle fokusområder fra Bodø Kommune" (a template title first, a line the writer broke) after one.
describe.each([
  ['skien-2019.txt', 'Skien'],
  ['luster-2019.txt', 'Luster'],
  ['moss-2020.txt', 'Moss'],
  ['bodo-2018.txt', 'Bodø'],
])('seed %s hard-wrapped with every blank line taken out', (seedFile, municipality) => {
  const seed = readFileSync(`${FIXTURE_REGISTER}/sources/${seedFile}`, 'utf8');
  const read = (text: string) => importAgreement(seedFile, new TextEncoder().encode(text), base, { municipality });
  const sections = (r: Awaited<ReturnType<typeof read>>) => r.drafts.flatMap((d) => d.structure.sections.map((s) => [s.heading, s.key ?? null]));

  it.each([
    ['at 60 characters', (l: string) => wrapAt(l, 60)],
    ['at 65 characters', (l: string) => wrapAt(l, 65)],
    ['at 70 characters', (l: string) => wrapAt(l, 70)],
    ['by fold -s -w 60', (l: string) => foldS(l, 60)],
    ['by fold -s -w 65', (l: string) => foldS(l, 65)],
  ])('%s: the sections of the seed, and every word', async (_, wrap) => {
    const wrapped = seed.split('\n').flatMap(wrap).filter((line) => line.trim() !== '').join('\n');
    expect(wrapped).not.toMatch(/\n\s*\n/);
    const got = await read(wrapped);
    expect(got.drafts).toHaveLength(1);
    expect(sections(got)).toEqual(sections(await read(seed)));
    const words = (text: string) => wordCounts(text.replace(/\\([\\{}.\-#+*])/g, '$1'));
    const drafted = words(got.drafts.map((d) => d.body).join('\n'));
    const missing = [...words(documentLines(seed).join('\n'))].filter(([w, n]) => (drafted.get(w) ?? 0) < n);
    expect(missing).toEqual([]);
  });
});

// A file of several documents with no blank line (Oppegård's: the case presentation, the agreement and the 2009
// guidelines, as a PDF viewer's copy gives them) is still one draft per document: their titles are looked for line by
// line, and the letterhead "POLITIET" marks where the agreement's first page began.
describe('seed oppegard-2018.txt with every blank line taken out', () => {
  const seed = readFileSync(`${FIXTURE_REGISTER}/sources/oppegard-2018.txt`, 'utf8');
  const dense = seed.split('\n').filter((line) => line.trim() !== '').join('\n');
  const read = (text: string) => importAgreement('oppegard-2018.txt', new TextEncoder().encode(text), base);

  it('gives the three drafts the seed gives, with their titles, sections and all their text', async () => {
    expect(dense).not.toMatch(/\n\s*\n/);
    const want = await read(seed);
    const got = await read(dense);
    expect(got.drafts.map((d) => d.slug)).toEqual(['oppegard-2018-saksframlegg', 'oppegard-2018', 'oppegard-2009-retningslinjer']);
    expect(got.drafts.map((d) => d.frontmatter.title)).toEqual(want.drafts.map((d) => d.frontmatter.title));
    expect(got.notices.join('\n')).toMatch(/holds 3 documents/);
    // Each document's sections as with blank lines, the case presentation's too, whose headings end in a colon
    // ("Vedlegg:", "Rådmannens innstilling:").
    const sections = (r: typeof want) => r.drafts.map((d) => d.structure.sections.map((s) => [s.heading, s.key ?? null]));
    expect(sections(want)[0]?.map(([h]) => h)).toEqual(['Vedlegg:', 'Rådmannens innstilling:', 'Saksutredning:', 'Konsekvenser og vurderinger:', 'Anbefaling']);
    expect(sections(got)).toEqual(sections(want));
    // The agreement's first page, from the letterhead on: its logo's words open the agreement, not the case presentation.
    expect(got.drafts[1]?.body).toMatch(/^ØST POLITIDISTRIKT/);
    expect(got.drafts[0]?.body).not.toContain('ØST POLITIDISTRIKT');
    const text = plainText(got.drafts.map((d) => d.mdx).join('\n'));
    const lost = documentLines(seed).map(withoutListMarker).flatMap((line) => sentences(line)).map(normalise).filter((s) => s !== '' && !text.includes(s));
    expect(lost).toEqual([]);
  });

  // Each line wrapped as a viewer's copy of a narrower page would be. A line break inside a paragraph goes where the
  // next word would not have fitted after the line the file has there, not after the paragraph joined so far: a
  // paragraph's short last line ends it, so the signatures, the letterhead's page and each document's title stay lines
  // of their own, and the documents are found as with no blank lines unwrapped; the case presentation's "Vedlegg:" stands
  // alone after its full title line, "Rådmannens innstilling:" after a list item's last line. At 45 the guidelines'
  // "2. Politirådets organer og oppgaver" (35 characters, the next word 11) stands alone too: a numbered title after
  // "1. Bakgrunn" (the guidelines had no sections at 45 before).
  it.each([
    ...[45, 50, 60, 65, 70, 80].map((width) => [`at ${width} characters`, (l: string) => wrapAt(l, width)] as const),
    ['by fold -s -w 65', (l: string) => foldS(l, 65)] as const,
  ])('hard-wrapped %s too: the three drafts, their sections, and every word', async (_, wrap) => {
    const wrapped = dense.split('\n').flatMap(wrap).join('\n');
    expect(wrapped).not.toMatch(/\n\s*\n/);
    const want = await read(seed);
    const got = await read(wrapped);
    expect(got.drafts.map((d) => d.slug)).toEqual(['oppegard-2018-saksframlegg', 'oppegard-2018', 'oppegard-2009-retningslinjer']);
    expect(got.notices.join('\n')).not.toMatch(/may hold more than one document/);
    const sections = (r: typeof want) => r.drafts.map((d) => d.structure.sections.map((s) => [s.heading, s.key ?? null]));
    expect(sections(got)).toEqual(sections(want));
    const words = (text: string) => wordCounts(text.replace(/\\([\\{}.\-#+*])/g, '$1'));
    const drafted = words(got.drafts.map((d) => d.body).join('\n'));
    // The words of the document's lines, list markers aside (the "o" of a nested item is its bullet).
    const missing = [...words(documentLines(seed).map(withoutListMarker).join('\n'))].filter(([w, n]) => (drafted.get(w) ?? 0) < n);
    expect(missing).toEqual([]);
  });
});

// Where a document starts is looked for line by line only in a block of DENSE_BLOCK lines or more (a shorter one is more
// likely a signature block or a list): a short file of two documents, hard-wrapped with no blank line, is one draft, and
// the review and a notice say that the file may hold more than one document, naming the title.
describe('a short hard-wrapped file of two documents with no blank line', () => {
  it('is one draft, with a notice and a review point naming the second title', async () => {
    const paragraph = 'Politiet og kommunen skal samarbeide om det forebyggende arbeidet i kommunen, og politirådet skal møtes fire ganger i året for å følge opp tiltakene. Partene evaluerer avtalen hvert år.';
    const lines = ['Samarbeidsavtale', 'mellom Moss kommune og Øst politidistrikt', paragraph, paragraph, paragraph, 'Ordfører', 'Politimester', 'Samarbeidsavtale', 'mellom Moss kommune og Øst politidistrikt', 'Avtalen er inngått og signert 01.02.2020', paragraph];
    const wrap = (line: string) => line.split(' ').reduce<string[]>((out, word) => {
      const last = out.at(-1);
      if (last !== undefined && last.length + 1 + word.length <= 60) out[out.length - 1] = `${last} ${word}`;
      else out.push(word);
      return out;
    }, []);
    const got = await importAgreement('moss.txt', new TextEncoder().encode(lines.flatMap(wrap).join('\n')), base, { municipality: 'Moss' });
    const warning = /the file may hold more than one document: "Samarbeidsavtale"/;
    expect(got.drafts).toHaveLength(1);
    expect(got.notices.some((n) => warning.test(n))).toBe(true);
    expect(got.drafts[0]?.review.check.find((c) => c.field === 'documents')?.note).toMatch(warning);
    expect(got.drafts[0]?.mdx.split('\n---\n')[0]).toMatch(/# .*documents: the file may hold more than one document/);
  });
});

// A case presentation's headings are lines of their own ending in a colon: its standard ones ("Saksopplysninger:",
// "Vurdering:") and any short one followed by a paragraph ("Økonomiske konsekvenser:"), with blank lines or without;
// a line that introduces what follows ("Partene er enige om følgende:", "Rådmannen foreslår følgende:") or a list ("Tiltak:") stays a
// paragraph.
describe('a case presentation with its headings ending in a colon', () => {
  const paragraph = (n: number) => `Kommunen og politiet har samarbeidet om forebygging i mange år, og ordningen er evaluert ${n} ganger.`;
  const lines = [
    'Saksframlegg',
    'Saksbehandler: Kari Nordmann',
    'Arkivsaksnr.: 20/1234-1',
    'Samarbeidsavtale mellom Moss kommune og Øst politidistrikt',
    'Saksopplysninger:',
    paragraph(1),
    paragraph(2),
    'Økonomiske konsekvenser:',
    paragraph(3),
    'Partene er enige om følgende:',
    paragraph(4),
    'Rådmannen foreslår følgende:',
    paragraph(8),
    'Tiltak:',
    '- Felles møter i politirådet',
    '- Felles handlingsplan',
    'Vurdering:',
    paragraph(5),
    paragraph(6),
    'Forholdet til overordnede planer:',
    paragraph(7),
  ];
  const read = async (text: string) => (await importAgreement('moss-saksframlegg.txt', new TextEncoder().encode(text), base, { municipality: 'Moss' })).drafts;

  it.each([
    ['with blank lines', lines.join('\n\n')],
    ['with no blank line', lines.join('\n')],
  ])('%s: the headings are sections, the lines that introduce what follows paragraphs', async (_, text) => {
    const drafts = await read(text);
    expect(drafts.map((d) => d.frontmatter.documentType)).toEqual(['saksframlegg']);
    expect(drafts[0]?.structure.sections.map((s) => s.heading)).toEqual(['Saksopplysninger:', 'Økonomiske konsekvenser:', 'Vurdering:', 'Forholdet til overordnede planer:']);
    const body = drafts[0]?.body ?? '';
    // A line of a paragraph, not a heading ("## …").
    for (const line of ['Partene er enige om følgende:', 'Rådmannen foreslår følgende:', 'Tiltak:']) expect(body).toMatch(new RegExp(`^${line}(?:<br />)?$`, 'm'));
  });
});

// A file of several documents: each draft's review says what was dropped from its own lines. Oppegård's table of
// contents and its letterhead "POLITIET" are the agreement's (the letterhead over its first page), not the case
// presentation's or the guidelines'.
describe.each([
  ['as published', (t: string) => t],
  ['with every blank line taken out', (t: string) => t.split('\n').filter((line) => line.trim() !== '').join('\n')],
])("seed oppegard-2018.txt %s: what each draft's review says was dropped", (_, edit) => {
  it('is what was dropped from its own lines', async () => {
    const seed = readFileSync(`${FIXTURE_REGISTER}/sources/oppegard-2018.txt`, 'utf8');
    const { drafts } = await importAgreement('oppegard-2018.txt', new TextEncoder().encode(edit(seed)), base);
    const review = (slug: string) => drafts.find((d) => d.slug === slug)?.mdx.split('\n---\n')[0] ?? '';
    expect(drafts.map((d) => d.slug)).toEqual(['oppegard-2018-saksframlegg', 'oppegard-2018', 'oppegard-2009-retningslinjer']);
    expect(review('oppegard-2018')).toMatch(/# - dropped the table of contents \(9 entries: "Innledning \/formål 2", .*, "Evaluerings 5"\)\./);
    expect(review('oppegard-2018')).toMatch(/# - dropped the letterhead "POLITIET" \(1×\)\./);
    for (const slug of ['oppegard-2018-saksframlegg', 'oppegard-2009-retningslinjer']) {
      expect(review(slug)).not.toMatch(/table of contents|letterhead/);
      expect(drafts.find((d) => d.slug === slug)?.changes).toMatchObject({ tocEntries: 0, letterheads: 0, furniture: [] });
    }
  });
});

// Oppegård's 2009 guidelines (the end of oppegard-2018.txt) with no blank line: numbered sections whose first title
// ("1. Bakgrunn") is none of the template's are found as a run with text between each two; a line ending in a colon
// ("Politirådet i Oppegård har følgende fora / samarbeidsorganer:", whose words are a section's title) stays a
// paragraph, and so does a second line with the title of a section already found.
describe("Oppegård's 2009 guidelines with every blank line taken out", () => {
  const seed = readFileSync(`${FIXTURE_REGISTER}/sources/oppegard-2018.txt`, 'utf8');
  const guidelines = seed.slice(seed.indexOf('RETNINGSLINJER FOR OPPEGÅRD POLITIRÅD'));
  const dense = (text: string) => text.split('\n').filter((line) => line.trim() !== '').join('\n');
  const COLON_LINE = 'Politirådet i Oppegård har følgende fora / samarbeidsorganer:';
  const read = (text: string) => importAgreement('oppegard-2009.txt', new TextEncoder().encode(text), base, { municipality: 'Oppegård' });
  const headings = async (text: string) => (await read(text)).drafts.flatMap((d) => d.structure.sections.map((s) => [s.heading, s.key ?? null]));

  it('has the numbered sections it has with blank lines, and all its text', async () => {
    expect(guidelines).toContain(COLON_LINE);
    const want = await headings(guidelines);
    expect(want.map(([h]) => h)).toEqual(['1. Bakgrunn', '2. Politirådets organer og oppgaver', '3. Formål', '4. Målsettinger', '5. Plan / årsberetning', '6. Møtestruktur']);
    expect(await headings(dense(guidelines))).toEqual(want);
    const text = plainText((await read(dense(guidelines))).drafts.map((d) => d.mdx).join('\n'));
    const lost = documentLines(guidelines).map(withoutListMarker).flatMap((line) => sentences(line)).map(normalise).filter((s) => s !== '' && !text.includes(s));
    expect(lost).toEqual([]);
  });

  it('never makes a line ending in a colon a heading, nor a second line of a section already found', async () => {
    // Unnumbered, and the colon line the first line with the council's title ("Politirådets organer og oppgaver" out).
    const unnumbered = dense(guidelines.replace(/^\d\. /gm, '').replace(/^Politirådets organer og oppgaver\n/m, ''));
    expect(unnumbered).toContain(`\n${COLON_LINE}\n`);
    expect((await headings(unnumbered)).map(([h]) => h)).toEqual(['Formål', 'Møtestruktur']);
    // "Formål" twice: the second is text.
    const twice = unnumbered.replace('Rådmannen er ansvarlig', 'Formål\nRådmannen er ansvarlig');
    expect((await headings(twice)).map(([h]) => h)).toEqual(['Formål', 'Møtestruktur']);
  });
});

// A numbered list in text with no blank lines is not a run of numbered sections: an item wrapped onto a line that
// starts in lower case continues, and items with no sentence between them are a list's.
describe('a numbered list in text with no blank lines', () => {
  const text = (items: string[]) =>
    [
      'Samarbeidsavtale',
      'mellom Moss kommune og Øst politidistrikt',
      'Kommunen og politiet skal samarbeide om forebygging av kriminalitet blant barn og unge i hele kommunen.',
      'Partene er enige om disse satsingsområdene for perioden som avtalen gjelder.',
      ...items,
      'Politirådet møtes fire ganger i året, og sekretariatet sender ut referat etter hvert møte til alle medlemmene.',
      'Avtalen er inngått og signert 01.02.2020 av ordfører og politimester i fellesskap for begge parter.',
    ].join('\n');
  const read = async (t: string) => (await importAgreement('moss.txt', new TextEncoder().encode(t), base, { municipality: 'Moss' })).drafts[0];

  it.each([
    ['wrapped items', ['1. Oppfølging av ungdom som står i fare', 'for å utvikle en kriminell løpebane', '2. Forebygging av vold i nære relasjoner', 'og oppfølging av familier', '3. Trygge skoler og barnehager', 'i alle deler av kommunen']],
    ['items with a short line between', ['1. Oppfølging av ungdom', 'Ansvar: SLT', '2. Forebygging av vold i nære relasjoner', 'Ansvar: politiet', '3. Trygge skoler og barnehager']],
  ])('%s stay text, every line kept', async (_, items) => {
    const t = text(items);
    expect(t).not.toMatch(/\n\s*\n/);
    const draft = await read(t);
    expect(draft?.structure.sections).toEqual([]);
    expect(draft?.body).not.toMatch(/^## /m);
    for (const item of items) expect(draft?.body).toContain(item.replace(/^(\d+)\./, '$1\\.'));
  });
});

// A numbered title stands alone in narrow text though its next word would not have fitted after it (Oppegård's
// "2. Politirådets organer og oppgaver" at 45): a list item's first line is no such title, though its next line goes
// on with a capital (a name: «Politiet», «SLT»).
describe('a numbered list item hard-wrapped before a capitalised word', () => {
  const text = (first: string[]) =>
    [
      'Samarbeidsavtale mellom Moss kommune og Øst',
      'politidistrikt',
      '',
      '1. Formål',
      '',
      'Avtalen skal styrke samarbeidet mellom',
      'kommunen og politiet om forebygging.',
      '',
      '2. Tiltak',
      '',
      'Partene er enige om følgende tiltak i',
      'perioden som avtalen gjelder for.',
      ...first,
      '2. Det skal etableres et samarbeid med',
      'Politiet og SLT-koordinatoren om tiltak',
      'som gjelder rus og kriminalitet blant',
      'ungdom i sentrum av byen.',
      '3. Ordføreren leder politirådet.',
      '',
      '3. Evaluering',
      '',
      'Avtalen evalueres årlig av partene.',
    ].join('\n');
  it.each([
    ['after a wrapped item', ['1. Kommunen skal arbeide for at barn og', 'unge i kommunen får hjelp tidlig.']],
    ['after a short item', ['1. Rus og psykisk helse.']],
    ['after a short item with no full stop', ['1. Rus og psykisk helse']],
  ])('is joined to its next line %s', async (_, first) => {
    const draft = (await importAgreement('moss.txt', new TextEncoder().encode(text(first)), base, { municipality: 'Moss' })).drafts[0];
    expect(draft?.body).toContain('\n2. Det skal etableres et samarbeid med Politiet og SLT-koordinatoren om tiltak som gjelder rus og kriminalitet blant ungdom i sentrum av byen.\n3. Ordføreren leder politirådet.\n');
  });
});

// Text with blank lines is read as it is: a numbered list or a long list of roles in it is not taken for headings
// (a review's inputs: the split above is tried only when the text as read has no section at all).
describe('seeds with a list that looks like headings', () => {
  const withBlock = (seed: string, after: string, block: string[]) => {
    const lines = seed.split('\n');
    const at = lines.findIndex((l, i) => i > lines.indexOf(after) && l.trim() === '');
    return [...lines.slice(0, at + 1), ...block, '', ...lines.slice(at + 1)].join('\n');
  };
  const sections = async (file: string, text: string) =>
    (await importAgreement(file, new TextEncoder().encode(text), base)).drafts.flatMap((d) => d.structure.sections.map((s) => [s.heading, s.key ?? null]));

  it.each([
    ['skien-2019.txt', '1. Innledning /formål', ['Politirådet skal hvert år gå gjennom disse temaene:', '1. Evaluering av fjorårets tiltak', '2. Ungdomskriminalitet og rus', '3. Vold i nære relasjoner']],
    ['bodo-2018.txt', 'Innledning', ['Politirådet har disse faste medlemmene:', 'Ordfører', 'Varaordfører', 'Rådmann', 'SLT koordinator', 'Kommunalsjef for helse og mestring', 'Kommunalsjef for oppvekst og utdanning', 'Politistasjonssjef', 'Politikontakt', 'Seksjonsleder nærpolitiseksjonen', 'Seksjonsleder etterforskningsseksjonen', 'Avsnittsleder forebyggende avsnitt', 'Leder for tjenesteenheten']],
  ] as const)('%s keeps its sections', async (file, after, block) => {
    const seed = readFileSync(`${FIXTURE_REGISTER}/sources/${file}`, 'utf8');
    const text = withBlock(seed, after, [...block]);
    expect(text).toContain(block[1]);
    expect(await sections(file, text)).toEqual(await sections(file, seed));
  });
});

describe('a hard-wrapped text with items lettered in lower case', () => {
  it('never joins a line that starts an item ("b) følge opp …") to the full line before it', async () => {
    const { reflowBlocks } = await import('../../src/lib/import/reflow.ts');
    const filler = 'Politiet og kommunen skal samarbeide om det forebyggende arbeidet i kommunen.';
    const items = ['a) koordinere det kriminalitetsforebyggende arbeidet mellom kommunen og andre', 'b) følge opp ungdom som står i fare for å utvikle en kriminell løpebane i dag', 'c. samarbeide om beredskap og samfunnssikkerhet'];
    // The items' lines as full as the text's: the next item's letter would not have fitted after them.
    expect(items[0]?.length).toBe(filler.length);
    expect(items[1]?.length).toBeGreaterThan(filler.length - 3);
    const blocks = [...Array.from({ length: 6 }, () => ({ lines: [filler, filler], pageBreakBefore: false })), { lines: items, pageBreakBefore: false }];
    const out = reflowBlocks(blocks, { words: new Set(), names: new Set() });
    expect(out.changes.width).toBeDefined();
    expect(out.blocks.at(-1)?.lines).toEqual(items);
  });
});
