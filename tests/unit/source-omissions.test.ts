/**
 * What the agreement page lists as left out of its source text: the lines in
 * none of the documents made from it (headers, tables of contents, page
 * numbers), computed from a fixture source holding two documents.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { omittedLines, publishedText } from '../../src/lib/publish/source-omissions.ts';

const dir = 'tests/fixtures/source-omissions';
const source = readFileSync(`${dir}/source.txt`, 'utf8');
const agreement = readFileSync(`${dir}/avtale.mdx`, 'utf8');
const caseDocument = readFileSync(`${dir}/saksframlegg.mdx`, 'utf8');

describe('omittedLines', () => {
  it('lists the page headers, page numbers and table of contents of a file holding two documents, and nothing else', () => {
    // The documents in another order than in the source: the order does not matter.
    expect(omittedLines(source, [agreement, caseDocument])).toEqual([
      { line: 1, text: 'POLITIET' },
      { line: 7, text: '2' },
      { line: 9, text: 'POLITIET' },
      { line: 13, text: 'Innhold' },
      { line: 15, text: '1. Innledning /formål\t2' },
      { line: 16, text: '2. Politiråd.....\t3' },
      { line: 22, text: '2' },
    ]);
  });

  it('lists a sentence a document left out, and the lines of a document not given', () => {
    const shortened = agreement.replace('Politirådet skal møtes 2 ganger i året.\n', '');
    const omitted = omittedLines(source, [shortened, caseDocument]).map((o) => o.line);
    expect(omitted).toContain(28);
    expect(omittedLines(source, [agreement]).map((o) => o.text)).toContain('Rådmannen tilrår at avtalen signeres.');
  });

  it('reads a word the layout broke at a line end as published when the text joins it, and a hyphen it keeps as kept', () => {
    const body = '## 1. Formål\n\nSamarbeidet skal gjennomføres med SLT-koordinator og for- og etterarbeid i kommunen.\n';
    const wrapped = '1. Formål\nSamarbeidet skal gjennom-\nføres med SLT-\nkoordinator og for- og etter-\narbeid i kommunen.\n';
    expect(omittedLines(wrapped, [body])).toEqual([]);
    // A word the text does not have ("gjennomganges"): both halves are listed.
    expect(omittedLines('1. Formål\nSamarbeidet skal gjennom-\nganges i kommunen.\n', [body])).toEqual([
      { line: 2, text: 'Samarbeidet skal gjennom-' },
      { line: 3, text: 'ganges i kommunen.' },
    ]);
    // A line starts inside a word only after a broken one.
    expect(omittedLines('1. Formål\nføres med SLT-koordinator og for- og etterarbeid i kommunen.\n', [body])).toEqual([
      { line: 2, text: 'føres med SLT-koordinator og for- og etterarbeid i kommunen.' },
    ]);
    // Only joined to the next line's first word, at that place: "politi-" / "kontakten" is not "politiet" (a review's counterexample).
    const other = '## 1. Formål\n\nSamarbeidet er en sak for kommunen og politiet. Rådet ledes av politikontakten og SLT-koordinatoren.\n';
    expect(omittedLines('1. Formål\nSamarbeidet er en sak for kommunen og politi-\nkontakten og SLT-koordinatoren.\n', [other])).toEqual([
      { line: 2, text: 'Samarbeidet er en sak for kommunen og politi-' },
      { line: 3, text: 'kontakten og SLT-koordinatoren.' },
    ]);
    // A word broken twice ("gjen-" / "nom-" / "føres").
    expect(omittedLines('1. Formål\nSamarbeidet skal gjen-\nnom-\nføres med SLT-koordinator og for- og etterarbeid i kommunen.\n', [body])).toEqual([]);
  });

  it('does not take a page number for published because the digit stands elsewhere in the text', () => {
    expect(publishedText(agreement)).toMatch(/ 2 ganger/);
    expect(omittedLines('Politirådet skal møtes 2 ganger i året.\n2\n', [agreement])).toEqual([
      { line: 2, text: '2' },
    ]);
  });

  it('reads the published text as the page shows it: markup, markers and escapes out', () => {
    const text = publishedText('## 1. Tittel {/* section: formal */}\n\n**Fet** tekst med \\{klammer\\} og &lt;vinkler&gt;.\n\n- o punkt\n');
    expect(text).toBe('1. Tittel Fet tekst med {klammer} og <vinkler>. o punkt');
  });
});
