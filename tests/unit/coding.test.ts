/**
 * The facts the coding protocol (CODING.md) added to the schema: modality of a
 * term and the police district at signing, on a frozen fixture register
 * (tests/fixtures/coding-register) and the bad-agreement fixtures. Checked
 * by the checker, carried into the matrix and the open-data export, and
 * labelled as the pages show them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonRows, type ComparedAgreement } from '../../src/lib/compare/matrix.ts';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { checkRegister, type RegisterFiles, type SourceFile } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { exportRows } from '../../src/lib/publish/export.ts';
import { districtAtSigning, modalityText, withModality } from '../../src/strings.ts';
import { editedText } from './helpers.ts';
import { placeAfter } from '../text-place.ts';

const ROOT = 'tests/fixtures/coding-register';
const BAD = 'tests/fixtures/bad-agreements';

function register(): RegisterFiles {
  return readRegisterFiles(ROOT);
}

function fixture(path: string): SourceFile {
  return { path, text: readFileSync(path, 'utf8') };
}

/** The fixture register with one more agreement from tests/fixtures/bad-agreements. */
function problemsWith(name: string): string[] {
  const files = register();
  files.agreements.push(fixture(join(BAD, `${name}.mdx`)));
  return checkRegister(files).problems.map(formatProblem);
}

describe('the fixture register', () => {
  const result = checkRegister(register());

  it('passes the checker, with its pre-2016 districts read', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.formerPoliceDistricts.map((f) => f.id)).toEqual(['oslo', 'ostfold', 'follo', 'romerike', 'asker-og-baerum', 'salten', 'midtre-halogaland']);
  });

  it('reads modality and the district at signing into the typed frontmatter', () => {
    const byId = new Map(result.agreements.map((a) => [a.id, a.data]));
    expect(byId.get('oppegard-2009')?.policeDistrictAtSigning).toBe('follo');
    expect(byId.get('oppegard-2009')?.council?.meetingsModality).toBe('agreed');
    expect(byId.get('luster-2019')?.evaluation?.modality).toBe('optional');
    expect(byId.get('luster-2019')?.validity?.modality).toBe('agreed');
    expect(byId.get('bodo-2015')?.slt?.modality).toBe('recommended');
    expect(byId.get('luster-2019')?.policeDistrictAtSigning).toBeUndefined();
  });

  it('accepts either successor of a district that was split (Midtre Hålogaland: Nordland or Troms)', () => {
    const files = register();
    const split = files.agreements.find((a) => a.path.endsWith('bodo-2015.mdx'));
    if (!split) throw new Error('fixture bodo-2015.mdx is missing');
    split.text = editedText('bodo-2015.mdx', split.text, (t) => t.replace('policeDistrict: troms', 'policeDistrict: nordland'));
    expect(checkRegister(files).problems).toEqual([]);
  });

  it('needs no pre-2016 file when no document is from before 2016', () => {
    const files = register();
    delete files.formerPoliceDistricts;
    files.agreements = files.agreements.filter((a) => a.path.endsWith('luster-2019.mdx'));
    files.sources = files.sources.filter((s) => s.path.endsWith('luster-2019.txt'));
    expect(checkRegister(files).problems).toEqual([]);
  });
});

describe('the checker on the new fields', () => {
  it('lists the valid keys for an unknown district at signing', () => {
    expect(problemsWith('district-at-signing-unknown')).toEqual([
      `${BAD}/district-at-signing-unknown.mdx:5:1: policeDistrictAtSigning: unknown pre-2016 police district key "folo"; valid keys: oslo, ostfold, follo, romerike, asker-og-baerum, salten, midtre-halogaland`,
    ]);
  });

  it('refuses a district at signing that today\'s district did not succeed', () => {
    expect(problemsWith('district-at-signing-wrong-successor')).toEqual([
      `${BAD}/district-at-signing-wrong-successor.mdx:5:1: policeDistrictAtSigning: Follo politidistrikt became Øst politidistrikt (ost) on 2016-01-01, but policeDistrict is "vest" (Vest politidistrikt). Set policeDistrict to "ost", or name the district the document was signed in.`,
    ]);
  });

  it('refuses a district at signing for a document signed after the district ceased', () => {
    expect(problemsWith('district-at-signing-after-reform')).toEqual([
      `${BAD}/district-at-signing-after-reform.mdx:5:1: policeDistrictAtSigning: Follo politidistrikt ceased on 2016-01-01, and this document was signed 2020-04-30, in Øst politidistrikt. Remove policeDistrictAtSigning: it is only for a district that has ceased since signing.`,
    ]);
  });

  it('asks a document from before 2016 for its district at signing, naming the candidates', () => {
    expect(problemsWith('district-at-signing-missing')).toEqual([
      `${BAD}/district-at-signing-missing.mdx:1:1: policeDistrictAtSigning: missing: the document was signed 2009-03-25, before Øst politidistrikt was established (2016-01-01). Add policeDistrictAtSigning: the district it was signed in, one of ostfold (Østfold politidistrikt), follo (Follo politidistrikt), romerike (Romerike politidistrikt) (content/police-districts-pre-2016.json).`,
    ]);
  });

  it('names the three modalities when one is misspelt, with the words that decide it', () => {
    expect(problemsWith('modality-unknown')).toEqual([
      `${BAD}/modality-unknown.mdx:12:3: council.meetingsModality: "skal" is no modality: use agreed (skal, må, forplikter seg), recommended (bør) or optional (kan), from the sentence that states the term (CODING.md, "Modality")`,
    ]);
  });

  it('refuses a modality without the term it qualifies', () => {
    expect(problemsWith('modality-without-term')).toEqual([
      `${BAD}/modality-without-term.mdx:11:3: council.meetingsModality: says how binding the meetings are, but council.meetingsPerYear is not given: add the number of meetings a year the document sets, or remove meetingsModality.`,
    ]);
  });

  it('refuses a pre-2016 district whose successor is unknown or that cites no source', () => {
    const files = register();
    const data = JSON.parse(files.formerPoliceDistricts?.text ?? '[]') as Array<Record<string, unknown>>;
    data[2] = { ...data[2], successors: ['oest'] };
    data[3] = { ...data[3], sources: [] };
    const text = JSON.stringify(data, null, 2);
    files.formerPoliceDistricts = { path: `${ROOT}/police-districts-pre-2016.json`, text };
    files.agreements = files.agreements.filter((a) => a.path.endsWith('luster-2019.mdx'));
    files.sources = files.sources.filter((s) => s.path.endsWith('luster-2019.txt'));
    expect(checkRegister(files).problems.map(formatProblem)).toEqual([
      `${ROOT}/police-districts-pre-2016.json:${placeAfter(text, '"id": "romerike"', '"sources"')}: [3] (romerike): sources: cite at least one source for the merger: title, publisher and url`,
      `${ROOT}/police-districts-pre-2016.json:${placeAfter(text, '"id": "follo"', '"oest"')}: [2] (follo): successors[0]: unknown police district key "oest"; valid keys: oslo, ost, innlandet, sor-ost, agder, sor-vest, vest, more-og-romsdal, trondelag, nordland, troms, finnmark`,
    ]);
  });
});

