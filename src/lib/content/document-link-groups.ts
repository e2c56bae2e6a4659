/**
 * An agreement page's links to other documents as the page shows them
 * (DocumentLinks.astro): the newer version, the older one with a link to
 * «Hva er endret», and the related papers, each group with its title, its
 * `rel` and its links' labels (title, in the document's language, and date). Pure; the links themselves
 * come from `documentLinks` (agreements.ts).
 */
import { formatDate } from '../format.ts';
import { agreementUrl, versionChangesUrl } from '../publish/routes.ts';
import { agreementPage, redline } from '../../strings.ts';
import type { Doc, DocumentLinks } from './agreements.ts';
import type { Language } from './schema.ts';

/** A link to a document, labelled with its title (in the document's language) and its signing date when it has one. */
export interface DocumentLink {
  href: string;
  title: string;
  lang: Language;
  /** The signing date as the page writes it. */
  date?: string;
}

/** One group of links under its title. */
export interface DocumentLinkGroup {
  title: string;
  /** `next` for the newer version, `prev` for the older; none for related papers. */
  rel?: 'next' | 'prev';
  links: DocumentLink[];
  /** The redline of the two versions, for a version group. */
  changes?: { href: string; text: string };
}

/** A document's link: its title, and its signing date when it has one. */
function linkTo(d: Doc): DocumentLink {
  return { href: agreementUrl(d.id), title: d.data.title, lang: d.data.language, ...(d.data.signed ? { date: formatDate(d.data.signed.date) } : {}) };
}

/** The groups of `links` that hold a document, in the order the page lists them. */
export function documentLinkGroups<D extends Doc>(doc: D, links: DocumentLinks<D>): DocumentLinkGroup[] {
  const { newer, older, related } = links;
  // «Hva er endret»: the redline page belongs to the newer of the two documents.
  const groups: DocumentLinkGroup[] = [
    ...(newer ? [{ title: agreementPage.supersededBy, rel: 'next' as const, links: [linkTo(newer)], changes: { href: versionChangesUrl(newer.id), text: redline.versionLinkNewer } }] : []),
    ...(older ? [{ title: agreementPage.supersedes, rel: 'prev' as const, links: [linkTo(older)], changes: { href: versionChangesUrl(doc.id), text: redline.versionLink } }] : []),
  ];
  if (related.length > 0) groups.push({ title: doc.data.documentType === 'saksframlegg' ? agreementPage.relatedTo : agreementPage.related, links: related.map(linkTo) });
  return groups;
}
