/**
 * The names the build writes into pages and the browser scripts read back:
 * Pagefind's meta and sort keys, the highlight parameter, ids and data
 * attributes. Both sides import them from here, so a rename is one edit and
 * a mismatch is a type error, not a broken page. No imports: browser scripts
 * carry only the names they use.
 */

/** Pagefind meta keys written by `SearchMeta.astro`, read by the search page (`data.meta[…]`). */
export const PAGEFIND_META = {
  title: 'title',
  municipality: 'kommune',
  policeDistrict: 'politidistrikt',
  signed: 'signert',
  language: 'sprak',
  /** Heading id → section key, `encodeSectionMap` in search/index-meta.ts. */
  sections: 'seksjoner',
} as const;

/** The Pagefind sort key of the signing date. */
export const PAGEFIND_SORT_DATE = 'dato';

/** The address parameter that carries the searched words to an agreement page, where they are marked. */
export const HIGHLIGHT_PARAM = 'uthev';

/** Data attributes of a police district's option in the draft builder's form, as `dataset` keys: its names. */
export const DISTRICT_OPTION_DATA = { name: 'name', shortName: 'short' } as const;

/** The `data-` attributes of a district's option, to spread in a component. */
export function districtOptionAttributes(d: { name: string; shortName: string }): Record<string, string> {
  return { [`data-${DISTRICT_OPTION_DATA.name}`]: d.name, [`data-${DISTRICT_OPTION_DATA.shortName}`]: d.shortName };
}

/** A district's names read back from its option's `dataset` ('' when missing). */
export function districtOptionOf(dataset: DOMStringMap): { name: string; shortName: string } {
  return { name: dataset[DISTRICT_OPTION_DATA.name] ?? '', shortName: dataset[DISTRICT_OPTION_DATA.shortName] ?? '' };
}

/** The id of the draft's title, which draft-builder.ts writes into the preview that /utkast/ labels by it. */
export const DRAFT_TITLE_ID = 'draft-title';

/** The id of the agreement page's (visually hidden) heading of the document text: a search hit on it is the introduction. */
export const TEXT_HEADING_ID = 'text-heading';

/**
 * Every id the agreement page gives its own elements (the layout's, the header's, the side panel's
 * and the text's heading). A heading of the document text must not repeat one: headings.ts reserves
 * them all before it gives the first heading its id. Each is its own GitHub slug, so reserving it
 * reserves exactly it.
 */
export const AGREEMENT_PAGE_IDS = {
  /** The layout's `<main>`, the skip link's target. */
  main: 'main',
  siteSearch: 'site-search-q',
  facts: 'facts-heading',
  toc: 'toc-heading',
  versions: 'versions-heading',
  source: 'source-heading',
  sharedText: 'shared-text-heading',
  /** The local-text switch; the style sheet marks local text while `#show-local` is checked. */
  showLocal: 'show-local',
  showLocalHelp: 'show-local-help',
  text: TEXT_HEADING_ID,
} as const;

/**
 * On the permalink that ends each heading of a document (written by the build's heading plugin,
 * content/section-headings-plugin.ts): copy-link.ts copies the link's full address when it is followed.
 */
export const COPY_LINK_ATTRIBUTE = 'data-copy-link';

/** The class of those permalinks: styled in site.css, and left unmarked by search-highlight.ts. */
export const PERMALINK_CLASS = 'permalink';

/** The agreement page's live region that copy-link.ts fills when a permalink was copied, with the text of its `COPIED_MESSAGE` data attribute. */
export const COPY_STATUS_ATTRIBUTE = 'data-copy-status';
/** That region's message, as a `dataset` key (`data-copied`). */
export const COPIED_MESSAGE = 'copied';

/** The class search-highlight.ts gives the searched words it marks: styled in site.css. */
export const SEARCH_HIGHLIGHT_CLASS = 'search-highlight';
/** The class search-highlight.ts gives a passage found through the other written standard's (hidden) forms: styled in site.css. */
export const SEARCH_VARIANT_MATCH_CLASS = 'search-variant-match';

