/**
 * The benchmarks' one median (`npm run bench`'s areas, `npm run bench:starlight`): the middle value
 * of an odd count, the mean of the two middle values of an even one, so that a run count does not
 * pick a side.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
