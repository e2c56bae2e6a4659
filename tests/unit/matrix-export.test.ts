/** The matrix download: one record per agreement from the cells shown, CSV that papaparse reads back. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { matrixRecords, recordsToCsv, type MatrixRowData } from '../../src/lib/compare/matrix-export.ts';

const rows: MatrixRowData[] = [
  { term: 'chair', type: 'text', cells: [{ text: 'ordføreren' }, { text: 'Ikke oppgitt', v: '' }] },
  { term: 'signed', type: 'text', cells: [{ text: '19. oktober 2018', v: '2018-10-19' }, { text: '2019', v: '2019' }] },
  { term: 'meetingsPerYear', type: 'number', cells: [{ text: '2' }, { text: 'Ikke oppgitt', v: '' }] },
  { term: 'membersPolice', type: 'list', cells: [{ text: '', items: ['Politikontakt', 'Andre, etter behov'] }, { text: 'Ikke oppgitt', v: '' }] },
  { term: 'focus.rus', type: 'focus', cells: [{ text: 'Ja', v: 'true' }, { text: 'Nei', v: 'false' }] },
  { term: 'section.politirad', type: 'section', cells: [{ text: '187 ord', v: '187', s: '60' }, { text: 'Mangler', v: '' }] },
];
const records = matrixRecords([{ slug: 'oppegard-2018' }, { slug: 'skien-2019' }], rows);

describe('matrixRecords', () => {
  it('gives machine values: null for not stated, numbers, lists, yes/no, section length and share', () => {
    expect(records).toEqual([
      {
        slug: 'oppegard-2018',
        url: '/avtaler/oppegard-2018/',
        chair: 'ordføreren',
        signed: '2018-10-19',
        meetingsPerYear: 2,
        membersPolice: ['Politikontakt', 'Andre, etter behov'],
        'focus.rus': true,
        'section.politirad.words': 187,
        'section.politirad.sharedPercent': 60,
      },
      {
        slug: 'skien-2019',
        url: '/avtaler/skien-2019/',
        chair: null,
        signed: '2019',
        meetingsPerYear: null,
        membersPolice: null,
        'focus.rus': false,
        'section.politirad.words': null,
        'section.politirad.sharedPercent': null,
      },
    ]);
  });
});

describe('a term with its modality', () => {
  it('gives the value and its modality as two fields, for every row that has one in some column (null where a column has none)', () => {
    const modal: MatrixRowData[] = [
      { term: 'meetingsPerYear', type: 'number', modal: true, cells: [{ text: '2 (skal)', v: '2', m: 'agreed' }, { text: 'Ikke oppgitt', v: '' }] },
      { term: 'evaluation', type: 'text', modal: true, cells: [{ text: 'årlig (skal)', v: 'årlig', m: 'agreed' }, { text: 'årleg (kan)', v: 'årleg', m: 'optional' }] },
      { term: 'chair', type: 'text', cells: [{ text: 'ordføreren' }, { text: 'ordførar' }] },
    ];
    expect(matrixRecords([{ slug: 'a' }, { slug: 'b' }], modal)).toEqual([
      { slug: 'a', url: '/avtaler/a/', meetingsPerYear: 2, 'meetingsPerYear.modality': 'agreed', evaluation: 'årlig', 'evaluation.modality': 'agreed', chair: 'ordføreren' },
      { slug: 'b', url: '/avtaler/b/', meetingsPerYear: null, 'meetingsPerYear.modality': null, evaluation: 'årleg', 'evaluation.modality': 'optional', chair: 'ordførar' },
    ]);
  });
});

describe('recordsToCsv', () => {
  it('writes CSV that parses back to the same values', () => {
    const csv = recordsToCsv(records);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toMatchObject({ slug: 'oppegard-2018', membersPolice: 'Politikontakt; Andre, etter behov', 'focus.rus': 'true', 'section.politirad.words': '187' });
    expect(parsed.data[1]).toMatchObject({ chair: '', meetingsPerYear: '', 'focus.rus': 'false' });
  });

  it('quotes quotes and line breaks', () => {
    const csv = recordsToCsv([{ a: 'si "hei"', b: 'to\nlinjer' }]);
    expect(csv).toBe('a,b\r\n"si ""hei""","to\nlinjer"\r\n');
  });
});
