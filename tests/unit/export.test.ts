/** The open data export: one row per agreement, names resolved, dates as precise as the document, CSV that parses back. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { indexById } from '../../src/lib/content/agreements.ts';
import { exportCsv, exportRows } from '../../src/lib/publish/export.ts';
import { toCsv } from '../../src/lib/publish/csv.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { registerFiles } from './helpers.ts';

const register = checkRegister(registerFiles());
const rows = exportRows(register.agreements, {
  municipalities: indexById(register.municipalities),
  policeDistricts: indexById(register.policeDistricts),
});
const row = (slug: string) => rows.find((r) => r.slug === slug);

describe('exportRows', () => {
  it('has one row per agreement and leaves the case presentation out', () => {
    expect(rows.map((r) => r.slug)).toEqual([
      'bodo-2018',
      'luster-2019',
      'moss-2020',
      'oppegard-2009-retningslinjer',
      'oppegard-2018',
      'skien-2019',
    ]);
  });

  it('gives names, ISO dates with their precision, meetings and focus areas', () => {
    expect(row('skien-2019')).toMatchObject({
      url: '/avtaler/skien-2019/',
      municipality: 'Skien',
      municipalityNumber: '4003',
      policeDistrict: 'Sør-Øst politidistrikt',
      signed: '2019',
      signedPrecision: 'year',
      meetingsPerYear: 4,
      language: 'nb',
      documentType: 'avtale-om-tjenestetilbud',
      status: 'current',
      focusAreas: ['samfunnssikkerhet', 'barn-og-unge'],
    });
    expect(row('oppegard-2018')).toMatchObject({ signed: '2018-10-19', signedPrecision: 'day', policeDistrict: 'Øst politidistrikt', status: 'merged', meetingsPerYear: 2 });
    expect(row('oppegard-2009-retningslinjer')).toMatchObject({ status: 'superseded', supersededBy: 'oppegard-2018' });
    expect(row('luster-2019')).toMatchObject({ language: 'nn', signed: '2019-07-11', meetingsPerYear: 4 });
  });

  it('states "not stated" as null, never as a guess', () => {
    expect(row('skien-2019')?.chair).toBeNull();
  });
});

describe('exportCsv', () => {
  it('parses back to the same rows, focus areas joined with ";"', () => {
    const parsed = Papa.parse<Record<string, string>>(exportCsv(rows), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(rows.length);
    const skien = parsed.data.find((r) => r.slug === 'skien-2019');
    expect(skien).toMatchObject({ signed: '2019', meetingsPerYear: '4', focusAreas: 'samfunnssikkerhet;barn-og-unge', chair: '', policeDistrict: 'Sør-Øst politidistrikt' });
    const first = rows[0];
    if (!first) throw new Error('the register exported no rows');
    expect(parsed.meta.fields).toEqual(Object.keys(first));
  });
});

describe('toCsv', () => {
  it('writes a text a spreadsheet would run as a formula with an apostrophe before it, numbers and other texts as they are', () => {
    const csv = toCsv([
      { text: '=HYPERLINK("https://example.com","Klikk")', plus: '+47 22', minus: '-1+1', at: '@SUM(A1)', tab: '\tx', plain: 'Politirådet', number: -4 },
    ]);
    const [parsed] = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(parsed).toEqual({ text: `'=HYPERLINK("https://example.com","Klikk")`, plus: "'+47 22", minus: "'-1+1", at: "'@SUM(A1)", tab: "'\tx", plain: 'Politirådet', number: '-4' });
  });
});
