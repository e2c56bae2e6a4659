/**
 * The charts' data shaping: counts and groupings against the seed agreements'
 * frontmatter, and the awkward cases (no focus areas, a year-only date, no
 * meeting figure, a district without agreements) on small synthetic registers.
 */
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { agreementSchema, type AgreementData, type FocusArea, type Municipality, type PoliceDistrict } from '../../src/lib/content/schema.ts';
import type { Doc } from '../../src/lib/content/agreements.ts';
import type { ChartRegister } from '../../src/lib/charts/chart-data.ts';
import { focusAreaFrequency, focusAreaMatrix, focusAreaShares, shareStep } from '../../src/lib/charts/focus-areas.ts';
import { meetingsDistribution } from '../../src/lib/charts/meetings.ts';
import { signingsByYear, timeline } from '../../src/lib/charts/timeline.ts';
import { DETAIL_LIMIT, drawsEachAgreement } from '../../src/lib/charts/chart-data.ts';
import { dateSpan } from '../../src/lib/charts/dates.ts';
import { registerFiles } from './helpers.ts';

function seedRegister(): ChartRegister {
  const result = checkRegister(registerFiles());
  expect(result.problems.map(formatProblem)).toEqual([]);
  return {
    documents: result.agreements,
    policeDistricts: result.policeDistricts,
    municipalities: result.municipalities,
    focusAreas: result.focusAreas,
    clauseTitle: (doc, clause) => result.agreements.find((a) => a.id === doc.id)?.headings.find((h) => h.id === clause)?.text,
  };
}

const seed = seedRegister();
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('the focus-area matrix of the seed agreements', () => {
  const matrix = focusAreaMatrix(seed);

  it('has a row for each of the six agreements, the saksframlegg left out', () => {
    expect(matrix.agreementCount).toBe(6);
    const ids = matrix.groups.flatMap((g) => g.rows.map((r) => r.agreement.doc.id));
    expect(ids.sort()).toEqual(['bodo-2018', 'luster-2019', 'moss-2020', 'oppegard-2009-retningslinjer', 'oppegard-2018', 'skien-2019']);
  });

  it('keeps all twelve districts in order, the eight without agreements as empty groups', () => {
    expect(matrix.groups.map((g) => g.district.id)).toEqual(seed.policeDistricts.map((d) => d.id));
    expect(matrix.groups.filter((g) => g.rows.length === 0)).toHaveLength(8);
    expect(matrix.groups.find((g) => g.district.id === 'ost')!.rows.map((r) => r.agreement.doc.id)).toEqual([
      'moss-2020',
      'oppegard-2009-retningslinjer',
      'oppegard-2018',
    ]);
  });

  it('counts the agreements naming each focus area and sorts the columns by that count', () => {
    expect(matrix.columns.map((c) => [c.focusArea.id, c.count])).toEqual([
      ['barn-og-unge', 4],
      ['rus', 4],
      ['vold-i-naere-relasjoner', 3],
      ['radikalisering', 3],
      ['samfunnssikkerhet', 3],
      ['trygghetsvandring', 2],
      ['politivedtekter', 2],
      ['uteliv', 2],
      ['trafikk', 2],
      ['arbeidslivskriminalitet', 2],
      ['skole', 2],
      ['seksuelle-overgrep-mot-barn', 1],
      ['miljokriminalitet', 1],
      ['organisert-kriminalitet', 1],
    ]);
    expect(matrix.columns.map((c) => c.frequencyRank)).toEqual([...Array(14).keys()]);
    expect(matrix.columns.find((c) => c.focusArea.id === 'rus')!.taxonomyRank).toBe(1);
  });

  it('links each cell to the clause the focus area comes from, with its heading', () => {
    const luster = matrix.groups.flatMap((g) => g.rows).find((r) => r.agreement.doc.id === 'luster-2019')!;
    expect(luster.cells).toHaveLength(10);
    const skole = luster.cells.find((c) => c.focusArea.id === 'skole')!;
    expect(skole.href).toBe('/avtaler/luster-2019/#forventninger');
    expect(skole.clauseTitle).toMatch(/Forventning/);
    const skien = matrix.groups.flatMap((g) => g.rows).find((r) => r.agreement.doc.id === 'skien-2019')!;
    expect(skien.cells.map((c) => c.href)).toEqual(['/avtaler/skien-2019/#tjenestetilbud', '/avtaler/skien-2019/#fokusomrader']);
  });

  it('keeps the 2009 guidelines, which name no focus area, as an empty row', () => {
    const guidelines = matrix.groups.flatMap((g) => g.rows).find((r) => r.agreement.doc.id === 'oppegard-2009-retningslinjer')!;
    expect(guidelines.cells).toEqual([]);
    expect(matrix.withoutFocusAreas).toBe(1);
  });
});

