/** The search page's URL state and excerpt reading, including the bad inputs of issue 3. */
import { describe, expect, it } from 'vitest';
import { SEARCH_FILTERS, type SearchFilter } from '../../src/lib/search/index-meta.ts';
import { excerptParts, foldedExcerpt, sectionOpenings, withoutEmptyParam, withoutHeading, hasSearch, MAX_QUERY_LENGTH, pagefindFilters, parseSearchParams, toSearchParams } from '../../src/lib/search/state.ts';

const known = Object.fromEntries(SEARCH_FILTERS.map((f) => [f, new Set<string>()])) as Record<SearchFilter, Set<string>>;
known.politidistrikt.add('Øst politidistrikt').add('Vest politidistrikt');
known.seksjon.add('politirad');

describe('parseSearchParams', () => {
  it('reads query, filters and sort, and writes them back the same', () => {
    const params = new URLSearchParams('q=vold&politidistrikt=%C3%98st+politidistrikt&seksjon=politirad&sorter=nyeste');
    const { state, unknown, truncated } = parseSearchParams(params, known);
    expect(state.q).toBe('vold');
    expect(state.filters.politidistrikt).toEqual(['Øst politidistrikt']);
    expect(state.sort).toBe('nyeste');
    expect(unknown).toEqual([]);
    expect(truncated).toBe(false);
    expect(toSearchParams(state).toString()).toBe(params.toString());
    expect(pagefindFilters(state)).toEqual({
      politidistrikt: { any: ['Øst politidistrikt'] },
      kommune: { none: ['__ingen__'] },
      seksjon: { any: ['politirad'] },
      fokusomrade: { none: ['__ingen__'] },
      aar: { none: ['__ingen__'] },
      sprak: { none: ['__ingen__'] },
      status: { none: ['__ingen__'] },
    });
    // Counted: only the filters whose counts the reader can see, and those with a value chosen.
    expect(pagefindFilters(state, new Set(['aar']))).toEqual({
      politidistrikt: { any: ['Øst politidistrikt'] },
      seksjon: { any: ['politirad'] },
      aar: { none: ['__ingen__'] },
    });
  });

  it('ignores and reports unknown filter values and sorts', () => {
    const { state, unknown } = parseSearchParams(new URLSearchParams('politidistrikt=Atlantis&seksjon=politirad&sorter=tilfeldig'), known);
    expect(state.filters.politidistrikt).toEqual([]);
    expect(state.filters.seksjon).toEqual(['politirad']);
    expect(state.sort).toBe('');
    expect(unknown).toEqual([{ filter: 'politidistrikt', value: 'Atlantis' }]);
  });

  it('cuts a 500-character query to the limit and says so', () => {
    const { state, truncated } = parseSearchParams(new URLSearchParams({ q: 'vold '.repeat(100) }), known);
    expect(state.q.length).toBe(MAX_QUERY_LENGTH);
    expect(truncated).toBe(true);
  });

  it('has nothing to search for in an empty or punctuation-only query', () => {
    for (const q of ['', '   ', '!!! ??? ...', '«»—']) {
      expect(hasSearch(parseSearchParams(new URLSearchParams({ q }), known).state), JSON.stringify(q)).toBe(false);
    }
    expect(hasSearch(parseSearchParams(new URLSearchParams({ q: 'slt' }), known).state)).toBe(true);
    expect(hasSearch(parseSearchParams(new URLSearchParams({ seksjon: 'politirad' }), known).state)).toBe(true);
  });
});

