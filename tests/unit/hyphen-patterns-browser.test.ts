/**
 * The hyphenation patterns as the browser reaches them (hyphen-patterns-browser.ts): not there until loaded, so that
 * the draft check's work carries them only for a draft that asks; then the answers of the importer's patterns.
 */
import { describe, expect, it } from 'vitest';
import { HyphenPatternsNotLoaded, loadHyphenPatterns, patternBreak } from '../../src/lib/import/hyphen-patterns-browser.ts';
import { patternBreak as nodePatternBreak } from '../../src/lib/import/hyphen-patterns.ts';

describe('the hyphenation patterns in the browser', () => {
  it('are asked for before they are loaded: the caller is told to load them', () => {
    expect(() => patternBreak('samfunnssikkerhet', 14)).toThrow(HyphenPatternsNotLoaded);
  });

  it('once loaded, break a word where the importer\'s patterns do', async () => {
    await loadHyphenPatterns();
    const cases: Array<[string, number]> = [
      ['samfunnssikkerhet', 14],
      ['samfunnssikkerhet', 3],
      ['ruspolitisk', 3],
      ['kommunen', 2],
      ['forebyggende', 4],
    ];
    for (const [word, at] of cases) expect(patternBreak(word, at), `${word} at ${at}`).toBe(nodePatternBreak(word, at));
    expect(cases.some(([word, at]) => nodePatternBreak(word, at))).toBe(true);
    expect(cases.some(([word, at]) => !nodePatternBreak(word, at))).toBe(true);
  });
});
