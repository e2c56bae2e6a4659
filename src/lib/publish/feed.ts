/**
 * The feed of agreements newly added to the register: newest additions
 * first, at most `limit`. Pure; the page `nye-avtaler.xml.ts` renders it.
 */
import { resolveFacts, signingKind, type FactLookups } from '../content/agreement-facts.ts';
import { isAgreement, type Doc } from '../content/agreements.ts';
import type { Language } from '../content/schema.ts';
import { formatDate } from '../format.ts';
import { districtAtSigning, documentTypes, site } from '../../strings.ts';
import { escapeHtml } from '../escape-html.ts';
import { agreementUrl } from './routes.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  /** The item's elements beyond RSS's own, as @astrojs/rss's `customData`: `feedItemData`. */
  customData: string;
}

/** Feed items for documents with an `added` date, newest first, then by slug. */
export function feedItems(docs: readonly Doc[], describe: (doc: Doc) => string, limit = 50): FeedItem[] {
  return docs
    .filter((d) => isAgreement(d) && d.data.added)
    .sort((a, b) => (b.data.added ?? '').localeCompare(a.data.added ?? '') || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((doc) => ({
      title: doc.data.title,
      link: agreementUrl(doc.id),
      pubDate: new Date(`${doc.data.added}T00:00:00Z`),
      description: describe(doc),
      customData: feedItemData(doc.data.language),
    }));
}

/**
 * The namespaces the feed's own elements use (`xmlns` of @astrojs/rss): Atom's, for the channel's
 * `atom:link`; Dublin Core's, for each item's `dc:language`.
 */
export const FEED_XMLNS = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' } as const;

/**
 * An item's elements beyond RSS's own, as @astrojs/rss's `customData`: `dc:language`, the document's
 * language (`nb` or `nn`, the `lang` its page gives the text), since RSS's own `language` is the
 * channel's (`nb`) and a nynorsk agreement's item would otherwise pass as bokmål. Needs `FEED_XMLNS`.
 */
export function feedItemData(language: Language): string {
  return `<dc:language>${language}</dc:language>`;
}

/**
 * The channel's elements beyond its title, description and link, as @astrojs/rss's `customData`: its
 * language; `lastBuildDate`, the date of the newest item (from the register, not the clock, so two builds
 * of the same register write the same feed), left out when there is no item; and `atom:link rel="self"`,
 * the feed's own address `selfUrl` (absolute), which needs `FEED_XMLNS` declared.
 */
export function feedChannelData(items: readonly FeedItem[], selfUrl: string): string {
  const newest = items.reduce<Date | undefined>((latest, item) => (!latest || item.pubDate > latest ? item.pubDate : latest), undefined);
  return [
    '<language>nb</language>',
    newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '',
    `<atom:link href="${escapeHtml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
  ].join('');
}

/**
 * An item's description: the parties, the district as it was named when the document was signed
 * ("Follo politidistrikt (nå Øst politidistrikt)"), and the date signed, or adopted for guidelines.
 */
export function feedDescription(doc: Doc, lookups: FactLookups): string {
  const d = doc.data;
  // The names as the facts panel resolves them (no headings: the feed cites no clause).
  const { municipality, policeDistrict, districtAtSigning: then } = resolveFacts(d, lookups, []);
  const signing = d.signed ? { kind: signingKind(d.documentType), date: formatDate(d.signed.date) } : undefined;
  return site.feedItem(documentTypes[d.documentType], municipality.name, districtAtSigning(then?.name ?? policeDistrict.name, policeDistrict.name), signing);
}
