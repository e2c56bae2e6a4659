/**
 * The national register's data (content/municipalities.json,
 * content/police-districts.json, content/boundaries/): a test of the data
 * itself, so it reads content/ on purpose. Every municipality of 2024 is in
 * exactly one police district, by its county or by a cited source; the
 * boundaries hold the same 357 municipalities; earlier ones link both ways.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { parseBoundaries } from '../../src/lib/municipalities/boundaries.ts';
import { contentDir, readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { join } from 'node:path';

// The live register (or REGISTER_CONTENT's copy, as new-agreement.test.ts runs it).
const result = checkRegister(readRegisterFiles());
const today = result.municipalities.filter((m) => m.status === 'active');
const districtById = new Map(result.policeDistricts.map((d) => [d.id, d]));

/** The exceptions to "the district follows the county", as the issue lists them and the sources support. */
const EXCEPTIONS: Record<string, string> = {
  Asker: 'oslo',
  Bærum: 'oslo',
  Lunner: 'innlandet',
  Jevnaker: 'sor-ost',
  Sirdal: 'sor-vest',
  Sveio: 'sor-vest',
  Etne: 'sor-vest',
  Bømlo: 'sor-vest',
  Fitjar: 'sor-vest',
  Stord: 'sor-vest',
  Bindal: 'trondelag',
  Gratangen: 'nordland',
};

describe('the municipalities of 2024', () => {
  it('are 357, valid, each with its own number and exactly one police district', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(today).toHaveLength(357);
    expect(new Set(today.map((m) => m.number)).size).toBe(357);
    for (const m of today) expect(districtById.has(m.policeDistrict!), m.name).toBe(true);
  });

  it('are the municipalities of the boundary data, number for number', () => {
    const boundaries = parseBoundaries(readFileSync(join(contentDir(), 'boundaries/kommuner.topojson'), 'utf8'), 'kommuner.topojson');
    expect([...boundaries.byNumber.keys()].sort()).toEqual(today.map((m) => m.number).sort());
  });

  it('follow their county, except the listed ones, each in its district by a cited source', () => {
    const exceptions = today.filter((m) => !districtById.get(m.policeDistrict!)!.counties.includes(m.county));
    expect(Object.fromEntries(exceptions.map((m) => [m.name, m.policeDistrict]))).toEqual(EXCEPTIONS);
    for (const m of exceptions) {
      expect(m.districtSources?.length, m.name).toBeGreaterThan(0);
      for (const s of m.districtSources!) expect(s.url, m.name).toMatch(/^https?:\/\//);
    }
  });

  it('say where the sources disagree or fall short, and follow the police: Sirdal in Sør-Vest, Gratangen in Nordland', () => {
    const byName = new Map(today.map((m) => [m.name, m]));
    expect(byName.get('Sirdal')!.districtNote).toMatch(/Vest politidistrikt.*politiets/s);
    expect(byName.get('Sirdal')!.districtSources!.some((s) => s.publisher === 'Politiet')).toBe(true);
    expect(byName.get('Gratangen')!.districtNote).toMatch(/uenige/);
    expect(byName.get('Lunner')!.districtNote).toMatch(/Ikke fullt verifisert/);
  });

  it('count per district as the police lists them (Troms 20 of the county’s 21; Øst 29, counted by hand)', () => {
    const count = (id: string) => today.filter((m) => m.policeDistrict === id).length;
    expect(count('oslo')).toBe(3);
    expect(count('ost')).toBe(29);
    expect(count('troms')).toBe(20);
    expect(today.filter((m) => m.county === 'Troms')).toHaveLength(21);
  });

  it('keep the earlier municipalities the documents name, linked to what they became', () => {
    const byId = new Map(result.municipalities.map((m) => [m.id, m]));
    for (const [old, now] of [['oppegard', 'nordre-follo'], ['ski', 'nordre-follo'], ['rygge', 'moss'], ['leikanger', 'sogndal']] as const) {
      expect(byId.get(old)).toMatchObject({ status: 'merged', mergedInto: now });
      expect(byId.get(now)?.status).toBe('active');
    }
  });
});
