/** The importer's steps one by one: headings to keys, furniture, lines, lists, tables, dates, facts, YAML. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SECTION_KEYS, SECTION_TITLES, SECTION_TITLE_VARIANTS, sectionKeyOfTitle } from '../../src/lib/content/sections.ts';
import { cleanText, furnitureLineNumbers } from '../../src/lib/import/clean.ts';
import { yamlScalar } from '../../src/lib/import/draft-file.ts';
import { meetingsPerYearIn } from '../../src/lib/import/council-facts.ts';
import { modalityOf } from '../../src/lib/import/modality.ts';
import { languageOf } from '../../src/lib/import/document-language.ts';
import { FOCUS_AREA_TERMS } from '../../src/lib/import/focus-terms.ts';
import { renderBody } from '../../src/lib/import/markdown.ts';
import { documentStructure } from '../../src/lib/import/structure.ts';
import { DENSE_BLOCK } from '../../src/lib/import/split.ts';
import { joinLines, listLine, sentences } from '../../src/lib/import/text.ts';
import { readDate } from '../../src/lib/import/written-dates.ts';
import { registerFiles } from './helpers.ts';

/** The MDX body the importer makes of a text. */
function body(text: string): string {
  const cleaned = cleanText(text);
  return renderBody(documentStructure(cleaned.blocks, { tocTitles: cleaned.tocTitles, casePresentation: false }));
}

describe('section titles to canonical keys', () => {
  it('maps the template\'s titles, bokmål and nynorsk, numbered or not', () => {
    for (const key of SECTION_KEYS) {
      expect(sectionKeyOfTitle(SECTION_TITLES[key].nb), SECTION_TITLES[key].nb).toBe(key);
      expect(sectionKeyOfTitle(SECTION_TITLES[key].nn), SECTION_TITLES[key].nn).toBe(key);
      expect(SECTION_TITLE_VARIANTS[key].length).toBeGreaterThan(0);
    }
    expect(sectionKeyOfTitle('3. Tenestetilbod')).toBe('tjenestetilbud');
    expect(sectionKeyOfTitle('1. Innleiing /formål')).toBe('formal');
    expect(sectionKeyOfTitle('7. Forventningar til samarbeid')).toBe('forventninger');
    expect(sectionKeyOfTitle('8. Spesielle fokusområde')).toBe('fokusomrader');
    expect(sectionKeyOfTitle('**5. SLT (samordning av lokale kriminalitetsførebyggjande tiltak)**')).toBe('slt');
  });

  it('maps the titles the seeds use for the template\'s sections', () => {
    expect(sectionKeyOfTitle('Tjenestetilbudet/Kontaktinfo politiet')).toBe('tjenestetilbud');
    expect(sectionKeyOfTitle('Forventninger og organisering til samarbeid')).toBe('forventninger');
    expect(sectionKeyOfTitle('Spesielle fokusområder fra Bodø Kommune')).toBe('fokusomrader');
    expect(sectionKeyOfTitle('2. Deltagelse:')).toBe('politirad');
    expect(sectionKeyOfTitle('3. Møtefrekvens/struktur')).toBe('organisering');
    expect(sectionKeyOfTitle('4. Lokale mål og oppfølging:')).toBe('fokusomrader');
    expect(sectionKeyOfTitle('2. Politirådets organer og oppgaver')).toBe('politirad');
  });

  it('leaves a heading outside the template without a key', () => {
    expect(sectionKeyOfTitle('2. Organiseringa til politiet i Sogn lensmannsdistrikt')).toBeUndefined();
    expect(sectionKeyOfTitle('5. Gyldighet:')).toBeUndefined();
    expect(sectionKeyOfTitle('1. Bakgrunn')).toBeUndefined();
    expect(sectionKeyOfTitle('Politikontaktordningen')).toBeUndefined();
  });
});

