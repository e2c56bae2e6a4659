/**
 * The hyphenation patterns in the browser (package.json `imports`, condition
 * `browser`): the same patterns as `hyphen-patterns.ts`, loaded on demand, so
 * that the draft check's work (src/scripts/draft-check-run.ts) does not carry
 * them for the drafts that never ask (most have no line-end hyphen the draft's
 * and the register's words leave open). `patternBreak` before
 * `loadHyphenPatterns` throws `HyphenPatternsNotLoaded`: the caller loads them
 * and reads the draft again.
 */
type Patterns = typeof import('./hyphen-patterns.ts');

let patterns: Patterns | undefined;

/** Thrown when a line-end hyphen needs the patterns before they were loaded. */
export class HyphenPatternsNotLoaded extends Error {
  constructor() {
    super('the hyphenation patterns are not loaded: await loadHyphenPatterns() and read the text again');
    this.name = 'HyphenPatternsNotLoaded';
  }
}

/** Loads the patterns (once). */
export async function loadHyphenPatterns(): Promise<void> {
  patterns ??= await import('./hyphen-patterns.ts');
}

/** As `hyphen-patterns.ts`'s `patternBreak`, once the patterns are loaded. */
export function patternBreak(word: string, at: number): boolean {
  if (!patterns) throw new HyphenPatternsNotLoaded();
  return patterns.patternBreak(word, at);
}
