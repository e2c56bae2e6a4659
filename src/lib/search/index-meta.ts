/**
 * What the search index knows of a document besides its text: the filter
 * values, the sort key and the meta fields Pagefind stores with it, and the
 * section each heading belongs to (so a result can name its section and a
 * section filter can pick sub-results). Pure; the page writes these as
 * data-pagefind-* attributes.
 */
import type { Heading } from '../content/headings.ts';
import type { AgreementData } from '../content/schema.ts';
import type { AgreementStatus } from '../content/agreements.ts';
import { PAGEFIND_META } from '../contracts.ts';
import { formatDate } from '../format.ts';

/** The filters the search page offers, in the order it shows them. */
export const SEARCH_FILTERS = ['politidistrikt', 'kommune', 'seksjon', 'fokusomrade', 'aar', 'sprak', 'status'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** For each heading id, the canonical key of the `##` section it is in ('' when that section has none). */
export function sectionOfHeadings(headings: readonly Heading[]): Map<string, string> {
  const map = new Map<string, string>();
  let current = '';
  for (const h of headings) {
    if (h.depth <= 2) current = h.sectionKey ?? '';
    map.set(h.id, current);
  }
  return map;
}

/** The section map as one meta value: `id=key;id=key` (ids and keys hold no `=` or `;`). */
export function encodeSectionMap(map: ReadonlyMap<string, string>): string {
  return [...map].map(([id, key]) => `${id}=${key}`).join(';');
}

/** Reads `encodeSectionMap`'s value back. */
export function decodeSectionMap(value: string): Map<string, string> {
  return new Map(
    value
      .split(';')
      .filter(Boolean)
      .map((pair) => {
        const i = pair.lastIndexOf('=');
        return [pair.slice(0, i), pair.slice(i + 1)] as [string, string];
      }),
  );
}

/** The filter values of one document: each filter may hold several (sections, focus areas). */
export function searchFilters(
  data: AgreementData,
  headings: readonly Heading[],
  names: { municipality: string; policeDistrict: string },
  status: AgreementStatus,
): Record<SearchFilter, string[]> {
  return {
    politidistrikt: [names.policeDistrict],
    kommune: [names.municipality],
    seksjon: [...new Set(headings.flatMap((h) => (h.sectionKey ? [h.sectionKey] : [])))],
    fokusomrade: [...new Set(data.focusAreas.map((f) => f.key))],
    aar: data.signed ? [data.signed.date.slice(0, 4)] : [],
    sprak: [data.language],
    status: [status],
  };
}

/** What Pagefind stores with one document besides its text, as the page writes it. */
export interface SearchRecord {
  /** `[filter, value]` pairs, a filter repeated for each of its values. */
  filters: Array<readonly [string, string]>;
  /** `[meta key, value]` pairs with a value. */
  meta: Array<readonly [string, string]>;
  /** The sort key (the signing date), when the document has one. */
  sortDate?: string;
}

/** The filters, meta fields and sort key of one document. */
export function searchRecord(
  data: AgreementData,
  headings: readonly Heading[],
  names: { municipality: string; policeDistrict: string },
  status: AgreementStatus,
): SearchRecord {
  const filters = Object.entries(searchFilters(data, headings, names, status)).flatMap(([name, values]) =>
    values.map((value) => [name, value] as const),
  );
  const meta: Array<readonly [string, string]> = [
    [PAGEFIND_META.title, data.title],
    [PAGEFIND_META.municipality, names.municipality],
    [PAGEFIND_META.policeDistrict, names.policeDistrict],
    [PAGEFIND_META.signed, data.signed ? formatDate(data.signed.date) : ''],
    [PAGEFIND_META.language, data.language],
    [PAGEFIND_META.sections, encodeSectionMap(sectionOfHeadings(headings))],
  ];
  const record: SearchRecord = { filters, meta: meta.filter(([, value]) => value) };
  if (data.signed) record.sortDate = data.signed.date;
  return record;
}

/** One value a filter offers: what the index stores, and how many documents have it. */
export interface FilterOption {
  value: string;
  count: number;
}

/**
 * Every value of every filter over the given documents' filter values, with
 * counts, each filter's values ordered by `order` (values it does not name
 * come last, alphabetically).
 */
export function filterOptions(
  perDocument: ReadonlyArray<Record<SearchFilter, string[]>>,
  order: Partial<Record<SearchFilter, readonly string[]>> = {},
): Record<SearchFilter, FilterOption[]> {
  const result = {} as Record<SearchFilter, FilterOption[]>;
  for (const filter of SEARCH_FILTERS) {
    const counts = new Map<string, number>();
    for (const doc of perDocument) for (const v of doc[filter]) counts.set(v, (counts.get(v) ?? 0) + 1);
    const rank = order[filter] ?? [];
    const position = (v: string) => (rank.includes(v) ? rank.indexOf(v) : Number.MAX_SAFE_INTEGER);
    result[filter] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => position(a.value) - position(b.value) || a.value.localeCompare(b.value, 'nb'));
  }
  return result;
}
