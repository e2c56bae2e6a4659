/** The query words Pagefind found only through its fallback (a shorter word of the index), on the words its results matched in the fixture register's built site. */
import { describe, expect, it } from 'vitest';
import { matchedWords, searchForm, unmatchedWords } from '../../src/lib/search/unmatched-words.ts';

describe('unmatchedWords', () => {
  it('names a misspelt word that Pagefind searched as a shorter word of the index', () => {
    // What Pagefind matched for «tausetsplikt» and «politiraad» in the register: «ta» and «politi».
    expect(unmatchedWords('tausetsplikt', ['ta', 'Ta'])).toEqual(['tausetsplikt']);
    expect(unmatchedWords('politiraad', ['politiet', 'politi.', 'Politiets', 'Kommunen/Politiet.', 'www.politi.no'])).toEqual(['politiraad']);
    expect(unmatchedWords('Bodø tausetsplikt', ['Bodø', 'ta'])).toEqual(['tausetsplikt']);
    // «ide» as «i» (53 hits of «i» in the register): «de» ends words the stemmer shortens, but it never shortens a word to less than three letters.
    expect(unmatchedWords('idé', ['i', 'I'])).toEqual(['idé']);
    // Named without the signs typed around it, which the notice's own «» would double.
    expect(unmatchedWords('«tausetsplikt» "politiraad" tausets*', ['ta', 'politi'])).toEqual(['tausetsplikt', 'politiraad', 'tausets']);
    expect(unmatchedWords('ide', ['i', 'i'])).toEqual(['ide']);
    expect(unmatchedWords('politiråd ide', ['Politirådet', 'i'])).toEqual(['ide']);
  });

  it('names none when each word was found as typed, an inflection of it, or the start of a longer word', () => {
    expect(unmatchedWords('taushetsplikt', ['Taushetsplikten', 'taushetsplikt.'])).toEqual([]);
    expect(unmatchedWords('politirådet', ['politiråd', 'Politirådets'])).toEqual([]);
    expect(unmatchedWords('politirådene', ['politiråd.'])).toEqual([]);
    expect(unmatchedWords('evalueringen', ['evaluering'])).toEqual([]);
    expect(unmatchedWords('politirad', ['POLITIRÅD.', 'Politirådet'])).toEqual([]);
    expect(unmatchedWords('rus', ['rusmiddelbruk'])).toEqual([]);
    expect(unmatchedWords('møtene', ['møter'])).toEqual([]);
    expect(unmatchedWords('rusen', ['rus'])).toEqual([]);
    expect(unmatchedWords('årlege', ['årleg'])).toEqual([]);
    expect(unmatchedWords('koordinator', ['SLT-koordinatoren'])).toEqual([]);
    expect(unmatchedWords('SLT-koordinator', ['SLT-koordinator.'])).toEqual([]);
    expect(unmatchedWords('Sør-Øst', ['Sør-Øst'])).toEqual([]);
    expect(unmatchedWords('mai-arrangementet', ['mai', '17.mai-arrangementet,'])).toEqual([]);
    expect(unmatchedWords('"felles ansvar"', ['felles', 'ansvar'])).toEqual([]);
    expect(unmatchedWords('vold*', ['vold', 'voldelig'])).toEqual([]);
    expect(unmatchedWords('psykisk helse', ['Psykisk', 'helseteam,'])).toEqual([]);
  });

  it('names none when nothing was matched (nothing to judge by)', () => {
    expect(unmatchedWords('tausetsplikt', [])).toEqual([]);
  });
});

describe('matchedWords', () => {
  it('reads the words at the match locations, counted as Pagefind counts them', () => {
    expect(matchedWords({ content: 'Avtaleteksten. Ta  med\nTaushetsplikten. x', locations: [1, 3, 9] })).toEqual(['Ta', 'Taushetsplikten.']);
  });

  it('searchForm is Pagefind’s: lower case, å as a, ø kept, signs left out', () => {
    expect(searchForm('Sør-Øst')).toBe('sørøst');
    expect(searchForm('Politiråd.')).toBe('politirad');
  });
});
