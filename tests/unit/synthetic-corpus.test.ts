/** The benchmark's synthetic register: deterministic, of the size asked, and valid by the register's own checker. */
import { describe, expect, it } from 'vitest';
import { syntheticRegister } from '../../src/lib/content/synthetic-corpus.ts';
import { checkRegister, formatProblem } from '../../src/lib/content/validate.ts';
import { realFiles } from './helpers.ts';

// The checker parses every text with the build's MDX parser: 200 documents take seconds on a busy machine.
describe('syntheticRegister', { timeout: 120_000 }, () => {
  const corpus = syntheticRegister(realFiles(), 40);

  it('has the size asked and passes the checker', () => {
    const result = checkRegister(corpus);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.agreements).toHaveLength(40);
    expect(new Set(result.agreements.map((a) => a.data.policeDistrict)).size).toBe(12);
  });

  it('varies dates, meeting figures and focus areas, including year-only dates and missing figures', () => {
    const agreements = checkRegister(syntheticRegister(realFiles(), 200)).agreements;
    expect(agreements.some((a) => a.data.signed?.date.length === 4)).toBe(true);
    expect(agreements.some((a) => a.data.council && a.data.council.meetingsPerYear === undefined)).toBe(true);
    expect(agreements.some((a) => a.data.focusAreas.length === 0)).toBe(true);
    expect(new Set(agreements.map((a) => a.data.council?.meetingsPerYear)).size).toBeGreaterThan(3);
  });

  it('gives the real municipalities one agreement each, in their own district, then revisions linked both ways', () => {
    const result = checkRegister(syntheticRegister(realFiles(), 400));
    expect(result.problems.map(formatProblem)).toEqual([]);
    const today = result.municipalities.filter((m) => m.status === 'active');
    expect(today).toHaveLength(357);
    const byMunicipality = new Map<string, typeof result.agreements>();
    for (const a of result.agreements) byMunicipality.set(a.data.municipality, [...(byMunicipality.get(a.data.municipality) ?? []), a]);
    expect(byMunicipality.size).toBe(357);
    expect([...byMunicipality.values()].filter((list) => list.length === 2)).toHaveLength(400 - 357);
    const district = new Map(today.map((m) => [m.id, m.policeDistrict]));
    expect(result.agreements.every((a) => a.data.policeDistrict === district.get(a.data.municipality))).toBe(true);
    const revised = [...byMunicipality.values()].find((list) => list.length === 2)!;
    const [first, second] = [...revised].sort((a, b) => (a.data.signed!.date < b.data.signed!.date ? -1 : 1));
    expect(first!.data.supersededBy).toBe(second!.id);
    expect(second!.data.supersedes).toBe(first!.id);
  }, 60_000);

  it('is the same every time', () => {
    expect(syntheticRegister(realFiles(), 40)).toEqual(corpus);
  });
});