describe('the national heatmap by district, for a register too large to draw agreement by agreement', () => {
  it('is drawn agreement by agreement up to DETAIL_LIMIT agreements, by district beyond', () => {
    expect(drawsEachAgreement(6)).toBe(true);
    expect(drawsEachAgreement(DETAIL_LIMIT)).toBe(true);
    expect(drawsEachAgreement(DETAIL_LIMIT + 1)).toBe(false);
  });

  it('gives each district with agreements the share of them naming each focus area', () => {
    const shares = focusAreaShares(focusAreaMatrix(seed));
    expect(shares.rows.map((r) => [r.district.id, r.agreementCount])).toEqual([
      ['ost', 3],
      ['sor-ost', 1],
      ['vest', 1],
      ['nordland', 1],
    ]);
    expect(shares.emptyDistricts).toHaveLength(8);
    const ost = shares.rows[0]!;
    const rus = ost.cells.find((c) => c.focusArea.id === 'rus')!;
    expect([rus.count, rus.share, rus.step]).toEqual([2, 2 / 3, 3]);
    const trafikk = ost.cells.find((c) => c.focusArea.id === 'trafikk')!;
    expect([trafikk.count, trafikk.step]).toEqual([0, 0]);
    expect(ost.cells.map((c) => c.focusArea.id)).toEqual(shares.columns.map((c) => c.focusArea.id));
  });

  it('shades shares by quarters, and only a count of 0 as none', () => {
    expect([shareStep(0, 0), shareStep(1, 0.01), shareStep(1, 0.25), shareStep(2, 0.26), shareStep(3, 0.75), shareStep(4, 1)]).toEqual([0, 1, 1, 2, 3, 4]);
  });
});

describe('the focus-area frequency of the seed agreements', () => {
  const frequency = focusAreaFrequency(seed);

  it('splits the districts into the four with agreements and the eight without', () => {
    expect(frequency.districts.map((d) => d.id)).toEqual(['ost', 'sor-ost', 'vest', 'nordland']);
    expect(frequency.emptyDistricts).toHaveLength(8);
  });

  it('counts each focus area per district, with the agreements naming none as the last row', () => {
    const rus = frequency.rows.find((r) => r.focusArea?.id === 'rus')!;
    expect(rus.total).toBe(4);
    expect(Object.fromEntries(rus.byDistrict)).toEqual({ ost: 2, 'sor-ost': 0, vest: 1, nordland: 1 });
    const last = frequency.rows.at(-1)!;
    expect(last.focusArea).toBeNull();
    expect(last.total).toBe(1);
    expect(Object.fromEntries(last.byDistrict)).toEqual({ ost: 1, 'sor-ost': 0, vest: 0, nordland: 0 });
    expect(frequency.rows.map((r) => r.total)).toEqual([4, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1]);
  });

  it('has per-district counts that add up to each total', () => {
    for (const row of frequency.rows) expect([...row.byDistrict.values()].reduce((a, b) => a + b, 0)).toBe(row.total);
  });
});

describe('meetings a year in the seed agreements', () => {
  const meetings = meetingsDistribution(seed);

  it('counts three agreements at two meetings and three at four, none unstated', () => {
    expect(meetings.rows.map((r) => [r.category, r.total])).toEqual([
      [2, 3],
      [4, 3],
      ['not-stated', 0],
    ]);
    expect(Object.fromEntries(meetings.rows[0]!.byDistrict)).toEqual({ ost: 2, 'sor-ost': 0, vest: 0, nordland: 1 });
    expect(Object.fromEntries(meetings.rows[1]!.byDistrict)).toEqual({ ost: 1, 'sor-ost': 1, vest: 1, nordland: 0 });
  });
});

