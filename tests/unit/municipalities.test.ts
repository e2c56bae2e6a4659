/**
 * The national register on a small frozen register (tests/fixtures/national):
 * boundaries and neighbours, status per municipality with merged history,
 * shares per district, "Finn din kommune", the map's paths and the open data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/lib/content/agreements.ts';
import { municipalitySchema, policeDistrictSchema, type AgreementData, type Municipality, type PoliceDistrict } from '../../src/lib/content/schema.ts';
import { geoPath, geoTransverseMercator } from 'd3';
import { drawnMap, layoutMunicipalityMap } from '../../src/lib/charts/layout-municipality-map.ts';
import { RelativePath } from '../../src/lib/charts/relative-path.ts';
import { neighboursByNumber, parseBoundaries } from '../../src/lib/municipalities/boundaries.ts';
import { municipalityRegister } from '../../src/lib/municipalities/coverage.ts';
import { findEntries, findMunicipalities } from '../../src/lib/municipalities/find.ts';
import { foldName, municipalityKey, splitOfficialName } from '../../src/lib/municipalities/names.ts';
import { municipalityCsv, municipalityRows } from '../../src/lib/publish/export.ts';

const dir = 'tests/fixtures/national';
const read = (name: string) => readFileSync(`${dir}/${name}`, 'utf8');
const municipalities: Municipality[] = (JSON.parse(read('municipalities.json')) as unknown[]).map((m) => municipalitySchema.parse(m));
const districts: PoliceDistrict[] = (JSON.parse(read('police-districts.json')) as unknown[]).map((d) => policeDistrictSchema.parse(d));
const boundaries = parseBoundaries(read('boundaries/kommuner.topojson'), `${dir}/boundaries/kommuner.topojson`);

/**
 * The reference for RelativePath: an SVG path of absolute moves and lines at
 * whole px (D3's string at `digits(0)`) written relative, steps of zero
 * dropped: "M10,20L12,25L12,25Z" → "m10 20 2 5z".
 */
function relativePath(d: string): string {
  const out = new RelativePath();
  for (const [, cmd, rest] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      out.closePath();
      continue;
    }
    const [x, y] = rest!.split(',').map(Number) as [number, number];
    if (cmd === 'M') out.moveTo(x, y);
    else out.lineTo(x, y);
  }
  return out.result();
}

/** A document with only the facts the national register reads. */
function doc(id: string, municipality: string, date: string, extra: Partial<AgreementData> = {}): Doc {
  return {
    id,
    data: { documentType: 'samarbeidsavtale', municipality, policeDistrict: 'nord', signed: { date, asWritten: date }, ...extra } as unknown as AgreementData,
  };
}
const docs: Doc[] = [
  doc('bby-2019', 'bby', '2019-05-01', { council: { jointWith: ['cby'] } as unknown as AgreementData['council'] }),
  doc('gamleby-2018', 'gamleby', '2018-10-19'),
  doc('gamleby-2009', 'gamleby', '2009-03-25', { supersededBy: 'gamleby-2018' }),
  doc('doy-2017', 'doy', '2017', { policeDistrict: 'sor', supersededBy: 'doy-2020' }),
  doc('doy-2020', 'doy', '2020-02-02', { policeDistrict: 'sor', supersedes: 'doy-2017' }),
];
const national = municipalityRegister(docs, municipalities, districts);
const record = (id: string) => national.byId.get(id)!;

describe('boundaries and neighbours', () => {
  const neighbours = neighboursByNumber(boundaries, 2);

  it('finds the municipalities that share a border', () => {
    expect(neighbours.get('9001')).toEqual({ numbers: ['9002'], kind: 'border' });
    expect(neighbours.get('9002')).toEqual({ numbers: ['9001', '9003'], kind: 'border' });
  });

  it('gives an island without a land border its nearest municipalities, nearest first', () => {
    expect(neighbours.get('9005')).toEqual({ numbers: ['9003', '9002'], kind: 'nearest' });
    expect(neighbours.get('9004')).toEqual({ numbers: ['9001', '9002'], kind: 'nearest' });
  });

  it('names the file and the fix when the boundaries are broken', () => {
    expect(() => parseBoundaries('{"type":"Topology","objects":{},"arcs":[]}', 'x.topojson')).toThrow(/^x\.topojson: objects\.kommuner: expected a GeometryCollection.*simplify-boundaries/);
    expect(() => parseBoundaries('{', 'x.topojson')).toThrow(/^x\.topojson: not valid JSON/);
  });
});

