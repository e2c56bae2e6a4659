/** The benchmark's synthetic register: deterministic, of the size asked, and valid by the register's own checker. */
import { describe, expect, it } from 'vitest';
import { syntheticRegister } from '../../src/lib/content/synthetic-corpus.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { registerFiles } from './helpers.ts';

// The checker parses every text with the build's MDX parser: 200 documents take seconds on a busy machine.
describe('syntheticRegister', { timeout: 120_000 }, () => {
  const corpus = syntheticRegister(registerFiles(), 40);

  it('has the size asked and passes the checker', () => {
    const result = checkRegister(corpus);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.agreements).toHaveLength(40);
    // Every district with a municipality of today gets agreements, in turn.
    const districts = new Set(result.municipalities.filter((m) => m.status === 'active').map((m) => m.policeDistrict));
    expect(new Set(result.agreements.map((a) => a.data.policeDistrict))).toEqual(districts);
  });

  it('varies dates, meeting figures and focus areas, including year-only dates and missing figures', () => {
    const agreements = checkRegister(syntheticRegister(registerFiles(), 200)).agreements;
    expect(agreements.some((a) => a.data.signed?.date.length === 4)).toBe(true);
    expect(agreements.some((a) => a.data.council && a.data.council.meetingsPerYear === undefined)).toBe(true);
    expect(agreements.some((a) => a.data.focusAreas.length === 0)).toBe(true);
    expect(new Set(agreements.map((a) => a.data.council?.meetingsPerYear)).size).toBeGreaterThan(3);
  });

  it('gives the real municipalities one agreement each, in their own district, then revisions linked both ways', () => {
    const result = checkRegister(syntheticRegister(registerFiles(), 60));
    expect(result.problems.map(formatProblem)).toEqual([]);
    const today = result.municipalities.filter((m) => m.status === 'active');
    const byMunicipality = new Map<string, typeof result.agreements>();
    for (const a of result.agreements) byMunicipality.set(a.data.municipality, [...(byMunicipality.get(a.data.municipality) ?? []), a]);
    expect(byMunicipality.size).toBe(today.length);
    const counts = [...byMunicipality.values()].map((list) => list.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    const district = new Map(today.map((m) => [m.id, m.policeDistrict]));
    expect(result.agreements.every((a) => a.data.policeDistrict === district.get(a.data.municipality))).toBe(true);
    for (const list of byMunicipality.values()) {
      const sorted = [...list].sort((a, b) => (a.data.signed!.date < b.data.signed!.date ? -1 : 1));
      sorted.forEach((a, k) => {
        expect(a.data.supersedes).toBe(sorted[k - 1]?.id);
        expect(a.data.supersededBy).toBe(sorted[k + 1]?.id);
      });
    }
  });

  it('is the same every time', () => {
    expect(syntheticRegister(registerFiles(), 40)).toEqual(corpus);
  });
});
