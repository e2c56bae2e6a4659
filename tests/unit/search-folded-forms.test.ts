/** The words of a passage as typed without ø and æ, which the search index holds beside the passage. */
import { describe, expect, it } from 'vitest';
import { foldedForms, foldedText, foldedWords } from '../../src/lib/search/folded-forms.ts';

describe('foldedWords', () => {
  it('types ø as o and as oe, æ as ae, in lower case, without the signs at the ends', () => {
    expect(foldedWords('Bodø')).toEqual(['bodo', 'bodoe']);
    expect(foldedWords('(Bodø).')).toEqual(['bodo', 'bodoe']);
    expect(foldedWords('SÆRLEG')).toEqual(['saerleg']);
    expect(foldedWords('Værøy')).toEqual(['vaeroy', 'vaeroey']);
    expect(foldedWords('politiråd')).toEqual(['politiråd']);
  });

  it('keeps the signs inside a word, as Pagefind indexes the whole and the parts', () => {
    expect(foldedWords('Sør-Øst')).toEqual(['sor-ost', 'soer-oest']);
    expect(foldedWords('ordfører/rådmann')).toEqual(['ordforer/rådmann', 'ordfoerer/rådmann']);
  });
});

describe('foldedForms', () => {
  it('gives the forms of each word with ø or æ once, sorted', () => {
    expect(foldedForms('Politiråd i Bodø kommune, Sør-Øst og Bodø; særleg møte.')).toEqual(['bodo', 'bodoe', 'moete', 'mote', 'saerleg', 'soer-oest', 'sor-ost']);
  });

  it('gives nothing for words without ø or æ (å Pagefind folds itself) and forms the passage already has', () => {
    expect(foldedForms('Politirådet på Åsane')).toEqual([]);
    expect(foldedForms('forebygging og førebygging')).toEqual(['foerebygging']);
    expect(foldedForms('')).toEqual([]);
  });
});

describe('foldedText', () => {
  it('marks the forms apart, between spaces, after a space', () => {
    expect(foldedText(['bodo', 'sor-ost'])).toBe(' ⟮ bodo sor-ost ⟯');
    expect(foldedText([])).toBe('');
  });
});
