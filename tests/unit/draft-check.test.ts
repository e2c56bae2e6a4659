/** A reader's draft held against the register: split by the importer's heading rules, shared and own text, closest clauses, bad input. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft, draftCheckHtml, draftInputProblem, draftPlainText, draftSections, MAX_DRAFT_CHARACTERS, type RegisterText } from '../../src/lib/compare/draft-check.ts';
import { markdownText } from '../../src/lib/markdown-text.ts';
import { draftCheck } from '../../src/strings.ts';
import { buildDraft } from '../../src/lib/draft/assemble.ts';
import { draftToMarkdown } from '../../src/lib/draft/markdown-writer.ts';
import { agreements } from './compare-helpers.ts';
import { draftLabels, draftTexts } from './draft-helpers.ts';

const register: RegisterText[] = agreements.map((a) => ({ slug: a.id, label: a.id, municipality: a.data.municipality, language: a.data.language, sections: a.sections }));

// The first paragraph of Oppegård's «Innledning /formål», verbatim, then a sentence of the draft's own; a paraphrase; a section of its own.
const DRAFT = readFileSync('tests/fixtures/drafts/nordre-follo.txt', 'utf8');

describe('splitting a draft', () => {
  it('finds numbered headings and the template’s sections, as the importer does', () => {
    const { sections, headings } = draftSections(DRAFT);
    expect(headings).toBe(true);
    expect(sections.map((s) => [s.heading, s.key])).toEqual([
      [undefined, undefined],
      ['1. Innledning / formål', 'formal'],
      ['2. Politiråd', 'politirad'],
      ['3. Sykkelpatrulje', undefined],
    ]);
  });

  it('says when a text has no headings, and keeps it as one part', () => {
    const { sections, headings } = draftSections('Politirådet skal møtes fire ganger i året. Ordføreren leder det.');
    expect(headings).toBe(false);
    expect(sections).toHaveLength(1);
  });
});

describe('a draft downloaded as Markdown', () => {
  it('reads back as the text that was written, every escape undone', () => {
    const text = 'Politi & kommune ~ 2 møter * år, [SLT] <kontakt> | 1. punkt_a `kode` #3 \\ slutt';
    expect(draftPlainText(markdownText(text))).toBe(text);
  });
});

describe('holding a draft against the register', () => {
  const check = checkDraft(draftSections(DRAFT), register);
  const section = (heading: string) => check.sections.find((s) => s.heading === heading)!;

  it('marks text that stands near-verbatim in an agreement as shared, the rest as the draft’s own', () => {
    const formal = section('1. Innledning / formål');
    expect(formal.aligned).toEqual({ key: 'formal', by: 'heading' });
    const segments = formal.blocks[0]!.segments;
    expect(segments.find((s) => !s.local)?.text).toContain('Videreutvikling av det forebyggende arbeidet');
    expect(segments.find((s) => s.local)?.text).toContain('Vi vil samarbeide tett med skolene');
    // By hand: the sentence from Oppegård is 16 words; the draft’s own sentence none.
    expect(formal.shared).toBe(16);
    expect(section('3. Sykkelpatrulje')).toMatchObject({ shared: 0, closest: [] });
    expect(section('3. Sykkelpatrulje').aligned).toBeUndefined();
  });

  it('names the closest clauses of the register, with what share of the section stands there', () => {
    const closest = section('1. Innledning / formål').closest;
    expect(closest.map((c) => c.slug)).toContain('oppegard-2018');
    expect(closest[0]!.shared).toBeGreaterThan(10);
    expect(closest.every((c) => c.key === 'formal' && c.id)).toBe(true);
    // Paraphrased: no shared run, but the same section of the template elsewhere.
    const paraphrased = section('2. Politiråd').closest;
    expect(paraphrased.length).toBeGreaterThan(0);
    expect(paraphrased.every((c) => c.key === 'politirad')).toBe(true);
  });

  it('writes HTML with shared and own text told apart in words, and links to the clauses', () => {
    const html = draftCheckHtml(check, draftCheck, (slug, id) => `/avtaler/${slug}/#${id}`);
    expect(html).toContain('<mark data-text="own">');
    expect(html).toMatch(/<span data-text="shared"><span class="visually-hidden">\[felles: <\/span>Videreutvikling/);
    expect(html).toMatch(/<span class="visually-hidden"> – slutt på felles tekst\]<\/span><\/span>/);
    expect(html).toContain('href="/avtaler/oppegard-2018/#formal"');
  });

  it('quotes each closest clause\'s heading in its document\'s language', () => {
    const html = draftCheckHtml(check, draftCheck, (slug, id) => `/avtaler/${slug}/#${id}`);
    const quoted = [...html.matchAll(/data-closest="([^"]+)">[^<]*<span lang="(nb|nn)">/g)].map((m) => [m[1], m[2]]);
    expect(quoted.length).toBe(check.sections.flatMap((s) => s.closest).length);
    const languages = new Map(register.map((r) => [r.slug, r.language]));
    for (const [slug, lang] of quoted) expect(lang, slug).toBe(languages.get(slug ?? ''));
    // A draft that copies a section of the register's nynorsk agreement: that clause, quoted in nynorsk.
    const nynorsk = register.find((r) => r.language === 'nn' && r.sections.some((s) => s.heading && s.blocks.length > 0));
    const copied = nynorsk?.sections.find((s) => s.heading && s.blocks.length > 0);
    if (!nynorsk || !copied) throw new Error('the fixture register has no nynorsk agreement with a titled section');
    const draft = draftSections(`1. Eige punkt\n\n${copied.blocks.map((b) => b.text).join('\n\n')}\n`);
    const own = draftCheckHtml(checkDraft(draft, register), draftCheck, (slug, id) => `/avtaler/${slug}/#${id}`);
    expect(own).toContain(`data-closest="${nynorsk.slug}">${nynorsk.slug}, «<span lang="nn">${copied.heading}</span>»`);
  });
});

describe('bad input', () => {
  it('refuses an empty draft and one that is too large, before any work', () => {
    expect(draftInputProblem('')).toEqual({ kind: 'empty' });
    expect(draftInputProblem(' \n\t– ')).toEqual({ kind: 'empty' });
    const huge = 'ord '.repeat(2 * 1024 * 1024 / 4);
    expect(draftInputProblem(huge)).toEqual({ kind: 'too-large', characters: huge.length });
    expect(huge.length).toBeGreaterThan(MAX_DRAFT_CHARACTERS);
    expect(draftInputProblem(DRAFT)).toBeUndefined();
  });

  it('takes a Word file’s heading styles as headings, whatever their titles', () => {
    const text = 'Samarbeidsavtale\n\nSykkelpatrulje\n\nKommunen og politiet prøver ut en sykkelpatrulje.\n\nNattravnene\n\nFrivillige går i sentrum hver fredag.\n';
    expect(draftSections(text).headings).toBe(false);
    expect(draftSections(text, ['Sykkelpatrulje', 'Nattravnene']).sections.map((s) => s.heading)).toEqual([undefined, 'Sykkelpatrulje', 'Nattravnene']);
  });
});

describe('a draft made with /utkast/, pasted as its Markdown', () => {
  it('finds the sections the builder wrote, and their sources as the closest clauses', () => {
    const draft = buildDraft({ formal: 'skien-2019', politikontakt: 'bodo-2018', politirad: 'oppegard-2018' }, draftTexts, { municipality: 'Nordre Follo' }, draftLabels);
    const markdown = draftToMarkdown(draft, 'Utkast.', (s) => `Kilde: ${s.source.municipality}.`, 'https://example.org');
    const split = draftSections(markdown);
    expect(split.sections.filter((s) => s.key).map((s) => [s.heading, s.key])).toEqual([
      ['1. Innledning / formål', 'formal'],
      ['2. Politikontakten', 'politikontakt'],
      ['3. Politiråd', 'politirad'],
    ]);
    const check = checkDraft(split, register);
    const closest = (key: string) => check.sections.find((s) => s.aligned?.key === key)?.closest[0]?.slug;
    expect([closest('formal'), closest('politikontakt'), closest('politirad')]).toEqual(['skien-2019', 'bodo-2018', 'oppegard-2018']);
  });
});
