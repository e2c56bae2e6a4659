/**
 * Arriving from a search result (`?uthev=vold`), marks the searched words in
 * the document text. Pagefind's highlighter is loaded only then.
 *
 * A passage found through the other written standard's forms (`?uthev=tjenestetilbud`
 * on Luster's nynorsk «Tenestetilbod») or through its words as typed without ø and æ
 * (`?uthev=bodo` on «Bodø») is marked as a whole instead: those forms are hidden,
 * and never marked.
 *
 * `uthev`, `data-search-variants`, `.permalink`, `search-highlight` and
 * `search-variant-match` are HIGHLIGHT_PARAM, SEARCH_VARIANTS_ATTRIBUTE,
 * PERMALINK_CLASS, SEARCH_HIGHLIGHT_CLASS and SEARCH_VARIANT_MATCH_CLASS of
 * src/lib/contracts.ts, and the highlighter's address
 * is `searchEngineUrl('pagefind-highlight.js')` of routes.ts, written out here on purpose: an import would move this
 * script out of the page into a shared chunk (one more request on every agreement page).
 * tests/unit/contracts.test.ts checks they agree.
 */
if (new URLSearchParams(window.location.search).has('uthev')) {
  const terms = new URLSearchParams(window.location.search).getAll('uthev').join(' ').toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  for (const forms of document.querySelectorAll('[data-search-variants]')) {
    // Pagefind matches a word by its start, as here, and indexes a hyphened word whole, joined and by
    // its parts (`sor-ost` as `sor-ost`, `sorost`, `sor` and `ost`), so `?uthev=sorost` matches it too.
    const words = (forms.textContent ?? '')
      .toLocaleLowerCase('nb')
      .split(/[^\p{L}\p{N}-]+/u)
      .flatMap((word) => [word, word.replaceAll('-', ''), ...word.split('-')]);
    if (terms.some((term) => words.some((word) => word.startsWith(term)))) forms.parentElement?.classList.add('search-variant-match');
  }
  const url = '/pagefind/pagefind-highlight.js';
  import(/* @vite-ignore */ url)
    .then((module: { default: new (options: object) => unknown }) => {
      new module.default({ highlightParam: 'uthev', addStyles: false, markOptions: { className: 'search-highlight', exclude: ['[data-search-variants]', '.permalink'] } });
      // Pagefind scrolls nowhere by itself: bring the section named in the address into view again after marking.
      if (window.location.hash) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
    })
    .catch(() => {
      /* Without the highlighter the page still opens at the section. */
    });
}
