/**
 * Shared versus local text on real seed pairs. The figures were checked by
 * reading the texts side by side: Bodø's Politikontakten is Oppegård's minus
 * four local passages; Moss shares a few bullet points with Oppegård and one
 * phrase with Luster, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { analyseSharing, commonRunMask, MIN_SHARED_RUN, pairOverlap, percent, segments, words } from '../../src/lib/compare/similarity.ts';
import { splitSections } from '../../src/lib/compare/sections-text.ts';
import { agreements, passages, sharedSection, sharing } from './compare-helpers.ts';

describe('Oppegård and Bodø: Politikontakten', () => {
  it('Bodø shares 180 of its 216 words with Oppegård; its own are four passages', () => {
    const { section, figures } = sharedSection('bodo-2018', 'politikontakt');
    expect(figures).toMatchObject({ words: 216, shared: 180, sharedWith: ['oppegard-2018'] });
    expect(percent(figures.share)).toBe(83);
    // The same count by whitespace, as a reader would: the tokenizer counts words, not punctuation.
    expect(section.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w))).toHaveLength(216);
    expect(passages(figures, true)).toEqual([
      'Tar', // Oppegård: "Ta utgangspunkt"
      'nærpolitirolle', // Oppegård: "nærpoltirole"
      'I forebyggende perspektiv bidra til tverrfaglig samarbeid med ulike kommunale fora.',
      'Vi skal', // Oppegård: "Der skal vi etablere"
      'Politi skal sørge for at relevant kunnskap om kommunen blir lagt inn i politiets systemer og benyttet i det kunnskapsbaserte politiarbeidet.',
    ]);
  });

  it('Oppegård shares the same 180 words of its 324; the rest is about Oppegård, Follo and its meetings', () => {
    const { figures } = sharedSection('oppegard-2018', 'politikontakt');
    expect(figures).toMatchObject({ words: 324, shared: 180, sharedWith: ['bodo-2018'] });
    const local = passages(figures, true);
    expect(local).toHaveLength(13);
    expect(local).toContain('Politikontakten er til daglig lokalisert ved forebyggende avsnitt på Follo politistasjon.');
    expect(local).toContain('nærpoltirole');
  });

  it('gives the same figures for the pair on its own', () => {
    const bodo = sharedSection('bodo-2018', 'politikontakt').section.text;
    const oppegard = sharedSection('oppegard-2018', 'politikontakt').section.text;
    expect(pairOverlap(bodo, oppegard)).toEqual({ words: 216, shared: 180, share: 180 / 216 });
    expect(pairOverlap(oppegard, bodo)).toEqual({ words: 324, shared: 180, share: 180 / 324 });
  });
});

describe('Moss shares little', () => {
  it('95 of 536 words (17 %), in three sections, and none of its meeting terms', () => {
    const moss = sharing.get('moss-2020')!;
    expect(moss).toMatchObject({ words: 536, shared: 95 });
    expect(percent(moss.share)).toBe(17);
    expect(sharedSection('moss-2020', 'organisering').figures).toMatchObject({ words: 67, shared: 0, sharedWith: [] });
  });

  it('its purpose shares four of Oppegård\'s bullet points, some of them under Oppegård\'s focus areas', () => {
    const { figures } = sharedSection('moss-2020', 'formal');
    expect(figures).toMatchObject({ words: 165, shared: 63, sharedWith: ['oppegard-2018'] });
    expect(passages(figures, false)).toEqual([
      'forpliktende handlingsplaner slik at befolkningen er sikret helhetlig', // Moss: "Innspill til …", Oppegård: "Utvikle …"
      'tjeneste i sitt lokalsamfunn.', // Moss: "kriminalitetsforebyggende tjeneste", Oppegård: "forebyggende tjeneste"
      'Bruke kommunens politivedtekter som et aktivt verktøy for å ivareta kriminalitetsforebygging og trygge lokalsamfunn.',
      'Sørge for felles forståelse av trender og utviklingstrekk i det lokale kriminalitetsbildet, felles forståelse av bakenforliggende og utløsende årsaker, og målrettede forebyggende tiltak knyttet til kriminalitet, utrygghet og sårbarhet.',
      'Samordne strategiske beslutninger for kriminalitetsforebyggende arbeid, beredskap og', // then "samfunnssikkerhet" vs Oppegård's "samfunnsikkerhet"
    ]);
  });

  it('its local goals share one bullet and the evaluation sentence, broken by "avdekkede" (Oppegård: "avdekkende")', () => {
    const { figures } = sharedSection('moss-2020', 'fokusomrader');
    expect(figures).toMatchObject({ words: 227, shared: 27 });
    expect(passages(figures, false)).toEqual([
      'Forebygge vold i nære relasjoner',
      'Ved årets slutt skal politirådet evaluere effekten av iverksatte tiltak opp mot',
      'kriminalitetsutfordringer, i tillegg til eventuelle tiltak iverksatt innen beredskap og',
    ]);
  });

  it('its council shares five words with nynorsk Luster and nothing more', () => {
    const { figures } = sharedSection('moss-2020', 'politirad');
    expect(figures).toMatchObject({ words: 58, shared: 5, sharedWith: ['luster-2019'] });
    expect(passages(figures, false)).toEqual(['begge parter kan forplikte egne']);
  });
});

describe('the rule', () => {
  it('needs a run of at least five words', () => {
    expect(MIN_SHARED_RUN).toBe(5);
    const a = 'politiet og kommunen skal møtes ofte'.split(' ');
    expect(commonRunMask(a, 'politiet og kommunen skal aldri møtes'.split(' '))).toEqual([false, false, false, false, false, false]);
    expect(commonRunMask(a, 'at politiet og kommunen skal møtes'.split(' '))).toEqual([true, true, true, true, true, false]);
  });

  it('never compares a municipality with itself', () => {
    const bodo = agreements.find((a) => a.id === 'bodo-2018')!;
    const alone = analyseSharing([bodo, { ...bodo, id: 'bodo-copy' }]);
    expect(alone.get('bodo-2018')!.shared).toBe(0);
    const other = analyseSharing([bodo, { ...bodo, id: 'copy', group: 'elsewhere' }]);
    const words = other.get('bodo-2018')!.sections.filter((s) => s.words >= MIN_SHARED_RUN).reduce((n, s) => n + s.words, 0);
    expect(other.get('bodo-2018')!.shared).toBe(words);
  });

  it('leaves Oppegård\'s 2009 guidelines all local: the only other Oppegård document does not count', () => {
    expect(sharing.get('oppegard-2009-retningslinjer')).toMatchObject({ words: 280, shared: 0 });
  });

  it('finds text that moved to another section', () => {
    const a = splitSections('## Formål {/* section: formal */}\n\nBruke kommunens politivedtekter som et aktivt verktøy.');
    const b = splitSections('## Fokus {/* section: fokusomrader */}\n\nDet skal vi. Bruke kommunens politivedtekter som et aktivt verktøy.');
    const result = analyseSharing([
      { id: 'a', group: 'a', sections: a },
      { id: 'b', group: 'b', sections: b },
    ]);
    expect(result.get('a')!.sections[0]).toMatchObject({ words: 7, shared: 7, sharedWith: ['b'] });
  });
});

describe('segments', () => {
  it('give back every block\'s text exactly, for every agreement', () => {
    for (const a of agreements) {
      const result = sharing.get(a.id)!;
      a.sections.forEach((s, i) =>
        s.blocks.forEach((b, j) => {
          expect(result.sections[i]?.blocks[j]?.map((x) => x.text).join('')).toBe(b.text);
        }),
      );
    }
  });

  it('keep punctuation with its word and spaces out of local runs at their edges', () => {
    const text = 'Det er viktig (lokalt). Felles tekst.';
    const w = words(text);
    expect(segments(text, w, [true, true, true, false, true, true])).toEqual([
      { text: 'Det er viktig ', local: false },
      { text: '(lokalt).', local: true },
      { text: ' Felles tekst.', local: false },
    ]);
  });
});
