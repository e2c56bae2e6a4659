/**
 * The edit distance of two strings, for "did you mean …": the content
 * checker names the field or key a misspelt one was meant to be, the
 * importer the municipality or police district an editor meant.
 */
/** Levenshtein distance between two strings: for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = i - 1; // row[0] from the previous pass
    let left = i; // row[j - 1] of this pass
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      if (above === undefined) throw new Error(`editDistance: no column ${j}`);
      left = Math.min(above + 1, left + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      row[j] = left;
      prev = above;
    }
  }
  const distance = row[b.length];
  if (distance === undefined) throw new Error(`editDistance: no column ${b.length}`);
  return distance;
}