describe('excerptParts', () => {
  it('closes the forms where the highlight holds the closing mark, and names their standard', () => {
    expect(excerptParts('vald. ⟪ partnervold <mark>vold ⟫</mark> Samtidig ⟦ x ⟧')).toEqual([
      { kind: 'text', text: 'vald. ' },
      { kind: 'variant', standard: 'nb', parts: [{ kind: 'text', text: 'partnervold ' }, { kind: 'mark', text: 'vold' }] },
      { kind: 'text', text: ' Samtidig ' },
      { kind: 'variant', standard: 'nn', parts: [{ kind: 'text', text: 'x' }] },
    ]);
  });

  it('keeps markup in the text as text: HTML or script in an excerpt is never markup', () => {
    const parts = excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; <mark>vold</mark> b');
    expect(parts).toEqual([
      { kind: 'text', text: 'a <script>alert(1)</script> ' },
      { kind: 'mark', text: 'vold' },
      { kind: 'text', text: ' b' },
    ]);
  });

  it('sets the forms added for search apart, with their highlights', () => {
    expect(excerptParts('Forebygge vold. ⟦ <mark>vald</mark> førebyggje ⟧ ⟪ hva ⟫ Mer.')).toEqual([
      { kind: 'text', text: 'Forebygge vold. ' },
      { kind: 'variant', standard: 'nn', parts: [{ kind: 'mark', text: 'vald' }, { kind: 'text', text: ' førebyggje' }] },
      { kind: 'text', text: ' ' },
      { kind: 'variant', standard: 'nb', parts: [{ kind: 'text', text: 'hva' }] },
      { kind: 'text', text: ' Mer.' },
    ]);
  });

  it('sets apart the forms an excerpt starts inside of, as the other standard’s', () => {
    expect(excerptParts('<mark>samfunnstryggleik</mark> ⟧ 1. Formål ⟪ x ⟫')).toEqual([
      { kind: 'variant', standard: 'nn', parts: [{ kind: 'mark', text: 'samfunnstryggleik' }] },
      { kind: 'text', text: ' 1. Formål ' },
      { kind: 'variant', standard: 'nb', parts: [{ kind: 'text', text: 'x' }] },
    ]);
  });

  it('leaves out forms the excerpt cut before their first word', () => {
    expect(excerptParts('radikalisering og <mark>voldelig</mark> ekstremisme ⟦')).toEqual([
      { kind: 'text', text: 'radikalisering og ' },
      { kind: 'mark', text: 'voldelig' },
      { kind: 'text', text: ' ekstremisme ' },
    ]);
  });

  it('never shows the words as typed without ø and æ, and marks the word of the text they matched for', () => {
    expect(excerptParts('politiråd i Bodø kommune. ⟮ <mark>bodo</mark> ⟯ Røst og Bodø. ⟮ <mark>bodo.</mark> rost ⟯')).toEqual([
      { kind: 'text', text: 'politiråd i ' },
      { kind: 'mark', text: 'Bodø' },
      { kind: 'text', text: ' kommune. Røst og ' },
      { kind: 'mark', text: 'Bodø.' },
      { kind: 'text', text: ' ' },
    ]);
    // After the other standard's forms, as the plugin writes them; a hyphened word as one.
    expect(excerptParts('Sør-Øst politidistrikt, særleg ⟪ særlig ⟫ ⟮ saerleg <mark>sor-ost</mark> ⟯ Neste.')).toEqual([
      { kind: 'mark', text: 'Sør-Øst' },
      { kind: 'text', text: ' politidistrikt, særleg ' },
      { kind: 'variant', standard: 'nb', parts: [{ kind: 'text', text: 'særlig' }] },
      { kind: 'text', text: ' Neste.' },
    ]);
  });

  it('leaves out the folded forms an excerpt starts inside of or is cut in', () => {
    expect(excerptParts('<mark>bodoe</mark> ⟯ I Bodø. ⟮ <mark>bo')).toEqual([
      { kind: 'text', text: ' I ' },
      { kind: 'mark', text: 'Bodø.' },
      { kind: 'text', text: ' ' },
    ]);
    // Without a match among them, nothing is marked.
    expect(excerptParts('I Bodø. ⟮ bodo ⟯')).toEqual([{ kind: 'text', text: 'I Bodø. ' }]);
  });
});

describe('foldedExcerpt', () => {
  // Words as Pagefind counts them: «1. Formål.» at 2–3, Bodø at 6, the passage's forms from 19 (bodo at 23), the next heading at 26.
  const content =
    'Avtaleteksten. Innledning. 1. Formål. Politiråd i Bodø kommune <b> og en lang setning om samarbeid i kommunen og politiet ⟪ samarbeid ⟫ ⟮ bodo bodoe ⟯ 2. Politiråd. Rådet møtes i Bodø.';
  const anchors = [
    { element: 'h2', id: 'text-heading', text: 'Avtaleteksten', location: 0 },
    { element: 'h2', id: 'formal', text: '1. Formål', location: 2 },
    { element: 'h2', id: 'politirad', text: '2. Politiråd', location: 26 },
  ];
  const data = { content, anchors };
  const at = (word: string) => content.split(/\s+/).indexOf(word);

  it('centres the excerpt on the word of the text a folded form stood for, marked and escaped as Pagefind escapes, when the form is all that matched', () => {
    expect([at('Bodø'), at('bodo')]).toEqual([6, 23]);
    // Pagefind's excerpt of 6 words around `bodo` held no word of the text: this one holds Bodø, in the middle.
    expect(foldedExcerpt(data, [at('bodo')], 6, false)).toBe('Formål. Politiråd i <mark>Bodø</mark> kommune &lt;b&gt;');
    expect(excerptParts(foldedExcerpt(data, [at('bodoe')], 6, false)!)).toEqual([
      { kind: 'text', text: 'Formål. Politiråd i ' },
      { kind: 'mark', text: 'Bodø' },
      { kind: 'text', text: ' kommune <b>' },
    ]);
  });

  it('keeps a sub-result’s excerpt within its section, as Pagefind does, and marks every word standing for the form', () => {
    // Its section is words 2–25: the excerpt is no longer, and starts at the heading, not at 6 − 15.
    expect(foldedExcerpt(data, [at('bodo')], 30, true)).toBe(
      content.split(/\s+/).slice(2, 26).join(' ').replace('Bodø', '<mark>Bodø</mark>').replace('<b>', '&lt;b&gt;'),
    );
    // The document's own excerpt crosses headings, as Pagefind's does, and marks each Bodø in it.
    expect(foldedExcerpt(data, [at('bodo')], 40, false)).toMatch(/^Avtaleteksten\. .* i <mark>Bodø<\/mark> kommune .* 2\. Politiråd\. Rådet møtes i <mark>Bodø\.<\/mark>$/);
  });

  it('leaves the excerpt to Pagefind when anything matched outside the folded forms: a word of the text, or the other standard’s forms', () => {
    expect(foldedExcerpt(data, [at('Bodø'), at('bodo')], 6, false)).toBeUndefined();
    expect(foldedExcerpt(data, [at('samarbeid')], 6, false)).toBeUndefined();
    expect(foldedExcerpt(data, [content.split(/\s+/).lastIndexOf('samarbeid')], 6, false)).toBeUndefined();
    expect(foldedExcerpt(data, [], 6, false)).toBeUndefined();
  });
});

