/**
 * The search page's state as it lives in the URL (`?q=vold&politidistrikt=Øst+politidistrikt&sorter=nyeste`),
 * and the reading of Pagefind's excerpts. Pure, so the rules are unit-tested;
 * the page script applies them to the DOM.
 */
import { SEARCH_FILTERS, type SearchFilter } from './index-meta.ts';
import { FOLDED_MARKS, VARIANT_MARKS } from './variant-marks.ts';
import { bareWord, foldedWords } from './folded-forms.ts';
import { escapeRegExp } from '../regexp.ts';
import { escapeHtml } from '../escape-html.ts';

const MARKERS = new RegExp(`([${[...Object.values(VARIANT_MARKS).flat(), ...FOLDED_MARKS].join('')}])`);
const STANDARD_OF_OPEN = new Map(Object.entries(VARIANT_MARKS).map(([standard, [open]]) => [open as string, standard as 'nb' | 'nn']));
const STANDARD_OF_CLOSE = new Map(Object.entries(VARIANT_MARKS).map(([standard, [, close]]) => [close as string, standard as 'nb' | 'nn']));
/** The marks that open and close the forms added to a passage (the other standard's, the folded ones), each a word of its own. */
const OPENING_MARKS: readonly string[] = [...Object.values(VARIANT_MARKS).map(([open]) => open), FOLDED_MARKS[0]];
const CLOSING_MARKS: readonly string[] = [...Object.values(VARIANT_MARKS).map(([, close]) => close), FOLDED_MARKS[1]];

/** The longest query the page runs; longer ones are cut, and the reader told. */
export const MAX_QUERY_LENGTH = 200;

/** The search page's address parameters besides the filters (SEARCH_FILTERS): the query and the order. */
export const SEARCH_PARAMS = { query: 'q', sort: 'sorter' } as const;

/** The orders a reader may choose besides relevance (''), as the address writes them. */
export const SORT_ORDERS = ['nyeste', 'eldste'] as const;

export type SortOrder = '' | (typeof SORT_ORDERS)[number];

/** The order a value names, or relevance ('') for anything else. */
export function sortOrder(value: string): SortOrder {
  return (SORT_ORDERS as readonly string[]).includes(value) ? (value as SortOrder) : '';
}

export interface SearchState {
  q: string;
  sort: SortOrder;
  filters: Record<SearchFilter, string[]>;
}

export interface ParsedState {
  state: SearchState;
  /** True when the query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
  /** Filter values in the URL that the index does not have: ignored, and reported. */
  unknown: Array<{ filter: SearchFilter; value: string }>;
}

/** Reads the state from a URL's query, keeping only filter values in `known`. */
export function parseSearchParams(params: URLSearchParams, known: Record<SearchFilter, ReadonlySet<string>>): ParsedState {
  const rawQ = (params.get(SEARCH_PARAMS.query) ?? '').replace(/\s+/g, ' ').trim();
  const q = rawQ.slice(0, MAX_QUERY_LENGTH);
  const sort = sortOrder(params.get(SEARCH_PARAMS.sort) ?? '');
  const unknown: ParsedState['unknown'] = [];
  const filters = {} as Record<SearchFilter, string[]>;
  for (const filter of SEARCH_FILTERS) {
    filters[filter] = [];
    for (const value of new Set(params.getAll(filter))) {
      if (known[filter].has(value)) filters[filter].push(value);
      else unknown.push({ filter, value });
    }
  }
  return { state: { q, sort, filters }, truncated: rawQ.length > MAX_QUERY_LENGTH, unknown };
}

/** The URL query for a state: only what is set, in a stable order. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set(SEARCH_PARAMS.query, state.q);
  for (const filter of SEARCH_FILTERS) for (const value of state.filters[filter]) params.append(filter, value);
  if (state.sort) params.set(SEARCH_PARAMS.sort, state.sort);
  return params;
}

/** True when there is anything to search for: a query with a letter or digit, or a filter. */
export function hasSearch(state: SearchState): boolean {
  return /[\p{L}\p{N}]/u.test(state.q) || SEARCH_FILTERS.some((f) => state.filters[f].length > 0);
}

