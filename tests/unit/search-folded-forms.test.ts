/** The words of a passage as typed without ø and æ, which the search index holds beside the passage. */
import { describe, expect, it } from 'vitest';
import { foldedForms, foldedText, foldedWord } from '../../src/lib/search/folded-forms.ts';

describe('foldedWord', () => {
  it('types ø as o and æ as ae, in lower case, without the signs at the ends', () => {
    expect(foldedWord('Bodø')).toBe('bodo');
    expect(foldedWord('(Bodø).')).toBe('bodo');
    expect(foldedWord('SÆRLEG')).toBe('saerleg');
    expect(foldedWord('Værøy')).toBe('vaeroy');
  });

  it('keeps the signs inside a word, as Pagefind indexes the whole and the parts', () => {
    expect(foldedWord('Sør-Øst')).toBe('sor-ost');
    expect(foldedWord('ordfører/rådmann')).toBe('ordforer/rådmann');
  });
});

describe('foldedForms', () => {
  it('gives each word with ø or æ once, sorted, as typed without them', () => {
    expect(foldedForms('Politiråd i Bodø kommune, Sør-Øst og Bodø; særleg møte.')).toEqual(['bodo', 'mote', 'saerleg', 'sor-ost']);
  });

  it('gives nothing for words without ø or æ (å Pagefind folds itself) and forms the passage already has', () => {
    expect(foldedForms('Politirådet på Åsane')).toEqual([]);
    expect(foldedForms('forebygging og førebygging')).toEqual([]);
    expect(foldedForms('')).toEqual([]);
  });
});

describe('foldedText', () => {
  it('marks the forms apart, between spaces, after a space', () => {
    expect(foldedText(['bodo', 'sor-ost'])).toBe(' ⟮ bodo sor-ost ⟯');
    expect(foldedText([])).toBe('');
  });
});