describe('withoutHeading', () => {
  it('drops the heading the excerpt of the text before the first section starts with, marked or not, and nothing else', () => {
    expect(withoutHeading('Avtaleteksten. POLITIRÅD. <mark>POLITIRÅDSAVTALE</mark> MELLOM', 'Avtaleteksten')).toBe('POLITIRÅD. <mark>POLITIRÅDSAVTALE</mark> MELLOM');
    expect(withoutHeading('<mark>Avtaleteksten</mark>. POLITIRÅD.', 'Avtaleteksten')).toBe('POLITIRÅD.');
    expect(withoutHeading('mellom kommunen og Avtaleteksten.', 'Avtaleteksten')).toBe('mellom kommunen og Avtaleteksten.');
  });
});

describe('sectionOpenings', () => {
  const data = {
    url: '/avtaler/luster-2019/?uthev=',
    content: 'Avtaleteksten. Innleiing. 4. Politikontakten. Politikontakt & politiråd er ein <b> av seks. Hovudoppgåver. sørge for. 5. Politiråd. Politirådet vert',
    anchors: [
      { element: 'h2', id: 'text-heading', text: 'Avtaleteksten', location: 0 },
      { element: 'h2', id: 'politikontakt', text: '4. Politikontakten', location: 2 },
      { element: 'h3', id: 'hovudoppgåver', text: 'Hovudoppgåver', location: 11 },
      { element: 'h2', id: 'politirad', text: '5. Politiråd', location: 14 },
    ],
  };

  it('gives, for a search with no words, the heading each chosen section key marks, at its permalink, with its first words', () => {
    expect(sectionOpenings(data, new Set(['politikontakt']), 4)).toEqual([
      { title: '4. Politikontakten', url: '/avtaler/luster-2019/#politikontakt', excerpt: '4. Politikontakten. Politikontakt &amp;', anchor: { id: 'politikontakt', element: 'h2' } },
    ]);
  });

  it('escapes the words as Pagefind escapes an excerpt, so they are read back as text', () => {
    const [opening] = sectionOpenings(data, new Set(['politikontakt']), 9);
    expect(excerptParts(opening!.excerpt)).toEqual([{ kind: 'text', text: '4. Politikontakten. Politikontakt & politiråd er ein <b> av' }]);
  });

  it('gives each chosen section in the document’s order, and none the document lacks', () => {
    expect(sectionOpenings(data, new Set(['politirad', 'politikontakt', 'slt']), 2).map((s) => s.url)).toEqual([
      '/avtaler/luster-2019/#politikontakt',
      '/avtaler/luster-2019/#politirad',
    ]);
  });
});

describe('withoutEmptyParam', () => {
  it('drops the empty highlight parameter Pagefind adds to a search with no words, and nothing else', () => {
    expect(withoutEmptyParam('/avtaler/bodo-2018/?uthev=', 'uthev')).toBe('/avtaler/bodo-2018/');
    expect(withoutEmptyParam('/avtaler/bodo-2018/?uthev=#politirad', 'uthev')).toBe('/avtaler/bodo-2018/#politirad');
    expect(withoutEmptyParam('/avtaler/bodo-2018/?uthev=&a=1', 'uthev')).toBe('/avtaler/bodo-2018/?a=1');
    expect(withoutEmptyParam('/avtaler/bodo-2018/?uthev=vold#politirad', 'uthev')).toBe('/avtaler/bodo-2018/?uthev=vold#politirad');
    expect(withoutEmptyParam('/avtaler/bodo-2018/', 'uthev')).toBe('/avtaler/bodo-2018/');
  });
});