describe('cleaning text', () => {
  it('drops the letterhead, page numbers and the table of contents, and keeps its titles', () => {
    const text = ['POLITIET', '', 'Samarbeidsavtale', '', 'Innhald', '', '1. Innleiing /formål\t3', '2. Tenestetilbod.....\t3', '', '1. Innleiing /formål', '', 'Tekst.', '', 'Side 2 av 7', '', '- 3 -'].join('\n');
    const cleaned = cleanText(text);
    expect(cleaned.blocks.map((b) => b.lines)).toEqual([['Samarbeidsavtale'], ['1. Innleiing /formål'], ['Tekst.']]);
    expect(cleaned.tocTitles).toEqual(['1. Innleiing /formål', '2. Tenestetilbod']);
    expect(cleaned.removed).toEqual({ letterheads: 1, pageNumbers: 2, runningHeaders: 0, tocEntries: 2 });
  });

  it('keeps a table row that ends in a number, and the word "Innhold" in a sentence', () => {
    const cleaned = cleanText(['Møter per år:\t4', '', 'Innhold', 'Avtalen omhandler innhold.'].join('\n'));
    expect(cleaned.blocks.map((b) => b.lines)).toEqual([['Møter per år:\t4'], ['Innhold', 'Avtalen omhandler innhold.']]);
  });

  it('drops a running header that opens three pages, and marks page breaks', () => {
    const page = (n: number) => ['\f', 'Samarbeidsavtale Moss', '', `Tekst på side ${n}.`];
    const cleaned = cleanText([...page(1), ...page(2), ...page(3)].join('\n'));
    expect(cleaned.blocks.map((b) => [b.lines[0], b.pageBreakBefore])).toEqual([
      ['Tekst på side 1.', true],
      ['Tekst på side 2.', true],
      ['Tekst på side 3.', true],
    ]);
    expect(cleaned.removed.runningHeaders).toBe(3);
  });

  it('names the lines it drops as furniture by their numbers in the text, page breaks and blank lines counted', () => {
    // Lines 1–12: a form feed on a line of its own, then each page's running header.
    const page = (n: number) => ['\f', 'Samarbeidsavtale Moss', '', `Tekst på side ${n}.`];
    expect([...furnitureLineNumbers([...page(1), ...page(2), ...page(3)].join('\n'))].sort((a, b) => a - b)).toEqual([2, 6, 10]);
    // Page numbers at the foot of pages broken by three blank lines; the sentence's "2" is text.
    const numbered = (n: number) => [`Tekst på side ${n}, med 2 møter.`, `Side ${n} av 3`, '', '', ''];
    expect([...furnitureLineNumbers([...numbered(1), ...numbered(2), ...numbered(3)].join('\n'))].sort((a, b) => a - b)).toEqual([2, 7, 12]);
  });
});

