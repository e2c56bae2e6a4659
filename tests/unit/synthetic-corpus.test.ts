/** The benchmark's synthetic register: deterministic, of the size asked, and valid by the register's own checker. */
import { describe, expect, it } from 'vitest';
import { syntheticRegister } from '../../src/lib/content/synthetic-corpus.ts';
import { checkRegister, formatProblem } from '../../src/lib/content/validate.ts';
import { registerFiles } from './helpers.ts';

// The checker parses every text with the build's MDX parser: 200 documents take seconds on a busy machine.
describe('syntheticRegister', { timeout: 120_000 }, () => {
  const corpus = syntheticRegister(registerFiles(), 40);

  it('has the size asked and passes the checker', () => {
    const result = checkRegister(corpus);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.agreements).toHaveLength(40);
    expect(new Set(result.agreements.map((a) => a.data.policeDistrict)).size).toBe(12);
  });

  it('varies dates, meeting figures and focus areas, including year-only dates and missing figures', () => {
    const agreements = checkRegister(syntheticRegister(registerFiles(), 200)).agreements;
    expect(agreements.some((a) => a.data.signed?.date.length === 4)).toBe(true);
    expect(agreements.some((a) => a.data.council && a.data.council.meetingsPerYear === undefined)).toBe(true);
    expect(agreements.some((a) => a.data.focusAreas.length === 0)).toBe(true);
    expect(new Set(agreements.map((a) => a.data.council?.meetingsPerYear)).size).toBeGreaterThan(3);
  });

  it('places every municipality on the map, near a real one', () => {
    const municipalities = checkRegister(corpus).municipalities;
    expect(municipalities.every((m) => m.coordinates && m.coordinates.lat > 58 && m.coordinates.lat < 71)).toBe(true);
  });

  it('is the same every time', () => {
    expect(syntheticRegister(registerFiles(), 40)).toEqual(corpus);
  });
});
