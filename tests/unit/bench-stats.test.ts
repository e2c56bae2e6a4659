import { describe, expect, it } from 'vitest';
import { median } from '../../scripts/bench-stats.ts';

describe('the benchmarks’ median', () => {
  it('is the middle value of an odd count, in any order', () => {
    expect(median([3])).toBe(3);
    expect(median([1.32, 0.99, 1.27])).toBe(1.27);
    expect(median([5, 1, 4, 2, 3])).toBe(3);
  });

  it('is the mean of the two middle values of an even count, not the lower one', () => {
    // The four ratios of a bench:starlight run of 2026-12-02: the lower middle value (1.08) was printed as the median.
    expect(median([0.99, 1.08, 1.27, 1.32])).toBeCloseTo(1.175, 10);
    expect(median([2, 1])).toBe(1.5);
  });

  it('does not reorder what it is given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow('median of no values');
  });
});