/** A filter value no document has: `{ none: [NO_VALUE] }` keeps every document. */
export const NO_VALUE = '__ingen__';

/**
 * Pagefind's filter argument: any of the chosen values within a filter, all
 * filters together. A filter with nothing chosen is passed as "none of a value
 * nobody has", which keeps every document but makes Pagefind count that
 * filter's values (it counts only the filters it is given, and loads only
 * their part of the index) — when it is one of `counted`, the filters whose
 * counts the reader can see; the others are left out.
 */
export function pagefindFilters(state: SearchState, counted: ReadonlySet<SearchFilter> = new Set(SEARCH_FILTERS)): Record<string, { any: string[] } | { none: string[] }> {
  const out: Record<string, { any: string[] } | { none: string[] }> = {};
  for (const filter of SEARCH_FILTERS) {
    if (state.filters[filter].length) out[filter] = { any: state.filters[filter] };
    else if (counted.has(filter)) out[filter] = { none: [NO_VALUE] };
  }
  return out;
}

/**
 * An excerpt without the heading it starts with: the agreement text's own heading is the site's
 * («Avtaleteksten», visually hidden, the anchor of the text before the first section), not the document's,
 * and Pagefind starts the excerpt of that part with it ("Avtaleteksten. POLITIRÅD. …").
 */
export function withoutHeading(excerpt: string, heading: string): string {
  return excerpt.replace(new RegExp(`^(?:<mark>)?${escapeRegExp(heading)}(?:</mark>)?\\.?\\s*`), '');
}

/** A fragment's content as words, counted as Pagefind counts its locations (a heading's, a match's): split at white space. */
export function pagefindWords(content: string): string[] {
  return content.split(/\s+/);
}

/** A heading of a document as Pagefind's fragment lists it: its id, its text, and the word it starts at in the fragment's content. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** A sub-result of a search with no words: a section's heading, its permalink, and the section's first words as the excerpt (escaped, as Pagefind's are). */
export interface SectionOpening {
  title: string;
  url: string;
  excerpt: string;
  anchor: { id: string; element: string };
}

/**
 * A result's address without an empty parameter `name` (Pagefind adds its highlight parameter,
 * empty, to the results of a search with no words: `/avtaler/bodo-2018/?uthev=`).
 */