describe('the timeline of the seed agreements', () => {
  const data = timeline(seed);

  it('runs from 2009 to the end of 2020', () => {
    expect(data.domain.map(iso)).toEqual(['2009-01-01', '2021-01-01']);
    expect(data.agreementCount).toBe(6);
    expect(data.undated).toEqual([]);
  });

  it('puts Oppegård’s two agreements on one row, with their statuses and the merger', () => {
    const ost = data.groups.find((g) => g.district.id === 'ost')!;
    expect(ost.rows.map((r) => r.municipalityName)).toEqual(['Moss', 'Oppegård']);
    const oppegard = ost.rows[1]!;
    expect(oppegard.marks.map((m) => [m.agreement.doc.id, m.status])).toEqual([
      ['oppegard-2009-retningslinjer', 'superseded'],
      ['oppegard-2018', 'merged'],
    ]);
    expect(oppegard.mergedOn?.iso).toBe('2020-01-01');
  });

  it('draws Skien’s year-only date as the whole of 2019 and Luster’s validity to 1 January 2020', () => {
    const marks = data.groups.flatMap((g) => g.rows.flatMap((r) => r.marks));
    const skien = marks.find((m) => m.agreement.doc.id === 'skien-2019')!;
    expect([skien.signed.precision, iso(skien.signed.start), iso(skien.signed.end)]).toEqual(['year', '2019-01-01', '2020-01-01']);
    const luster = marks.find((m) => m.agreement.doc.id === 'luster-2019')!;
    expect(luster.signed.precision).toBe('day');
    expect(luster.validUntil?.iso).toBe('2020-01-01');
  });
});