describe('status per municipality', () => {
  it('is current with an agreement in force, historical with only earlier ones (merged history included), none without', () => {
    expect(record('bby').status).toBe('current');
    expect(record('doy').status).toBe('current');
    expect(record('aby').status).toBe('historical');
    expect(record('eoy').status).toBe('none');
    expect(record('cby').status).toBe('none');
  });

  it('shows a successor the agreements of what merged into it, newest first, and links both ways', () => {
    expect(record('aby').inherited.map((d) => d.id)).toEqual(['gamleby-2018', 'gamleby-2009']);
    expect(record('aby').predecessors.map((m) => m.id)).toEqual(['gamleby']);
    expect(record('gamleby').successor?.id).toBe('aby');
    expect(record('aby').latest?.id).toBe('gamleby-2018');
  });

  it('lists a joint council under the municipality that takes part, not as its own agreement', () => {
    expect(record('cby').joint.map((d) => d.id)).toEqual(['bby-2019']);
    expect(record('cby').own).toEqual([]);
  });

  it('counts per district over the municipalities of today, by their own district', () => {
    const share = Object.fromEntries(national.shares.map((s) => [s.district.id, [s.withAgreement, s.current, s.total]]));
    // Nord: Aby (historical), Bby (current), Cby (none; in Nord by its cited source) — by hand, 2 of 3.
    expect(share).toEqual({ nord: [2, 1, 3], sor: [1, 1, 2] });
    expect(national.national).toEqual({ total: 5, withAgreement: 3, current: 2 });
  });
});

describe('Finn din kommune', () => {
  const entries = findEntries(municipalities, (name) => `nå ${name}`);

  it('finds by name, number, other official name and earlier name, ignoring case and accents', () => {
    expect(findMunicipalities('bby', entries).map((e) => e.id)).toEqual(['bby']);
    expect(findMunicipalities('9004', entries).map((e) => e.id)).toEqual(['doy']);
    expect(findMunicipalities('DOY', entries).map((e) => e.id)).toEqual(['doy']);
    expect(findMunicipalities('cohkka', entries).map((e) => e.id)).toEqual(['cby']);
    const old = findMunicipalities('Gamle', entries);
    expect(old.map((e) => [e.id, e.nowId, e.label])).toEqual([['gamleby', 'aby', '9101, nå Aby']]);
  });

  it('puts an exact match before names that begin or contain the query, and finds nothing for an empty one', () => {
    expect(findMunicipalities('by', entries).map((e) => e.id)).toEqual(['aby', 'bby', 'cby', 'gamleby']);
    expect(findMunicipalities('  ', entries)).toEqual([]);
  });
});

describe('names', () => {
  it('splits the Norwegian name from the Sami and Kven forms, and refuses an unknown split', () => {
    expect(splitOfficialName('5610', 'Kárášjohka - Karasjok')).toEqual({ name: 'Karasjok', otherNames: ['Kárášjohka'] });
    expect(splitOfficialName('5538', 'Storfjord - Omasvuotna - Omasvuono')).toEqual({ name: 'Storfjord', otherNames: ['Omasvuotna', 'Omasvuono'] });
    expect(() => splitOfficialName('9999', 'A - B')).toThrow(/add it to NORWEGIAN_FORM/);
  });

  it('makes keys and folded names', () => {
    expect(municipalityKey('Våler (Østfold)')).toBe('valer-ostfold');
    expect(municipalityKey('Bærum')).toBe('baerum');
    expect(foldName('Kárášjohka')).toBe('karasjohka');
  });
});

