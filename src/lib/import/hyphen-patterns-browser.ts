/**
 * The hyphenation patterns in the browser (package.json `imports`, condition
 * `browser`): the same patterns as `hyphen-patterns.ts`, loaded on demand, so
 * that the draft check's work (src/scripts/draft-check-run.ts) does not carry
 * them for the drafts that never ask (most have no line-end hyphen the draft's
 * and the register's words leave open). `patternBreak` before
 * `loadHyphenPatterns` throws `HyphenPatternsNotLoaded`: the caller loads them
 * and reads the draft again, or loads them first for a draft that
 * `mayAskForPatterns`.
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

/**
 * True when `text` has a line-end hyphen between lower-case letters ("rus-" / "politisk"), the one kind the re-flow may
 * ask the patterns about (when neither the text's words nor the register's decide it): the caller can load them
 * before it reads the text, not after a first read asked. Text whose hyphen only comes next to such a line once page
 * furniture between them is taken out is not seen here: the caller's retry still loads them for it.
 */
export function mayAskForPatterns(text: string): boolean {
  return /\p{Ll}-[ \t]*\r?\n[ \t]*\p{Ll}/u.test(text);
}

/** Loads the patterns (once; a load that failed is tried again next time). */
export async function loadHyphenPatterns(): Promise<void> {
  patterns ??= await import('./hyphen-patterns.ts');
}

/** As `hyphen-patterns.ts`'s `patternBreak`, once the patterns are loaded. */
export function patternBreak(word: string, at: number): boolean {
  if (!patterns) throw new HyphenPatternsNotLoaded();
  return patterns.patternBreak(word, at);
}
