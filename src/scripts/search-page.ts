/**
 * The search page's script: reads the state from the URL, runs Pagefind,
 * draws results section by section, keeps the URL in step (shareable, the
 * back button works) and announces the outcome. Every piece of text from the
 * index or the URL is set as text, never as markup.
 */
import {
  dataAttribute,
  HIGHLIGHT_PARAM,
  PAGEFIND_META,
  PAGEFIND_SORT_DATE,
  SEARCH_ENTRY_ATTRIBUTE,
  SEARCH_FILTER_DATA,
  SEARCH_FILTERS_ATTRIBUTE,
  SEARCH_PAGE_IDS,
  TEXT_HEADING_ID,
} from '../lib/contracts.ts';

import { SEARCH_FILTERS, decodeSectionMap, type SearchFilter } from '../lib/search/index-meta.ts';
import { excerptParts, foldedExcerpt, sectionOpenings, withoutEmptyParam, withoutHeading, hasSearch, MAX_QUERY_LENGTH, pagefindFilters, parseSearchParams, sortOrder, toSearchParams, type SearchState } from '../lib/search/state.ts';
import { SECTION_TITLES, isSectionKey } from '../lib/content/sections.ts';
import { agreementPage, search as strings } from '../strings.ts';
import { el } from './page-ui.ts';
import { matchedWords, unmatchedWords } from '../lib/search/unmatched-words.ts';
import { loadSearchEngine, whenReady, type Pagefind, type PagefindData, type PagefindEntry, type PagefindResponse, type PagefindResult, type PagefindSubResult } from './search-engine.ts';

/** The filters' attributes, as the page writes them. */
const FILTER_ATTRIBUTE = dataAttribute(SEARCH_FILTER_DATA.filter);
const COUNT_ATTRIBUTE = dataAttribute(SEARCH_FILTER_DATA.countFor);

// Documents drawn per page of results. Each drawn document loads its Pagefind fragment (its
// whole text, 3–7 kB compressed), so the first query on a fresh page loads five, not ten;
// "Vis flere dokumenter" draws the next five.
const PAGE_SIZE = 5;
const SUBRESULTS_SHOWN = 3;
/** The words of an excerpt. */
const EXCERPT_WORDS = 24;

/** The names of the index files Pagefind reads first, as the build wrote them into the page (none in dev mode). */
function knownEntry(): PagefindEntry | undefined {
  try {
    const languages = JSON.parse(document.querySelector('[data-search-form]')?.getAttribute(SEARCH_ENTRY_ATTRIBUTE) || 'null') as PagefindEntry['languages'] | null;
    return languages ? { languages } : undefined;
  } catch {
    return undefined; // Pagefind's entry file names them
  }
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // No Web Worker: it would load a second copy of Pagefind's code (41 kB) before the first
  // query, and the register's index is small enough to search on the page's own thread.
  pagefind ??= loadSearchEngine({ highlightParam: HIGHLIGHT_PARAM, excerptLength: EXCERPT_WORDS, noWorker: true }, knownEntry());
  return pagefind;
}

/** The excerpt as nodes: text, <mark> for matches, a muted span for the other standard's forms. */
function excerptNodes(excerpt: string): Node[] {
  return excerptParts(excerpt).map((part) => {
    if (part.kind === 'text') return document.createTextNode(part.text);
    if (part.kind === 'mark') return el('mark', {}, part.text);
    const inner = part.parts.map((p) => (p.kind === 'mark' ? el('mark', {}, p.text) : document.createTextNode(p.text)));
    return el('span', { className: 'search-variant' }, `(${strings.variantLabel[part.standard]}: `, ...inner, ')');
  });
}