describe('lines', () => {
  it('undoes hyphenation at a line end, and keeps the document\'s own hyphens', () => {
    expect(joinLines('kriminalitets-', 'forebyggende arbeid')).toBe('kriminalitetsforebyggende arbeid');
    expect(joinLines('lokale rus-', 'og kriminalitetsforebyggende')).toBe('lokale rus- og kriminalitetsforebyggende');
    expect(joinLines('ansatt en egen SLT-', 'koordinator')).toBe('ansatt en egen SLT-koordinator');
    expect(joinLines('Sør-', 'Øst politidistrikt')).toBe('Sør-Øst politidistrikt');
    expect(joinLines('samarbeidet med', 'kommunen')).toBe('samarbeidet med kommunen');
  });

  it('reads list lines: -, o, ❖ bullets, nested bullets and numbers', () => {
    expect(listLine('- Ordfører')).toEqual({ ordered: false, level: 1, nested: false, text: 'Ordfører' });
    expect(listLine('- ❖ Færre enn 2000 innbyggjarar')).toMatchObject({ level: 1, text: 'Færre enn 2000 innbyggjarar' });
    expect(listLine('❖ Over 20.000 innbyggjarar')).toMatchObject({ level: 1, text: 'Over 20.000 innbyggjarar' });
    expect(listLine(' - o Politiråd – som også er styringsgruppa')).toMatchObject({ level: 2, text: 'Politiråd – som også er styringsgruppa' });
    expect(listLine('o Rådmann')).toMatchObject({ level: 2, text: 'Rådmann' });
    expect(listLine(' - Prioritere avtalte tiltak')).toMatchObject({ level: 2 });
    expect(listLine('10. Tidleg innsats - bidra')).toEqual({ ordered: true, number: 10, level: 1, nested: false, text: 'Tidleg innsats - bidra' });
    expect(listLine('og kommunen')).toBeUndefined();
    expect(listLine('3. etg. ved kontoret')).toBeUndefined();
  });

  it('splits sentences, leaving abbreviations and dates whole', () => {
    expect(sentences('Det avholdes 4 møter pr. år fortrinnsvis 2 vår og 2 høst. Agenda sendes ut.')).toEqual(['Det avholdes 4 møter pr. år fortrinnsvis 2 vår og 2 høst.', 'Agenda sendes ut.']);
    expect(sentences('Avtalen gjeld fram til 01.01.2020. Neste.')).toEqual(['Avtalen gjeld fram til 01.01.2020.', 'Neste.']);
  });
});

