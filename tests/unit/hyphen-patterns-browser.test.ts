/**
 * The hyphenation patterns as the browser reaches them (hyphen-patterns-browser.ts): not there until loaded, so that
 * the draft check's work carries them only for a draft that asks; then the Norwegian patterns' syllable breaks.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadHyphenPatterns, mayAskForPatterns, patternBreak } from '../../src/lib/import/hyphen-patterns-browser.ts';

/** Words and the places the patterns break them (after so many characters): sam-funns-sik-ker-het. */
const BREAKS: ReadonlyArray<[string, number[]]> = [
  ['samfunnssikkerhet', [3, 8, 11, 14]],
  ['ruspolitisk', [3, 5, 7]],
  ['kommunen', [3, 5]],
  ['forebyggende', [4, 7, 10]],
  ['politirådet', [2, 6, 8]],
  ['samarbeid', [3, 5]],
];

describe('the hyphenation patterns in the browser', () => {
  it('are asked for before they are loaded: the caller is told to load them', async () => {
    // A module of its own: the unit files share their modules (isolate: false), and another may have loaded them.
    vi.resetModules();
    const fresh = await import('../../src/lib/import/hyphen-patterns-browser.ts');
    expect(() => fresh.patternBreak('samfunnssikkerhet', 3)).toThrow(fresh.HyphenPatternsNotLoaded);
    await fresh.loadHyphenPatterns();
    expect(fresh.patternBreak('samfunnssikkerhet', 3)).toBe(true);
  });

  it('are foreseen for a text with a line-end hyphen between lower-case letters, the one kind the re-flow asks them about', () => {
    for (const text of ['et rus-\npolitisk program', 'om som- \r\n  meren', 'sam-\r\nfunnssikkerhet']) expect(mayAskForPatterns(text), text).toBe(true);
    // A capital or a digit beside the hyphen keeps it without them; a hyphen inside a line, or before a blank line, is no line-end hyphen.
    for (const text of ['SLT-\nkoordinator', 'Sør-\nØst', 'rus-\nPolitikk', '2019-\n2023', 'rus-politisk', 'rus-\n\npolitisk']) expect(mayAskForPatterns(text), text).toBe(false);
  });

  it('once loaded, break a word at its syllables and nowhere else', async () => {
    await loadHyphenPatterns();
    for (const [word, breaks] of BREAKS) {
      const found = [...word].map((_, at) => at).filter((at) => at > 0 && patternBreak(word, at));
      expect(found, word).toEqual(breaks);
    }
  });
});
