/** The draft builder: choices from the address, names swapped, Markdown and a .docx that reads back. */
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { blockText, buildDraft, replaceNames } from '../../src/lib/draft/assemble.ts';
import { draftToDocx } from '../../src/lib/draft/docx-writer.ts';
import { draftToMarkdown } from '../../src/lib/draft/markdown-writer.ts';
import { draftQuery, parseDraftParams } from '../../src/lib/draft/params.ts';
import { readDocx } from '../docx-text.ts';
import { draftLabels, draftTexts, ost, sourceNote } from './draft-helpers.ts';

const texts = draftTexts;
const labels = draftLabels;
const note = sourceNote;
const three = { formal: 'skien-2019', politikontakt: 'bodo-2018', politirad: 'oppegard-2018' } as const;

describe('the address', () => {
  it('reads names and a choice per section, and names what it does not know', () => {
    expect(parseDraftParams(new URLSearchParams('kommune=Nordre Follo&distrikt=ost&politirad=oppegard-2018&slt=&politiraad=x&politiraad=y'))).toEqual({
      choices: { politirad: 'oppegard-2018' },
      names: { municipality: 'Nordre Follo', policeDistrict: 'ost' },
      unknownParams: ['politiraad'],
    });
  });

  it('writes the choice back in canonical order', () => {
    expect(draftQuery({ politirad: 'oppegard-2018', formal: 'skien-2019' }, { municipality: 'Ås', policeDistrict: '' })).toBe('kommune=%C3%85s&formal=skien-2019&politirad=oppegard-2018');
  });
});

describe('replaceNames', () => {
  const bodo = { municipality: 'Bodø', policeDistrict: { name: 'Nordland politidistrikt', shortName: 'Nordland' } };
  it('swaps whole names only, the district\'s full name before its short name', () => {
    const pieces = replaceNames('Politimester i Nordland. Bodø kommune og Nordland politidistrikt; Bodøsjøen.', bodo, { municipality: 'Moss', policeDistrict: ost });
    expect(pieces.map((p) => p.text).join('')).toBe('Politimester i Øst. Moss kommune og Øst politidistrikt; Bodøsjøen.');
    expect(pieces.filter((p) => p.replaced).map((p) => p.text)).toEqual(['Øst', 'Moss', 'Øst politidistrikt']);
  });

  it('does not touch a word that merely begins with the name ("Østfold")', () => {
    const oppegard = { municipality: 'Oppegård', policeDistrict: ost };
    const pieces = replaceNames('GDE leder Follo/Østfold, Øst politidistrikt', oppegard, { municipality: '', policeDistrict: { id: 'vest', name: 'Vest politidistrikt', shortName: 'Vest' } });
    expect(pieces.map((p) => p.text).join('')).toBe('GDE leder Follo/Østfold, Vest politidistrikt');
  });

  it('keeps the source\'s names when the reader gives none', () => {
    expect(replaceNames('Bodø kommune', bodo, { municipality: '' })).toEqual([{ text: 'Bodø kommune', replaced: false }]);
  });
});

