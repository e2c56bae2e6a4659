/**
 * The feed of agreements newly added to the register: newest additions
 * first, at most `limit`. Pure; the page `nye-avtaler.xml.ts` renders it.
 */
import { isAgreement, type Doc } from '../content/agreements.ts';
import { agreementUrl } from './routes.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
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
    }));
}