describe('the map', () => {
  it('draws every municipality inside the layout, once per size and set', () => {
    const layout = layoutMunicipalityMap(boundaries, { width: 300 });
    expect(layout.shapes.map((s) => s.number)).toEqual(['9001', '9002', '9003', '9004', '9005']);
    expect(layoutMunicipalityMap(boundaries, { width: 300 })).toBe(layout);
    const district = layoutMunicipalityMap(boundaries, { width: 300, numbers: ['9001', '9002'] });
    expect(district.shapes).toHaveLength(2);
    for (const l of [layout, district]) {
      for (const s of l.shapes) {
        for (const [x, y] of absolutePoints(s.d)) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(l.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(l.height);
        }
      }
    }
  });

  it('draws the shapes that have a record, with their records, and counts them by status', () => {
    const layout = layoutMunicipalityMap(boundaries, { width: 300 });
    const byNumber = new Map([...national.byNumber].filter(([number]) => number !== '9005'));
    const map = drawnMap(layout, byNumber);
    expect(map.areas.map((a) => a.shape.number)).toEqual(['9001', '9002', '9003', '9004']);
    expect(map.areas.every((a) => a.record === byNumber.get(a.shape.number))).toBe(true);
    const statuses = map.areas.map((a) => a.record.status);
    expect(map.counts).toEqual({
      current: statuses.filter((st) => st === 'current').length,
      historical: statuses.filter((st) => st === 'historical').length,
      none: statuses.filter((st) => st === 'none').length,
    });
    expect(map.counts.current + map.counts.historical + map.counts.none).toBe(4);
    expect([map.width, map.height]).toEqual([layout.width, layout.height]);
  });

  it('draws each boundary as D3 draws it at digits(0), written relative: the same points, rounded the same way', () => {
    // At a size where D3's coordinates have fractions to round.
    const projection = geoTransverseMercator().rotate([-15, -65]).fitWidth(333.3, { type: 'FeatureCollection', features: boundaries.features });
    for (const feature of boundaries.features) {
      const drawn = new RelativePath();
      geoPath(projection, drawn)(feature);
      expect(drawn.result()).toBe(relativePath(geoPath(projection).digits(0)(feature) ?? ''));
      expect(drawn.result()).not.toBe('');
    }
  });

  it('writes relative paths that trace the same points as the absolute ones', () => {
    const d = 'M10,20L12,25L12,25L5,5ZM30,30L31,29Z';
    // After a move, further pairs are lines (SVG's implicit lineto), so no "l" is written.
    expect(relativePath(d)).toBe('m10 20 2 5-7-20zm20 10 1-1z');
    expect(absolutePoints(relativePath(d))).toEqual([[10, 20], [12, 25], [5, 5], [30, 30], [31, 29]]);
  });
});

describe('open data of the municipalities', () => {
  it('has a row per municipality with district, status, count and the latest agreement', () => {
    const rows = municipalityRows(national.records);
    expect(rows.map((r) => r.number)).toEqual(['9001', '9002', '9003', '9004', '9005', '9101']);
    expect(rows[0]).toEqual({
      number: '9001',
      name: 'Aby',
      county: 'Nordfylke',
      policeDistrict: 'Nord politidistrikt',
      municipalityStatus: 'active',
      status: 'historical',
      agreements: 2,
      latestAgreementUrl: '/avtaler/gamleby-2018/',
      latestAgreementSigned: '2018-10-19',
      mergedInto: null,
    });
    expect(rows[5]).toMatchObject({ number: '9101', municipalityStatus: 'merged', mergedInto: '9001' });
    const csv = municipalityCsv(rows).split('\r\n');
    expect(csv[0]).toBe('number,name,county,policeDistrict,municipalityStatus,status,agreements,latestAgreementUrl,latestAgreementSigned,mergedInto');
    expect(csv[5]).toBe('9005,Eøy,Sørfylke,Sør politidistrikt,active,none,0,,,');
  });
});

/** The absolute points of a path of m/l/z commands (relative) or M/L/Z (absolute). */
function absolutePoints(d: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (cmd === 'z' || cmd === 'Z') {
      [x, y] = start;
      continue;
    }
    const nums = (args!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    for (let i = 0; i < nums.length; i += 2) {
      const rel = cmd === 'm' || cmd === 'l';
      [x, y] = rel ? [x + nums[i]!, y + nums[i + 1]!] : [nums[i]!, nums[i + 1]!];
      if (i === 0 && (cmd === 'm' || cmd === 'M')) start = [x, y];
      points.push([x, y]);
    }
  }
  return points;
}