describe('structure and Markdown', () => {
  it('makes lists, nested lists, renumbered lists and a table', () => {
    const text = [
      '1. Politiråd',
      '',
      'Faste deltakere:',
      '',
      '- Faste deltakere fra kommunen:',
      ' - o Ordfører',
      ' - o Rådmann',
      '- Innkalling foretas av SLT - koordinator.',
      '',
      '2. Spesielle fokusområder',
      '',
      '1. Barn og unge.',
      '2. Rus.',
      '',
      '4. Vold i nære relasjoner.',
      '',
      '3. Organisering av samarbeidet',
      '',
      'Leiing:\tKommunen/Politiet',
      'Sekretariat:\tLuster kommune',
    ].join('\n');
    expect(body(text)).toBe(
      [
        '## 1. Politiråd {/* section: politirad */}',
        '',
        'Faste deltakere:',
        '',
        '- Faste deltakere fra kommunen:\n  - Ordfører\n  - Rådmann\n- Innkalling foretas av SLT - koordinator.',
        '',
        '## 2. Spesielle fokusområder {/* section: fokusomrader */}',
        '',
        '1. Barn og unge.\n2. Rus.',
        '',
        '{/* numbering as in the document */}',
        '',
        '4. Vold i nære relasjoner.',
        '',
        '## 3. Organisering av samarbeidet {/* section: organisering */}',
        '',
        '<table><tbody><tr><th scope="row">Leiing:</th><td>Kommunen/Politiet</td></tr><tr><th scope="row">Sekretariat:</th><td>Luster kommune</td></tr></tbody></table>',
        '',
      ].join('\n'),
    );
  });

  it('reads a line of label and value alone (a table of one row) as a table, not a heading whose label starts like a template title', () => {
    const text = ['Formål', '', 'Avtalen skal styrke samarbeidet.', '', 'Politiråd', '', 'Møter per år\t4', '', 'Politirådet ledes av ordføreren.'].join('\n');
    expect(body(text)).toBe(
      [
        '## Formål {/* section: formal */}',
        '',
        'Avtalen skal styrke samarbeidet.',
        '',
        '## Politiråd {/* section: politirad */}',
        '',
        '<table><tbody><tr><th scope="row">Møter per år</th><td>4</td></tr></tbody></table>',
        '',
        'Politirådet ledes av ordføreren.',
        '',
      ].join('\n'),
    );
    // A section's number before a tab is still a heading's.
    expect(body(['1.\tFormål', '', 'Tekst.', '', '2.\tPolitiråd', '', 'Tekst.'].join('\n'))).toMatch(/^## 1\.\tFormål \{\/\* section: formal \*\/\}$/m);
  });

  it('keeps an unknown heading without a key, makes short lines sub-headings, and escapes what MDX would read as code', () => {
    const text = ['1. Formål', '', 'Tekst med {klammer} og <vinkler>.', '', '2. Gyldighet', '', 'Beredskap', '', 'Avtalen revideres årlig.'].join('\n');
    expect(body(text)).toBe(
      ['## 1. Formål {/* section: formal */}', '', 'Tekst med \\{klammer\\} og &lt;vinkler&gt;.', '', '## 2. Gyldighet', '', '### Beredskap', '', 'Avtalen revideres årlig.', ''].join('\n'),
    );
  });

  it('joins a sentence broken across a page, and puts the signature block in <Signatures>', () => {
    const text = ['1. Politiråd', '', 'Politiet vil fylgje opp straffesaker på ungdom under 18 år,', '', '', '', 'gjennomføre samtalar ved grunn til uro.', '', 'Ordfører', 'Luster kommune', '', 'Lensmannen i Sogn', 'Vest politidistrikt'].join('\n');
    expect(body(text)).toBe(
      [
        '## 1. Politiråd {/* section: politirad */}',
        '',
        'Politiet vil fylgje opp straffesaker på ungdom under 18 år, gjennomføre samtalar ved grunn til uro.',
        '',
        '<Signatures>',
        '',
        'Ordfører<br />\nLuster kommune',
        '',
        'Lensmannen i Sogn<br />\nVest politidistrikt',
        '',
        '</Signatures>',
        '',
      ].join('\n'),
    );
  });
});

describe('facts', () => {
  it('reads dates as precise as the document', () => {
    expect(readDate('Avtalen er inngått og signert den 11.7.19')?.iso).toBe('2019-07-11');
    expect(readDate('Avtalen er inngått og signert --.--.2019')?.iso).toBe('2019');
    expect(readDate('Moss, 30/4 - 2020')?.iso).toBe('2020-04-30');
    expect(readDate('26 OKT. 2018')?.iso).toBe('2018-10-26');
    expect(readDate('Vedtatt 31.2.2019')).toBeUndefined();
    expect(readDate('Arkivsaksnr.: 18/7236-1')).toBeUndefined();
  });

  it('counts council meetings a year', () => {
    expect(meetingsPerYearIn('Det avholdes to møter i politirådet pr. halvår')).toBe(4);
    expect(meetingsPerYearIn('Kommunen innkaller til politiråd minst 2 ganger i året.')).toBe(2);
    expect(meetingsPerYearIn('Det skal haldast 4 møter i de lokale politirådene kvart år')).toBe(4);
    expect(meetingsPerYearIn('Politirådet møtes ved behov.')).toBeUndefined();
  });

  it('tells nynorsk from bokmål', () => {
    expect(languageOf('Det er difor viktig at avtalen omhandlar forventningar begge vegar, og kva kommunen kan gjere.')).toBe('nn');
    expect(languageOf('Det er derfor viktig at avtalen omhandler forventninger begge veier, og hva kommunen kan gjøre.')).toBe('nb');
  });

  it('has words for every focus area of the taxonomy', () => {
    const keys = JSON.parse(registerFiles().focusAreas.text) as Array<{ id: string }>;
    expect(keys.map((k) => k.id).filter((id) => !FOCUS_AREA_TERMS[id])).toEqual([]);
  });
});

describe('modality, by CODING.md\'s rule', () => {
  it('reads how binding a sentence makes its term from its first modal verb', () => {
    expect(modalityOf('Det avholdes 4 møter pr. år.')).toEqual({ modality: 'agreed' });
    expect(modalityOf('Det skal avholdes minimum to møter i året.')).toEqual({ modality: 'agreed', word: 'skal' });
    expect(modalityOf('Alle kommunene bør ha ansatt en egen SLT-koordinator.')).toEqual({ modality: 'recommended', word: 'bør' });
    expect(modalityOf('Det anbefales at rådet møtes to ganger i året.')).toEqual({ modality: 'recommended', word: 'anbefales' });
    expect(modalityOf('Tenestetilbudsavtalen kan evaluerast årlig.')).toEqual({ modality: 'optional', word: 'kan' });
    // The first modal verb decides; a term that cannot be changed is agreed; a word inside another is none.
    expect(modalityOf('Avtalen kan evalueres årlig, og skal revideres hvert fjerde år.')).toEqual({ modality: 'optional', word: 'kan' });
    expect(modalityOf('Avtalen gjelder i fire år og kan ikke sies opp.')).toEqual({ modality: 'agreed' });
    expect(modalityOf('Politirådet møtes to ganger i året, og ellers ved behov.')).toEqual({ modality: 'agreed' });
    expect(modalityOf('Kanskje møtes rådet, som et skall.')).toEqual({ modality: 'agreed' });
  });
});

describe('YAML of the frontmatter', () => {
  it('quotes what YAML would read otherwise, and reads back every value as written', () => {
    const values = ['Saksframlegg: Samarbeidsavtale', '2019', '2018-10-19', 'true', 'Moss, 30/4 - 2020', '- Ordfører', '#1', 'SLT koordinator', 'Avtalen er inngått og signert --.--.2019', '«Utsett»', 'a: b', '  indent'];
    for (const value of values) expect(parse(`v: ${yamlScalar(value)}`)).toEqual({ v: value });
    expect(yamlScalar('2018-10-19')).toBe('"2018-10-19"');
    expect(yamlScalar('SLT koordinator')).toBe('SLT koordinator');
  });
});

describe('the date a draft is added', () => {
  it('is written as `added` when the import names it, and left out otherwise', async () => {
    const { importText } = await import('../../src/lib/import/index.ts');
    const { checkRegister } = await import('../../src/lib/content/validate.ts');
    const { readRegisterFiles } = await import('../../src/lib/content/register-files.ts');
    const { readFileSync } = await import('node:fs');
    const { FIXTURE_REGISTER } = await import('../fixture-register.ts');
    const text = readFileSync(`${FIXTURE_REGISTER}/sources/skien-2019.txt`, 'utf8');
    const register = checkRegister(readRegisterFiles(FIXTURE_REGISTER));
    const [withDate] = importText(text, 'skien-2019.txt', register, { added: '2026-11-23' }).drafts;
    if (!withDate) throw new Error('the import with a date made no draft');
    expect(withDate.mdx).toContain('\nadded: "2026-11-23"\n');
    const [without] = importText(text, 'skien-2019.txt', register).drafts;
    if (!without) throw new Error('the import without a date made no draft');
    expect(without.mdx).not.toContain('added:');
  });
});

// One threshold for text with no blank lines, in split.ts and structure.ts alike: an unnumbered section title is a
// heading inside a block of DENSE_BLOCK lines, not inside a shorter one (a signature block, a list).
describe('text with no blank lines: the dense block threshold', () => {
  const block = (lines: number) => {
    const filler = Array.from({ length: lines - 2 }, (_, k) => `Kommunen og politiet møtes jevnlig for å drøfte saker som gjelder punkt ${k + 1} i planen.`);
    return ['Formål', filler[0], 'Politikontakten', ...filler.slice(1)].join('\n');
  };
  it('is exported once, from split.ts, and structure.ts reads blocks by it', () => {
    expect(DENSE_BLOCK).toBe(12);
    expect(body(block(DENSE_BLOCK))).toMatch(/^## Politikontakten/m);
    expect(body(block(DENSE_BLOCK - 1))).not.toMatch(/^## /m);
  });
});