describe('buildDraft from three agreements', () => {
  const draft = buildDraft(three, texts, { municipality: 'Nordre Follo', policeDistrict: ost }, labels);

  it('takes each chosen section verbatim, numbered in canonical order, with its source', () => {
    expect(draft.title).toBe('Samarbeidsavtale mellom Nordre Follo kommune og Øst politidistrikt');
    expect(draft.problems).toEqual([]);
    expect(draft.sections.map((s) => [s.number, s.key, s.source.slug, s.source.url])).toEqual([
      [1, 'formal', 'skien-2019', '/avtaler/skien-2019/#formal'],
      [2, 'politikontakt', 'bodo-2018', '/avtaler/bodo-2018/#politikontakt'],
      [3, 'politirad', 'oppegard-2018', '/avtaler/oppegard-2018/#politirad'],
    ]);
    expect(draft.sections[1]!.source).toMatchObject({ municipality: 'Bodø', heading: 'Politikontakten', title: 'Samarbeidsavtale Bodø kommune og Nordland politidistrikt' });
    const bodoBlocks = texts.get('bodo-2018')!.sections.find((s) => s.key === 'politikontakt')!.blocks;
    expect(draft.sections[1]!.blocks.map(blockText)).toEqual(bodoBlocks.map((b) => b.text));
  });

  it('swaps the source\'s municipality for the reader\'s', () => {
    const politirad = draft.sections[2]!.blocks.map(blockText).join('\n');
    expect(politirad).toContain('Politistasjonssjef Follo politistasjon');
    expect(politirad).not.toContain('Oppegård');
    const formal = draft.sections[0]!.blocks.map(blockText).join('\n');
    expect(formal).not.toContain('Skien');
  });

  it('names the personal contact data a section takes from its source (an officer\'s e-mail address and phone number), found in the source\'s words', () => {
    const service = buildDraft({ tjenestetilbud: 'bodo-2018', politirad: 'oppegard-2018' }, texts, { municipality: 'Nordre Follo', policeDistrict: ost }, labels);
    const [tjenestetilbud, politirad] = service.sections;
    expect(tjenestetilbud!.contactData).toEqual(expect.arrayContaining(['thomas.thorshaug@politiet.no', '412 22260']));
    // The swapped names are no person ("Nordre Follo" would read as one); the text itself is unchanged.
    expect(tjenestetilbud!.blocks.map(blockText).join('\n')).toContain('Politikontakt i Nordre Follo er Pob. Thomas Thorshaug');
    expect(politirad!.contactData).toEqual([]);
    expect(draft.sections.map((s) => s.contactData)).toEqual([[], [], []]);
  });

  it('says which choices it could not use', () => {
    const bad = buildDraft({ tjenestetilbud: 'moss-2020', slt: 'nowhere-2020' }, texts, { municipality: '' }, labels);
    expect(bad.sections).toEqual([]);
    expect(bad.problems).toEqual([
      { key: 'tjenestetilbud', slug: 'moss-2020', reason: 'missing-section' },
      { key: 'slt', slug: 'nowhere-2020', reason: 'unknown-agreement' },
    ]);
    expect(bad.title).toBe('Samarbeidsavtale mellom [kommune] kommune og [politidistrikt]');
  });

  it('writes Markdown: headings, source notes with links, lists with the document\'s numbers', () => {
    const md = draftToMarkdown(draft, 'Utkast.', note, 'https://example.org');
    expect(md).toContain('# Samarbeidsavtale mellom Nordre Follo kommune og Øst politidistrikt\n');
    expect(md).toContain('## 2. Politikontakten\n\n*Kilde: Bodø – «Samarbeidsavtale Bodø kommune og Nordland politidistrikt».* <https://example.org/avtaler/bodo-2018/#politikontakt>\n');
    expect(md).toContain('\n- Være pådriver for at politiråd og SLT-samarbeid fungerer i aktuelle kommuner\n');
    expect(md).toContain('\n  - Ordfører og leder av politirådet\n');
    const luster = draftToMarkdown(buildDraft({ fokusomrader: 'luster-2019' }, texts, { municipality: '' }, labels), '', note, '');
    expect(luster).toContain('\n6. Politirådet skal leggja til rette for at kommunen og politiet samordnar sin innsats innan samfunnssikkerheit og beredskap.\n8. Politirådet');
  });

  it('writes a .docx whose document holds the chosen clauses and their sources', async () => {
    const buffer = await docx.Packer.toBuffer(draftToDocx(draft, docx, 'Utkast.', note, 'https://example.org'));
    const { zip, xml, text } = await readDocx(buffer);
    expect(text).toContain('Samarbeidsavtale mellom Nordre Follo kommune og Øst politidistrikt');
    expect(text).toContain('I forebyggende perspektiv bidra til tverrfaglig samarbeid med ulike kommunale fora.');
    expect(text).toContain('Kommunen og politiet forplikter seg til å følge opp de beslutninger politirådet fatter.');
    expect(text).toContain('Kilde: Skien – «Avtale om tjenestetilbud mellom Skien kommune og Sør-Øst politidistrikt».');
    expect(text).toContain('1. Innledning / formål');
    // Each source note links to the clause: the address in the relationships, the heading id as the anchor.
    expect(text).toContain('https://example.org/avtaler/oppegard-2018/#politirad');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).toContain('Target="https://example.org/avtaler/oppegard-2018/"');
    expect(xml).toContain('w:anchor="politirad"');
  });

  it('gives the .docx a default language and every run its own: the site\'s text bokmål, a nynorsk agreement\'s text and quoted title nynorsk', async () => {
    const mixed = buildDraft({ formal: 'skien-2019', fokusomrader: 'luster-2019' }, texts, { municipality: 'Nordre Follo', policeDistrict: ost }, labels);
    const luster = mixed.sections[1]!;
    expect(luster.language).toBe('nn');
    const { zip, xml } = await readDocx(await docx.Packer.toBuffer(draftToDocx(mixed, docx, 'Utkast.', note, 'https://example.org')));
    // Word's default for the whole document (what a new paragraph typed into it gets): bokmål.
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(/<w:rPrDefault>\s*<w:rPr>((?:(?!<\/w:rPr>)[\s\S])*)<\/w:rPr>/.exec(styles)?.[1]).toContain('<w:lang w:val="nb-NO"/>');
    const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => ({
      lang: /<w:lang w:val="([^"]+)"\/>/.exec(m[1]!)?.[1],
      text: decode([...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
    }));
    expect(runs.length).toBeGreaterThan(10);
    expect(runs.filter((r) => r.lang === undefined)).toEqual([]);
    const languages = (text: string) => runs.filter((r) => r.text === text).map((r) => r.lang);
    // The site's own text: the title, the note, the section headings (the template's titles), the source note around its quote.
    expect(languages(mixed.title)).toEqual(['nb-NO']);
    expect(languages('Utkast.')).toEqual(['nb-NO']);
    expect(languages('2. Spesielle fokusområder')).toEqual(['nb-NO']);
    expect(languages('Kilde: Luster – «')).toEqual(['nb-NO']);
    // Quoted from the documents: each title in its document's language.
    expect(languages(luster.source.title)).toEqual(['nn-NO']);
    expect(languages(mixed.sections[0]!.source.title)).toEqual(['nb-NO']);
    // Every block of the nynorsk agreement, run for run.
    const lusterText = new Set(luster.blocks.flatMap((b) => b.pieces.flatMap((p) => p.text.split(/\n|\t/))).filter((t) => t !== ''));
    const lusterRuns = runs.filter((r) => lusterText.has(r.text));
    expect(lusterRuns.length).toBeGreaterThanOrEqual(luster.blocks.length);
    expect(new Set(lusterRuns.map((r) => r.lang))).toEqual(new Set(['nn-NO']));
  });
});