describe('signings per year', () => {
  it('counts the seed agreements per year and district, every year from 2009 to 2020 a row', () => {
    const data = signingsByYear(seed);
    expect(data.rows.map((r) => r.year)).toEqual([2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(data.rows.map((r) => r.total)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 1]);
    expect(Object.fromEntries(data.rows.find((r) => r.year === 2019)!.byDistrict)).toEqual({ ost: 0, 'sor-ost': 1, vest: 1, nordland: 0 });
  });

  it('counts a year-only date in its year', () => {
    const data = signingsByYear(synthetic(agreement('a-2019', { signed: { date: '2019', asWritten: '--.--.2019' } })));
    expect(data.rows.map((r) => [r.year, r.total])).toEqual([[2019, 1]]);
  });
});

describe('dateSpan', () => {
  it('spans a year, a month or a day as the document gives it', () => {
    expect([iso(dateSpan('2019').start), iso(dateSpan('2019').end)]).toEqual(['2019-01-01', '2020-01-01']);
    expect([iso(dateSpan('2019-12').start), iso(dateSpan('2019-12').end)]).toEqual(['2019-12-01', '2020-01-01']);
    expect([iso(dateSpan('2020-02-29').start), iso(dateSpan('2020-02-29').end)]).toEqual(['2020-02-29', '2020-03-01']);
  });
});

// ---- Small synthetic registers for the awkward cases ----

const districts: PoliceDistrict[] = [
  { id: 'nord', name: 'Nord politidistrikt', shortName: 'Nord', counties: [] },
  { id: 'sor', name: 'Sør politidistrikt', shortName: 'Sør', counties: [] },
];
const municipalities: Municipality[] = [
  { id: 'a-by', name: 'A-by', number: '0001', county: 'X', status: 'active', coordinates: { lat: 69.6, lon: 18.9 } },
  { id: 'b-by', name: 'B-by', number: '0002', county: 'X', status: 'active' },
];
const focusAreas: FocusArea[] = [
  { id: 'rus', label: { nb: 'Rus', nn: 'Rus' }, description: 'Rus.' },
  { id: 'trafikk', label: { nb: 'Trafikk', nn: 'Trafikk' }, description: 'Trafikk.' },
];
const schema = agreementSchema({
  policeDistricts: districts.map((d) => d.id),
  municipalities: municipalities.map((m) => m.id),
  focusAreas: focusAreas.map((f) => f.id),
});

/** A synthetic agreement, parsed by the real schema so it is one the register could hold. */
function agreement(id: string, fields: Record<string, unknown>): Doc {
  const data: AgreementData = schema.parse({
    title: `Avtale ${id}`,
    municipality: 'a-by',
    policeDistrict: 'nord',
    documentType: 'samarbeidsavtale',
    language: 'nb',
    signed: { date: '2019-05-02', asWritten: 'x' },
    source: { title: 'x', publisher: 'x', file: 'x.txt' },
    ...fields,
  });
  return { id, data };
}

function synthetic(...documents: Doc[]): ChartRegister {
  return { documents, policeDistricts: districts, municipalities, focusAreas };
}

describe('an agreement with no focus areas', () => {
  const register = synthetic(agreement('a-2019', {}), agreement('b-2020', { municipality: 'b-by', focusAreas: [{ key: 'rus', clause: 'fokus' }] }));

  it('is an empty row of the heatmap, not dropped', () => {
    const matrix = focusAreaMatrix(register);
    const rows = matrix.groups[0]!.rows;
    expect(rows.map((r) => [r.agreement.doc.id, r.cells.length])).toEqual([
      ['a-2019', 0],
      ['b-2020', 1],
    ]);
    expect(matrix.withoutFocusAreas).toBe(1);
  });

  it('is counted as "none stated" in the frequency chart', () => {
    const frequency = focusAreaFrequency(register);
    expect(frequency.rows.map((r) => [r.focusArea?.id ?? null, r.total])).toEqual([
      ['rus', 1],
      ['trafikk', 0],
      [null, 1],
    ]);
  });
});

describe('a year-only date', () => {
  it('is a span of the whole year on the timeline, which covers that year', () => {
    const data = timeline(synthetic(agreement('a-2019', { signed: { date: '2019', asWritten: '--.--.2019' } })));
    const mark = data.groups[0]!.rows[0]!.marks[0]!;
    expect(mark.signed.precision).toBe('year');
    expect([iso(mark.signed.start), iso(mark.signed.end)]).toEqual(['2019-01-01', '2020-01-01']);
    expect(data.domain.map(iso)).toEqual(['2019-01-01', '2020-01-01']);
  });
});

describe('an agreement with no meeting figure', () => {
  it('falls in the "not stated" category, counted by district', () => {
    const meetings = meetingsDistribution(
      synthetic(
        agreement('a-2019', { council: { meetingsPerYear: 2, clause: 'rad' } }),
        agreement('b-2019', { municipality: 'b-by', policeDistrict: 'sor' }),
        agreement('a-2020', { council: { chair: 'ordføreren', clause: 'rad' } }),
      ),
    );
    expect(meetings.rows.map((r) => [r.category, r.total, Object.fromEntries(r.byDistrict)])).toEqual([
      [2, 1, { nord: 1, sor: 0 }],
      ['not-stated', 2, { nord: 1, sor: 1 }],
    ]);
  });
});

describe('a district with no agreements', () => {
  const register = synthetic(agreement('a-2019', { focusAreas: [{ key: 'trafikk', clause: 'fokus' }] }));

  it('is an empty group in the heatmap and the timeline', () => {
    expect(focusAreaMatrix(register).groups.map((g) => [g.district.id, g.rows.length])).toEqual([
      ['nord', 1],
      ['sor', 0],
    ]);
    expect(timeline(register).groups.map((g) => [g.district.id, g.rows.length])).toEqual([
      ['nord', 1],
      ['sor', 0],
    ]);
  });

  it('is named among the districts without agreements', () => {
    expect(focusAreaFrequency(register).emptyDistricts.map((d) => d.id)).toEqual(['sor']);
    expect(meetingsDistribution(register).emptyDistricts.map((d) => d.id)).toEqual(['sor']);
  });

  it('an empty register still gives charts: no rows, a current-year timeline', () => {
    const empty = synthetic();
    expect(focusAreaMatrix(empty).agreementCount).toBe(0);
    expect(timeline(empty).groups.every((g) => g.rows.length === 0)).toBe(true);
    const year = new Date().getUTCFullYear();
    expect(timeline(empty).domain).toEqual([new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1))]);
    expect(meetingsDistribution(empty).rows.map((r) => r.category)).toEqual(['not-stated']);
  });
});