export function withoutEmptyParam(url: string, name: string): string {
  return url.replace(new RegExp(`([?&])${escapeRegExp(name)}=(?=[&#]|$)&?`), '$1').replace(/[?&](?=#|$)/, '');
}

/**
 * The sub-results of a search with no words (filters only), which Pagefind gives none of: for
 * each chosen section the document has, the heading it marks (whose id is the section's key), at
 * its permalink, with the first `words` words of the section (counted as Pagefind counts a
 * heading's location: `pagefindWords`). In the document's order.
 */
export function sectionOpenings(data: { url: string; content: string; anchors: readonly PagefindAnchor[] }, sections: ReadonlySet<string>, words: number): SectionOpening[] {
  const content = pagefindWords(data.content);
  const page = data.url.split(/[?#]/)[0];
  return data.anchors
    .filter((a) => sections.has(a.id))
    .map((a) => ({
      title: a.text,
      url: `${page}#${a.id}`,
      excerpt: escapeHtml(content.slice(a.location, a.location + words).join(' ')),
      anchor: { id: a.id, element: a.element },
    }));
}

/** A piece of an excerpt: plain text, a highlighted term, or the other written standard's forms. */
export type ExcerptPart =
  | { kind: 'text'; text: string }
  | { kind: 'mark'; text: string }
  | { kind: 'variant'; standard: 'nb' | 'nn'; parts: Array<{ kind: 'text' | 'mark'; text: string }> };

/**
 * Splits an excerpt from Pagefind (text with `<mark>` around matches and
 * HTML entities) into parts to render as text nodes: nothing in it is ever
 * treated as markup. Forms added for search (` ⟦ … ⟧`, ` ⟪ … ⟫`) become
 * variant parts that name their written standard. The words as typed without
 * ø and æ (` ⟮ bodo ⟯`) are left out, and a word of the text one of them
 * matched for is marked instead (`Bodø` for `bodo`).
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  // The references Astro writes in the page's text (`&amp;` `&lt;` `&gt;` `&quot;` `&#39;`; any `&` of the text is
  // `&amp;`), as decodeEntities (src/lib/html-entities.ts) decodes them: on such text the two agree, numeric references
  // and all. Not that function: imported, it is a chunk of its own or grows escape-html's, and the search page's
  // JavaScript grows (14,125 → 14,317 and 14,198 bytes gzip, measured), against its budget (README, Benchmark).
  const decode = (s: string) =>
    s.replace(/&(lt|gt|quot|#39|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", amp: '&' })[e] ?? _);
  const flat: Array<{ kind: 'text' | 'mark'; text: string }> = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) flat.push({ kind: 'text', text: decode(excerpt.slice(last, m.index)) });
    const marked = m[1];
    if (marked === undefined) throw new Error('excerptParts: a <mark> match without its text');
    flat.push({ kind: 'mark', text: decode(marked) });
    last = re.lastIndex;
  }
  if (last < excerpt.length) flat.push({ kind: 'text', text: decode(excerpt.slice(last)) });

  // Regroup the text between the marks as variant parts; a highlight may hold a mark too.
  const out: ExcerptPart[] = [];
  let variant: Array<{ kind: 'text' | 'mark'; text: string }> | undefined;
  const push = (kind: 'text' | 'mark', text: string) => {
    if (!text) return;
    const before = out[out.length - 1];
    if (variant) variant.push({ kind, text });
    // Text on both sides of folded forms left out: one part, one space where they stood.
    else if (kind === 'text' && before?.kind === 'text') before.text = before.text.replace(/\s+$/, '') + (/^\s/.test(text) || /\s$/.test(before.text) ? ' ' : '') + text.trimStart();
    else out.push({ kind, text });
  };
  // The folded forms the search matched (`bodo`), and whether the pieces are inside those forms.
  const foldedMatches = new Set<string>();
  let folded = false;
  for (const piece of flat) {
    for (const segment of piece.text.split(MARKERS)) {
      const standard = STANDARD_OF_OPEN.get(segment);
      if (segment === FOLDED_MARKS[0]) {
        folded = true;
        variant = undefined;
      } else if (segment === FOLDED_MARKS[1]) {
        // An excerpt that starts inside the folded forms (`sor-ost ⟯ 1. Formål`): what came before were those forms.
        if (!folded) for (const p of out.splice(0)) if (p.kind === 'mark') foldedMatches.add(bareWord(p.text));
        folded = false;
      } else if (folded) {
        if (piece.kind === 'mark') for (const word of segment.split(/\s+/)) if (word) foldedMatches.add(bareWord(word));
      } else if (standard) {
        if (!variant) out.push({ kind: 'variant', standard, parts: (variant = []) });
      } else if (STANDARD_OF_CLOSE.has(segment)) {
        // An excerpt that starts inside the forms (`samfunnstryggleik ⟧ 1. Formål`): what came before were forms too.
        const before = variant ? [] : out.filter((p) => p.kind !== 'variant');
        if (before.length > 0 && before.length === out.length) {
          out.splice(0);
          out.push({ kind: 'variant', standard: STANDARD_OF_CLOSE.get(segment)!, parts: before });
        }
        variant = undefined;
      } else push(piece.kind, segment);
    }
  }
  // The forms without the spaces around them; an excerpt may end just inside them (`… ekstremisme ⟦`),
  // and forms without a word are left out.
  for (const p of out) {
    if (p.kind !== 'variant') continue;
    const first = p.parts[0];
    const last = p.parts[p.parts.length - 1];
    if (first) first.text = first.text.trimStart();
    if (last) last.text = last.text.trimEnd();
    p.parts = p.parts.filter((x) => x.text);
  }
  return markFolded(out, foldedMatches).filter((p) => p.kind !== 'variant' || /[\p{L}\p{N}]/u.test(p.parts.map((x) => x.text).join('')));
}

/** True when `word`, a word of the text with ø or æ, is typed as one of `forms` without them (`Bodø,` for `bodo`). */
function standsFor(word: string, forms: ReadonlySet<string>): boolean {
  return /[øæ]/iu.test(word) && foldedWords(word).some((form) => forms.has(form));
}

/** The excerpt's parts with each word of its text whose folded form the search matched (`Bodø` for `bodo`) marked, as Pagefind marks a word. */
function markFolded(parts: ExcerptPart[], matches: ReadonlySet<string>): ExcerptPart[] {
  if (matches.size === 0) return parts;
  return parts.flatMap((part): ExcerptPart[] => {
    if (part.kind !== 'text') return [part];
    const out: ExcerptPart[] = [];
    let text = '';
    for (const token of part.text.split(/(\s+)/)) {
      if (standsFor(token, matches)) {
        if (text) out.push({ kind: 'text', text });
        out.push({ kind: 'mark', text: token });
        text = '';
      } else text += token;
    }
    if (text) out.push({ kind: 'text', text });
    return out;
  });
}

/**
 * The excerpt of a result or sub-result whose matches (`locations`, as Pagefind counts words:
 * `pagefindWords`) all lie among a passage's words as typed without ø and æ (` ⟮ bodo ⟯`, at the
 * passage's end), or undefined when any lies elsewhere (Pagefind's own excerpt then holds a matched
 * word of the text). Pagefind centres its excerpt on those forms, so the word of the text they stand
 * for (`Bodø`) fell outside it when it stood more than half an excerpt before them; this one is
 * `length` words centred on that word, each word of the text standing for a matched form marked, in
 * Pagefind's form (`<mark>`, escaped) for `excerptParts`. A sub-result's (`inSection`) stays within
 * its section, from its heading to the next, as Pagefind's does.
 */
export function foldedExcerpt(data: { content: string; anchors: readonly PagefindAnchor[] }, locations: readonly number[], length: number, inSection: boolean): string | undefined {
  const words = pagefindWords(data.content);
  // The mark opening the forms each word stands among (its own, for a mark), or undefined for a word of the text.
  let open: string | undefined;
  const among = words.map((word) => {
    if (OPENING_MARKS.includes(word)) open = word;
    const mark = open;
    if (CLOSING_MARKS.includes(word)) open = undefined;
    return mark;
  });
  if (locations.length === 0 || locations.some((l) => among[l] !== FOLDED_MARKS[0])) return undefined;
  const forms = new Set(locations.map((l) => bareWord(words[l] ?? '')));
  const first = Math.min(...locations);
  const headings = inSection ? data.anchors.filter((a) => /^h\d$/i.test(a.element) && /\S/.test(a.text)).map((a) => a.location) : [];
  const from = Math.max(0, ...headings.filter((h) => h <= first));
  const to = Math.min(words.length, ...headings.filter((h) => h > first));
  // The word of the text the first form stands for: the nearest before it, in its passage.
  let at = first;
  while (at >= from && (among[at] || !standsFor(words[at] ?? '', forms))) at--;
  if (at < from) return undefined;
  const size = Math.min(length, to - from);
  const start = Math.max(from, Math.min(at - Math.floor(length / 2), to - size));
  return words
    .slice(start, start + size)
    .map((word, i) => (!among[start + i] && standsFor(word, forms) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
}