/** The name of the section a sub-result is in: the template's title, then the heading as written. */
function sectionName(sub: PagefindSubResult, sections: Map<string, string>, lang: string): Node[] {
  const id = sub.anchor?.id ?? '';
  if (id === TEXT_HEADING_ID) return [document.createTextNode(strings.introSection)];
  const key = sections.get(id) ?? '';
  const canonical = isSectionKey(key) ? SECTION_TITLES[key].nb : '';
  const heading = el('span', { lang }, sub.title);
  if (!canonical || canonical.toLocaleLowerCase('nb') === sub.title.replace(/^\d+\.\s*/, '').toLocaleLowerCase('nb')) return [heading];
  return [document.createTextNode(`${canonical}: `), heading];
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
  const input = byId<HTMLInputElement>(SEARCH_PAGE_IDS.query);
  const sortSelect = byId<HTMLSelectElement>(SEARCH_PAGE_IDS.sort);
  const status = byId<HTMLElement>(SEARCH_PAGE_IDS.status);
  const notice = byId<HTMLElement>(SEARCH_PAGE_IDS.notice);
  const list = byId<HTMLOListElement>(SEARCH_PAGE_IDS.results);
  const more = byId<HTMLButtonElement>(SEARCH_PAGE_IDS.more);
  const filterPanel = document.querySelector<HTMLDetailsElement>(`details[${SEARCH_FILTERS_ATTRIBUTE}]`);
  if (filterPanel && (window.matchMedia('(min-width: 64rem)').matches || new URL(window.location.href).searchParams.size > 0)) filterPanel.open = true;
  if (!form || !input || !sortSelect || !status || !notice || !list || !more) return;

  const boxes = (filter: SearchFilter) => [...form.querySelectorAll<HTMLInputElement>(`fieldset[${FILTER_ATTRIBUTE}="${filter}"] input[type=checkbox]`)];
  const known = Object.fromEntries(SEARCH_FILTERS.map((f) => [f, new Set(boxes(f).map((b) => b.value))])) as Record<SearchFilter, Set<string>>;

  let generation = 0;
  let pending: PagefindResult[] = [];
  let currentState: SearchState;

  function stateFromForm(): SearchState {
    const filters = Object.fromEntries(SEARCH_FILTERS.map((f) => [f, boxes(f).filter((b) => b.checked).map((b) => b.value)])) as SearchState['filters'];
    const q = input!.value.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
    const sort = sortOrder(sortSelect!.value);
    return { q, sort, filters };
  }

  function applyToForm(state: SearchState): void {
    input!.value = state.q;
    sortSelect!.value = state.sort;
    for (const f of SEARCH_FILTERS) for (const b of boxes(f)) b.checked = state.filters[f].includes(b.value);
  }

  // Each filter value's count: the register's total (written into the page) until a query runs,
  // then the documents that match the query with that value. A filter's counts are asked of the
  // index only once its box has come into view (or a value of it is chosen): each filter is a
  // file of its own, and a reader who never scrolls to the 357 municipalities never loads them.
  const countSpans = new Map(SEARCH_FILTERS.map((f) => [f, [...form.querySelectorAll<HTMLElement>(`fieldset[${FILTER_ATTRIBUTE}="${f}"] [${COUNT_ATTRIBUTE}]`)]]));
  const totals = new Map([...countSpans.values()].flat().map((span) => [span, span.textContent ?? ''] as const));
  const counted = new Set<SearchFilter>();
  let countsShown = new Set<SearchFilter>();

  /** Writes the counts of a query (those of the filters it asked for; the others blank), or the register's totals. */
  function updateCounts(counts: Record<string, Record<string, number>> | undefined, asked: ReadonlySet<string> = new Set()): void {
    countsShown = new Set(SEARCH_FILTERS.filter((f) => !counts || asked.has(f)));
    for (const f of SEARCH_FILTERS) {
      for (const span of countSpans.get(f) ?? []) {
        const value = span.dataset[SEARCH_FILTER_DATA.countFor] ?? '';
        span.textContent = !counts ? (totals.get(span) ?? '') : asked.has(f) ? `(${counts[f]?.[value] ?? 0})` : '';
      }
    }
  }

  function renderResults(batch: PagefindData[], state: SearchState): number {
    const sectionFilter = new Set(state.filters.seksjon);
    let hits = 0;
    for (const data of batch) {
      const sections = decodeSectionMap(data.meta[PAGEFIND_META.sections] ?? '');
      const lang = data.meta[PAGEFIND_META.language] ?? 'nb';
      // Pagefind gives a search with no words no sub-results: a section filter then lists the chosen sections themselves.
      let subs: PagefindSubResult[] = !state.q && sectionFilter.size ? sectionOpenings(data, sectionFilter, EXCERPT_WORDS) : data.sub_results.filter((s) => s.excerpt.includes('<mark>') || !state.q);
      if (sectionFilter.size) subs = subs.filter((s) => sectionFilter.has(sections.get(s.anchor?.id ?? '') ?? ''));
      if (sectionFilter.size && subs.length === 0) continue;
      hits += Math.max(subs.length, 1);
      const meta = [data.meta[PAGEFIND_META.municipality], data.meta[PAGEFIND_META.policeDistrict], data.meta[PAGEFIND_META.signed]].filter(Boolean).join(' · ');
      const item = el('li', {}, el('h2', {}, el('a', { className: 'ds-link', href: withoutEmptyParam(data.url, HIGHLIGHT_PARAM), lang }, data.meta[PAGEFIND_META.title] ?? data.url)), el('p', { className: 'search-hit-meta' }, meta));
      if (subs.length) {
        const subList = el('ul', { className: 'search-subresults' });
        for (const sub of subs.slice(0, SUBRESULTS_SHOWN)) {
          // Found only through words typed without ø and æ: centred on the word of the text, not on its forms.
          const excerpt = foldedExcerpt(data, sub.locations ?? [], EXCERPT_WORDS, true) ?? sub.excerpt;
          subList.append(el('li', {}, el('a', { className: 'ds-link', href: sub.url }, ...sectionName(sub, sections, lang)), el('p', { lang }, ...excerptNodes(sub.anchor?.id === TEXT_HEADING_ID ? withoutHeading(excerpt, agreementPage.text) : excerpt))));
        }
        if (subs.length > SUBRESULTS_SHOWN) subList.append(el('li', {}, el('a', { className: 'ds-link', href: data.url }, strings.moreInDocument(subs.length - SUBRESULTS_SHOWN))));
        item.append(subList);
      } else {
        item.append(el('p', { lang }, ...excerptNodes(foldedExcerpt(data, data.locations, EXCERPT_WORDS, false) ?? data.excerpt)));
      }
      list!.append(item);
    }
    return hits;
  }

  let shownDocs = 0;
  let shownHits = 0;

  async function showMore(gen: number): Promise<void> {
    const before = list!.children.length;
    // Fetch the batch's fragments in parallel: one round trip, not one per document.
    const batch = await Promise.all(pending.splice(0, PAGE_SIZE).map((r) => r.data()));
    if (gen !== generation) return;
    // A word Pagefind found only as a shorter word of the index (a misspelling) has no hits of its own: say so, not the other word's.
    const unmatched = before === 0 && currentState.q ? unmatchedWords(currentState.q, batch.flatMap(matchedWords)) : [];
    if (unmatched.length) {
      pending = [];
      more!.hidden = true;
      status!.textContent = strings.noWordStarting(currentState.q, unmatched);
      return;
    }
    shownHits += renderResults(batch, currentState);
    shownDocs = list!.children.length;
    more!.hidden = pending.length === 0;
    status!.textContent = shownDocs ? strings.summary(shownHits, shownDocs, shownDocs + pending.length, currentState.q) : strings.noResults(currentState.q);
    const first = list!.children[before]?.querySelector('a');
    if (before > 0 && first) first.focus();
  }

  /**
   * Runs a search and draws it. `address` puts the state into the address bar: at once when no
   * search runs, else once the engine has been asked, while it loads the index (the first
   * history.pushState of a page costs 5–20 ms, which would otherwise delay the first query); not
   * at all when a newer search has replaced this one meanwhile (its results were never shown).
   */
  async function run(state: SearchState, address: () => void = () => undefined): Promise<void> {
    const gen = ++generation;
    const addressIfCurrent = () => {
      if (gen === generation) address();
    };
    currentState = state;
    list!.replaceChildren();
    more!.hidden = true;
    pending = [];
    shownDocs = 0;
    shownHits = 0;
    if (!hasSearch(state)) {
      address();
      status!.textContent = state.q ? strings.noResults(state.q) : (status!.dataset.prompt ?? '');
      updateCounts(undefined);
      return;
    }
    status!.textContent = strings.loading;
    let response: PagefindResponse | null;
    const filters = pagefindFilters(state, counted);
    try {
      const pf = await loadPagefind();
      await whenReady(pf);
      if (gen !== generation) return;
      const sort = state.sort ? { [PAGEFIND_SORT_DATE]: state.sort === 'nyeste' ? 'desc' : 'asc' } : undefined;
      const searching = pf.search(state.q || null, { filters, ...(sort ? { sort } : {}) });
      setTimeout(addressIfCurrent);
      response = await searching;
    } catch {
      addressIfCurrent();
      if (gen === generation) status!.textContent = strings.loadError;
      return;
    }
    if (gen !== generation || !response) return;
    pending = [...response.results];
    // showMore asks for the drawn documents' texts at once; the counts are written while they load.
    const drawing = showMore(gen);
    updateCounts(response.totalFilters, new Set(Object.keys(filters)));
    await drawing;
    void countNewlySeen();
  }

  /** Counts, for the query shown, the filters that came into view since it ran. */
  async function countNewlySeen(): Promise<void> {
    const gen = generation;
    const state = currentState;
    if (!state || !hasSearch(state) || [...counted].every((f) => countsShown.has(f))) return;
    const filters = pagefindFilters(state, counted);
    try {
      const response = await (await loadPagefind()).search(state.q || null, { filters });
      if (gen === generation && response) updateCounts(response.totalFilters, new Set(Object.keys(filters)));
    } catch {
      /* the counts stay blank; the results are shown */
    }
  }

  if ('IntersectionObserver' in window) {
    // In view: at least one row of the box's pixels inside the window (a box that only touches
    // the window's lower edge is not seen yet). A closed filter panel shows none.
    const seen = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const f = (entry.target as HTMLElement).dataset[SEARCH_FILTER_DATA.filter] as SearchFilter;
          if (entry.isIntersecting) {
            counted.add(f);
            seen.unobserve(entry.target);
          }
        }
        void countNewlySeen();
      },
      { rootMargin: '0px 0px -1px 0px' },
    );
    for (const fieldset of form.querySelectorAll(`fieldset[${FILTER_ATTRIBUTE}]`)) seen.observe(fieldset);
  } else {
    for (const f of SEARCH_FILTERS) counted.add(f);
  }

  function fromUrl(): void {
    const parsed = parseSearchParams(new URL(window.location.href).searchParams, known);
    const messages = [
      ...(parsed.truncated ? [strings.truncated(MAX_QUERY_LENGTH)] : []),
      ...parsed.unknown.map((u) => strings.unknownFilter(strings.filterNames[u.filter], u.value)),
    ];
    notice!.textContent = messages.join(' ');
    notice!.hidden = messages.length === 0;
    applyToForm(parsed.state);
    void run(parsed.state);
  }

  function commit(push: boolean): void {
    const state = stateFromForm();
    const query = toSearchParams(state).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    notice!.hidden = true;
    void run(state, () => {
      if (url === `${window.location.pathname}${window.location.search}`) return;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    });
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    commit(true);
  });
  form.addEventListener('reset', () => {
    setTimeout(() => {
      input.value = currentState?.q ?? '';
      commit(true);
    });
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit(false), 300);
  });
  more.addEventListener('click', () => void showMore(generation));
  // A move within the page fires popstate too (the skip link to the count, and Back from there):
  // when the address holds the search shown, it stays as drawn, with the documents «Vis flere» added.
  window.addEventListener('popstate', () => {
    const parsed = parseSearchParams(new URL(window.location.href).searchParams, known);
    if (currentState && toSearchParams(parsed.state).toString() === toSearchParams(currentState).toString()) return;
    fromUrl();
  });
  // Load the search engine when the reader starts to use the form (it loads while they type),
  // or at once when the address already holds a search; not on every visit to the page.
  const preload = () => void loadPagefind().catch(() => undefined);
  form.addEventListener('focusin', preload, { once: true });
  form.addEventListener('pointerdown', preload, { once: true });
  fromUrl();
}