describe('modality and the district at signing, as the reader sees them', () => {
  const result = checkRegister(register());
  const compared: ComparedAgreement[] = result.agreements.map((a) => ({ id: a.id, data: a.data, status: 'current', sections: [] }));
  const rows = comparisonRows(compared, []);
  const cells = (term: string) => {
    const row = rows.find((r) => r.kind === 'fact' && r.term === term);
    if (!row) throw new Error(`no row ${term}`);
    return new Map(compared.map((a, i) => [a.id, row.cells[i]]));
  };

  it('labels a term with the modal verb of the documents', () => {
    expect(withModality('årlig', 'optional')).toBe('årlig (kan)');
    expect(withModality('4', 'agreed')).toBe('4 (skal)');
    expect(withModality('SLT-modellen', 'recommended')).toBe('SLT-modellen (bør)');
    expect(withModality('årlig', undefined)).toBe('årlig');
    expect(modalityText('optional')).toBe('valgfritt (kan)');
  });

  it('names the district at signing with today\'s, and only once when the name is the same', () => {
    expect(districtAtSigning('Follo politidistrikt', 'Øst politidistrikt')).toBe('Follo politidistrikt (nå Øst politidistrikt)');
    expect(districtAtSigning('Oslo politidistrikt', 'Oslo politidistrikt')).toBe('Oslo politidistrikt');
  });

  it('carries modality into the matrix cells of meetings, SLT, evaluation and validity', () => {
    expect(cells('meetingsPerYear').get('oppegard-2009')).toMatchObject({ value: 2, modality: 'agreed', clause: '6-møtestruktur' });
    expect(cells('evaluation').get('luster-2019')).toMatchObject({ value: 'årleg', modality: 'optional', clause: 'evaluering' });
    expect(cells('validity').get('luster-2019')).toMatchObject({ modality: 'agreed' });
    expect(cells('sltModel').get('bodo-2015')).toMatchObject({ modality: 'recommended' });
    expect(cells('evaluation').get('oppegard-2009')).toEqual({ value: null });
  });

  it('carries the district at signing into the matrix\'s district cell', () => {
    expect(cells('policeDistrict').get('oppegard-2009')).toEqual({ value: 'ost', atSigning: 'follo' });
    expect(cells('policeDistrict').get('luster-2019')).toEqual({ value: 'vest' });
  });

  it('exports the district at signing by name and the meetings\' modality', () => {
    const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
    const rows = exportRows(result.agreements, {
      municipalities: byId(result.municipalities),
      policeDistricts: byId(result.policeDistricts),
      formerPoliceDistricts: byId(result.formerPoliceDistricts),
    });
    const row = (slug: string) => rows.find((r) => r.slug === slug);
    expect(row('oppegard-2009')).toMatchObject({ policeDistrict: 'Øst politidistrikt', policeDistrictAtSigning: 'Follo politidistrikt', meetingsPerYear: 2, meetingsModality: 'agreed' });
    expect(row('luster-2019')).toMatchObject({ policeDistrictAtSigning: null, meetingsModality: 'agreed' });
    expect(row('bodo-2015')).toMatchObject({ policeDistrictAtSigning: 'Midtre Hålogaland politidistrikt', meetingsPerYear: null, meetingsModality: null });
  });
});