/** A run of an agreement's own (local) text, marked by the build (compare/mark-local.ts) and by SectionText.astro; the page's switch highlights them. */
export const LOCAL_TEXT_ATTRIBUTE = 'data-local';

/**
 * On the search page's form: the index Pagefind reads before its first query, per language its
 * metadata's name and its WebAssembly's (`{"nb":{"hash":"nb_…","wasm":"nb"}}`, as in Pagefind's
 * entry file). Astro writes the attribute empty; the build fills it in once the index is written
 * (search/build-index.ts), so the page's script requests those files beside Pagefind's script
 * instead of after it (scripts/search-engine.ts). Empty (dev mode, no index): Pagefind's entry file
 * names them, one round trip later.
 */
export const SEARCH_ENTRY_ATTRIBUTE = 'data-search-entry';

/** The attribute name of a `dataset` key: `countFor` → `data-count-for`. */
export function dataAttribute(key: string): string {
  return `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** On the comparison pages: a link that keeps the agreements chosen (its query is set to the choice), and the area for messages about the choice. */
export const KEEP_SELECTION_ATTRIBUTE = 'data-keep-selection';
export const SELECTION_MESSAGES_ATTRIBUTE = 'data-selection-messages';

/** The matrix page's download tools (shown by its script), and each button's format (a `dataset` key: `data-download="csv"`). */
export const MATRIX_TOOLS_ATTRIBUTE = 'data-matrix-tools';
export const DOWNLOAD_DATA = 'download';
export const DOWNLOAD_FORMATS = ['csv', 'json'] as const;

/** The search page's filter panel, which its script opens where filters are chosen. */
export const SEARCH_FILTERS_ATTRIBUTE = 'data-filters';

/** The attribute of a chart mark's hover detail and the one of the address a click on it goes to (charts.ts reads both; charts.css styles a mark with an address by it). */
export const CHART_TIP_ATTRIBUTE = 'data-tip';
export const CHART_HREF_ATTRIBUTE = 'data-href';

/** A chart mark's attributes, to spread in a component: the address a click goes to and its hover detail, each only when given. */
export function chartMarkAttributes(href: string | undefined, tip: string | undefined): Record<string, string | undefined> {
  return { [CHART_HREF_ATTRIBUTE]: href, [CHART_TIP_ATTRIBUTE]: tip };
}

/** The heatmap's columns (`HEATMAP_COLUMN_CLASS`) and its sort button, as `dataset` keys: where each column stands in either order, and the button's two labels. */
export const HEATMAP_DATA = { sort: 'heatmapSort', xFrequency: 'xFrequency', xTaxonomy: 'xTaxonomy', labelTaxonomy: 'labelTaxonomy', labelFrequency: 'labelFrequency' } as const;
export const HEATMAP_COLUMN_CLASS = 'heatmap-col';

/** A heatmap column's places, to spread in a component. */
export function heatmapColumnAttributes(xFrequency: number, xTaxonomy: number): Record<string, number> {
  return { [dataAttribute(HEATMAP_DATA.xFrequency)]: xFrequency, [dataAttribute(HEATMAP_DATA.xTaxonomy)]: xTaxonomy };
}

/** The heatmap's sort button's labels, to spread in a component. */
export function heatmapSortLabels(taxonomy: string, frequency: string): Record<string, string> {
  return { [dataAttribute(HEATMAP_DATA.labelTaxonomy)]: taxonomy, [dataAttribute(HEATMAP_DATA.labelFrequency)]: frequency };
}

/** The ids of the search page's parts (src/pages/sok.astro) that its script (src/scripts/search-page.ts) finds. */
export const SEARCH_PAGE_IDS = {
  query: 'search-q',
  sort: 'search-sort',
  notice: 'search-notice',
  status: 'search-status',
  results: 'search-results',
  more: 'search-more',
} as const;

/** On the search page: a filter's fieldset names its filter, and each option's count names its value (`dataset` keys). */
export const SEARCH_FILTER_DATA = { filter: 'filter', countFor: 'countFor' } as const;

/** The hidden span of the other written standard's forms (search-variants-plugin.ts); never marked, never local text. */
export const SEARCH_VARIANTS_ATTRIBUTE = 'data-search-variants';

/**
 * Data attributes of an agreement column (matrix header) or text (side-by-side
 * article), as `dataset` keys: written by ComparisonMatrix.astro and
 * SectionTexts.astro, read by picker.ts.
 */
export const AGREEMENT_DATA = { slug: 'slug', municipality: 'm', municipalityName: 'mn', district: 'd', districtName: 'dn' } as const;

/**
 * Data attributes of a matrix cell, as `dataset` keys: the machine value and a section's shared
 * share (matrix-export.ts). ComparisonMatrix.astro writes an empty value literally (`data-v=""`):
 * Astro writes a spread empty string as a bare attribute, which would change the page's bytes.
 */
export const CELL_DATA = { value: 'v', sharedPercent: 's', modality: 'mod' } as const;

/**
 * Data attributes of a matrix row, as `dataset` keys: its machine name (`rowTerm`) and what its values
 * are, which the CSV/JSON download reads back (compare-matrix.ts).
 */
export const ROW_DATA = { term: 'term', type: 'type' } as const;

/**
 * How many of the matrix's columns are laid out at a time with JavaScript: the first view (the inline
 * script and style of matrix-inline.ts) and each step of "show more" (compare-matrix.ts).
 */
export const MATRIX_COLUMN_CHUNK = 24;

/** What a matrix row's values are, for the download. */
export const ROW_TYPES = ['text', 'number', 'list', 'focus', 'section'] as const;
export type RowType = (typeof ROW_TYPES)[number];

/** The `data-` attributes of a matrix row, to spread in a component. */
export function rowDataAttributes(term: string, type: RowType): Record<string, string> {
  return { [`data-${ROW_DATA.term}`]: term, [`data-${ROW_DATA.type}`]: type };
}

/** A matrix row read back from its element's `dataset`: a type the page does not know reads as text. */
export function rowDataOf(dataset: DOMStringMap): { term: string; type: RowType } {
  const type = dataset[ROW_DATA.type] ?? '';
  return { term: dataset[ROW_DATA.term] ?? '', type: (ROW_TYPES as readonly string[]).includes(type) ? (type as RowType) : 'text' };
}

/** An agreement as its column or text element describes it. */
export interface AgreementDataValues {
  slug: string;
  municipality: string;
  municipalityName: string;
  district: string;
  districtName: string;
}

/** The `data-` attributes of an agreement's element, to spread in a component. */
export function agreementDataAttributes(a: AgreementDataValues): Record<string, string> {
  return Object.fromEntries((Object.keys(AGREEMENT_DATA) as Array<keyof AgreementDataValues>).map((k) => [`data-${AGREEMENT_DATA[k]}`, a[k]]));
}

/** An agreement read back from its element's `dataset`. */
export function agreementDataOf(dataset: DOMStringMap): AgreementDataValues {
  const get = (k: keyof AgreementDataValues) => dataset[AGREEMENT_DATA[k]] ?? '';
  return { slug: get('slug'), municipality: get('municipality'), municipalityName: get('municipalityName'), district: get('district'), districtName: get('districtName') };
}

/** The `data-` attributes of a matrix cell, to spread in a component; the share only for a section, the modality only for a term that has one. */
export function cellDataAttributes(value: string | undefined, sharedPercent?: number, modality?: string): Record<string, string | number | undefined> {
  // An undefined attribute is not written.
  return { [`data-${CELL_DATA.value}`]: value, [`data-${CELL_DATA.sharedPercent}`]: sharedPercent, [`data-${CELL_DATA.modality}`]: modality };
}
