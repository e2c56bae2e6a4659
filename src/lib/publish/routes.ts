/**
 * Every address of the site, built in one place. Pages, components, lib
 * functions and browser scripts call these; no other file writes a path of
 * the site out by hand, so a renamed route is one edit here and a type error
 * everywhere it was used wrongly.
 */
import type { SectionKey } from '../content/sections.ts';

/** The home page. */
export const homeUrl = (): string => '/';

/** Every agreement of the register in one list, by police district: what an agreement's address leads up to. */
export const agreementsUrl = (): string => '/avtaler/';

/** An agreement's page, optionally at one of its clauses (`#politirad`). */
export function agreementUrl(slug: string, clause?: string | null): string {
  return `${agreementsUrl()}${slug}/${clause ? `#${clause}` : ''}`;
}

/**
 * The built HTML files of the agreement pages, as a glob inside `dist/`: the only pages with
 * searchable text (`data-pagefind-body`), so the only ones the search index reads (not the
 * pages under them, `/avtaler/<slug>/endringer/`, which Pagefind would read and leave out).
 */
export const agreementPagesGlob = (): string => `${agreementUrl('*').slice(1)}index.html`;

/**
 * The built file (inside `dist/`) of the page at `pathname` (decoded) when it is one of the files
 * `agreementPagesGlob` matches, an agreement's own page; undefined for every other page.
 */
export function agreementPageFile(pathname: string): string | undefined {
  const [before, after] = agreementUrl('\u0000').split('\u0000') as [string, string];
  if (!pathname.startsWith(before) || !pathname.endsWith(after)) return undefined;
  const slug = pathname.slice(before.length, pathname.length - after.length);
  return slug && !slug.includes('/') ? `${pathname.slice(1)}index.html` : undefined;
}

/** The police districts, each with its agreements and municipalities counted: what a district's address leads up to. */
export const districtsUrl = (): string => '/politidistrikt/';

/** A police district's page, optionally at an anchor on it (`#chart-meetings`). */
export function districtUrl(districtId: string, anchor?: string): string {
  return `${districtsUrl()}${districtId}/${anchor ? `#${anchor}` : ''}`;
}

/** A municipality's page. */
export function municipalityUrl(municipalityId: string): string {
  return `/kommuner/${municipalityId}/`;
}

/** The address parameter of "Finn din kommune"'s query. */
export const MUNICIPALITY_QUERY_PARAM = 'q';

/** Every municipality, and "Finn din kommune"'s results (`?q=Oppegård`). */
export function municipalitiesUrl(query?: string): string {
  return `/kommuner/${query ? `?${MUNICIPALITY_QUERY_PARAM}=${encodeURIComponent(query)}` : ''}`;
}

/** The open data of the municipalities. */
export function municipalitiesDataUrl(format: 'json' | 'csv'): string {
  return `/data/kommuner.${format}`;
}

/** The search page (the header's search form posts here). */
export const searchUrl = (): string => '/sok/';

/** A file of the search engine Pagefind writes into the built site (its script, index and WebAssembly). */
export const searchEngineUrl = (file = ''): string => `/pagefind/${file}`;

/** The charts page. */
export const chartsUrl = (): string => '/statistikk/';

/** The comparison matrix. */
export const compareUrl = (): string => '/sammenlign/';

/** The list of canonical sections, each a side-by-side page. */
export const sideBySideIndexUrl = (): string => '/sammenlign/seksjon/';

/** One canonical section of every agreement, side by side. */
export function sideBySideUrl(section: SectionKey | string): string {
  return `/sammenlign/seksjon/${section}/`;
}

/** The draft builder. */
export const draftUrl = (): string => '/utkast/';

/** The about page, optionally at an anchor (`#tilgjengelighet`). */
export function aboutUrl(anchor?: string): string {
  return `/om/${anchor ? `#${anchor}` : ''}`;
}

/** One agreement's text by section, as JSON (the draft builder and comparisons fetch it). */
export function agreementTextUrl(slug: string): string {
  return `/data/tekst/${encodeURIComponent(slug)}.json`;
}

/** The open data of the agreements. */
export function agreementsDataUrl(format: 'json' | 'csv'): string {
  return `/data/agreements.${format}`;
}

/** A source text as received (`source.file`, e.g. `skien-2019.txt`), served as plain UTF-8 text. */
export function sourceTextUrl(file: string): string {
  return `${sourceTextsPath()}${encodeURIComponent(file)}`;
}

/** The folder the source texts are served from, for the host's headers (`_headers`). */
export const sourceTextsPath = (): string => '/kilder/';

/** The sitemap's index, as @astrojs/sitemap names it. */
export const sitemapUrl = (): string => '/sitemap-index.xml';

/** The site's icon (public/favicon.svg). */
export const faviconUrl = (): string => '/favicon.svg';

/** The feed of newly added agreements. */
export const feedUrl = (): string => '/nye-avtaler.xml';

/** «Hva er endret»: what changed in a document from the one it supersedes (`slug` is the newer document). */
export function versionChangesUrl(slug: string): string {
  return `/avtaler/${slug}/endringer/`;
}

/** The address parameters of a pair of documents on the changes page. */
export const PAIR_PARAMS = { from: 'fra', to: 'til' } as const;

/** «Vis endringer» between any two documents, optionally with the pair chosen. */
export function pairChangesUrl(from?: string, to?: string): string {
  const params = new URLSearchParams();
  if (from) params.set(PAIR_PARAMS.from, from);
  if (to) params.set(PAIR_PARAMS.to, to);
  const query = params.toString();
  return `/sammenlign/endringer/${query ? `?${query}` : ''}`;
}

/** The reader's own draft held against the register. */
export const draftCheckUrl = (): string => '/sammenlign/mitt-utkast/';

/** The licence of the municipality boundaries the maps draw (Kartverket's, CC BY 4.0; content/boundaries/README.md): an address outside the site. */
export const boundaryLicenceUrl = (): string => 'https://creativecommons.org/licenses/by/4.0/deed.no';
