/**
 * One agreement's text by section, as `/data/tekst/<slug>.json` publishes it:
 * the blocks `splitSections` reads from the MDX, with each section's words and
 * shared share. The draft builder fetches these; this is where it gets its text.
 *
 * Pure: takes the entry, its names, its sections and its sharing analysis.
 */
import { findPersonalContactData } from '../content/contact-data.ts';
import { agreementUrl } from '../publish/routes.ts';
import type { Language } from '../content/schema.ts';
import type { SectionKey } from '../content/sections.ts';
import type { AgreementSection, TextBlock } from '../compare/sections-text.ts';
import { percent, type DocumentSharing } from '../compare/similarity.ts';

/** One agreement's text by section, as `/data/tekst/<slug>.json` publishes it. */
export interface AgreementText {
  slug: string;
  /** The agreement page's path, e.g. `/avtaler/bodo-2018/`. */
  url: string;
  title: string;
  municipality: string;
  policeDistrict: { name: string; shortName: string };
  language: Language;
  signed: string | null;
  sections: Array<{
    key?: SectionKey;
    id?: string;
    heading?: string;
    blocks: TextBlock[];
    words: number;
    /** Whole percent of the words found in other municipalities' agreements. */
    sharedPercent: number;
    /**
     * The personal contact data in the section's text (an officer's e-mail address or phone number, by the checker's
     * rule: contact-data.ts), block by block, each once; left out when there is none. Found here, at build time, so
     * the draft builder's script does without the rule.
     */
    contactData?: string[];
  }>;
}

/** The text of one agreement for the draft builder and the open data. */
export function agreementText(
  doc: { id: string; data: { title: string; language: Language; signed?: { date: string } | undefined } },
  names: { municipality: string; policeDistrict: { name: string; shortName: string } },
  sections: readonly AgreementSection[],
  sharing: DocumentSharing | undefined,
): AgreementText {
  return {
    slug: doc.id,
    url: agreementUrl(doc.id),
    title: doc.data.title,
    municipality: names.municipality,
    policeDistrict: names.policeDistrict,
    language: doc.data.language,
    signed: doc.data.signed?.date ?? null,
    sections: sections.map((s, i) => {
      const out: AgreementText['sections'][number] = {
        blocks: s.blocks,
        words: sharing?.sections[i]?.words ?? 0,
        sharedPercent: percent(sharing?.sections[i]?.share ?? 0),
      };
      if (s.key) out.key = s.key;
      if (s.id) out.id = s.id;
      if (s.heading) out.heading = s.heading;
      const contactData = [...new Set(s.blocks.flatMap((b) => findPersonalContactData(b.text).map((f) => f.value)))];
      if (contactData.length > 0) out.contactData = contactData;
      return out;
    }),
  };
}
