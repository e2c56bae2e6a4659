/** Every string of 1 to `n` of `signs`, shortest first: the inputs of the tests that try every short mix of signs. */
export function signStrings(n: number, signs: readonly string[]): string[] {
  let level = [''];
  const all: string[] = [];
  for (let i = 0; i < n; i++) {
    level = level.flatMap((s) => signs.map((c) => s + c));
    all.push(...level);
  }
  return all;
}
